"""宪法入户: every household of the year, reached or not; the coverage sheet prints from here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanzhi_desktop.domain.law_registers import ConstitutionVisit, percent_text, total_coverage
from sanzhi_desktop.gui.kit.choices import chosen_year, year_filter
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.constitution_form import VisitForm
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import law_print, law_registers


class ConstitutionTab(RecordTab):
    name = "lawConstitution"
    tables = frozenset({"law_constitution", "households"})

    def title(self) -> str:
        return self.tr("Constitution visits")

    def empty_text(self) -> str:
        return self.tr("The roster has no households yet: add them under 村民档案 first.")

    def search_hint(self) -> str:
        return self.tr("Search head, household no., group")

    def choice_filter(self) -> ChoiceFilter:
        return year_filter()

    def year(self) -> int:
        return chosen_year(self.choice_value())

    def columns(self) -> Sequence[Column]:
        return [
            Column("group", self.tr("Group"), lambda h: f"{h['group_no']}组"),
            Column("no", self.tr("Household no."), lambda h: h["household_no"]),
            Column("head", self.tr("Head"), lambda h: h["head_name"], ColumnKind.NAME),
            Column("reached", self.tr("Visited"), self._reached),
            Column("on", self.tr("Date"), lambda h: h["reached_on"], ColumnKind.DATE),
            Column("by", self.tr("Visited by"), lambda h: h["reached_by"]),
        ]

    def _reached(self, row: dict[str, Any]) -> str:
        return self.tr("visited") if row["reached"] else self.tr("not yet")

    def row_color(self, row: dict[str, Any]) -> str | None:
        return None if row["reached"] else ERROR_COLOR

    def load(self) -> list[dict[str, Any]]:
        return law_registers.household_visits(self.ctx.session, self.year())

    def detail(self, row: dict[str, Any]) -> Detail:
        groups = law_registers.coverage(self.ctx.session, self.year())
        group = next((g for g in groups if g.group_no == row["group_no"]), None)
        total = total_coverage(groups)
        fields = [
            (self.tr("Visited"), self._reached(row)),
            (self.tr("Date"), format_date(row["reached_on"])),
            (self.tr("Visited by"), row["reached_by"]),
            (self.tr("Note"), row["note"]),
            (
                self.tr("Coverage of the group"),
                f"{group.reached}/{group.households}（{percent_text(group.percent)}）"
                if group
                else "",
            ),
            (
                self.tr("Coverage of the village"),
                f"{total.reached}/{total.households}（{percent_text(total.percent)}）",
            ),
        ]
        visit = Action(
            "recordVisit",
            self.tr("Record the visit"),
            lambda: self.record_visit(row),
            refusal=self.tr("Already visited this year.") if row["reached"] else "",
        )
        return Detail(f"{row['household_no']} {row['head_name']}", fields, actions=[visit])

    def record_visit(self, row: dict[str, Any]) -> FormDialog:
        session, year = self.ctx.session, self.year()
        return self.open_form(
            self.tr("Constitution visit"),
            VisitForm().visit(),
            lambda v: law_registers.record_visit(
                session,
                ConstitutionVisit(
                    household_id=str(row["id"]),
                    year=year,
                    reached_on=v["reached_on"].isoformat(),
                    reached_by=v["reached_by"],
                    note=v["note"],
                ),
            ),
        )

    def print_selected(self, page: str = "A4") -> object:
        year = self.year()
        self.preview(
            lambda: law_print.print_coverage(self.ctx.session, year).pdf,
            self.tr("Constitution visits {year}").format(year=year),
        )
        return True
