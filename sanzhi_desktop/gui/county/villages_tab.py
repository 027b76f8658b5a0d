"""各村: every village of the county (or of one town), ranked, read-only.

Clicking a figure opens the records it was computed from, read-only, in
the kit's drill-down (the same dialog as the town's scorecard).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.scorecard import TargetItem, VillageCard
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.county.cards import CountyCards
from sanzhi_desktop.gui.county.context import county_of
from sanzhi_desktop.gui.county.towns_tab import item_columns
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.scorecard.drill_dialog import DrillDialog
from sanzhi_desktop.gui.parts.scorecard.scorecard_tab import cell_text
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import county_scorecard


class VillagesTab(RecordTab):
    name = "countyVillages"
    read_only = True

    def __init__(
        self,
        ctx: GuiContext,
        cards: CountyCards,
        year: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        self.cards = cards
        self.year = year  # the year chosen on 乡镇排名
        self.town_names: dict[str, str] = {}
        self.in_town: dict[str, int] = {}
        super().__init__(ctx, parent)
        self.table.clicked.connect(self._cell_clicked)

    def title(self) -> str:
        return self.tr("Villages")

    def empty_text(self) -> str:
        return self.tr("No village's records in the county database yet.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All towns"), [])

    def record_id(self, card: VillageCard) -> str:
        return card.code

    def columns(self) -> Sequence[Column]:
        return self._columns([])

    def _columns(self, items: Sequence[TargetItem]) -> list[Column]:
        return [
            Column("rank", self.tr("County rank"), lambda v: v.rank, ColumnKind.NUMBER),
            Column(
                "townRank",
                self.tr("Rank in town"),
                lambda v: self.in_town.get(v.code, 0),
                ColumnKind.NUMBER,
            ),
            Column("town", self.tr("Town"), lambda v: self.town_names.get(v.code[:9], "")),
            Column("village", self.tr("Village"), lambda v: v.name),
            Column("total", self.tr("Score"), lambda v: f"{v.total:g}/{v.possible:g}",
                   sort=lambda v: v.total),
            *item_columns(items),
            Column("fresh", self.tr("Data as of"), lambda v: v.last_file[:10], ColumnKind.DATE),
        ]  # fmt: skip

    def load(self) -> list[VillageCard]:
        card = self.cards.of(self.year())
        self.town_names = {t.code: t.name for t in card.towns}
        self.in_town = {v.code: v.rank for t in card.towns for v in t.villages}
        self.filters.set_choices([(t.name, t.code) for t in card.towns])
        self.model.set_columns(self._columns(card.items))
        town = self.choice_value()
        return [v for v in card.villages() if not town or v.code.startswith(town)]

    def show_town(self, code: str) -> None:
        """Show one town's villages (from 乡镇排名's "show its villages")."""
        self.ensure_loaded()  # the towns are the choice's items once loaded
        self.filters.choose(code)

    def detail(self, card: VillageCard) -> Detail:
        fields = [
            (
                f"{cell.item.title}（{cell.item.target}）",
                f"{cell_text(cell)} · {cell.grade.label} · {cell.points:g}/{cell.item.weight:g}",
            )
            for cell in card.cells
        ]
        if card.last_file:
            fields.append((self.tr("Last file received"), format_date(card.last_file[:10])))
        title = self.tr("{name}: {total} of {possible} points, rank {rank} in the county")
        return Detail(
            title.format(
                name=card.name, total=f"{card.total:g}", possible=f"{card.possible:g}",
                rank=card.rank,
            ),
            fields,
        )  # fmt: skip

    def print_selected(self, page: str = "A3") -> PdfPreviewDialog | None:
        """The county's 通报, as from 乡镇排名 (it lists every town's villages too)."""
        county, year = county_of(self.ctx), self.year()
        return preview_printed_sheet(
            self, lambda: county_scorecard.print_county_scorecard(county, year)
        )

    def can_print(self) -> bool:
        return True

    def _cell_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        column = self.model.columns[source.column()]
        if column.key.startswith("item_"):
            self.open_records(self.model.record(source.row()), column.key.removeprefix("item_"))

    def open_records(self, card: VillageCard, code: str) -> DrillDialog:
        """The records behind one cell, read-only."""
        cell = card.cell(code)
        table, rows = county_scorecard.records_behind(
            county_of(self.ctx), card.code, self.year(), code
        )
        caption = self.tr("{village}: {item} — {value} (read-only)").format(
            village=card.name, item=cell.item.title, value=cell_text(cell)
        )
        dialog = DrillDialog(self.ctx, caption, table, rows, self)
        dialog.open()
        return dialog
