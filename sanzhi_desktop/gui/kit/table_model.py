"""The table model over one record class, and its pinyin sort.

The model keeps the records as the service returned them; each cell comes
from a :class:`~sanzhi_desktop.gui.kit.columns.Column`. The proxy sorts on
:data:`SortRole` with a zh_CN collator, so names and Chinese text sort by
pinyin (with the surname readings of ``domain.names``), numbers and money as
numbers, dates by date — and filters by the tab's search text over the cells
as shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from sanzhi_desktop.gui.kit.columns import Column

AnyIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


def default_record_id(record: Any) -> str:
    """``record.id`` or ``record["id"]`` (a dict, or a row a lazy list reads)."""
    return str(record.id if hasattr(record, "id") else record["id"])


def pinyin_collator() -> QCollator:
    """A zh_CN collator: Chinese text in pinyin order (ICU bundled with Qt)."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    return collator


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        IdRole,
        SortRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)


class KitTableModel(QAbstractTableModel):
    """Rows are records, columns are :class:`Column` s; ``IdRole`` gives a row's record id."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        record_id: Callable[[Any], str] = default_record_id,
        row_color: Callable[[Any], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._records: list[Any] = []
        self._record_id = record_id
        self._row_color = row_color

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Show other columns (a view whose record kind changes, e.g. a town drill-down)."""
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def record_id(self, record: Any) -> str:
        return self._record_id(record)

    def row_of(self, rid: str) -> int:
        for index, record in enumerate(self._records):
            if self._record_id(record) == rid:
                return index
        return -1

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a view asks ten roles of every cell it paints; answer the others at once
        if role not in _ROLES or not index.isValid():
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == IdRole:
            return self._record_id(record)
        if role == SortRole:
            return column.sort_key(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = column.color(record) if column.color else None
            if color is None and self._row_color is not None:
                color = self._row_color(record)
            return QColor(color) if color else None
        return None


class KitSortProxy(QSortFilterProxyModel):
    """Pinyin order for text, numbers as numbers; keeps the rows whose cells contain the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collator = pinyin_collator()
        self._search = ""
        self._date_column = -1
        self._date_range: tuple[str, str] = ("", "")
        self.setSortRole(SortRole)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_date_range(self, column: int, start: date | None, end: date | None) -> None:
        """Keep rows whose date in ``column`` lies in [start, end] (None: no bound)."""
        self.beginFilterChange()
        self._date_column = column
        self._date_range = (start.isoformat() if start else "", end.isoformat() if end else "")
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return self._collator.compare(str(a or ""), str(b or "")) < 0

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        start, end = self._date_range
        if self._date_column >= 0 and (start or end):
            day = str(model.index(source_row, self._date_column, source_parent).data(SortRole))[:10]
            if not day or (start and day < start) or (end and day > end):
                return False
        if not self._search:
            return True
        for column in range(model.columnCount()):
            text = model.index(source_row, column, source_parent).data()
            if text and self._search in str(text).casefold():
                return True
        return False


#: Rows a lazy list asks for at a time: a first screen at 1366×768 shows about 25, a
#: 1920×1080 one about 40; one page fills several screens, as QSqlQueryModel's 256 do.
PAGE_SIZE = 256


class RowSource(Protocol):
    """What a lazy list reads from: a service's pages of one query (``storage.pages.RowPages``)."""

    done: bool

    def fetch(self, count: int) -> list[Any]: ...

    def close(self) -> None: ...


class LazyTableModel(KitTableModel):
    """A :class:`KitTableModel` that reads its records a page at a time, as the view scrolls.

    The tab hands it a :class:`RowSource` (one SQL query, already filtered and
    sorted by the service); the model shows the first page and answers
    ``canFetchMore``/``fetchMore`` with the next ones, so 110,000 persons cost
    one page before the first screen. Cells are formatted when the view asks
    for them, never in advance. A click on a header does not sort the rows
    held (they are only the first pages): :meth:`sort` emits
    ``sort_requested`` and the tab asks the service again in that order.
    """

    sort_requested = Signal(str, bool)  # column key ("" = the service's order), descending

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        record_id: Callable[[Any], str] = default_record_id,
        row_color: Callable[[Any], str | None] | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(columns, parent, record_id=record_id, row_color=row_color)
        self.page_size = page_size
        self._source: RowSource | None = None
        self.sort_key = ""
        self.descending = False

    def set_source(self, source: RowSource | None) -> None:
        """Show the rows of ``source`` from the top: its first page now, the rest on demand."""
        if self._source is not None and self._source is not source:
            self._source.close()
        self.beginResetModel()
        self._source = source
        self._records = source.fetch(self.page_size) if source is not None else []
        self.endResetModel()

    def release(self) -> None:
        """Let go of the open query (a hidden list that went stale: reloaded when shown)."""
        if self._source is not None:
            self._source.close()

    def set_records(self, records: Sequence[Any]) -> None:
        self.set_source(None)
        super().set_records(records)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._source is not None and not self._source.done

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._source is not None
        rows = self._source.fetch(self.page_size)
        if not rows:
            return
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._records.extend(rows)
        self.endInsertRows()

    def row_of(self, rid: str) -> int:
        """The row of ``rid``, reading on page by page until it comes (-1 if it never does)."""
        row = super().row_of(rid)
        while row < 0 and self.canFetchMore():
            first = len(self._records)
            self.fetchMore()
            for index in range(first, len(self._records)):
                if self._record_id(self._records[index]) == rid:
                    return index
        return row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].key if 0 <= column < len(self.columns) else ""
        descending = order == Qt.SortOrder.DescendingOrder and bool(key)
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.sort_requested.emit(key, descending)


class LazyProxy(QIdentityProxyModel):
    """The lazy list's stand-in for :class:`KitSortProxy`: the service sorts and filters in SQL.

    It passes rows, fetching and header clicks (``sort``) through to the
    :class:`LazyTableModel`; the tab sends the search and the date range to
    the service instead of filtering here.
    """

    def set_search(self, text: str) -> None:  # the tab asks the service again
        pass

    def set_date_range(self, column: int, start: date | None, end: date | None) -> None:
        pass
