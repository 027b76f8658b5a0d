"""The "list of lines" field: a small table the clerk adds lines to (finance lines, items).

Each line has the columns of its :class:`LineColumn` s: text, money (typed in
yuan, read as fen), a choice, or a person (a roster name picked by typing part
of it, or a name typed that is not on the roster: the line then holds the name
under ``key`` and the picked record's value, or "", under ``key_id``). A new
line is scrolled into view and its first editable cell gets the focus, so the
clerk sees what was added;
:attr:`LinesEditor.changed` fires on every edit, so computed fields follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.gui.kit.format import parse_money


def make_searchable(combo: QComboBox) -> None:
    """Let the clerk type part of an entry (a name, a clause) and pick it, or type a new one."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


@dataclass(frozen=True)
class LineColumn:
    """``kind``: "text", "money", "choice" or "person" (``choices``: (label, value) pairs).

    A person's label may end in "（…）" (group and household, to tell namesakes
    apart); the name stored is the label before it.
    """

    key: str
    header: str
    kind: str = "text"
    choices: Sequence[tuple[str, Any]] = ()
    width: int = 0


class LinesEditor(QWidget):
    changed = Signal()

    def __init__(self, columns: Sequence[LineColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([c.header for c in self.columns])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        for index, column in enumerate(self.columns):
            if column.width:
                self.table.setColumnWidth(index, column.width)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        self.add_button = QPushButton(QCoreApplication.translate("LinesEditor", "Add line"), self)
        self.add_button.setObjectName("addLine")
        self.add_button.clicked.connect(lambda _c=False: self.add_line())
        self.remove_button = QPushButton(
            QCoreApplication.translate("LinesEditor", "Remove line"), self
        )
        self.remove_button.setObjectName("removeLine")
        self.remove_button.clicked.connect(lambda _c=False: self.remove_current())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_line(self, values: dict[str, Any] | None = None) -> int:
        """Append a line (empty, or ``values``), scroll to it and focus it; its row number."""
        values = values or {}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for index, column in enumerate(self.columns):
            value = values.get(column.key)
            if column.kind in ("choice", "person"):
                self.table.setCellWidget(row, index, self._combo(column, value))
            elif column.kind == "money":
                text = f"{int(value or 0) / 100:.2f}" if value is not None else ""
                self.table.setItem(row, index, QTableWidgetItem(text))
            else:
                self.table.setItem(row, index, QTableWidgetItem("" if value is None else value))
        self.table.blockSignals(False)
        first = self.table.item(row, 0) or self.table.item(row, min(1, len(self.columns) - 1))
        if first is not None:
            self.table.scrollToItem(first)
        self.table.setCurrentCell(row, 0)
        self._ensure_visible()
        self.changed.emit()
        return row

    def _combo(self, column: LineColumn, value: Any) -> QComboBox:
        combo = QComboBox(self.table)
        for label, data in column.choices:
            combo.addItem(label, data)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        if column.kind == "choice":
            combo.setCurrentIndex(max(combo.findData(value), 0))
            return combo
        make_searchable(combo)
        found = combo.findData(value) if value else -1
        combo.setCurrentIndex(found)
        if found < 0 and value:
            combo.setEditText(str(value))  # a name not on the roster (an outsider)
        combo.editTextChanged.connect(lambda _t: self.changed.emit())
        return combo

    def _ensure_visible(self) -> None:
        """Scroll the form around the table (if any) so the new line shows."""
        widget = self.parentWidget()
        while widget is not None:
            scroll = getattr(widget, "ensureWidgetVisible", None)
            if callable(scroll):
                scroll(self.add_button)
                return
            widget = widget.parentWidget()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_lines(self, lines: Sequence[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(line)
        self.table.clearSelection()  # lines loaded, not added: none stands out as new

    def lines(self, field_key: str = "lines", *, strict: bool = True) -> list[dict[str, Any]]:
        """Every line as a dict; a money cell that is not an amount is refused under the field."""
        result: list[dict[str, Any]] = []
        errors: list[FieldError] = []
        for row in range(self.table.rowCount()):
            line: dict[str, Any] = {}
            for index, column in enumerate(self.columns):
                combo = self.table.cellWidget(row, index)
                if column.kind == "choice":
                    line[column.key] = combo.currentData() if isinstance(combo, QComboBox) else None
                    continue
                if column.kind == "person" and isinstance(combo, QComboBox):
                    text = combo.currentText().strip()
                    found = combo.findText(text)
                    line[column.key] = text.split("（")[0].strip()
                    line[f"{column.key}_id"] = (
                        str(combo.itemData(found) or "") if found >= 0 else ""
                    )
                    continue
                item = self.table.item(row, index)
                text = item.text() if item is not None else ""
                if column.kind == "money":
                    fen = parse_money(text)
                    if fen is None:
                        errors.append(
                            FieldError(field_key, f"第{row + 1}行的{column.header}不是金额")
                        )
                    line[column.key] = fen or 0
                else:
                    line[column.key] = text
            result.append(line)
        if errors and strict:
            raise ValidationError(errors)
        return result

    def lines_lenient(self) -> list[dict[str, Any]]:
        """The lines with unreadable amounts counted as 0 (for a sum shown while typing)."""
        return self.lines(strict=False)
