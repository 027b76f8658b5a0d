"""十星级平安村 self-checks: one line a year — items met, the catalogue used, the stars."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.safe_village import SafeVillageCheck
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.safety.checks_form import CheckForm, draft_from
from sanzhi_desktop.gui.parts.safety.petitions_form import iso
from sanzhi_desktop.services import safe_village, screening
from sanzhi_desktop.services.safety_catalogues import safe_village_items


class ChecksTab(RecordTab):
    name = "checks"
    tables = frozenset({"safe_village_checks", "safe_village_items"})

    def title(self) -> str:
        return self.tr("Safe-village self-check")

    def columns(self) -> Sequence[Column]:
        return [
            Column("year", self.tr("Year"), lambda c: c.year, ColumnKind.NUMBER),
            Column("date", self.tr("Checked on"), lambda c: c.checked_date, ColumnKind.DATE),
            Column("met", self.tr("Items met"), lambda c: f"{c.met_count}/{len(c.item_list)}"),
            Column("source", self.tr("Item list"), self._source),
            Column("stars", self.tr("Stars conferred"), self._stars),
        ]

    def _source(self, check: SafeVillageCheck) -> str:
        if check.catalogue_source == "town":
            return self.tr("the town's")
        return self.tr("default")

    def _stars(self, check: SafeVillageCheck) -> str:
        return (
            self.tr("%1 stars").replace("%1", str(check.stars_conferred)) if check.conferred else ""
        )

    def empty_text(self) -> str:
        return self.tr("No self-check yet. Click “New” to check this year against the ten items.")

    def load(self) -> list[SafeVillageCheck]:
        return safe_village.list_checks(self.ctx.session)

    def detail(self, check: SafeVillageCheck) -> Detail:
        fields = [
            (self.tr("Checked on"), format_date(check.checked_date)),
            (self.tr("Item list"), self._source(check)),
            *(
                (
                    self.tr("Item %1").replace("%1", str(i.position)),
                    f"{i.title} — "
                    + ((self.tr("met") + f"（{i.evidence}）") if i.met else self.tr("not met")),
                )
                for i in check.item_list
            ),
            (self.tr("Stars conferred"), self._stars(check)),
            (self.tr("Date conferred"), format_date(check.conferred_date)),
        ]
        actions = [
            Action("editCheck", self.tr("Edit the answers"), lambda: self.edit(check)),
            Action("recordStars", self.tr("Record the stars"), lambda: self.stars(check.year)),
        ]
        return Detail(
            self.tr("Self-check %1").replace("%1", str(check.year)), fields, actions=actions
        )

    def edit(self, check: SafeVillageCheck | None) -> FormDialog:
        session = self.ctx.session
        items = safe_village_items(session).items
        year = check.year if check else screening.today().year
        return self.open_form(
            self.tr("Safe-village self-check"),
            CheckForm().check(year, items, check),
            lambda v: safe_village.save_check(session, draft_from(v, items)),
            select_result=True,
        )

    def new_record(self) -> FormDialog:
        return self.edit(safe_village.get_check(self.ctx.session, screening.today().year))

    def stars(self, year: int) -> FormDialog:
        return self.open_form(
            self.tr("Record the stars"),
            CheckForm().stars(),
            lambda v: safe_village.record_conferred_stars(
                self.ctx.session,
                year,
                stars=int(v["stars"]),
                conferred_date=iso(v["conferred_date"]),
            ),
        )
