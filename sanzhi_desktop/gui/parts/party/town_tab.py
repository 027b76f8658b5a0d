"""The town's 党建 table: each village's figures for a year, read-only.

The figures come from :func:`services.party_town.party_town_figures`, which
computes them with the villages' own rules from the records they sent; each
cell is the service's own text (``PartyVillageFigures.cell``), so the table,
the CLI and an export say the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.party.choices import this_year
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import party_town
from sanzhi_desktop.services.party_town import PartyVillageFigures

#: columns shown as numbers (sorted as numbers)
NUMBERS = {
    "members", "probation", "flowing", "meetings_held", "meetings_missed", "points_total",
    "posts", "training_days", "reserve_cadres", "wealth_leaders",
}  # fmt: skip


class TownPartyTab(RecordTab):
    name = "townParty"
    read_only = True
    tables = frozenset(
        {
            "party_members", "party_meetings", "party_points", "party_reviews", "party_posts",
            "party_training", "party_cadres", "party_branch", "finance_disclosures",
            "party_settings",
        }
    )  # fmt: skip

    def title(self) -> str:
        return self.tr("Villages")

    def choice_filter(self) -> ChoiceFilter:
        year = this_year()
        return ChoiceFilter(self.tr("This year"), [(f"{y}年", y) for y in (year - 1, year - 2)])

    def record_id(self, record: PartyVillageFigures) -> str:
        return record.code

    def columns(self) -> Sequence[Column]:
        headers = {
            "name": self.tr("Village"),
            "members": self.tr("Party members"),
            "probation": self.tr("Probationary"),
            "flowing": self.tr("Away"),
            "meetings_held": self.tr("Meetings"),
            "meetings_missed": self.tr("Missed"),
            "points_total": self.tr("Points"),
            "review": self.tr("Reviewed"),
            "posts": self.tr("Model posts"),
            "training_days": self.tr("Training days"),
            "reserve_cadres": self.tr("Reserve cadres"),
            "wealth_leaders": self.tr("Wealth leaders"),
            "dual_post": self.tr("Dual post"),
            "income": self.tr("Collective income"),
            "status": self.tr("Collective economy"),
        }
        columns = []
        for key, _zh, _en in party_town.COLUMNS:
            if key in NUMBERS:
                columns.append(
                    Column(key, headers[key], lambda f, k=key: getattr(f, k), ColumnKind.NUMBER)
                )
            elif key == "income":
                columns.append(Column(key, headers[key], lambda f: f.income_fen, ColumnKind.MONEY))
            else:
                columns.append(Column(key, headers[key], lambda f, k=key: f.cell(k)))
        return columns

    def empty_text(self) -> str:
        return self.tr("No village has sent its records yet.")

    def load(self) -> list[PartyVillageFigures]:
        year = int(self.choice_value() or this_year())
        return party_town.party_town_figures(self.ctx.session, year=year)

    def row_color(self, record: PartyVillageFigures) -> str | None:
        return ERROR_COLOR if record.meetings_missed or record.status.value != "ok" else None

    def detail(self, record: PartyVillageFigures) -> Detail:
        fields = [(self._header(key), record.cell(key)) for key, _zh, _en in party_town.COLUMNS[1:]]
        return Detail(record.name, fields)

    def _header(self, key: str) -> str:
        return next(c.header for c in self.columns() if c.key == key)
