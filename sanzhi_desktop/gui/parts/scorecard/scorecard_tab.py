"""考核结果: villages × the catalogue's items, each cell the figure coloured by its grade.

A town sees every village ranked by its total; a village sees its own card,
computed the same way, so it knows before the town does. Clicking a cell
opens the records the figure was computed from (read-only, the kit's
drill-down); an on-site item takes an inspector's figure in the town.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.scorecard import Cell, Grade, TargetItem, VillageCard
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.scorecard.drill_dialog import DrillDialog
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import calendar, scorecard
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.scorecard import Scorecard
from sanzhi_desktop.services.session import Session

#: Text colour of a cell per grade (达标 green, 接近 amber, 未达标 red, 无数据 grey).
GRADE_COLORS = {
    Grade.MET: "#2e7d32",
    Grade.NEAR: "#b26a00",
    Grade.MISSED: "#c62828",
    Grade.NO_DATA: "#777777",
}
MARKS = {Grade.MET: "√", Grade.NEAR: "△", Grade.MISSED: "×", Grade.NO_DATA: "—"}
YEARS_BACK = 4


def cell_text(cell: Cell) -> str:
    if cell.figure.value is None:
        return cell.figure.note or "—"
    return f"{MARKS[cell.grade]} {cell.figure.shown(cell.item.unit)}"


class ScorecardTab(RecordTab):
    name = "scorecard"
    tables = scorecard.scored_tables()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        self.card: Scorecard | None = None
        super().__init__(ctx, parent)
        self.table.clicked.connect(self._cell_clicked)

    @property
    def town(self) -> bool:
        profile = self.ctx.session.profile
        return profile is not None and profile.kind is OfficeKind.TOWN

    def title(self) -> str:
        return self.tr("Scorecard") if self.town else self.tr("Our card")

    def empty_text(self) -> str:
        return self.tr("No village enrolled yet: the scorecard lists the villages that send files.")

    def choice_filter(self) -> ChoiceFilter:
        year = calendar.today().year
        return ChoiceFilter(
            self.tr("This year so far ({year})").format(year=year),
            [(f"{y}", y) for y in range(year - 1, year - 1 - YEARS_BACK, -1)],
        )

    def year(self) -> int:
        value = self.choice_value()
        return int(value) if value else calendar.today().year

    def record_id(self, card: VillageCard) -> str:
        return card.code

    def columns(self) -> Sequence[Column]:
        return self._columns([])

    def _columns(self, items: Sequence[TargetItem]) -> list[Column]:
        columns = [
            Column("rank", self.tr("Rank"), lambda c: c.rank, ColumnKind.NUMBER),
            Column("village", self.tr("Village"), lambda c: c.name),
            Column("total", self.tr("Score"), lambda c: f"{c.total:g}/{c.possible:g}",
                   sort=lambda c: c.total),
        ]  # fmt: skip
        for item in items:
            columns.append(
                Column(
                    f"item_{item.code}",
                    f"{item.title}\n{item.target}",
                    lambda c, code=item.code: cell_text(c.cell(code)),
                    color=lambda c, code=item.code: GRADE_COLORS[c.cell(code).grade],
                    sort=lambda c, code=item.code: c.cell(code).points,
                )
            )
        if self.town:
            columns.append(
                Column("fresh", self.tr("Data as of"), lambda c: c.last_file[:10], ColumnKind.DATE)
            )
        return columns

    def load(self) -> list[VillageCard]:
        self.card = scorecard.compute_scorecard(self.ctx.session, self.year())
        self.model.set_columns(self._columns(self.card.items))
        return self.card.cards

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
        actions = []
        if self.town and any(c.item.inspected for c in card.cells):
            actions.append(
                Action("recordInspection", self.tr("Enter an inspection…"), self.record_inspection)
            )
        title = self.tr("{name}: {total} of {possible} points, rank {rank}").format(
            name=card.name, total=f"{card.total:g}", possible=f"{card.possible:g}", rank=card.rank
        )
        return Detail(title, fields, actions=actions)

    def _cell_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        column = self.model.columns[source.column()]
        if not column.key.startswith("item_"):
            return
        card: VillageCard = self.model.record(source.row())
        self.open_records(card, column.key.removeprefix("item_"))

    def open_records(self, card: VillageCard, code: str) -> DrillDialog:
        """The records behind one cell, read-only."""
        cell = card.cell(code)
        table, rows = scorecard.records_behind(self.ctx.session, card.code, self.year(), code)
        caption = self.tr("{village}: {item} — {value} (read-only)").format(
            village=card.name, item=cell.item.title, value=cell_text(cell)
        )
        dialog = DrillDialog(self.ctx, caption, table, rows, self)
        dialog.open()
        return dialog

    def record_inspection(self) -> FormDialog | None:
        card: VillageCard | None = self.selected_record()
        if card is None:
            return None
        inspected = [(c.item.title, c.item.code) for c in card.cells if c.item.inspected]
        fields = [
            FieldSpec("item_code", self.tr("Item"), FieldKind.CHOICE, inspected[0][1], inspected),
            FieldSpec("value", self.tr("Figure"), FieldKind.NUMBER, 0, maximum=100_000),
            FieldSpec("inspector", self.tr("Inspected by")),
            FieldSpec("note", self.tr("Note")),
        ]

        def submit(v: dict[str, Any]) -> object:
            scorecard.record_inspection(
                self.ctx.session,
                village_code=card.code,
                year=self.year(),
                item_code=v["item_code"],
                value=float(v["value"]),
                inspector=v["inspector"],
                note=v["note"],
            )
            return None

        return self.open_form(
            self.tr("Inspection of {name}").format(name=card.name), fields, submit
        )

    def print_selected(self, page: str = "A3") -> PdfPreviewDialog | None:
        """The 通报 (town only): the scorecard on A3 landscape with the month's changes."""
        if not self.town:
            return None
        year = self.year()
        return preview_printed_sheet(
            self, lambda: scorecard.print_scorecard(self.ctx.session, year)
        )

    def can_print(self) -> bool:
        return self.town

    def make_binder(self) -> bool:
        """The year's 台账 binder, made in the background (progress, 取消), then previewed.

        In a town it is the selected village's, from the records it sent.
        """
        from sanzhi_desktop.gui.pdf_preview import preview_pdf
        from sanzhi_desktop.gui.tasks import show_error
        from sanzhi_desktop.services import binder

        year = self.year()
        village = ""
        if self.town:
            card: VillageCard | None = self.selected_record()
            if card is None:
                show_error(self, RefusedError(self.tr("Select the village whose ledgers to bind.")))
                return False
            village = card.code

        def make(session: Session, progress: Progress) -> binder.Binder:
            if village:
                return binder.make_binder_for_village(session, year, village, progress=progress)
            return binder.make_binder(session, year, progress=progress)

        def done(made: binder.Binder) -> None:
            preview_pdf(self, made.pdf, title=made.title, suggested_name=made.suggested_name)

        self.ctx.run_task(self, self.tr("Binding the year's ledgers"), make, done)
        return True
