"""One form dialog for every moral-governance entry and workflow step.

The lists have many small forms (report an entry, verify it, review it, post
it, rate a household, add points, redeem …) that differ only in their fields.
Each is described as a list of :class:`FormField`; the dialog builds the
widgets (objectName = the field's key, so tests can find them), and on OK
hands the values to ``submit`` — a call into a service. A
:class:`ValidationError` is spread over the red labels under the fields and
the dialog stays open; a refusal is shown in a message box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import FieldErrorLabel, show_field_errors, with_error_label


@dataclass
class FormField:
    """``kind``: line, text, date, month, combo, edit_combo, checks, spin, money, bool."""

    key: str
    label: str
    kind: str = "line"
    options: Sequence[tuple[str, Any]] = ()
    default: Any = None
    minimum: int = 0
    maximum: int = 100000
    placeholder: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class MoralFormDialog(QDialog):
    """A dialog built from fields; ``submit(values)`` stores, ``result_value`` keeps its return."""

    def __init__(
        self,
        title: str,
        fields: Sequence[FormField],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        *,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._submit = submit
        self.fields = list(fields)
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, FieldErrorLabel] = {}
        self.result_value: Any = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.fields:
            widget = self._make(spec)
            widget.setObjectName(spec.key)
            self.widgets[spec.key] = widget
            box, error = with_error_label(widget, self)
            error.setObjectName(f"error_{spec.key}")
            self.error_labels[spec.key] = error
            form.addRow(spec.label, box)
        self.form_error = FieldErrorLabel(self)
        self.form_error.setObjectName("error_form")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    # --- widgets ------------------------------------------------------------------------

    def _make(self, spec: FormField) -> QWidget:
        kind = spec.kind
        if kind == "text":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            text.setPlainText(str(spec.default or ""))
            text.setPlaceholderText(spec.placeholder)
            return text
        if kind in {"date", "month"}:
            edit = QDateEdit(self)
            edit.setCalendarPopup(kind == "date")
            edit.setDisplayFormat("yyyy-MM-dd" if kind == "date" else "yyyy-MM")
            value = spec.default or date.today().isoformat()
            if kind == "month" and len(value) == 7:
                value += "-01"
            edit.setDate(QDate.fromString(value[:10], "yyyy-MM-dd"))
            return edit
        if kind in {"combo", "edit_combo"}:
            combo = QComboBox(self)
            for label, value in spec.options:
                combo.addItem(label, value)
            if kind == "edit_combo" or len(spec.options) > 30:
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                completer = combo.completer()
                if completer is not None:
                    completer.setFilterMode(Qt.MatchFlag.MatchContains)
                    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            if spec.default is not None:
                index = combo.findData(spec.default)
                if index >= 0:
                    combo.setCurrentIndex(index)
                elif kind == "edit_combo":
                    combo.setEditText(str(spec.default))
            return combo
        if kind == "checks":
            box = QWidget(self)
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            chosen = set(spec.default or ())
            for index, (label, value) in enumerate(spec.options):
                check = QCheckBox(label, box)
                check.setProperty("value", value)
                check.setChecked(value in chosen)
                grid.addWidget(check, index // 2, index % 2)
            return box
        if kind == "spin":
            spin = QSpinBox(self)
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(int(spec.default or spec.minimum))
            return spin
        if kind == "money":
            money = QDoubleSpinBox(self)
            money.setRange(0, 100000)
            money.setDecimals(2)
            money.setPrefix("¥")
            money.setValue((spec.default or 0) / 100)
            return money
        if kind == "bool":
            check = QCheckBox(spec.placeholder, self)
            check.setChecked(bool(spec.default))
            return check
        line = QLineEdit(self)
        line.setText(str(spec.default or ""))
        line.setPlaceholderText(spec.placeholder)
        return line

    def value_of(self, key: str) -> Any:
        widget = self.widgets[key]
        spec = next(f for f in self.fields if f.key == key)
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QDateEdit):
            text = widget.date().toString("yyyy-MM-dd")
            return text[:7] if spec.kind == "month" else text
        if isinstance(widget, QComboBox):
            if spec.kind == "edit_combo":
                index = widget.findText(widget.currentText())
                data = widget.itemData(index) if index >= 0 else None
                return data if data is not None else widget.currentText()
            return widget.currentData()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QDoubleSpinBox):
            return round(widget.value() * 100)
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QLineEdit):
            return widget.text()
        return [
            check.property("value") for check in widget.findChildren(QCheckBox) if check.isChecked()
        ]

    def values(self) -> dict[str, Any]:
        return {spec.key: self.value_of(spec.key) for spec in self.fields}

    def set_value(self, key: str, value: Any) -> None:
        """For tests and linked fields: put ``value`` into a field."""
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QDateEdit):
            text = str(value) + ("-01" if len(str(value)) == 7 else "")
            widget.setDate(QDate.fromString(text, "yyyy-MM-dd"))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0:
                index = widget.findText(str(value))
            if index >= 0:
                widget.setCurrentIndex(index)
            elif widget.isEditable():
                widget.setEditText(str(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        else:
            for check in widget.findChildren(QCheckBox):
                check.setChecked(check.property("value") in value)

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        for label in self.error_labels.values():
            label.clear_error()
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as err:
            show_field_errors(err, self.error_labels, fallback=self.form_error)
            self.adjustSize()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
