"""首页: what needs doing first, then who this office is and how much is recorded.

UI.md: the home page is a to-do list first. In this version only the roster
exists, so the list is honest about that: it shows the roster's own to-do
(an empty roster) and says that boards, lists and mediation will add theirs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.widgets import PageHeader, format_date
from sanzhi_desktop.services import info
from sanzhi_desktop.services.session import Session


def todo_items(session: Session) -> list[str]:
    """The open to-dos, most urgent first (also counted in the status bar)."""
    counts = info.office_info(session)["counts"]
    items: list[str] = []
    if counts.get("households", 0) == 0:
        items.append(
            QCoreApplication.translate(
                "HomePage",
                "The roster is empty: import an .xlsx or add the first household "
                "(村民档案, Ctrl+6).",
            )
        )
    return items


MAX_TODO_HEIGHT = 260


class HomePage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Home"), self)
        layout.addWidget(self.header)

        todo_box = QGroupBox(self.tr("To do"), self)
        todo_layout = QVBoxLayout(todo_box)
        self.todo_list = QListWidget(todo_box)
        self.todo_list.setObjectName("homeTodo")
        self.todo_list.setWordWrap(True)
        todo_layout.addWidget(self.todo_list)
        self.todo_note = QLabel(todo_box)
        self.todo_note.setObjectName("homeTodoNote")
        self.todo_note.setWordWrap(True)
        self.todo_note.setStyleSheet("color: #666666;")
        todo_layout.addWidget(self.todo_note)
        layout.addWidget(todo_box)

        row = QHBoxLayout()
        profile_box = QGroupBox(self.tr("This office"), self)
        self.profile_form = QFormLayout(profile_box)
        self.profile_labels: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("kind", self.tr("Kind")),
            ("code", self.tr("Division code")),
            ("town_name", self.tr("Town")),
            ("supervision_phone", self.tr("Village supervision phone")),
            ("town_supervision_phone", self.tr("Town supervision phone")),
            ("created_at", self.tr("Set up on")),
            ("site_id", self.tr("Site id")),
            ("schema_version", self.tr("Data version")),
            ("app_version", self.tr("Program version")),
        ):
            self.profile_labels[key] = self._value_label(f"profile_{key}")
            self.profile_form.addRow(label, self.profile_labels[key])
        row.addWidget(profile_box, 3)

        counts_box = QGroupBox(self.tr("Recorded so far"), self)
        counts_form = QFormLayout(counts_box)
        self.count_labels: dict[str, QLabel] = {}
        for key, label in (
            ("households", self.tr("Households")),
            ("persons", self.tr("Villagers")),
            ("changes", self.tr("Changes in the log")),
        ):
            self.count_labels[key] = self._value_label(f"count_{key}")
            counts_form.addRow(label, self.count_labels[key])
        row.addWidget(counts_box, 2)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def refresh(self) -> None:
        data: dict[str, Any] = info.office_info(self.ctx.session)
        items = todo_items(self.ctx.session)
        self.todo_list.clear()
        self.todo_list.addItems(items)
        self.todo_list.setVisible(bool(items))
        if items:
            rows = sum(self.todo_list.sizeHintForRow(i) for i in range(len(items)))
            frame = 2 * self.todo_list.frameWidth() + 4
            self.todo_list.setFixedHeight(min(rows + frame, MAX_TODO_HEIGHT))
        if items:
            self.todo_note.setText(
                self.tr("Boards, lists and mediation will add their to-dos here.")
            )
        else:
            self.todo_note.setText(
                self.tr("No open to-dos. Boards, lists and mediation will add theirs here.")
            )
        profile = data["profile"] or {}
        values = {
            "name": profile.get("name", ""),
            "kind": OfficeKind(profile["kind"]).label if profile.get("kind") else "",
            "code": profile.get("code", ""),
            "town_name": profile.get("town_name", ""),
            "supervision_phone": profile.get("supervision_phone") or "—",
            "town_supervision_phone": profile.get("town_supervision_phone") or "—",
            "created_at": format_date(profile.get("created_at", "")),
            "site_id": data["site_id"],
            "schema_version": str(data["schema_version"]),
            "app_version": str(data["app_version"]),
        }
        for key, value in values.items():
            self.profile_labels[key].setText(value)
        counts = data["counts"]
        self.count_labels["households"].setText(str(counts.get("households", 0)))
        self.count_labels["persons"].setText(str(counts.get("persons", 0)))
        self.count_labels["changes"].setText(str(data["changes"]))
