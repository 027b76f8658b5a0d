"""The field spec of the one form component, and the widget each kind of field becomes.

A form is a list of :class:`FieldSpec`; :func:`make_field` turns each into a
:class:`FieldWidget` that knows how to read and write its value and tells
when it changed (so the form clears the field's stale error). Values come
out typed: a date as :class:`datetime.date`, money as fen, a choice as its
stored value (not its label), a list of lines as dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.gui.kit.format import format_money, parse_money
from sanzhi_desktop.gui.kit.lines_editor import LineColumn, LinesEditor, make_searchable
from sanzhi_desktop.services import calendar


class FieldKind(Enum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    DATE = "date"  # → date
    MONTH = "month"  # → "2026-11"
    CHOICE = "choice"  # one of ``choices`` → its value
    EDITABLE_CHOICE = "editable_choice"  # one of ``choices`` or typed text
    MONEY = "money"  # yuan typed, fen out
    NUMBER = "number"  # whole, ``minimum``…``maximum`` (``placeholder`` shown for the minimum)
    PERSON = "person"  # a name from the roster (``choices``: (label, value)) or typed
    LINES = "lines"  # a list of lines (``columns``) → list[dict]
    CHECKS = "checks"  # several of ``choices`` → list of values
    FLAG = "flag"  # yes / no → bool (``placeholder`` is the check box's text)
    COMPUTED = "computed"  # read-only, ``compute(values)`` shown as the others change


Choices = Sequence[tuple[str, Any]] | Sequence[str]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form. ``key`` is the service's field name, so its refusals land here."""

    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    value: Any = None
    choices: Choices = ()
    minimum: int = 0
    maximum: int = 100_000
    placeholder: str = ""
    columns: Sequence[LineColumn] = ()
    compute: Callable[[dict[str, Any]], str] | None = None
    read_only: bool = False  # shown, not editable (e.g. the quarter of a stored disclosure)


def choice_pairs(choices: Choices) -> list[tuple[str, Any]]:
    """``["a", "b"]`` or ``[("label", value), …]`` as (label, value) pairs."""
    return [c if isinstance(c, tuple) else (str(c), c) for c in choices]


class FieldWidget:
    """A field's widget with a uniform ``value`` / ``set_value`` / ``on_change``."""

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    def value(self) -> Any:  # pragma: no cover - every kind overrides it
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def on_change(self, callback: Callable[[], None]) -> None:  # pragma: no cover
        raise NotImplementedError


class _Line(FieldWidget):
    widget: QLineEdit

    def value(self) -> Any:
        return self.widget.text()

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(lambda _t: callback())


class _Money(_Line):
    def value(self) -> Any:
        fen = parse_money(self.widget.text())
        if fen is None:
            raise ValidationError([FieldError(self.spec.key, "请填写金额，如 12345.67")])
        return fen

    def set_value(self, value: Any) -> None:
        self.widget.setText(f"{int(value or 0) / 100:.2f}")


class _LongText(FieldWidget):
    widget: QPlainTextEdit

    def value(self) -> Any:
        return self.widget.toPlainText()

    def set_value(self, value: Any) -> None:
        if isinstance(value, list | tuple):
            value = "\n".join(str(v) for v in value)  # one item per line
        self.widget.setPlainText("" if value is None else str(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(callback)


class _Date(FieldWidget):
    widget: QDateEdit

    def value(self) -> Any:
        picked: date = self.widget.date().toPython()  # type: ignore[assignment]
        if self.spec.kind is FieldKind.MONTH:
            return f"{picked.year:04d}-{picked.month:02d}"
        return picked

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value + "-01" if len(value) == 7 else value[:10])
        value = value or calendar.today()
        self.widget.setDate(QDate(value.year, value.month, value.day))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.dateChanged.connect(lambda _d: callback())


class _Choice(FieldWidget):
    widget: QComboBox

    def value(self) -> Any:
        combo = self.widget
        if combo.isEditable():
            index = combo.findText(combo.currentText())
            data = combo.itemData(index) if index >= 0 else None
            return data if data is not None else combo.currentText()
        return combo.currentData()

    def set_value(self, value: Any) -> None:
        combo = self.widget
        index = combo.findData(value)
        if index < 0:
            index = combo.findText("" if value is None else str(value))
        if index >= 0:
            combo.setCurrentIndex(index)
        elif combo.isEditable():
            combo.setEditText("" if value is None else str(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(lambda _i: callback())
        self.widget.editTextChanged.connect(lambda _t: callback())


class _Number(FieldWidget):
    widget: QSpinBox

    def value(self) -> Any:
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        self.widget.setValue(int(value or 0))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(lambda _v: callback())


class _Checks(FieldWidget):
    def boxes(self) -> list[QCheckBox]:
        return self.widget.findChildren(QCheckBox)

    def value(self) -> Any:
        return [b.property("value") for b in self.boxes() if b.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = list(value or ())
        for box in self.boxes():
            box.setChecked(box.property("value") in chosen)

    def on_change(self, callback: Callable[[], None]) -> None:
        for box in self.boxes():
            box.toggled.connect(lambda _c: callback())


class _Flag(FieldWidget):
    widget: QCheckBox

    def value(self) -> Any:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.toggled.connect(lambda _c: callback())


class _Lines(FieldWidget):
    widget: LinesEditor

    def value(self) -> Any:
        return self.widget.lines(self.spec.key)

    def set_value(self, value: Any) -> None:
        self.widget.set_lines(value or [])

    def on_change(self, callback: Callable[[], None]) -> None:
        self.widget.changed.connect(callback)


class _Computed(FieldWidget):
    widget: QLabel

    def value(self) -> Any:
        return self.widget.text()

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        """A computed field changes only when the others do."""


def _combo(spec: FieldSpec, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    # long items (a clause, a catalogue entry) must not widen the form past the screen
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    pairs = choice_pairs(spec.choices)
    for label, value in pairs:
        combo.addItem(label, value)
    editable = spec.kind in (FieldKind.EDITABLE_CHOICE, FieldKind.PERSON) or len(pairs) > 30
    if editable:
        make_searchable(combo)
        if spec.placeholder and combo.lineEdit() is not None:
            combo.lineEdit().setPlaceholderText(spec.placeholder)
    return combo


def make_field(spec: FieldSpec, parent: QWidget) -> FieldWidget:
    """The widget of ``spec`` (objectName = its key, so tests can find it), value set."""
    kind = spec.kind
    field: FieldWidget
    if kind is FieldKind.LONG_TEXT:
        text = QPlainTextEdit(parent)
        text.setTabChangesFocus(True)
        text.setFixedHeight(80)
        text.setPlaceholderText(spec.placeholder)
        field = _LongText(spec, text)
    elif kind in (FieldKind.DATE, FieldKind.MONTH):
        edit = QDateEdit(parent)
        edit.setCalendarPopup(kind is FieldKind.DATE)
        edit.setDisplayFormat("yyyy-MM-dd" if kind is FieldKind.DATE else "yyyy-MM")
        field = _Date(spec, edit)
    elif kind in (FieldKind.CHOICE, FieldKind.EDITABLE_CHOICE, FieldKind.PERSON):
        field = _Choice(spec, _combo(spec, parent))
    elif kind is FieldKind.NUMBER:
        spin = QSpinBox(parent)
        spin.setRange(spec.minimum, spec.maximum)
        spin.setSpecialValueText(spec.placeholder)  # e.g. "= number of parties" for 0
        field = _Number(spec, spin)
    elif kind is FieldKind.MONEY:
        money = QLineEdit(parent)
        money.setPlaceholderText(spec.placeholder or format_money(123456))
        field = _Money(spec, money)
    elif kind is FieldKind.CHECKS:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (label, value) in enumerate(choice_pairs(spec.choices)):
            check = QCheckBox(label, box)
            check.setProperty("value", value)
            grid.addWidget(check, index // 2, index % 2)
        field = _Checks(spec, box)
    elif kind is FieldKind.FLAG:
        field = _Flag(spec, QCheckBox(spec.placeholder, parent))
    elif kind is FieldKind.LINES:
        field = _Lines(spec, LinesEditor(spec.columns, parent))
    elif kind is FieldKind.COMPUTED:
        label = QLabel(parent)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        field = _Computed(spec, label)
    else:
        line = QLineEdit(parent)
        line.setPlaceholderText(spec.placeholder)
        field = _Line(spec, line)
    field.widget.setObjectName(spec.key)
    if spec.read_only:
        field.widget.setEnabled(False)
    if kind is FieldKind.DATE or kind is FieldKind.MONTH or spec.value is not None:
        field.set_value(spec.value)
    elif kind is FieldKind.NUMBER:
        field.set_value(spec.minimum)
    return field


def iso_dates(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with every date as its ISO text (for services that store dates as text)."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
