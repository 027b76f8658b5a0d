"""The kit's lazy table model: one page first, the next ones as the view scrolls, sort by SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.table_model import LazyProxy, LazyTableModel


class Pages:
    """A RowSource over a list, counting what was asked of it."""

    def __init__(self, count: int) -> None:
        self.rows = [{"id": str(i), "name": f"人{i:05d}"} for i in range(count)]
        self.read = 0
        self.fetches = 0
        self.closed = 0
        self.done = False

    def fetch(self, count: int) -> list[Any]:
        self.fetches += 1
        rows = self.rows[self.read : self.read + count]
        self.read += len(rows)
        self.done = self.read >= len(self.rows)
        return rows

    def close(self) -> None:
        self.closed += 1


COLUMNS = [
    Column("id", "编号", lambda r: r["id"], ColumnKind.NUMBER),
    Column("name", "姓名", lambda r: r["name"], ColumnKind.NAME),
]


def lazy_view(qtbot: QtBot, pages: Pages, page_size: int = 50) -> tuple[QTableView, LazyTableModel]:
    model = LazyTableModel(COLUMNS, page_size=page_size)
    proxy = LazyProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(600, 400)
    model.set_source(pages)
    view.show()
    return view, model


def test_first_page_only_until_scrolled(qtbot: QtBot) -> None:
    # Given 1,000 rows behind a lazy model of 50-row pages, shown in a view,
    pages = Pages(1000)
    view, model = lazy_view(qtbot, pages)
    qtbot.wait(10)
    # then only the first page was read for the first screen,
    assert model.rowCount() == 50
    assert pages.read == 50
    assert model.canFetchMore()
    # and scrolling to the end reads on, page by page, until the source is done.
    for _ in range(40):
        view.scrollToBottom()
        qtbot.wait(1)
        if not model.canFetchMore():
            break
    assert model.rowCount() == 1000
    assert pages.fetches == 20
    assert not model.canFetchMore()


def test_row_of_reads_on_until_the_record_comes(qtbot: QtBot) -> None:
    pages = Pages(300)
    _view, model = lazy_view(qtbot, pages)
    assert model.row_of("234") == 234
    assert model.rowCount() == 250  # five pages, no more
    assert model.row_of("nobody") == -1
    assert model.rowCount() == 300


def test_a_header_click_asks_for_the_order_instead_of_sorting(qtbot: QtBot) -> None:
    view, model = lazy_view(qtbot, Pages(120))
    asked: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, desc: asked.append((key, desc)))
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as RecordTab
    view.setSortingEnabled(True)
    assert asked == []  # no column yet: the service's order stays
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert asked == [("name", True)]
    assert model.index(0, 1).data() == "人00000"  # rows held are not reordered here
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert asked == [("name", True)]  # the same order is not asked twice


def test_a_new_source_closes_the_old_one(qtbot: QtBot) -> None:
    first, second = Pages(10), Pages(5)
    _view, model = lazy_view(qtbot, first)
    model.set_source(second)
    assert first.closed == 1
    assert model.rowCount() == 5 and not model.canFetchMore()
