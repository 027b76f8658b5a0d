"""乡贤: the local worthies, their 六大员 roles and what each contributed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.domain.worthies import Contribution, Worthy
from sanzhi_desktop.gui.kit.choices import group_text, household_of, person_choices
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import iso_dates
from sanzhi_desktop.gui.kit.format import format_date, format_money
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.civic.councils_form import member_values
from sanzhi_desktop.gui.parts.civic.councils_tab import moved
from sanzhi_desktop.gui.parts.civic.worthies_form import WorthyForm
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import civic_sheets, mediation, worthies
from sanzhi_desktop.services.worthies import WorthyRow


class WorthiesTab(RecordTab):
    name = "worthies"
    tables = frozenset({"worthies", "worthy_contributions"})

    def title(self) -> str:
        return self.tr("Local worthies")

    def empty_text(self) -> str:
        return self.tr("No worthies yet. Click “New” to enter the first one.")

    def record_id(self, row: WorthyRow) -> str:
        return row.worthy.id

    def columns(self) -> Sequence[Column]:
        return [
            Column("name", self.tr("Name"), lambda r: r.worthy.name, ColumnKind.NAME),
            Column(
                "group",
                self.tr("Group"),
                lambda r: group_text(r.worthy.group_no, self.tr("Outside")),
            ),
            Column("field", self.tr("Field"), lambda r: r.worthy.field),
            Column("roles", self.tr("Roles"), lambda r: r.worthy.roles),
            Column("money", self.tr("Given"), lambda r: r.money_fen, ColumnKind.MONEY),
            Column("projects", self.tr("Projects"), lambda r: "；".join(r.projects)),
        ]

    def load(self) -> list[WorthyRow]:
        return worthies.worthies_with_totals(self.ctx.session)

    def detail(self, row: WorthyRow) -> Detail:
        w = row.worthy
        given = worthies.list_contributions(self.ctx.session, worthy_id=w.id)
        fields = [
            (self.tr("Field"), w.field),
            (self.tr("Roles"), w.roles),
            (self.tr("Lives in"), w.lives_at),
            (self.tr("Work"), w.work),
            (self.tr("Named on"), format_date(w.named_on)),
            (
                self.tr("Contributions"),
                "\n".join(
                    f"{format_date(c.made_on)} {c.kind} {c.project}"
                    + (f" {format_money(c.amount_fen)}" if c.amount_fen else "")
                    for c in given
                ),
            ),
        ]
        actions = [
            Action("addContribution", self.tr("Record a contribution…"), self.add_contribution),
            Action("worthyLeaves", self.tr("Off the roll…"), self.leave),
        ]
        return Detail(w.name, [(k, v) for k, v in fields if v], actions=actions)

    def _row(self) -> WorthyRow | None:
        row: WorthyRow | None = self.selected_record()
        return row

    def new_record(self) -> FormDialog:
        people = person_choices(self.ctx.session)
        ids = {value for _label, value in people}

        def submit(v: dict[str, Any]) -> object:
            v = iso_dates(v)
            who = member_values(v, ids)
            try:
                return worthies.name_worthy(
                    self.ctx.session,
                    Worthy(
                        name=who["name"],
                        field=v["field"] or "",
                        roles="、".join(v["roles"]),
                        person_id=who["person_id"],
                        household_id=household_of(self.ctx.session, who["person_id"]),
                        lives_at=v["lives_at"],
                        work=v["work"],
                        named_on=v["named_on"],
                    ),
                )
            except ValidationError as err:
                raise moved(err, {"name": "person_id", "household_id": "person_id"}) from err

        return self.open_form(
            self.tr("New local worthy"),
            WorthyForm().name_worthy(people),
            submit,
            select_result=True,
        )

    def add_contribution(self) -> FormDialog | None:
        row = self._row()
        if row is None:
            return None
        cases = [
            (f"{c['dossier_no']} {c['dispute_type']}", str(c["id"]))
            for c in mediation.list_cases(self.ctx.session)
        ]
        return self.open_form(
            self.tr("Contribution of {name}").format(name=row.worthy.name),
            WorthyForm().contribution(cases),
            lambda v: worthies.add_contribution(
                self.ctx.session,
                Contribution(
                    worthy_id=row.worthy.id,
                    made_on=iso_dates(v)["made_on"],
                    kind=v["kind"] or "",
                    amount_fen=int(v["amount_fen"] or 0),
                    project=v["project"],
                    case_id=v["case_id"] or "",
                    note=v["note"],
                ),
            ),
        )

    def leave(self) -> None:
        row = self._row()
        if row is None:
            return
        question = self.tr("Take {name} off the roll of local worthies? The record stays.")
        if self.confirm(self.tr("Off the roll"), question.format(name=row.worthy.name)):
            self.act(
                lambda: worthies.update_worthy(
                    self.ctx.session, Worthy(**{**row.worthy.to_record(), "status": "left"})
                )
            )

    def print_selected(self, page: str = "A4") -> PdfPreviewDialog | None:
        """The roll of local worthies (乡贤名录)."""
        return preview_printed_sheet(self, lambda: civic_sheets.print_worthies(self.ctx.session))
