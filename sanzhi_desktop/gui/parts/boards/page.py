"""公开栏: the boards' tabs, and one search over notices, decisions and the issue wall.

The page hosts its tabs (``kit.record_page``) and adds the cross-tab search:
typing shows the hits with the matched words marked; a hit opens its record
in its tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.boards.circulars_tab import CircularsTab
from sanzhi_desktop.gui.parts.boards.decisions_tab import DecisionsTab
from sanzhi_desktop.gui.parts.boards.finance_tab import FinanceTab
from sanzhi_desktop.gui.parts.boards.issue_wall_tab import IssueWallTab
from sanzhi_desktop.gui.parts.boards.notices_tab import NoticesTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR, MUTED_COLOR
from sanzhi_desktop.services import board_search

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


class BoardsPage(RecordPage):
    """公开栏: the public boards and everything behind them."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Public boards"), "boards", parent)
        self.notices_tab = self.add_tab(NoticesTab(ctx, self))
        self.finance_tab = self.add_tab(FinanceTab(ctx, self))
        self.decisions_tab = self.add_tab(DecisionsTab(ctx, self))
        self.issues_tab = self.add_tab(IssueWallTab(ctx, self))
        self.circulars_tab = self.add_tab(CircularsTab(ctx, self))
        more = self.more_menu()
        more.addAction(
            self.tr("Print the selected notice on A3"),
            lambda: self.notices_tab.print_selected("A3"),
        )
        more.addAction(self.tr("Print the issue and response wall"), self.issues_tab.print_selected)

        self.search = QLineEdit(self)
        self.search.setObjectName("boardsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search notices, decisions and the issue wall (Ctrl+F)")
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.results = QListWidget(self)
        self.results.setObjectName("boardsSearchResults")
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.body.addWidget(self.results)
        self.layout_.insertWidget(1, self.search)

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.body.setCurrentWidget(self.tabs)
            return
        self.body.setCurrentWidget(self.results)
        for hit in board_search.search_boards(self.ctx.session, text):
            item = QListWidgetItem(self.results)
            item.setData(HIT_ROLE, (hit.table, hit.record_id))
            marked = "".join(
                f"<b style='color:{ERROR_COLOR}'>{_html(t)}</b>" if m else _html(t)
                for t, m in hit.parts
            )
            label = QLabel(
                f"<span style='color:{MUTED_COLOR}'>[{_html(hit.kind)}]</span> "
                f"{_html(hit.title)}<br/>{marked}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 2, 4, 2)
            item.setSizeHint(label.sizeHint())
            self.results.setItemWidget(item, label)
        if not self.results.count():
            QListWidgetItem(self.tr("Nothing found."), self.results)

    def _open_result(self, item: QListWidgetItem) -> None:
        data = item.data(HIT_ROLE)
        if data:
            self.search.clear()
            self.select_record(*data)
