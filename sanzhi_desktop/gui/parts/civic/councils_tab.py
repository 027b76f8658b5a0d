"""一约五会: the five councils, set up or not, with their members and the year's meetings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanzhi_desktop.domain.councils import Council, CouncilMeeting, CouncilMember
from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.gui.kit.choices import (
    chosen_year,
    group_text,
    household_of,
    person_choices,
    year_filter,
)
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import iso_dates
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.civic.councils_form import CouncilForm, member_values
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import civic_sheets, councils
from sanzhi_desktop.services.councils import CouncilRow


def moved(err: ValidationError, fields: dict[str, str]) -> ValidationError:
    """The same refusal with its fields renamed to the form's (``name`` → ``person_id``)."""
    return ValidationError(
        [FieldError(fields.get(e.field, e.field), e.message) for e in err.errors]
    )


class CouncilsTab(RecordTab):
    name = "councils"
    tables = frozenset({"councils", "council_members", "council_meetings"})

    def title(self) -> str:
        return self.tr("Councils")

    def empty_text(self) -> str:
        return self.tr("No councils yet.")

    def choice_filter(self) -> ChoiceFilter:
        return year_filter()

    def record_id(self, row: CouncilRow) -> str:
        return row.kind

    def columns(self) -> Sequence[Column]:
        return [
            Column("council", self.tr("Council"), lambda r: r.name),
            Column(
                "set_up",
                self.tr("Set up on"),
                lambda r: r.council.set_up_date if r.council else "",
                ColumnKind.DATE,
            ),
            Column("members", self.tr("Members"), lambda r: r.members, ColumnKind.NUMBER),
            Column(
                "meetings", self.tr("Meetings this year"), lambda r: r.meetings, ColumnKind.NUMBER
            ),
            Column(
                "state",
                self.tr("State"),
                lambda r: self.tr("Set up") if r.council else self.tr("Not set up"),
            ),
        ]

    def row_color(self, row: CouncilRow) -> str | None:
        return None if row.council else ERROR_COLOR

    def year(self) -> int:
        return chosen_year(self.choice_value())

    def load(self) -> list[CouncilRow]:
        return councils.council_overview(self.ctx.session, self.year())

    def detail(self, row: CouncilRow) -> Detail:
        if row.council is None:
            return Detail(
                row.name,
                [(self.tr("State"), self.tr("Not set up yet"))],
                actions=[Action("setUpCouncil", self.tr("Set up…"), self.set_up)],
            )
        members = councils.list_members(self.ctx.session, row.council.id, year=self.year())
        fields = [
            (self.tr("Set up on"), format_date(row.council.set_up_date)),
            (self.tr("Charter"), row.council.charter),
            (
                self.tr("Members serving"),
                "\n".join(
                    f"{m.role} {m.name}（{group_text(m.group_no, m.outside_place)}）"
                    for m in members
                ),
            ),
            (self.tr("Meetings this year"), str(row.meetings)),
        ]
        actions = [
            Action("addMember", self.tr("Add a member…"), self.add_member),
            Action("recordMeeting", self.tr("Record a meeting…"), self.record_meeting),
            Action("endMembership", self.tr("End a member's term…"), self.end_membership,
                   refusal="" if members else self.tr("No member serves this year.")),
            Action("setUpCouncil", self.tr("Correct date and charter…"), self.set_up),
        ]  # fmt: skip
        return Detail(row.name, [(k, v) for k, v in fields if v], actions=actions)

    def _row(self) -> CouncilRow | None:
        row: CouncilRow | None = self.selected_record()
        return row

    def set_up(self) -> FormDialog | None:
        row = self._row()
        if row is None:
            return None
        charter = row.council.charter if row.council else ""
        return self.open_form(
            self.tr("Set up {name}").format(name=row.name),
            CouncilForm().set_up(charter),
            lambda v: councils.set_up_council(
                self.ctx.session,
                Council(
                    kind=row.kind, set_up_date=iso_dates(v)["set_up_date"], charter=v["charter"]
                ),
            ),
        )

    def add_member(self) -> FormDialog | None:
        row = self._row()
        if row is None or row.council is None:
            return None
        council_id = row.council.id
        people = person_choices(self.ctx.session)
        ids = {value for _label, value in people}

        def submit(v: dict[str, Any]) -> object:
            v = iso_dates(v)
            who = member_values(v, ids)
            try:
                return councils.add_member(
                    self.ctx.session,
                    CouncilMember(
                        council_id=council_id,
                        name=who["name"],
                        role=v["role"],
                        household_id=household_of(self.ctx.session, who["person_id"]),
                        person_id=who["person_id"],
                        outside_place=v["outside_place"],
                        term_start=v["term_start"],
                    ),
                )
            except ValidationError as err:
                raise moved(err, {"name": "person_id", "household_id": "person_id"}) from err

        return self.open_form(
            self.tr("Add a member to {name}").format(name=row.name),
            CouncilForm().member(people),
            submit,
        )

    def end_membership(self) -> FormDialog | None:
        row = self._row()
        if row is None or row.council is None:
            return None
        members = councils.list_members(self.ctx.session, row.council.id, year=self.year())
        from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec

        fields = [
            FieldSpec(
                "member_id",
                self.tr("Member"),
                FieldKind.CHOICE,
                None,
                [(f"{m.role} {m.name}", m.id) for m in members],
            ),
            *CouncilForm().end_term(),
        ]
        return self.open_form(
            self.tr("End a member's term"),
            fields,
            lambda v: councils.end_membership(
                self.ctx.session, v["member_id"], on=iso_dates(v)["term_end"]
            ),
        )

    def record_meeting(self) -> FormDialog | None:
        row = self._row()
        if row is None or row.council is None:
            return None
        council_id = row.council.id
        return self.open_form(
            self.tr("Meeting of {name}").format(name=row.name),
            CouncilForm().meeting(),
            lambda v: councils.record_meeting(
                self.ctx.session,
                CouncilMeeting(
                    council_id=council_id,
                    kind=row.kind,
                    held_on=iso_dates(v)["held_on"],
                    topic=v["topic"],
                    present_count=int(v["present_count"]),
                    expected_count=int(v["expected_count"]),
                    attendees=v["attendees"],
                    minutes=v["minutes"],
                    decisions=v["decisions"],
                ),
            ),
        )

    def print_selected(self, page: str = "A4") -> PdfPreviewDialog | None:
        """The councils and their members for the year chosen (一约五会名单)."""
        year = self.year()
        return preview_printed_sheet(
            self, lambda: civic_sheets.print_councils(self.ctx.session, year)
        )
