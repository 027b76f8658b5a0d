"""镇：汇总 — counts of every synced table per village, a bar chart, and a read-only drill-down.

Generic over the synced tables (``services.town.dashboard``): a table that
another part registers becomes a choice in the chart and a column of the grid
without a change here. The chart is drawn with QPainter (QtCharts is not
installed); the same figures are in the grid beside it (UI.md).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.widgets import PageHeader
from sanzhi_desktop.services import town
from sanzhi_desktop.services.town import Dashboard

BAR_COLOR = "#1565c0"


class BarChart(QWidget):
    """Horizontal bars, one per village, labelled with the name and the figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.bars: list[tuple[str, int]] = []
        self.setMinimumHeight(200)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = bars
        self.setMinimumHeight(max(200, 28 * len(bars) + 10))
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            painter.end()
            return
        metrics = painter.fontMetrics()
        label_width = max(metrics.horizontalAdvance(name) for name, _ in self.bars) + 12
        top = max((value for _, value in self.bars), default=0) or 1
        room = self.width() - label_width - 60
        row = min(28.0, (self.height() - 10) / len(self.bars))
        for i, (name, value) in enumerate(self.bars):
            y = 5 + i * row
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(0, y, label_width - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            width = room * value / top
            painter.fillRect(QRectF(label_width, y + 4, width, row - 8), QColor(BAR_COLOR))
            painter.drawText(
                QRectF(label_width + width + 6, y, 60, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{value:,}",
            )
        painter.end()


class TownDashboardPage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Dashboard | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(self.tr("Across villages"), self))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Chart:"), self))
        self.measure = QComboBox(self)
        self.measure.setObjectName("measure")
        self.measure.currentIndexChanged.connect(self._draw)
        row.addWidget(self.measure)
        row.addStretch(1)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QSplitter(Qt.Orientation.Horizontal, splitter)
        self.chart = BarChart(top)
        self.grid = QTableWidget(0, 0, top)
        self.grid.setObjectName("dashboardGrid")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.grid.cellClicked.connect(self.drill_down)
        self.records = QTableWidget(0, 0, splitter)
        self.records.setObjectName("drillDown")
        self.records.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.session.profile is None:
            return
        self.data = town.dashboard(self.ctx.session)
        current = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for table in self.data.tables:
            self.measure.addItem(self.data.labels[table], table)
        index = self.measure.findData(current)
        self.measure.setCurrentIndex(max(index, 0))
        self.measure.blockSignals(False)
        tables = self.data.tables
        self.grid.setColumnCount(len(tables) + 1)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Village"), *(self.data.labels[t] for t in tables)]
        )
        self.grid.setRowCount(len(self.data.villages))
        for r, (code, name) in enumerate(self.data.villages):
            self.grid.setItem(r, 0, QTableWidgetItem(name))
            for c, table in enumerate(tables, start=1):
                item = QTableWidgetItem(f"{self.data.counts[code].get(table, 0):,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()
        self._draw()

    def _draw(self) -> None:
        table = self.measure.currentData()
        if self.data is None or table is None:
            self.chart.set_bars([])
            return
        self.chart.set_bars(
            [(name, self.data.counts[code].get(table, 0)) for code, name in self.data.villages]
        )

    def drill_down(self, row: int, column: int) -> None:
        """Show the village's records of the clicked table (read-only)."""
        if self.data is None or column == 0 or row >= len(self.data.villages):
            return
        code = self.data.villages[row][0]
        table = self.data.tables[column - 1]
        rows = town.village_records(self.ctx.session, code, table, limit=500)
        names = list(rows[0]) if rows else []
        self.records.setColumnCount(len(names))
        self.records.setHorizontalHeaderLabels(names)
        self.records.setRowCount(len(rows))
        for r, record in enumerate(rows):
            for c, name in enumerate(names):
                value = record[name]
                self.records.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.records.resizeColumnsToContents()
