"""镇：全镇汇总 — each village's figures, a chart, and a read-only drill-down.

The first tab answers the town's questions (``services.town_figures``): notices
posted, finance quarters overdue, red and black entries on the board, star
households, points, mediation cases, escalations awaiting the town's reply —
one row per village and a total. The second tab keeps the generic count of
every synced table (``services.town.dashboard``), so a table a later part
registers shows up without a change here. Clicking a figure shows that
village's records behind it, read-only: the town never edits a village's
records.

Charts are :class:`gui.bar_chart.BarChart` inside a scroll area, so twelve
villages or fifteen dispute types never push the window past 1280×800; the
same figures are always in the table beside the chart (UI.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.disclosure_catalogue import period_label
from sanzhi_desktop.gui.bar_chart import BarChart
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.village_records_tab import VillageRecordsTab
from sanzhi_desktop.gui.table_export import export_view
from sanzhi_desktop.gui.widgets import PageHeader
from sanzhi_desktop.services import town, town_figures
from sanzhi_desktop.services.town import Dashboard
from sanzhi_desktop.services.town_figures import FIGURE_COLUMNS, TownFigures

#: Chart choices that are not one column per village.
CASES_BY_TYPE = "cases_by_type"
CASES_BY_STATE = "cases_by_state"

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: The figures table never takes more than this; more villages scroll inside it.
FIGURES_MAX_HEIGHT = 330


def _grid(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
    table.verticalHeader().setVisible(False)
    return table


def _fit_height(table: QTableWidget, *, limit: int) -> None:
    """As tall as its rows (the chart and the records get the rest), at most ``limit``."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    scrollbar = table.horizontalScrollBar().sizeHint().height()
    needed = (
        table.horizontalHeader().sizeHint().height() + rows + scrollbar + 2 * table.frameWidth()
    )
    table.setMaximumHeight(min(max(needed, 90), limit))


def _number(value: int, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(f"{value:,}")
    item.setTextAlignment(RIGHT)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class ChartPanel(QWidget):
    """A choice of figure above a bar chart that scrolls instead of growing."""

    def __init__(self, on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Chart:"), self))
        self.measure = QComboBox(self)
        self.measure.currentIndexChanged.connect(lambda _i: on_change())
        row.addWidget(self.measure, 1)
        layout.addLayout(row)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.chart = BarChart(self.scroller)
        self.scroller.setWidget(self.chart)
        layout.addWidget(self.scroller, 1)

    def set_choices(self, choices: Sequence[tuple[str, str]], *, default: str = "") -> None:
        """``(label, key)`` pairs; keeps the current choice when it is still offered."""
        current = self.measure.currentData() or default
        self.measure.blockSignals(True)
        self.measure.clear()
        for label, key in choices:
            self.measure.addItem(label, key)
        self.measure.setCurrentIndex(max(self.measure.findData(current), 0))
        self.measure.blockSignals(False)


class TownDashboardPage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Dashboard | None = None
        self.figures: TownFigures | None = None
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Across villages"), self)
        self.header.add_button(
            self.tr("Export .xlsx"),
            self.export_xlsx,
            object_name="exportXlsx",
            tooltip=self.tr("Save the table of this tab as .xlsx"),
        )
        layout.addWidget(self.header)
        note = QLabel(
            self.tr(
                "Figures from the records each village sent; the Villages page shows when "
                "each file came. Click a figure to see the records behind it (read-only)."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self._figures_tab(), self.tr("Figures"))
        self.tabs.addTab(self._tables_tab(), self.tr("All tables"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- layout -----------------------------------------------------------------------

    def _split(self, top: QWidget, chart: ChartPanel, drill: VillageRecordsTab) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        lower = QSplitter(Qt.Orientation.Horizontal, splitter)
        lower.addWidget(chart)
        lower.addWidget(drill)
        lower.setSizes([420, 580])
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _figures_tab(self) -> QWidget:
        self.figures_table = _grid(self, "figuresTable")
        self.figures_table.cellClicked.connect(self.drill_down_figure)
        self.figure_panel = ChartPanel(self._draw_figure, self)
        self.figure_panel.measure.setObjectName("figureMeasure")
        self.figure_chart = self.figure_panel.chart
        self.figure_chart.setObjectName("figureChart")
        self.figure_records = VillageRecordsTab(self.ctx, self)
        return self._split(self.figures_table, self.figure_panel, self.figure_records)

    def _tables_tab(self) -> QWidget:
        self.grid = _grid(self, "dashboardGrid")
        self.grid.cellClicked.connect(self.drill_down)
        self.table_panel = ChartPanel(self._draw, self)
        self.measure = self.table_panel.measure
        self.measure.setObjectName("measure")
        self.chart = self.table_panel.chart
        self.drill = VillageRecordsTab(self.ctx, self)
        self.records = self.drill.model
        return self._split(self.grid, self.table_panel, self.drill)

    def figure_labels(self) -> dict[str, str]:
        return {
            "notices_posted": self.tr("Notices posted (last 12 months)"),
            "finance_overdue": self.tr("Finance quarters overdue"),
            "red_on_board": self.tr("On the red board"),
            "black_on_board": self.tr("On the black board"),
            "star_households": self.tr("Star households"),
            "points_total": self.tr("Points balance"),
            "cases": self.tr("Mediation cases"),
            "cases_in_progress": self.tr("Cases in progress"),
            "awaiting_reply": self.tr("Awaiting the town's reply"),
        }

    def export_xlsx(self) -> Path | None:
        """Save the figures table (or, on the second tab, the table counts) as .xlsx."""
        index = self.tabs.currentIndex()
        table = (self.figures_table, self.grid)[index]
        title = f"{self.tr('Across villages')} {self.tabs.tabText(index)}"
        return export_view(self, table, title=title, suggested_name=title)

    # --- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.session.profile is None:
            return
        self.figures = town_figures.town_figures(self.ctx.session)
        self.data = town.dashboard(self.ctx.session)
        self._show_figures()
        self._show_tables()

    def _show_figures(self) -> None:
        assert self.figures is not None
        labels = self.figure_labels()
        keys = [key for key, _table in FIGURE_COLUMNS]
        table = self.figures_table
        table.clear()
        table.setColumnCount(len(keys) + 1)
        table.setHorizontalHeaderLabels([self.tr("Village"), *(labels[k] for k in keys)])
        villages = self.figures.villages
        table.setRowCount(len(villages) + 1)
        # the total first, as in a 统计表: it stays in sight when many villages scroll
        total = QTableWidgetItem(self.tr("Total"))
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        table.setItem(0, 0, total)
        for c, key in enumerate(keys, start=1):
            table.setItem(0, c, _number(self.figures.total(key), bold=True))
        for r, village in enumerate(villages, start=1):
            table.setItem(r, 0, QTableWidgetItem(village.name))
            for c, key in enumerate(keys, start=1):
                item = _number(village.value(key))
                if key == "finance_overdue" and village.finance_overdue_periods:
                    item.setToolTip("、".join(map(period_label, village.finance_overdue_periods)))
                    item.setForeground(Qt.GlobalColor.darkRed)
                if key == "star_households" and village.star_cycle:
                    item.setToolTip(self.tr("Cycle {cycle}").format(cycle=village.star_cycle))
                if key == "awaiting_reply" and village.awaiting_reply:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        _fit_height(table, limit=FIGURES_MAX_HEIGHT)
        choices = [
            (self.tr("Mediation cases by type (all villages)"), CASES_BY_TYPE),
            (self.tr("Mediation cases by state (all villages)"), CASES_BY_STATE),
            *((labels[k], k) for k in keys),
        ]
        self.figure_panel.set_choices(choices, default=CASES_BY_TYPE)
        self._draw_figure()

    def _draw_figure(self) -> None:
        key = self.figure_panel.measure.currentData()
        if self.figures is None or key is None:
            self.figure_chart.set_data([])
            return
        title = self.figure_panel.measure.currentText()
        if key == CASES_BY_TYPE:
            items = self.figures.cases_by_type()
        elif key == CASES_BY_STATE:
            items = self.figures.cases_by_state()
        else:
            items = [(v.name, v.value(key)) for v in self.figures.villages]
        self.figure_chart.set_data(items, title=title)

    def drill_down_figure(self, row: int, column: int) -> None:
        """The village's records behind the clicked figure (read-only)."""
        if self.figures is None or column == 0 or not 1 <= row <= len(self.figures.villages):
            return  # the name column, or the total row
        village = self.figures.villages[row - 1]
        table = FIGURE_COLUMNS[column - 1][1]
        rows = town.village_records(self.ctx.session, village.code, table, limit=500)
        label = self.data.labels.get(table, table) if self.data else table
        self.figure_records.show_rows(
            self.tr("{village}: {table} (read-only)").format(village=village.name, table=label),
            table,
            rows,
        )

    def _show_tables(self) -> None:
        assert self.data is not None
        tables = self.data.tables
        self.table_panel.set_choices([(self.data.labels[t], t) for t in tables])
        self.grid.clear()
        self.grid.setColumnCount(len(tables) + 1)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Village"), *(self.data.labels[t] for t in tables)]
        )
        self.grid.setRowCount(len(self.data.villages))
        for r, (code, name) in enumerate(self.data.villages):
            self.grid.setItem(r, 0, QTableWidgetItem(name))
            for c, table in enumerate(tables, start=1):
                self.grid.setItem(r, c, _number(self.data.counts[code].get(table, 0)))
        self.grid.resizeColumnsToContents()
        _fit_height(self.grid, limit=FIGURES_MAX_HEIGHT)
        self._draw()

    def _draw(self) -> None:
        table = self.measure.currentData()
        if self.data is None or table is None:
            self.chart.set_data([])
            return
        self.chart.set_data(
            [(name, self.data.counts[code].get(table, 0)) for code, name in self.data.villages],
            title=self.data.labels[table],
        )

    def drill_down(self, row: int, column: int) -> None:
        """Show the village's records of the clicked table (read-only)."""
        if self.data is None or column == 0 or row >= len(self.data.villages):
            return
        code, name = self.data.villages[row]
        table = self.data.tables[column - 1]
        rows = town.village_records(self.ctx.session, code, table, limit=500)
        self.drill.show_rows(
            self.tr("{village}: {table} (read-only)").format(
                village=name, table=self.data.labels[table]
            ),
            table,
            rows,
        )
