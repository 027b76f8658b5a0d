"""各村法治 (town only): each village's 学法, 宪法入户, registers and 六无 status, from its files.

Read-only: the figures are the villages' own, computed by the same services
the village uses (``services.law_figures``), as fresh as the last file each
village sent.
"""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.law_registers import percent_text
from sanzhi_desktop.gui.kit.choices import chosen_year, year_filter
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import law_figures
from sanzhi_desktop.services.law_figures import LawFigures


class TownLawTab(RecordTab):
    name = "lawTown"
    tables = frozenset(
        {"law_sessions", "law_learners", "law_constitution", "law_honours", "law_six_nil"}
    )
    read_only = True

    def title(self) -> str:
        return self.tr("Villages")

    def empty_text(self) -> str:
        return self.tr("No village enrolled yet, or none has sent a file.")

    def choice_filter(self) -> ChoiceFilter:
        return year_filter()

    def record_id(self, figures: LawFigures) -> str:
        return figures.code

    def columns(self) -> Sequence[Column]:
        return [
            Column("village", self.tr("Village"), lambda f: f.name),
            Column("sessions", self.tr("Study sessions"), lambda f: f.sessions, ColumnKind.NUMBER),
            Column("met", self.tr("At target"), lambda f: f"{f.learners_met}/{f.learners}"),
            Column(
                "coverage",
                self.tr("Constitution visits"),
                lambda f: percent_text(f.coverage_percent),
            ),
            Column("leaders", self.tr("Leaders"), lambda f: f.law_leaders, ColumnKind.NUMBER),
            Column("savvy", self.tr("Law-savvy"), lambda f: f.law_savvy, ColumnKind.NUMBER),
            Column(
                "models",
                self.tr("Model households"),
                lambda f: f.model_households,
                ColumnKind.NUMBER,
            ),
            Column("six_nil", self.tr("Six-nil"), lambda f: f.six_nil_text),
        ]

    def row_color(self, figures: LawFigures) -> str | None:
        short = figures.sessions < figures.sessions_target or figures.reached < figures.households
        return ERROR_COLOR if short else None

    def load(self) -> list[LawFigures]:
        return law_figures.town_law_figures(self.ctx.session, chosen_year(self.choice_value()))

    def detail(self, f: LawFigures) -> Detail:
        fields = [
            (self.tr("Study sessions"), self.tr("{n} held, at least {t} needed").format(
                n=f.sessions, t=f.sessions_target)),
            (self.tr("At target"), f"{f.learners_met}/{f.learners}"),
            (self.tr("Constitution visits"),
             f"{f.reached}/{f.households}（{percent_text(f.coverage_percent)}）"),
            (self.tr("Registers"), f"{f.law_leaders} / {f.law_savvy} / {f.model_households}"),
            (self.tr("Six-nil"), f.six_nil_text),
        ]  # fmt: skip
        return Detail(f.name, fields)
