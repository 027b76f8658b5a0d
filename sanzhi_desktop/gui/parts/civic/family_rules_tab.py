"""家规家训: each household's rules text, the year's 优秀 and what is on the display board."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.family_rules import FamilyRules
from sanzhi_desktop.gui.kit.choices import chosen_year, household_choices, year_filter
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import iso_dates
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.civic.family_rules_form import FamilyRulesForm
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import civic_sheets, family_rules


class FamilyRulesTab(RecordTab):
    name = "familyRules"
    tables = frozenset({"family_rules", "households"})
    date_column = "collected"

    def title(self) -> str:
        return self.tr("Family rules")

    def empty_text(self) -> str:
        return self.tr("No family rules collected yet. Click “New” to record the first.")

    def choice_filter(self) -> ChoiceFilter:
        return year_filter()

    def year(self) -> int:
        return chosen_year(self.choice_value())

    def columns(self) -> Sequence[Column]:
        return [
            Column("head", self.tr("Head of household"), lambda r: r.head_name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda r: r.group_no, ColumnKind.NUMBER),
            Column("text", self.tr("Family rules"), lambda r: r.text),
            Column("collected", self.tr("Collected on"), lambda r: r.collected_on, ColumnKind.DATE),
            Column(
                "excellent",
                self.tr("Excellent"),
                lambda r: str(r.excellent_year) if r.excellent_year else "",
            ),
            Column(
                "display",
                self.tr("On the board"),
                lambda r: self.tr("Yes") if r.on_display else "",
            ),
        ]

    def load(self) -> list[FamilyRules]:
        return family_rules.list_family_rules(self.ctx.session, year=self.year())

    def detail(self, r: FamilyRules) -> Detail:
        fields = [
            (self.tr("Group"), f"{r.group_no}组"),
            (self.tr("Family rules"), r.text),
            (self.tr("Collected on"), format_date(r.collected_on)),
            (self.tr("Excellent"), str(r.excellent_year) if r.excellent_year else ""),
        ]
        year = self.year()
        done = self.tr("Already selected for {year}.").format(year=year)
        actions = [
            Action("selectExcellent", self.tr("Select as excellent…"), self.select_excellent,
                   refusal=done if r.excellent_year == year else ""),
        ]  # fmt: skip
        return Detail(
            self.tr("{name}'s family rules").format(name=r.head_name),
            [(k, v) for k, v in fields if v],
            actions=actions,
        )

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("Collect family rules"),
            FamilyRulesForm().collect(household_choices(self.ctx.session)),
            lambda v: family_rules.collect_family_rules(
                self.ctx.session,
                FamilyRules(
                    household_id=v["household_id"] or "",
                    head_name="",
                    group_no=0,
                    text=v["text"],
                    collected_on=iso_dates(v)["collected_on"],
                ),
            ),
            select_result=True,
        )

    def select_excellent(self) -> FormDialog | None:
        rules: FamilyRules | None = self.selected_record()
        if rules is None:
            return None
        return self.open_form(
            self.tr("Select as excellent"),
            FamilyRulesForm().select(self.year()),
            lambda v: family_rules.select_excellent(
                self.ctx.session,
                rules.id,
                year=int(v["excellent_year"]),
                on_display=bool(v["on_display"]),
            ),
            note=rules.text,
        )

    def print_selected(self, page: str = "A4") -> PdfPreviewDialog | None:
        """The year's collection (家规家训汇编)."""
        year = self.year()
        return preview_printed_sheet(
            self, lambda: civic_sheets.print_family_rules(self.ctx.session, year)
        )
