"""One dialog shape for every step and paper of a mediation case.

A step (accept, refuse, terminate, escalate…) or a paper (session record,
agreement, follow-up…) is a list of :class:`FieldSpec`; the dialog lays them
out, hands the values to ``submit`` (which calls the service) and shows a
:class:`ValidationError` under the fields it names. It closes only when the
service stored the step, so nothing a clerk typed is lost on a mistake.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError, ValidationError
from sanzhi_desktop.gui.dialogs.person_dialog import normalise_date_text
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import FieldErrorLabel, show_field_errors, with_error_label
from sanzhi_desktop.services import mediation


@dataclass
class FieldSpec:
    """``kind``: line, text, date, choice, int, terms (one per line), checks (several)."""

    name: str
    label: str
    kind: str = "line"
    choices: Sequence[str] = ()
    default: Any = ""
    placeholder: str = ""


@dataclass
class _Field:
    spec: FieldSpec
    widget: QWidget
    boxes: list[QCheckBox] = field(default_factory=list)


class MediationFormDialog(QDialog):
    """``submit(values)`` stores; a ValidationError keeps the dialog open with messages."""

    def __init__(
        self,
        title: str,
        specs: Sequence[FieldSpec],
        submit: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediationFormDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._submit = submit
        self.result_value: object = None
        self.fields: dict[str, _Field] = {}
        self.error_labels: dict[str, FieldErrorLabel] = {}
        form = QFormLayout()
        for spec in specs:
            widget, boxes = self._make(spec)
            widget.setObjectName(spec.name)
            holder, error = with_error_label(widget, self)
            error.setObjectName(f"error_{spec.name}")
            self.error_labels[spec.name] = error
            self.fields[spec.name] = _Field(spec, widget, boxes)
            form.addRow(spec.label, holder)
        self.form_error = FieldErrorLabel(self)
        self.form_error.setObjectName("error_form")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def _make(self, spec: FieldSpec) -> tuple[QWidget, list[QCheckBox]]:
        if spec.kind in ("text", "terms"):
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(110 if spec.kind == "terms" else 80)
            value = spec.default
            edit.setPlainText("\n".join(value) if isinstance(value, list) else str(value or ""))
            edit.setPlaceholderText(spec.placeholder)
            return edit, []
        if spec.kind == "choice":
            combo = QComboBox(self)
            combo.addItems(list(spec.choices))
            if spec.default:
                combo.setCurrentText(str(spec.default))
            return combo, []
        if spec.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(0, 1_000_000)
            spin.setValue(int(spec.default or 0))
            return spin, []
        if spec.kind == "checks":
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            checks = []
            for choice in spec.choices:
                check = QCheckBox(choice, box)
                check.setChecked(choice in (spec.default or ()))
                row.addWidget(check)
                checks.append(check)
            row.addStretch(1)
            return box, checks
        edit_line = QLineEdit(self)
        default = spec.default
        if spec.kind == "date" and default == "":
            # the day the service checks dates against (the demo's reference day in a demo)
            default = mediation.today().isoformat()
        edit_line.setText(str(default or ""))
        edit_line.setPlaceholderText(
            spec.placeholder or ("2026-11-28" if spec.kind == "date" else "")
        )
        return edit_line, []

    def set_value(self, name: str, value: Any) -> None:
        """Fill a field (tests and callers that prefill)."""
        f = self.fields[name]
        widget = f.widget
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText("\n".join(value) if isinstance(value, list) else str(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentText(str(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif f.boxes:
            for check in f.boxes:
                check.setChecked(check.text() in value)
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, f in self.fields.items():
            widget, kind = f.widget, f.spec.kind
            if kind == "terms" and isinstance(widget, QPlainTextEdit):
                result[name] = [t.strip() for t in widget.toPlainText().splitlines() if t.strip()]
            elif isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                result[name] = widget.currentText()
            elif isinstance(widget, QSpinBox):
                result[name] = widget.value()
            elif f.boxes:
                result[name] = [c.text() for c in f.boxes if c.isChecked()]
            elif isinstance(widget, QLineEdit):
                text = widget.text()
                result[name] = normalise_date_text(text) if kind == "date" else text
        return result

    def save(self) -> None:
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as err:
            show_field_errors(err, self.error_labels, fallback=self.form_error)
            return
        except SanzhiError as exc:
            show_error(self, exc)
            return
        self.accept()
