"""A page that hosts record tabs: header (新建 / 打印 / 导出Excel / 更多), then the tabs.

The page knows nothing of its tabs' insides: 新建, 打印 and 导出 go to the
current tab, a to-do link (``select_record``) goes to the first tab that
owns the table and lists the record. A part's page is a few lines::

    class BoardsPage(RecordPage):
        def __init__(self, ctx, parent=None):
            super().__init__(ctx, self.tr("Public boards"), "boards", parent)
            for tab in (NoticesTab, FinanceTab, DecisionsTab, IssueWallTab):
                self.add_tab(tab(ctx, self))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR, MUTED_COLOR, PageHeader

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchHit(Protocol):
    """What a part's search returns per hit (services.board_search.SearchHit and its kin)."""

    table: str
    record_id: str
    title: str
    parts: tuple[tuple[str, bool], ...]

    @property
    def kind(self) -> str: ...


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


class RecordPage(QWidget):
    #: the tabs reload themselves for the tables they show (the main window leaves them be)
    follows_changes = True

    def __init__(
        self, ctx: GuiContext, title: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_tabs: list[RecordTab] = []
        self.header = PageHeader(title, self)
        self.new_button = self.header.add_button(
            self.tr("New"),
            self.new_record,
            object_name=f"{name}New",
            shortcut=QKeySequence.StandardKey.New,
            tooltip=self.tr("New record in this tab (Ctrl+N)"),
        )
        self.print_button = self.header.add_button(
            self.tr("Print"),
            self.print_selected,
            object_name=f"{name}Print",
            shortcut=QKeySequence.StandardKey.Print,
            tooltip=self.tr("Print the selected record (Ctrl+P)"),
        )
        self.export_button = self.header.add_button(
            self.tr("Export .xlsx"),
            self.export_xlsx,
            object_name="exportXlsx",
            tooltip=self.tr("Save the table of this tab as .xlsx"),
        )
        self._more: QMenu | None = None
        self._name = name
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName(f"{name}Tabs")
        self.tabs.currentChanged.connect(lambda _i: self.update_toolbar())
        self.body = QStackedWidget(self)
        self.body.addWidget(self.tabs)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.header)
        self.layout_.addWidget(self.body, 1)

    def more_menu(self) -> QMenu:
        """The header's 更多 menu (made on first use) for page-wide extras."""
        if self._more is None:
            self._more = self.header.add_menu_button(
                self.tr("More"), object_name=f"{self._name}More"
            )
        return self._more

    def add_tab(self, tab: RecordTab) -> RecordTab:
        self.record_tabs.append(tab)
        self.tabs.addTab(tab, tab.title())
        self.update_toolbar()
        return tab

    def current_tab(self) -> RecordTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, RecordTab)
        return tab

    def update_toolbar(self) -> None:
        if not self.record_tabs:
            return
        tab = self.current_tab()
        self.new_button.setEnabled(tab.can_create())
        self.print_button.setEnabled(tab.can_print())

    # --- the toolbar goes to the current tab -------------------------------------------------

    def new_record(self) -> object:
        tab = self.current_tab()
        return tab.new_record() if tab.can_create() else None

    def print_selected(self, page: str = "A4") -> object:
        return self.current_tab().print_selected(page)

    def export_xlsx(self) -> Path | None:
        return self.current_tab().export_xlsx()

    # --- what the main window calls ----------------------------------------------------------

    def refresh(self) -> None:
        """Reload the tab on screen; the others load when next shown."""
        for tab in self.record_tabs:
            if tab is self.tabs.currentWidget() and tab.isVisible():
                tab.refresh()
            else:
                tab.mark_stale()
        self.update_toolbar()

    # --- one search over the part's records ----------------------------------------------------

    def add_search(
        self, placeholder: str, find: Callable[[str], Iterable[SearchHit]], *, row: int = 1
    ) -> None:
        """A search box (Ctrl+F) at layout ``row``: typing lists ``find(text)``'s hits with the
        matched words marked, instead of the tabs; a hit opens its record in its tab."""
        self._find = find
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{self._name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.results = QListWidget(self)
        self.results.setObjectName(f"{self._name}SearchResults")
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.body.addWidget(self.results)
        self.layout_.insertWidget(row, self.search)

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.body.setCurrentWidget(self.tabs)
            return
        self.body.setCurrentWidget(self.results)
        for hit in self._find(text):
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

    def select_record(self, table: str, record_id: str) -> bool:
        """Show the tab that lists ``record_id`` of ``table`` and select it."""
        self.body.setCurrentWidget(self.tabs)
        owners = [t for t in self.record_tabs if t.owns(table)] or self.record_tabs[:1]
        for tab in owners + [t for t in self.record_tabs if t not in owners]:
            if record_id and tab.select(record_id):
                self.tabs.setCurrentWidget(tab)
                return True
        if owners:
            self.tabs.setCurrentWidget(owners[0])
        return False
