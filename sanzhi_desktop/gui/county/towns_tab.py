"""乡镇排名: the county's towns ranked by their villages' mean score, read-only.

A town's cells pool its villages' counts (services.county_scorecard says
how); its detail lists them and offers to show the town's villages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.scorecard import TargetItem
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.county.cards import CountyCards
from sanzhi_desktop.gui.county.context import county_of
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.scorecard.scorecard_tab import GRADE_COLORS, YEARS_BACK, cell_text
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import calendar, county_scorecard
from sanzhi_desktop.services.county_scorecard import TownCard


def item_columns(items: Sequence[TargetItem]) -> list[Column]:
    """A column per catalogue item: the cell's mark and figure, coloured by its grade."""
    return [
        Column(
            f"item_{item.code}",
            f"{item.title}\n{item.target}",
            lambda c, i=index: cell_text(c.cells[i]),
            color=lambda c, i=index: GRADE_COLORS[c.cells[i].grade],
            sort=lambda c, i=index: c.cells[i].points,
        )
        for index, item in enumerate(items)
    ]


class TownsTab(RecordTab):
    name = "countyTowns"
    # not the kit's read_only (which drops every action): the one action here only
    # shows the town's villages; no 新建 (no new_record) and nothing that writes

    def __init__(
        self,
        ctx: GuiContext,
        cards: CountyCards,
        show_villages: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        self.cards = cards
        self.show_villages = show_villages
        super().__init__(ctx, parent)

    def title(self) -> str:
        return self.tr("Towns ranked")

    def empty_text(self) -> str:
        return self.tr("No town in the county database yet: ingest the towns' files first.")

    def choice_filter(self) -> ChoiceFilter:
        year = calendar.today().year
        return ChoiceFilter(
            self.tr("This year so far ({year})").format(year=year),
            [(f"{y}", y) for y in range(year - 1, year - 1 - YEARS_BACK, -1)],
        )

    def year(self) -> int:
        value = self.choice_value()
        return int(value) if value else calendar.today().year

    def record_id(self, town: TownCard) -> str:
        return town.code

    def columns(self) -> Sequence[Column]:
        return self._columns([])

    def _columns(self, items: Sequence[TargetItem]) -> list[Column]:
        return [
            Column("rank", self.tr("Rank"), lambda t: t.rank, ColumnKind.NUMBER),
            Column("town", self.tr("Town"), lambda t: t.name),
            Column(
                "total", self.tr("Mean score"), lambda t: f"{t.total:g}", sort=lambda t: t.total
            ),
            Column("villages", self.tr("Villages"), lambda t: len(t.villages), ColumnKind.NUMBER),
            *item_columns(items),
            Column("fresh", self.tr("Data as of"), lambda t: t.last_file[:10], ColumnKind.DATE),
        ]

    def load(self) -> list[TownCard]:
        card = self.cards.of(self.year())
        self.model.set_columns(self._columns(card.items))
        return card.towns

    def detail(self, town: TownCard) -> Detail:
        fields = [
            (f"{cell.item.title}（{cell.item.target}）", f"{cell_text(cell)} · {cell.grade.label}")
            for cell in town.cells
        ]
        if town.last_file:
            fields.append((self.tr("Oldest latest file"), format_date(town.last_file[:10])))
        title = self.tr("{name}: {total} points on average over {count} villages, rank {rank}")
        show: Any = lambda: self.show_villages(town.code)  # noqa: E731
        return Detail(
            title.format(
                name=town.name, total=f"{town.total:g}", count=len(town.villages), rank=town.rank
            ),
            fields,
            actions=[Action("showVillages", self.tr("Show its villages"), show)],
        )

    def print_selected(self, page: str = "A3") -> PdfPreviewDialog | None:
        """The county's 通报 (A3 landscape): towns ranked, then every town's villages."""
        county, year = county_of(self.ctx), self.year()
        return preview_printed_sheet(
            self, lambda: county_scorecard.print_county_scorecard(county, year)
        )

    def can_print(self) -> bool:
        return True
