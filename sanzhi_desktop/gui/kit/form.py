"""The one form component: fields from a spec, one submit loop, refusals beside their fields.

``FormDialog(title, fields, submit, parent, ctx=ctx)`` builds the fields,
and on OK calls ``submit(values)`` — one service call — through
:meth:`GuiContext.run`, so the tables it wrote are announced. The loop:

- a :class:`ValidationError` puts each message under its field (the service
  names the field: ``FieldError("closing_fen", …)``); messages for fields the
  form does not have, and any other :class:`SanzhiError`, go under the form;
  the dialog stays open and loses nothing;
- every field reserves its error line's height, so a message that appears or
  goes never moves the fields under the mouse;
- changing a field clears its stale message;
- the fields scroll inside the dialog when they are taller than the screen;
  the OK/Cancel buttons stay below them, always visible.

``result_value`` holds what ``submit`` returned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError, ValidationError
from sanzhi_desktop.gui import screen_fit
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec, FieldWidget, make_field
from sanzhi_desktop.gui.widgets import FieldErrorLabel

Submit = Callable[[dict[str, Any]], object]


def reserved_error_label(parent: QWidget) -> FieldErrorLabel:
    """A field's error line that keeps one line's height while empty (nothing jumps)."""
    label = FieldErrorLabel(parent)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().height())
    return label


class FormDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        submit: Submit,
        parent: QWidget | None = None,
        *,
        ctx: GuiContext | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # a list of lines needs room for its columns; other forms stay compact
        has_lines = any(spec.kind is FieldKind.LINES for spec in fields)
        self.setMinimumWidth(780 if has_lines else 520)
        self.ctx = ctx
        self._submit = submit
        self.result_value: object = None
        self.specs = list(fields)
        self.fields: dict[str, FieldWidget] = {}
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, FieldErrorLabel] = {}

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if note:
            note_label = QLabel(note, body)
            note_label.setWordWrap(True)
            form.addRow(note_label)
        for spec in self.specs:
            field = make_field(spec, body)
            self.fields[spec.key] = field
            self.widgets[spec.key] = field.widget
            box = QWidget(body)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(field.widget)
            label = reserved_error_label(box)
            label.setObjectName(f"{spec.key}Error")
            column.addWidget(label)
            self.error_labels[spec.key] = label
            form.addRow(spec.label, box)
            field.on_change(lambda key=spec.key: self._field_changed(key))
        self.scroll.setWidget(body)
        self.form_error = reserved_error_label(self)
        self.form_error.setObjectName("formError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.buttons.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_computed()

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field's value; raises ValidationError for one that cannot be read (money)."""
        result: dict[str, Any] = {}
        errors = []
        for key, field in self.fields.items():
            try:
                result[key] = field.value()
            except ValidationError as exc:
                errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        return result

    def lenient_values(self) -> dict[str, Any]:
        """The values that can be read now (for computed fields while the clerk types)."""
        result: dict[str, Any] = {}
        for key, field in self.fields.items():
            try:
                result[key] = field.value()
            except ValidationError:
                continue
        if any(s.kind is FieldKind.LINES for s in self.specs):
            for spec in self.specs:
                if spec.kind is FieldKind.LINES and spec.key not in result:
                    result[spec.key] = self.widgets[spec.key].lines_lenient()  # type: ignore[attr-defined]
        return result

    def set_value(self, key: str, value: Any) -> None:
        """For tests and linked fields: put ``value`` into field ``key``."""
        self.fields[key].set_value(value)

    def _field_changed(self, key: str) -> None:
        self.error_labels[key].clear_error()
        self._update_computed()

    def _update_computed(self) -> None:
        computed = [s for s in self.specs if s.kind is FieldKind.COMPUTED and s.compute]
        if not computed:
            return
        values = self.lenient_values()
        for spec in computed:
            assert spec.compute is not None
            self.fields[spec.key].set_value(spec.compute(values))

    # --- the submit loop -----------------------------------------------------------------

    def try_accept(self) -> bool:
        """Call the service; stay open with the messages beside their fields when it refuses."""
        self.form_error.clear_error()
        try:
            values = self.values()
            if self.ctx is not None:
                self.result_value = self.ctx.run(lambda: self._submit(values))
            else:
                self.result_value = self._submit(values)
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        except SanzhiError as exc:
            for label in self.error_labels.values():
                label.clear_error()
            self.form_error.show_error(str(exc))
            return False
        self.accept()
        return True

    def show_errors(self, error: ValidationError) -> None:
        """Each message under its field (first one scrolled into view), the rest under the form."""
        for label in self.error_labels.values():
            label.clear_error()
        unplaced: list[str] = []
        first: QWidget | None = None
        for key in dict.fromkeys(e.field for e in error.errors):
            messages = error.for_field(key)
            if key in self.error_labels:
                self.error_labels[key].show_error("；".join(messages))
                first = first or self.widgets[key]
            else:
                unplaced.extend(messages)
        self.form_error.show_error("；".join(unplaced) if unplaced else None)
        if first is not None:
            self.scroll.ensureWidgetVisible(first)

    # --- fitting the screen --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Never taller than the screen: the fields scroll, the buttons stay visible."""
        # screen_fit's one reading of the screen (tests simulate a 1366×768 PC there)
        available = screen_fit.available_geometry(self)
        self.setMaximumHeight(available.height() - 60)
        body = self.scroll.widget()
        wanted = body.sizeHint().height() + self.buttons.sizeHint().height() + 90
        width = max(body.sizeHint().width() + 40, self.width(), self.minimumWidth())
        self.resize(min(width, available.width() - 40), min(wanted, available.height() - 60))
        super().showEvent(event)
