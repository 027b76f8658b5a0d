"""The roster table: one row per person, with the household's number, head and group.

The model holds the rows exactly as :func:`services.roster.list_persons`
returns them (already in the register's order: group, 户号, head first) and
never reorders them itself; sorting by a clicked header happens in
:class:`RosterSortProxy`, so "no sort column" always means the service's order.

Personal identifiers are masked in the display role unless the page switched
``reveal`` on; the raw values stay reachable through :data:`RowRole` for the
detail pane and the edit dialogs.
"""

from __future__ import annotations

from enum import IntEnum
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
from PySide6.QtWidgets import QTableView

from sanzhi_desktop.domain.idcard import mask_id_number
from sanzhi_desktop.domain.names import collation_key_text
from sanzhi_desktop.domain.roster import age_on
from sanzhi_desktop.gui.widgets import format_date
from sanzhi_desktop.services import calendar

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    SEX = 1
    ETHNICITY = 2
    BIRTH_DATE = 3
    AGE = 4
    ID_NUMBER = 5
    PHONE = 6
    HOUSEHOLD_NO = 7
    HEAD_NAME = 8
    GROUP_NO = 9
    RELATION = 10


#: The person's id (str).
PersonIdRole = Qt.ItemDataRole.UserRole + 1
#: The household's id (str).
HouseholdIdRole = Qt.ItemDataRole.UserRole + 2
#: The value a header click sorts by (int for numbers, text otherwise).
SortRole = Qt.ItemDataRole.UserRole + 3
#: The whole row dict as the service returned it (unmasked).
RowRole = Qt.ItemDataRole.UserRole + 4

#: Columns whose text is a person's name: sorted in pinyin with the surname overrides.
NAME_COLUMNS = frozenset({Column.NAME, Column.HEAD_NAME})
#: Columns sorted as text by the pinyin collator (numeric mode: 户号 "99" before "100").
TEXT_COLUMNS = frozenset({Column.SEX, Column.ETHNICITY, Column.RELATION, Column.HOUSEHOLD_NO})


def mask_phone(phone: str) -> str:
    """Hide the middle of a phone number: ``13812345678`` → ``138****5678``.

    Landlines (``0916-1234567``) keep their area code and last four digits.
    """
    if not phone:
        return ""
    if len(phone) <= 7:
        return "*" * len(phone)
    head = phone.split("-")[0] + "-" if "-" in phone else phone[:3]
    tail = phone[-4:]
    hidden = len(phone) - len(head) - len(tail)
    return head + "*" * max(hidden, 1) + tail


class RosterTableModel(QAbstractTableModel):
    """Persons with their household; ``set_rows`` replaces everything at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._reveal = False
        self._today = calendar.today()

    # --- feeding ------------------------------------------------------------------

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = calendar.today()
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def row_of_person(self, person_id: str) -> int:
        """The source row of a person, or -1."""
        for index, row in enumerate(self._rows):
            if row["id"] == person_id:
                return index
        return -1

    @property
    def reveal(self) -> bool:
        return self._reveal

    def set_reveal(self, reveal: bool) -> None:
        """Show full ID numbers and phones (True) or masked ones (False)."""
        if reveal == self._reveal:
            return
        self._reveal = reveal
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.ID_NUMBER),
                self.index(len(self._rows) - 1, Column.PHONE),
                [Qt.ItemDataRole.DisplayRole],
            )

    # --- Qt model API ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_title(Column(section))

    def column_title(self, column: Column) -> str:
        titles = {
            Column.NAME: self.tr("Name"),
            Column.SEX: self.tr("Sex"),
            Column.ETHNICITY: self.tr("Ethnicity"),
            Column.BIRTH_DATE: self.tr("Date of birth"),
            Column.AGE: self.tr("Age"),
            Column.ID_NUMBER: self.tr("ID number"),
            Column.PHONE: self.tr("Phone"),
            Column.HOUSEHOLD_NO: self.tr("Household no."),
            Column.HEAD_NAME: self.tr("Household head"),
            Column.GROUP_NO: self.tr("Group"),
            Column.RELATION: self.tr("Relation"),
        }
        return titles[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_value(row, column)
        if role == PersonIdRole:
            return row["id"]
        if role == HouseholdIdRole:
            return row["household_id"]
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.AGE,
            Column.GROUP_NO,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _age(self, row: dict[str, Any]) -> int | None:
        return age_on(row.get("birth_date") or "", self._today)

    def _display(self, row: dict[str, Any], column: Column) -> str:
        if column == Column.ID_NUMBER:
            value = row.get("id_number") or ""
            return value if self._reveal else mask_id_number(value) if value else ""
        if column == Column.PHONE:
            value = row.get("phone") or ""
            return value if self._reveal else mask_phone(value)
        if column == Column.AGE:
            age = self._age(row)
            return "" if age is None else str(age)
        if column == Column.GROUP_NO:
            return str(row.get("group_no") or "")
        if column == Column.BIRTH_DATE:
            born: str = format_date(str(row.get("birth_date") or ""))
            return born
        key = {
            Column.NAME: "name",
            Column.SEX: "sex",
            Column.ETHNICITY: "ethnicity",
            Column.HOUSEHOLD_NO: "household_no",
            Column.HEAD_NAME: "head_name",
            Column.RELATION: "relation",
        }[column]
        return str(row.get(key) or "")

    def _sort_value(self, row: dict[str, Any], column: Column) -> Any:
        if column == Column.AGE:
            age = self._age(row)
            return -1 if age is None else age
        if column == Column.GROUP_NO:
            return int(row.get("group_no") or 0)
        if column == Column.ID_NUMBER:
            return row.get("id_number") or ""
        if column == Column.PHONE:
            return row.get("phone") or ""
        if column == Column.BIRTH_DATE:
            return row.get("birth_date") or ""
        return self._display(row, column)


def pinyin_collator() -> QCollator:
    """A zh_CN collator: Chinese text in pinyin order (ICU bundled with Qt)."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    return collator


class RosterSortProxy(QSortFilterProxyModel):
    """Header-click sorting: names in pinyin (曾 under Z), numbers as numbers.

    Sorting by column -1 restores the source model's order, i.e. the service's
    register order; the page starts that way.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collator = pinyin_collator()
        self.setSortRole(SortRole)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a = left.data(SortRole)
        b = right.data(SortRole)
        column = left.column()
        if column in NAME_COLUMNS:
            return self._collator.compare(collation_key_text(a), collation_key_text(b)) < 0
        if column in TEXT_COLUMNS:
            return self._collator.compare(a, b) < 0
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return str(a) < str(b)


def size_roster_columns(table: QTableView, model: RosterTableModel) -> None:
    """Widths from the font, so that 12 pt Chinese fits without eliding."""
    metrics = table.fontMetrics()
    pad = 10
    samples = {
        Column.NAME: "欧阳一二",
        Column.SEX: "性别",
        Column.ETHNICITY: "土家族",
        Column.BIRTH_DATE: "0000年00月00日",
        Column.AGE: "年龄",
        Column.ID_NUMBER: "000000000000000000",
        Column.PHONE: "13800000000",
        Column.HOUSEHOLD_NO: "00000",
        Column.HEAD_NAME: "欧阳一二",
        Column.GROUP_NO: "00",
        Column.RELATION: "外孙子",
    }
    for column, sample in samples.items():
        title = model.column_title(column)
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + pad
        table.setColumnWidth(column, width)
