"""The filter bar above a record table: search, one category/status choice, a date range.

Search and the date range filter the loaded rows (the sort proxy); the
choice is handed to the tab's ``load`` (it usually narrows the query).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

#: The earliest date of the range pickers; shown as "不限" (no bound).
NO_BOUND = QDate(2000, 1, 1)


@dataclass(frozen=True)
class ChoiceFilter:
    """A combo box in the filter bar: ``all_label`` first (value ""), then ``choices``."""

    all_label: str
    choices: Sequence[tuple[str, Any]]


class FilterBar(QWidget):
    """``changed``: search (debounced) or dates changed; ``choice_changed``: the choice."""

    changed = Signal()
    choice_changed = Signal()

    def __init__(
        self,
        name: str,
        *,
        search_hint: str,
        choice: ChoiceFilter | None,
        date_range: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Filters")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(search_hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout.addWidget(self.search, 2)
        self.choice: QComboBox | None = None
        if choice is not None:
            self.choice = QComboBox(self)
            self.choice.setObjectName(f"{name}Choice")
            self.choice.addItem(choice.all_label, "")
            for label, value in choice.choices:
                self.choice.addItem(label, value)
            self.choice.activated.connect(lambda _i: self.choice_changed.emit())
            layout.addWidget(self.choice)
        self.date_from: QDateEdit | None = None
        self.date_to: QDateEdit | None = None
        if date_range:
            self.date_from = self._date_edit(f"{name}From")
            self.date_to = self._date_edit(f"{name}To")
            layout.addWidget(self.date_from)
            layout.addWidget(QLabel("—", self))
            layout.addWidget(self.date_to)
        self.note = QLabel(self)
        self.note.setObjectName(f"{name}FilterNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note, 3)

    def _date_edit(self, object_name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(object_name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_BOUND)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_BOUND)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def search_text(self) -> str:
        return self.search.text().strip()

    def choice_value(self) -> Any:
        return self.choice.currentData() if self.choice is not None else ""

    def date_range(self) -> tuple[date | None, date | None]:
        def bound(edit: QDateEdit | None) -> date | None:
            if edit is None or edit.date() == NO_BOUND:
                return None
            picked: date = edit.date().toPython()  # type: ignore[assignment]
            return picked

        return bound(self.date_from), bound(self.date_to)
