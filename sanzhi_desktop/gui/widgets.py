"""Small widgets every page shares, so that learning one page teaches them all (UI.md).

- :class:`PageHeader`: the page title on the left, toolbar buttons on the right.
- :class:`FieldErrorLabel`: the red line under a field that says what is expected;
  :func:`with_error_label` stacks a field and its label, :func:`show_field_errors`
  spreads a :class:`ValidationError` over the labels of a form.
- :class:`StepRow`: a workflow state as a row of steps (done / current / next).
- :class:`EmptyState`: the grey sentence that says what to do next.
- :func:`format_date` / :func:`format_datetime`: dates as clerks read them
  (2026年11月28日 in Chinese, ISO in English).

The API here is used by several pages: extend it, don't change it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from PySide6 import QtCore
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.domain.lang import current_language

ERROR_COLOR = "#c0392b"
MUTED_COLOR = "#666666"
DONE_COLOR = "#2e7d32"
CURRENT_COLOR = "#1565c0"


class PageHeader(QWidget):
    """The title row of a page: ``title`` left, buttons added with :meth:`add_button` right."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self._layout.addWidget(self.title_label)
        self._layout.addStretch(1)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def add_button(
        self,
        text: str,
        slot: Callable[[], object] | None = None,
        *,
        object_name: str = "",
        shortcut: str | QKeySequence.StandardKey | None = None,
        tooltip: str = "",
    ) -> QPushButton:
        """Append a toolbar button; ``shortcut`` e.g. ``"Ctrl+N"`` or a StandardKey."""
        button = QPushButton(text, self)
        if object_name:
            button.setObjectName(object_name)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        if tooltip:
            button.setToolTip(tooltip)
        self._layout.addWidget(button)
        return button

    def add_menu_button(self, text: str, *, object_name: str = "") -> QMenu:
        """Append a "更多▾"-style button; returns its menu for ``menu.addAction(...)``."""
        button = QToolButton(self)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        if object_name:
            button.setObjectName(object_name)
        menu = QMenu(button)
        button.setMenu(menu)
        self._layout.addWidget(button)
        return menu

    def add_widget(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)


class FieldErrorLabel(QLabel):
    """The message under a field; hidden while there is nothing to say.

    Tests check ``isVisibleTo(parent)`` / ``text()``: the messages come from the
    domain (Chinese by default), not from ``tr()``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        make_selectable(self)
        self.setVisible(False)

    def show_error(self, message: str | None) -> None:
        """Show ``message``; ``None`` or ``""`` clears and hides the label."""
        self.setText(message or "")
        self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.show_error(None)

    def has_error(self) -> bool:
        return bool(self.text())


def with_error_label(
    field: QWidget, parent: QWidget | None = None
) -> tuple[QWidget, FieldErrorLabel]:
    """``field`` with a :class:`FieldErrorLabel` under it, for one row of a QFormLayout."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    label = FieldErrorLabel(box)
    layout.addWidget(label)
    return box, label


def show_field_errors(
    error: ValidationError,
    labels: Mapping[str, FieldErrorLabel],
    *,
    fallback: FieldErrorLabel | None = None,
) -> list[str]:
    """Put each field's messages under its field; clear the others.

    Messages for fields that have no label go to ``fallback`` (if given) and
    are returned, so the caller can show them some other way.
    """
    for label in labels.values():
        label.clear_error()
    unplaced: list[str] = []
    for field_name in dict.fromkeys(e.field for e in error.errors):
        messages = error.for_field(field_name)
        if field_name in labels:
            labels[field_name].show_error("；".join(messages))
        else:
            unplaced.extend(messages)
    if fallback is not None:
        fallback.show_error("；".join(unplaced) if unplaced else None)
    return unplaced


def clear_field_errors(labels: Mapping[str, FieldErrorLabel]) -> None:
    for label in labels.values():
        label.clear_error()


class StepRow(QWidget):
    """A workflow as a row of steps: done ✓ (green), current ● (blue, bold), next ○ (grey).

    ``set_steps(["受理", "调查", "调解", "回访", "归档"], current=2)`` marks the
    first two done and 调解 current; ``current=len(steps)`` marks all done;
    ``current=None`` shows them all as not reached.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepRow")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.step_labels: list[QLabel] = []
        self.states: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_steps(self, steps: Sequence[str], current: int | None) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.step_labels, self.states = [], []
        for index, text in enumerate(steps):
            if index > 0:
                arrow = QLabel("→", self)
                arrow.setStyleSheet(f"color: {MUTED_COLOR};")
                self._layout.addWidget(arrow)
            if current is not None and index < current:
                state, mark, style = "done", "✓", f"color: {DONE_COLOR};"
            elif current is not None and index == current:
                state, mark, style = "current", "●", f"color: {CURRENT_COLOR}; font-weight: bold;"
            else:
                state, mark, style = "next", "○", f"color: {MUTED_COLOR};"
            label = QLabel(f"{mark} {text}", self)
            label.setStyleSheet(style)
            label.setProperty("stepState", state)
            self._layout.addWidget(label)
            self.step_labels.append(label)
            self.states.append(state)
        self._layout.addStretch(1)


class EmptyState(QLabel):
    """A centred grey sentence for an empty list: what to do next."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"color: {MUTED_COLOR}; padding: 24px;")


def _parse(value: str) -> datetime | date | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def format_date(value: str | date | None) -> str:
    """``2026-11-28`` → ``2026年11月28日`` (Chinese) or ``2026-11-28`` (English); "" stays ""."""
    if not value:
        return ""
    parsed = _parse(value) if isinstance(value, str) else value
    if parsed is None:
        return str(value)
    if current_language() == "en":
        return f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}"
    return f"{parsed.year}年{parsed.month}月{parsed.day}日"


def format_datetime(value: str | datetime | None) -> str:
    """An ISO timestamp as ``2026年11月28日 14:05`` in the time zone it was written in."""
    if not value:
        return ""
    if isinstance(value, str) and len(value) <= 10:
        return format_date(value)
    parsed = _parse(value) if isinstance(value, str) else value
    if not isinstance(parsed, datetime):
        return str(value)
    return f"{format_date(parsed.date())} {parsed.hour:02d}:{parsed.minute:02d}"


# --- the detail pane ----------------------------------------------------------------


def detail_title(parent: QWidget, object_name: str = "detailTitle") -> QLabel:
    """The bold heading of a detail pane (the selected record's name or number)."""
    title = QLabel(parent)
    title.setObjectName(object_name)
    title.setWordWrap(True)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    title.setFont(font)
    return title


def value_label(parent: QWidget, object_name: str) -> QLabel:
    """A read-only value the clerk can select and copy (a code, a number, a name)."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    make_selectable(label)
    return label


#: The value of ``Qt.TextInteractionFlag.TextSelectableByMouse``. Naming the flag
#: makes PySide build the whole ``Qt`` namespace (~100 enumerations, ~20 ms),
#: which the window's first paint needs nothing else from; the Qt property
#: takes the plain value (a test checks that it is the flag's).
TEXT_SELECTABLE_BY_MOUSE = 1


def make_selectable(label: QLabel) -> None:
    """Let the clerk select and copy the label's text with the mouse."""
    label.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)


def value_form(
    parent: QWidget, rows: Sequence[tuple[str, str]], *, prefix: str
) -> tuple[QFormLayout, dict[str, QLabel]]:
    """A form of labelled read-only values; the labels are named ``<prefix>_<key>``."""
    form = QFormLayout()
    values: dict[str, QLabel] = {}
    for key, text in rows:
        values[key] = value_label(parent, f"{prefix}_{key}")
        form.addRow(text, values[key])
    return form, values
