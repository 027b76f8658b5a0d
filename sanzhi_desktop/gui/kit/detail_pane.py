"""The detail pane beside a record table: title, workflow steps, fields, the actions allowed now.

A tab describes the selected record as a :class:`Detail`; the pane draws it.
Every value is already formatted by the tab (``kit.format``); actions the
workflow does not allow now are either left out or, with a ``refusal``,
shown disabled with the reason as their tooltip, so the clerk learns why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.gui.widgets import CURRENT_COLOR, DONE_COLOR, MUTED_COLOR, detail_title


@dataclass(frozen=True)
class Action:
    """A button of the detail pane. ``name`` is its objectName (tests click it by name)."""

    name: str
    text: str
    run: Callable[[], object]
    refusal: str = ""  # non-empty: shown disabled, this sentence as its tooltip


@dataclass
class Detail:
    """What the pane shows for one record."""

    title: str
    fields: Sequence[tuple[str, str]] = ()
    steps: Sequence[str] = ()
    current_step: int | None = None
    actions: Sequence[Action] = field(default_factory=list)


class StepLine(QLabel):
    """A workflow as one wrapped line of steps: done ✓ (green), current ● (blue), next ○ (grey).

    The same ``set_steps`` / ``states`` as :class:`~sanzhi_desktop.gui.widgets.StepRow`,
    but as wrapped text: a six-step workflow never widens the pane past the window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepRow")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.states: list[str] = []

    def set_steps(self, steps: Sequence[str], current: int | None) -> None:
        self.states, parts = [], []
        for index, text in enumerate(steps):
            if current is not None and index < current:
                state, mark, style = "done", "✓", f"color:{DONE_COLOR}"
            elif current is not None and index == current:
                state, mark, style = "current", "●", f"color:{CURRENT_COLOR};font-weight:bold"
            else:
                state, mark, style = "next", "○", f"color:{MUTED_COLOR}"
            self.states.append(state)
            parts.append(f"<span style='{style}'>{mark}&nbsp;{_html(text)}</span>")
        arrow = f" <span style='color:{MUTED_COLOR}'>→</span> "
        self.setText(arrow.join(parts))


def _html(text: str) -> str:
    return (text or "—").replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>")


class DetailPane(QScrollArea):
    """Scrolls inside when the record is long; hidden contents when nothing is selected."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}DetailPane")
        self.setWidgetResizable(True)
        self.setMinimumWidth(380)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self)
        self.body.setObjectName(f"{name}Detail")
        self.title = detail_title(self.body)
        self.steps = StepLine(self.body)
        self.fields = QLabel(self.body)
        self.fields.setObjectName("detailFields")
        self.fields.setWordWrap(True)
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.actions = QWidget(self.body)
        self.actions.setObjectName("detailActions")
        self.actions_layout = QVBoxLayout(self.actions)
        self.actions_layout.setContentsMargins(0, 6, 0, 0)
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.title)
        layout.addWidget(self.steps)
        layout.addWidget(self.fields)
        layout.addWidget(self.actions)
        layout.addStretch(1)
        self.setWidget(self.body)
        self.detail: Detail | None = None
        self.show_detail(None)

    def show_detail(self, detail: Detail | None) -> None:
        self.detail = detail
        self.body.setVisible(detail is not None)
        self._clear_actions()
        if detail is None:
            self.title.setText("")
            self.fields.setText("")
            self.steps.set_steps([], None)
            return
        self.title.setText(detail.title)
        self.steps.set_steps(list(detail.steps), detail.current_step)
        self.steps.setVisible(bool(detail.steps))
        rows = "".join(
            f"<tr><td style='color:{MUTED_COLOR};padding-right:8px;white-space:nowrap'>"
            f"{_html(label)}</td><td>{_html(value)}</td></tr>"
            for label, value in detail.fields
        )
        self.fields.setText(f"<table>{rows}</table>")
        for action in detail.actions:
            self._add_action(action)

    def action_button(self, name: str) -> QPushButton | None:
        """The shown button ``name`` (enabled or not), or None."""
        return self.actions.findChild(QPushButton, name)

    def _add_action(self, action: Action) -> QPushButton:
        button = QPushButton(action.text, self.actions)
        button.setObjectName(action.name)
        # a long list of actions (a household's members) scrolls the pane, never squeezes them
        button.setMinimumHeight(button.sizeHint().height())
        button.clicked.connect(lambda _c=False, run=action.run: run())
        if action.refusal:
            button.setEnabled(False)
            button.setToolTip(action.refusal)
        self.actions_layout.addWidget(button)
        return button

    def _clear_actions(self) -> None:
        """Remove the old buttons now (unparented), so only the current record's remain."""
        while (item := self.actions_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
