"""A small form dialog for the boards' workflow steps (review, post, objection, answer, …).

Each step asks for two to six fields and hands them to one service call; one
generic dialog keeps them alike: fields from a list of :class:`Field`, the
service's :class:`ValidationError` shown under each field, a refusal shown
under the form. ``submit(values)`` is called on OK; the dialog closes only
when it returns without raising.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError, ValidationError
from sanzhi_desktop.gui.widgets import FieldErrorLabel, show_field_errors, with_error_label


@dataclass(frozen=True)
class Field:
    """``kind``: line, text, date, int, combo (``choices``), editable_combo."""

    name: str
    label: str
    kind: str = "line"
    value: Any = None
    choices: Sequence[str] = ()
    maximum: int = 100_000


class BoardsFormDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._submit = submit
        self.result_value: object = None
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, FieldErrorLabel] = {}
        form = QFormLayout()
        for spec in fields:
            widget = self._make(spec)
            widget.setObjectName(spec.name)
            self.widgets[spec.name] = widget
            box, label = with_error_label(widget, self)
            self.error_labels[spec.name] = label
            form.addRow(spec.label, box)
        self.form_error = FieldErrorLabel(self)
        self.form_error.setObjectName("formError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

    def _make(self, spec: Field) -> QWidget:
        if spec.kind == "text":
            text = QPlainTextEdit(self)
            text.setPlainText(str(spec.value or ""))
            text.setTabChangesFocus(True)
            text.setMinimumHeight(90)
            return text
        if spec.kind == "date":
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            value = spec.value or date.today()
            edit.setDate(QDate(value.year, value.month, value.day))
            return edit
        if spec.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(0, spec.maximum)
            spin.setValue(int(spec.value or 0))
            return spin
        if spec.kind in ("combo", "editable_combo"):
            combo = QComboBox(self)
            combo.setEditable(spec.kind == "editable_combo")
            combo.addItems(list(spec.choices))
            if spec.value is not None:
                combo.setCurrentText(str(spec.value))
            return combo
        line = QLineEdit(self)
        line.setText(str(spec.value or ""))
        return line

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText()
            elif isinstance(widget, QDateEdit):
                result[name] = widget.date().toPython()
            elif isinstance(widget, QSpinBox):
                result[name] = widget.value()
            elif isinstance(widget, QComboBox):
                result[name] = widget.currentText()
            elif isinstance(widget, QLineEdit):
                result[name] = widget.text()
        return result

    def set_value(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(str(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def try_accept(self) -> bool:
        """Call the service; stay open with the messages shown when it refuses."""
        self.form_error.clear_error()
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as exc:
            show_field_errors(exc, self.error_labels, fallback=self.form_error)
            return False
        except SanzhiError as exc:
            for label in self.error_labels.values():
                label.clear_error()
            self.form_error.show_error(str(exc))
            return False
        self.accept()
        return True
