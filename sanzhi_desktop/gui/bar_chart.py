"""A simple horizontal bar chart drawn with QPainter, in the program's font.

QtCharts lives in PySide6-Addons (+161 MB), which the program does not ship;
a clerk needs only "how many cases of each type", so bars, labels and values
are drawn here. Horizontal bars leave room for long Chinese labels. The same
figures are always shown beside it as a table (UI.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOR = QColor("#1565c0")
ZERO_COLOR = QColor("#9e9e9e")


class BarChart(QWidget):
    """``set_data([("邻里", 5), …])`` draws one bar per item, longest = the largest value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.items: list[tuple[str, int]] = []
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_data(self, items: Sequence[tuple[str, int]], *, title: str = "") -> None:
        self.items = [(str(label), int(value)) for label, value in items]
        self.title = title
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        title = self._row_height() if self.title else 0
        return QSize(480, title + self._row_height() * max(len(self.items), 1) + 12)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = self.fontMetrics()
        row = self._row_height()
        top = 6
        if self.title:
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(8, top, self.width() - 16, row), Qt.AlignmentFlag.AlignLeft, self.title
            )
            top += row
        if not self.items:
            painter.end()
            return
        label_width = max(metrics.horizontalAdvance(label) for label, _ in self.items) + 16
        value_width = metrics.horizontalAdvance("0000") + 12
        bar_space = max(self.width() - label_width - value_width - 16, 10)
        largest = max((value for _, value in self.items), default=0) or 1
        for index, (label, value) in enumerate(self.items):
            y = top + index * row
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(8, y, label_width - 8, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = bar_space * value / largest
            bar = QRectF(label_width + 4, y + 4, max(length, 2), row - 8)
            painter.fillRect(bar, BAR_COLOR if value else ZERO_COLOR)
            painter.drawText(
                QRectF(bar.right() + 6, y, value_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        painter.end()
