"""A read-only table of list records (red/black entries, deeds, ratings, points, awards).

Each page describes its columns as (title, getter) pairs; the model keeps the
records as the service returned them and sorts through a proxy on a
:data:`SortRole` (names in pinyin order with the surname overrides).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from sanzhi_desktop.domain.names import collation_key_text

AnyIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

Getter = Callable[[Any], object]


def record_id(record: Any) -> str:
    return str(record["id"] if isinstance(record, dict) else record.id)


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[tuple[str, Getter]],
        parent: QObject | None = None,
        *,
        color: Callable[[Any], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Any] = []
        self._color = color

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, rid: str) -> int:
        for index, record in enumerate(self._records):
            if record_id(record) == rid:
                return index
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        value = self._columns[index.column()][1](record)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "" if value is None else str(value)
        if role == IdRole:
            return record_id(record)
        if role == SortRole:
            return value if isinstance(value, int) else collation_key_text(str(value or ""))
        if role == Qt.ItemDataRole.ForegroundRole and self._color is not None:
            color = self._color(record)
            return QColor(color) if color else None
        return None


class RecordSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)
        self.setSortRole(SortRole)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return self._collator.compare(str(a or ""), str(b or "")) < 0
