"""各村自治·德治 (town only): each village's councils, worthies, family rules, lectures, 红白事.

Read-only: the figures are the villages' own, computed by the same service a
village uses (``services.civic_figures``), as fresh as the last file each
village sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sanzhi_desktop.gui.kit.choices import chosen_year, year_filter
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.format import format_money
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import civic_figures
from sanzhi_desktop.services.civic_figures import VillageCivic


class TownCivicTab(RecordTab):
    name = "civicTown"
    tables = frozenset(
        {"councils", "council_meetings", "worthies", "worthy_contributions", "family_rules",
         "moral_lectures", "custom_events"}
    )  # fmt: skip
    read_only = True

    def title(self) -> str:
        return self.tr("Villages")

    def empty_text(self) -> str:
        return self.tr("No village enrolled yet, or none has sent a file.")

    def choice_filter(self) -> ChoiceFilter:
        return year_filter()

    def columns(self) -> Sequence[Column]:
        def number(key: str, header: str, value: Callable[[VillageCivic], int]) -> Column:
            return Column(key, header, value, ColumnKind.NUMBER)

        return [
            Column("village", self.tr("Village"), lambda v: v.name),
            Column(
                "councils", self.tr("Councils set up"), lambda v: f"{v.figures.councils_set_up}/5"
            ),
            number("meetings", self.tr("Meetings"), lambda v: v.figures.meetings),
            number("worthies", self.tr("Worthies"), lambda v: v.figures.worthies),
            Column(
                "given", self.tr("Given"), lambda v: v.figures.worthy_money_fen, ColumnKind.MONEY
            ),
            number("rules", self.tr("Family rules"), lambda v: v.figures.family_rules),
            number("lectures", self.tr("Lectures"), lambda v: v.figures.lectures),
            Column(
                "events",
                self.tr("Weddings and funerals within limits"),
                lambda v: f"{v.figures.events_within_limits}/{v.figures.events}",
            ),
        ]

    def row_color(self, v: VillageCivic) -> str | None:
        short = v.figures.councils_set_up < v.figures.councils_total or v.figures.findings_open
        return ERROR_COLOR if short else None

    def load(self) -> list[VillageCivic]:
        return civic_figures.town_civic_figures(self.ctx.session, chosen_year(self.choice_value()))

    def detail(self, v: VillageCivic) -> Detail:
        f = v.figures
        fields = [
            (self.tr("Councils set up"), f"{f.councils_set_up}/5"),
            (self.tr("Councils that met"), str(f.councils_met)),
            (self.tr("Dual review sessions"), str(f.dual_review_sessions)),
            (self.tr("Worthies"), str(f.worthies)),
            (self.tr("Given"), format_money(f.worthy_money_fen)),
            (self.tr("Family rules"), f"{f.family_rules}（{f.family_rules_excellent}）"),
            (self.tr("Lectures"), str(f.lectures)),
            (self.tr("Over the limits"), f"{f.events_over_limit}（{f.findings_open}）"),
        ]
        return Detail(v.name, fields)
