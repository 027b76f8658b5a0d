"""What every record tab's tests check: one refresh per shown table, pinyin order, empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.kit.record_tab import RecordTab


def show_tab(qtbot: QtBot, page: RecordPage, tab: RecordTab) -> RecordTab:
    """Show ``page`` with ``tab`` current, loaded."""
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(tab)
    tab.ensure_loaded()
    return tab


def column_texts(tab: RecordTab, key: str) -> list[str]:
    """The shown cells of column ``key``, top to bottom, as sorted on screen."""
    column = tab.model.column_index(key)
    proxy = tab.table.model()
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def sort_by(tab: RecordTab, key: str) -> list[str]:
    tab.table.sortByColumn(tab.model.column_index(key), Qt.SortOrder.AscendingOrder)
    return column_texts(tab, key)


def assert_refreshes_only_for_its_tables(ctx: GuiContext, tab: RecordTab, unrelated: str) -> None:
    """One refresh per change of a table it shows (even several at once), none otherwise."""
    shown = sorted(tab.tables)
    before = tab.refresh_count
    ctx.bus.tables_changed.emit(frozenset({shown[0]}))
    assert tab.refresh_count == before + 1
    ctx.bus.tables_changed.emit(frozenset(shown) | {unrelated})
    assert tab.refresh_count == before + 2
    ctx.bus.tables_changed.emit(frozenset({unrelated}))
    assert tab.refresh_count == before + 2


def assert_empty_state(tab: RecordTab, words: str) -> None:
    """The table is replaced by the sentence that says what to do (tr() source: tests run
    without the translator; ``tests/test_i18n.py`` checks the Chinese exists)."""
    assert tab.stack.currentWidget() is tab.empty
    assert tab.model.rowCount() == 0
    assert words in tab.empty.text()
