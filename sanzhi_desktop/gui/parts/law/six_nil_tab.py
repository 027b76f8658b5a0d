"""六无村: the yearly self-check of its six items; 无案/无讼 read against the mediation log."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sanzhi_desktop.domain.law_registers import SixNilCheck, SixNilResult
from sanzhi_desktop.gui.kit.choices import this_year
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.six_nil_form import SixNilForm, check_from
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import law_registers


@dataclass(frozen=True)
class YearCheck:
    year: int
    result: SixNilResult
    check: SixNilCheck | None

    @property
    def id(self) -> str:
        return str(self.year)


class SixNilTab(RecordTab):
    name = "lawSixNil"
    tables = frozenset({"law_six_nil", "mediation_events"})

    def title(self) -> str:
        return self.tr("Six-nil check")

    def columns(self) -> Sequence[Column]:
        return [
            Column("year", self.tr("Year"), lambda y: y.year, ColumnKind.NUMBER),
            Column("checked", self.tr("Checked"), self._checked),
            Column("met", self.tr("Items met"), lambda y: f"{y.result.met_count}/6"),
            Column(
                "on",
                self.tr("Date"),
                lambda y: y.check.checked_on if y.check else "",
                ColumnKind.DATE,
            ),
            Column("by", self.tr("Checked by"), lambda y: y.check.checked_by if y.check else ""),
        ]

    def _checked(self, year: YearCheck) -> str:
        return self.tr("yes") if year.check else self.tr("not yet")

    def row_color(self, year: YearCheck) -> str | None:
        return None if year.check else ERROR_COLOR

    def load(self) -> list[YearCheck]:
        """This year (checked or not) and every year that has a check."""
        session = self.ctx.session
        years = {this_year(), *law_registers.checked_years(session)}
        return [
            YearCheck(
                y,
                law_registers.six_nil(session, y),
                law_registers.get_six_nil_check(session, y),
            )
            for y in sorted(years, reverse=True)
        ]

    def detail(self, year: YearCheck) -> Detail:
        fields = [
            (
                item.label,
                (self.tr("met") if item.met else self.tr("not met"))
                + (f"：{item.evidence}" if item.evidence else "")
                + (f"（{item.note}）" if item.note else ""),
            )
            for item in year.result.items
        ]
        text = self.tr("Correct the check") if year.check else self.tr("Fill in the check")
        action = Action("fillSixNil", text, lambda: self.fill(year.year))
        return Detail(self.tr("Six-nil village {year}").format(year=year.year), fields,
                      actions=[action])  # fmt: skip

    def fill(self, year: int) -> FormDialog:
        session = self.ctx.session
        return self.open_form(
            self.tr("Six-nil self-check"),
            SixNilForm().check(
                year,
                law_registers.get_six_nil_check(session, year),
                law_registers.log_counts(session, year),
            ),
            lambda v: law_registers.save_six_nil(session, check_from(v)),
        )
