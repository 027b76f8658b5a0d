"""首页: what needs doing first, then who this office is and how much is recorded.

UI.md: the home page is a to-do list first. The items come from every part
of the program (:func:`sanzhi_desktop.services.todo.collect_todos`); a click
(or Enter) on one asks the main window to open its page and record. The
counts are those of every synced table, so a new part shows up by itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.widgets import ERROR_COLOR, PageHeader, format_date, value_label
from sanzhi_desktop.services import info
from sanzhi_desktop.services.todo import TodoItem, Urgency, collect_todos

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
        self.todo_list.itemActivated.connect(self._open_item)
        self.todo_list.itemClicked.connect(self._open_item)
        todo_layout.addWidget(self.todo_list)
        self.todo_note = QLabel(todo_box)
        self.todo_note.setObjectName("homeTodoNote")
        self.todo_note.setWordWrap(True)
        self.todo_note.setStyleSheet("color: #666666;")
        todo_layout.addWidget(self.todo_note)
        layout.addWidget(todo_box)

        # The profile and the counts scroll together, so the page fits a 1366×768
        # screen however many tables the parts of the program add.
        lower = QWidget(self)
        column = QVBoxLayout(lower)  # the row at the top, the space left below it
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        column.addStretch(1)
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
        self.counts_form = QFormLayout(counts_box)
        self.count_labels: dict[str, QLabel] = {}
        row.addWidget(counts_box, 2)
        scroll = QScrollArea(self)
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(lower)
        layout.addWidget(scroll, 1)
        # The to-dos ask every part of the program (importing every services
        # module) and the counts read every table (a town's hundreds of
        # thousands of rows): both are filled right after the first paint, so
        # the window appears at once; the profile is a few small reads.
        self._todos_loaded = False
        self._todo_items: list[TodoItem] = []
        self._counts_loaded = False
        self._first_fill_scheduled = False
        self.todo_list.setVisible(False)
        self.refresh_profile()
        # The home page sums up every table: it reloads itself on any change while
        # on screen (the main window reloads it when next shown otherwise).
        ctx.bus.tables_changed.connect(lambda _tables: self._refresh_if_visible())
        ctx.bus.status_changed.connect(self._refresh_if_visible)

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_fill_scheduled:
            self._first_fill_scheduled = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self._counts_loaded:
            self.refresh_counts()
        if not self._todos_loaded:
            self.refresh_todos()

    @property
    def todos_loaded(self) -> bool:
        """Whether the to-do list has been filled (it is, right after the first paint)."""
        return self._todos_loaded

    @property
    def counts_loaded(self) -> bool:
        """Whether the counts have been filled (they are, right after the first paint)."""
        return self._counts_loaded

    def _value_label(self, name: str) -> QLabel:
        return value_label(self, name)

    def refresh(self) -> None:
        self.refresh_todos()
        self.refresh_profile()
        self.refresh_counts()

    def refresh_todos(self) -> None:
        """The to-do list, from every part of the program."""
        self._todos_loaded = True
        items = collect_todos(self.ctx.session)
        self.todo_list.clear()
        self._todo_items = items  # row i of the list is items[i]
        for item in items:
            entry = QListWidgetItem(self._todo_text(item), self.todo_list)
            if item.urgency is Urgency.OVERDUE:
                entry.setForeground(QColor(ERROR_COLOR))
        self.todo_list.setVisible(bool(items))
        if items:
            rows = sum(self.todo_list.sizeHintForRow(i) for i in range(len(items)))
            frame = 2 * self.todo_list.frameWidth() + 4
            self.todo_list.setFixedHeight(min(rows + frame, MAX_TODO_HEIGHT))
        self.todo_note.setVisible(not items)
        self.todo_note.setText(self.tr("Nothing is due or overdue."))

    def refresh_profile(self) -> None:
        """Who this office is."""
        data: dict[str, Any] = info.office_identity(self.ctx.session)
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

    def refresh_counts(self) -> None:
        """How many records each table holds."""
        self._counts_loaded = True
        from sanzhi_desktop.services import changelog  # not needed before the first paint

        data: dict[str, Any] = info.office_counts(self.ctx.session)
        labels = changelog.table_labels()
        counts = {**data["counts"], "changes": data["changes"]}
        always = {"households", "persons", "changes"}
        for key, count in counts.items():
            if not count and key not in always and key not in self.count_labels:
                continue  # e.g. a catalogue the town has not sent: nothing to report
            if key not in self.count_labels:
                self.count_labels[key] = self._value_label(f"count_{key}")
                text = self.tr("Changes in the log") if key == "changes" else labels.get(key, key)
                self.counts_form.addRow(text, self.count_labels[key])
            self.count_labels[key].setText(f"{count:,}")

    def _todo_text(self, item: TodoItem) -> str:
        prefix = {
            Urgency.OVERDUE: self.tr("Overdue"),
            Urgency.DUE_SOON: self.tr("Due soon"),
            Urgency.WAITING: self.tr("Waiting"),
        }[item.urgency]
        due = f" ({format_date(item.due)})" if item.due else ""
        return f"【{prefix}】{item.text}{due}"

    def _open_item(self, entry: QListWidgetItem) -> None:
        row = self.todo_list.row(entry)
        if 0 <= row < len(self._todo_items):
            item = self._todo_items[row]
            self.ctx.bus.navigate.emit(item.page, item.table, item.record_id)
