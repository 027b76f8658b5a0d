"""The home page's two kinds of card: a to-do row and a figure of the month.

A to-do row shows its urgency as a coloured tag (逾期 in red, 即将到期 in
amber, 待处理 in grey), its text, ONE date with what the date means
("逾期自 10月4日", "12月7日到期", "12月1日起") and a 去处理 button that
opens the record. The services' to-do texts leave the date out for that
reason: it used to appear twice.

The home page is built before the window's first paint, so this module does
not touch PySide's ``Qt`` namespace (building its enumerations costs ~20 ms;
``tests/cli/test_start_up_imports.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sanzhi_desktop.gui.widgets import ERROR_COLOR, MUTED_COLOR, format_date
from sanzhi_desktop.services.home_figures import Figure
from sanzhi_desktop.services.todo import TodoItem, Urgency

#: The tag colour of each urgency: red only for what is late.
URGENCY_COLORS = {
    Urgency.OVERDUE: ERROR_COLOR,
    Urgency.DUE_SOON: "#b26a00",
    Urgency.WAITING: MUTED_COLOR,
}


def urgency_label(urgency: Urgency) -> str:
    return {
        Urgency.OVERDUE: QCoreApplication.translate("HomeCards", "Overdue"),
        Urgency.DUE_SOON: QCoreApplication.translate("HomeCards", "Due soon"),
        Urgency.WAITING: QCoreApplication.translate("HomeCards", "To handle"),
    }[urgency]


def date_text(item: TodoItem) -> str:
    """The one date of a to-do, with what it means; "" when it has none."""
    if not item.due:
        return ""
    day = format_date(item.due)
    if item.urgency is Urgency.OVERDUE:
        return QCoreApplication.translate("HomeCards", "Due {date}, overdue").format(date=day)
    if item.urgency is Urgency.DUE_SOON:
        return QCoreApplication.translate("HomeCards", "Due {date}").format(date=day)
    return QCoreApplication.translate("HomeCards", "Since {date}").format(date=day)


class TodoCard(QFrame):
    """One to-do: tag, text, its date and 去处理."""

    def __init__(self, item: TodoItem, go: Callable[[TodoItem], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("todoCard")
        self.setProperty("urgency", item.urgency.name.lower())
        color = URGENCY_COLORS[item.urgency]
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#todoCard {{ border: 1px solid #d0d0d0; border-left: 5px solid {color};"
            " border-radius: 3px; background: white; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        self.tag = QLabel(urgency_label(item.urgency), self)
        self.tag.setObjectName("todoTag")
        self.tag.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.tag.setMinimumWidth(self.tag.fontMetrics().horizontalAdvance("即将到期") + 8)
        self.text = QLabel(item.text, self)
        self.text.setObjectName("todoText")
        self.text.setWordWrap(True)
        self.date = QLabel(date_text(item), self)
        self.date.setObjectName("todoDate")
        self.date.setStyleSheet(
            f"color: {color if item.urgency is Urgency.OVERDUE else MUTED_COLOR};"
        )
        self.go_button = QPushButton(QCoreApplication.translate("HomeCards", "Go"), self)
        self.go_button.setObjectName("todoGo")
        self.go_button.setToolTip(
            QCoreApplication.translate("HomeCards", "Open this record on its page")
        )
        self.go_button.clicked.connect(lambda: go(item))
        row.addWidget(self.tag)
        row.addWidget(self.text, 1)
        row.addWidget(self.date)
        row.addWidget(self.go_button)

    @property
    def color(self) -> str:
        return URGENCY_COLORS[self.item.urgency]


class FigureCard(QFrame):
    """One figure of the month: its label, its value in words, a link to its page."""

    def __init__(self, figure: Figure, open_page: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setObjectName(f"figure_{figure.key}")
        self.setProperty("attention", figure.attention)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#figure_{figure.key} {{ border: 1px solid #d0d0d0; border-radius: 3px;"
            " background: white; }"
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        label = QLabel(figure.label, self)
        label.setObjectName("figureLabel")
        label.setStyleSheet(f"color: {MUTED_COLOR};")
        label.setWordWrap(True)
        self.value = QLabel(figure.value, self)
        self.value.setObjectName("figureValue")
        self.value.setWordWrap(True)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.value.setFont(font)
        if figure.attention:
            self.value.setStyleSheet(f"color: {ERROR_COLOR};")
        column.addWidget(label)
        column.addWidget(self.value)
        if figure.page:
            link = QPushButton(QCoreApplication.translate("HomeCards", "View"), self)
            link.setObjectName("figureOpen")
            link.setFlat(True)
            link.setStyleSheet("text-align: left; color: #1565c0; padding: 0;")
            link.clicked.connect(lambda: open_page(figure.page))
            row = QHBoxLayout()  # the link at the left, as in a web page
            row.addWidget(link)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(1)
