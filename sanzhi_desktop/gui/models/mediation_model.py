"""The case table: dossier number, type, parties, state, acceptance, due date and flags.

Rows are the dicts :func:`services.mediation.list_cases` returns (newest
dossier first); the deadline flag colours the due-date cell (red overdue,
amber due soon) so a clerk sees at a glance which cases are running late.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from sanzhi_desktop.gui.widgets import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
CaseIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

OVERDUE_COLOR = QColor("#c0392b")
DUE_SOON_COLOR = QColor("#b26a00")


class CaseColumn(IntEnum):
    DOSSIER = 0
    TYPE = 1
    PARTIES = 2
    STATE = 3
    ACCEPTED = 4
    DUE = 5
    FLAGS = 6


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def row_of_case(self, case_id: str) -> int:
        for index, row in enumerate(self._rows):
            if row["id"] == case_id:
                return index
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CaseColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CaseColumn.DOSSIER: self.tr("Dossier no."),
            CaseColumn.TYPE: self.tr("Type"),
            CaseColumn.PARTIES: self.tr("Parties"),
            CaseColumn.STATE: self.tr("State"),
            CaseColumn.ACCEPTED: self.tr("Accepted"),
            CaseColumn.DUE: self.tr("Due (30 days)"),
            CaseColumn.FLAGS: self.tr("Flags"),
        }[CaseColumn(section)]

    def _flags_text(self, row: dict[str, Any]) -> str:
        flags = []
        if row["deadline"] == "overdue":
            flags.append(self.tr("overdue"))
        elif row["deadline"] == "due_soon":
            flags.append(self.tr("due soon"))
        if row["follow_up"] != "none":
            flags.append(self.tr("follow-up due"))
        if row["escalated"]:
            flags.append(self.tr("escalated"))
        return " · ".join(flags)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = CaseColumn(index.column())
        if role == CaseIdRole:
            return row["id"]
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column is CaseColumn.DOSSIER:
                if role == SortRole:
                    return f"{row['dossier_year']:04d}{row['dossier_seq']:06d}"
                return row["dossier_no"]
            if column is CaseColumn.TYPE:
                return row["dispute_type"]
            if column is CaseColumn.PARTIES:
                return row["party_names"] or ""
            if column is CaseColumn.STATE:
                return row["state_label"]
            if column is CaseColumn.ACCEPTED:
                return row["accepted_on"] if role == SortRole else format_date(row["accepted_on"])
            if column is CaseColumn.DUE:
                running = row["state"] in ("accepted", "investigating", "mediating")
                due = row["due_on"] if running else ""
                return due if role == SortRole else format_date(due)
            return self._flags_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column in (CaseColumn.DUE, CaseColumn.FLAGS):
            if row["deadline"] == "overdue" or row["follow_up"] == "overdue":
                return QBrush(OVERDUE_COLOR)
            if row["deadline"] == "due_soon" or row["follow_up"] == "due_soon":
                return QBrush(DUE_SOON_COLOR)
        return None
