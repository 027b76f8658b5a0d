"""操作日志: who changed what, and when, newest first.

The change log is written by storage in the same transaction as every
change (DESIGN.md §2); this view only reads it through
:mod:`sanzhi_desktop.services.changelog`. It is a dialog opened from 设置 so
that it can also be opened from other pages later (e.g. a record's history).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.record import short_id
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_fields import HIDDEN, RecordFields, format_field
from sanzhi_desktop.gui.screen_fit import fit_to_screen
from sanzhi_desktop.gui.widgets import EmptyState, PageHeader, format_datetime
from sanzhi_desktop.services import changelog

if TYPE_CHECKING:
    from sanzhi_desktop.storage.changes import ChangeRow

#: Bookkeeping every synced record has; never part of what changed.
SKIPPED = frozenset({"id", "owner", "deleted", "rev", "rev_site", "updated_at"})
#: Fields that name a record, tried in order, for the "record" column.
SUMMARY_FIELDS = ("name", "head_name", "title", "household_no", "code")
MAX_FIELDS_SHOWN = 6
MAX_VALUE_CHARS = 20


def record_summary(row: ChangeRow) -> str:
    """A short name for the record: its name or title, else its short id."""
    record: dict[str, Any] = row.after or row.before or {}
    for key in SUMMARY_FIELDS:
        if record.get(key):
            return str(record[key])
    return short_id(row.record_id)


def _short(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def fields_summary(row: ChangeRow, fields: RecordFields | None = None) -> str:
    """``标签: 旧 → 新`` for an update; ``标签=值`` for an insert; "" for a delete.

    Fields are named and their values formatted as the town's drill-downs do
    (:mod:`gui.kit.record_fields`): a clerk never reads a column name, an
    amount in fen or a record's id here. Fields without a clerk's name are
    counted ("另3项"), not shown.
    """
    if row.action == "delete":
        return ""
    fields = fields or RecordFields()
    labels = fields.labels()
    table = row.table_name
    parts = []
    unnamed = 0
    for field, before, after in changelog.changed_fields(row):
        if field in SKIPPED or field in HIDDEN:
            continue
        if field not in labels or field.endswith("_id"):
            unnamed += 1
            continue
        label = labels[field]
        new = _short(format_field(table, field, after, fields))
        if row.action == "insert":
            if new:
                parts.append(f"{label}={new}")
        else:
            old = _short(format_field(table, field, before, fields))
            parts.append(f"{label}: {old} → {new}")
    if len(parts) > MAX_FIELDS_SHOWN:
        unnamed += len(parts) - MAX_FIELDS_SHOWN
        parts = parts[:MAX_FIELDS_SHOWN]
    if unnamed:
        parts.append(QCoreApplication.translate("ChangeLogView", "{n} more").format(n=unnamed))
    return "；".join(parts)


class ChangeLogView(QDialog):
    COLUMNS = 6

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("changeLogView")
        self.setWindowTitle(self.tr("Change log"))
        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(self.tr("Change log"), self))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Table"), self))
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("tableFilter")
        self.table_combo.addItem(self.tr("All"), "")
        for name, label in changelog.table_labels().items():
            self.table_combo.addItem(label, name)
        filters.addWidget(self.table_combo)
        filters.addSpacing(16)
        self.date_check = QCheckBox(self.tr("Only from"), self)
        self.date_check.setObjectName("dateFilter")
        filters.addWidget(self.date_check)
        today = QDate.currentDate()
        self.since_edit = self._date_edit("sinceDate", today.addDays(-30))
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(self.tr("to"), self))
        self.until_edit = self._date_edit("untilDate", today)
        filters.addWidget(self.until_edit)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("changeTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Operator"),
                self.tr("Table"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Changed fields"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(self.tr("No changes match. Change the filters above."), self)
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 640))  # the table scrolls inside

        self.table_combo.currentIndexChanged.connect(self.refresh)
        self.date_check.toggled.connect(self._on_date_toggled)
        self.since_edit.dateChanged.connect(self.refresh)
        self.until_edit.dateChanged.connect(self.refresh)
        self.ctx.bus.tables_changed.connect(self._on_data_changed)
        self._on_date_toggled(False)

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _on_date_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)
        self.refresh()

    def _on_data_changed(self, _tables: frozenset[str]) -> None:
        if self.isVisible():
            self.refresh()

    def set_table_filter(self, table: str) -> None:
        index = self.table_combo.findData(table)
        self.table_combo.setCurrentIndex(max(index, 0))

    def refresh(self) -> None:
        since = until = None
        if self.date_check.isChecked():
            since = self.since_edit.date().toString(Qt.DateFormat.ISODate)
            until = self.until_edit.date().toString(Qt.DateFormat.ISODate)
        rows = changelog.list_changes(
            self.ctx.session, table=self.table_combo.currentData() or None, since=since, until=until
        )
        labels = changelog.table_labels()
        fields = RecordFields()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [
                format_datetime(row.at),
                row.operator,
                labels.get(row.table_name, row.table_name),
                changelog.action_label(row.action),
                record_summary(row),
                fields_summary(row, fields),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == self.COLUMNS - 1:
                    item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, row.seq)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
