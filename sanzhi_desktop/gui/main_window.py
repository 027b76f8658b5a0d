"""The main window: navigation on the left, one page at a time, a status bar.

Every page has the same contract, ``Page(ctx, parent)`` with ``refresh()``,
so the window knows nothing about what a page shows. After a service call a
page announces ``ctx.changed(table)``; the window refreshes the page on
screen at once and the others when they are next shown, so a change on one
page never leaves another page stale and hidden pages cost nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.operator_dialog import OperatorDialog
from sanzhi_desktop.gui.pages.boards import BoardsPage
from sanzhi_desktop.gui.pages.home import HomePage
from sanzhi_desktop.gui.pages.mediation import MediationPage
from sanzhi_desktop.gui.pages.red_black import RedBlackPage
from sanzhi_desktop.gui.pages.roster import RosterPage
from sanzhi_desktop.gui.pages.settings import SettingsPage
from sanzhi_desktop.gui.pages.stars import StarsPage
from sanzhi_desktop.gui.pages.sync import SyncPage
from sanzhi_desktop.gui.pages.town_dashboard import TownDashboardPage
from sanzhi_desktop.gui.pages.town_villages import TownVillagesPage
from sanzhi_desktop.services import sync_status
from sanzhi_desktop.services.todo import collect_todos


@dataclass(frozen=True)
class NavEntry:
    key: str
    label: str
    build: Callable[[GuiContext, QWidget], QWidget]


def nav_entries(kind: str = "village") -> list[NavEntry]:
    """The eight parts of the program, in the order of UI.md (Ctrl+1 … Ctrl+8).

    Each part's page lives in its own module under ``gui/pages``.
    """
    if kind == "town":  # a town office: its villages and the dashboard instead of a roster
        return [
            NavEntry("home", QCoreApplication.translate("MainWindow", "Home"), HomePage),
            NavEntry(
                "town_villages",
                QCoreApplication.translate("MainWindow", "Villages"),
                TownVillagesPage,
            ),
            NavEntry(
                "town_dashboard",
                QCoreApplication.translate("MainWindow", "Across villages"),
                TownDashboardPage,
            ),
            NavEntry(
                "boards", QCoreApplication.translate("MainWindow", "Public boards"), BoardsPage
            ),
            NavEntry(
                "mediation", QCoreApplication.translate("MainWindow", "Mediation"), MediationPage
            ),
            NavEntry("sync", QCoreApplication.translate("MainWindow", "Sync"), SyncPage),
            NavEntry(
                "settings", QCoreApplication.translate("MainWindow", "Settings"), SettingsPage
            ),
        ]
    return [
        NavEntry("home", QCoreApplication.translate("MainWindow", "Home"), HomePage),
        NavEntry("boards", QCoreApplication.translate("MainWindow", "Public boards"), BoardsPage),
        NavEntry(
            "red_black", QCoreApplication.translate("MainWindow", "Red/black board"), RedBlackPage
        ),
        NavEntry("stars", QCoreApplication.translate("MainWindow", "Stars and points"), StarsPage),
        NavEntry("mediation", QCoreApplication.translate("MainWindow", "Mediation"), MediationPage),
        NavEntry("roster", QCoreApplication.translate("MainWindow", "Roster"), RosterPage),
        NavEntry("sync", QCoreApplication.translate("MainWindow", "Sync"), SyncPage),
        NavEntry("settings", QCoreApplication.translate("MainWindow", "Settings"), SettingsPage),
    ]


class MainWindow(QMainWindow):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.resize(QSize(1280, 800))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 8px 6px; }")
        self.pages = QStackedWidget(central)
        self.pages.setObjectName("pages")
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.page_keys: list[str] = []
        self._stale: set[int] = set()
        kind = ctx.session.profile.kind.value if ctx.session.profile else "village"
        for number, entry in enumerate(nav_entries(kind), start=1):
            page = entry.build(ctx, self.pages)
            page.setObjectName(f"page_{entry.key}")
            self.pages.addWidget(page)
            self.page_keys.append(entry.key)
            item = QListWidgetItem(entry.label, self.nav)
            item.setToolTip(f"Ctrl+{number}")
            action = QAction(self)
            action.setObjectName(f"navAction_{entry.key}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, i=number - 1: self.show_page(i))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self._on_nav_row)

        self._build_status_bar()
        ctx.bus.data_changed.connect(self._on_data_changed)
        ctx.bus.operator_changed.connect(lambda _name: self.refresh_status())
        ctx.bus.navigate.connect(self.open_record)
        self.nav.setCurrentRow(0)
        self.update_title()
        self.refresh_status()

    # --- pages ----------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        page = self.pages.widget(self.page_keys.index(key))
        assert page is not None
        return page

    def show_page(self, index_or_key: int | str) -> None:
        index = (
            self.page_keys.index(index_or_key) if isinstance(index_or_key, str) else index_or_key
        )
        self.nav.setCurrentRow(index)

    def open_record(self, key: str, table: str = "", record_id: str = "") -> None:
        """Show page ``key`` and, when it can, the record (``ctx.bus.navigate``)."""
        if key not in self.page_keys:
            return
        self.show_page(key)
        select = getattr(self.page(key), "select_record", None)
        if record_id and callable(select):
            select(table, record_id)

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        if row in self._stale:
            self._stale.discard(row)
            self._refresh_page(self.pages.widget(row))

    @staticmethod
    def _refresh_page(page: QWidget | None) -> None:
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _on_data_changed(self, _table: str) -> None:
        current = self.pages.currentIndex()
        self._stale = {i for i in range(self.pages.count()) if i != current}
        self._refresh_page(self.pages.currentWidget())
        self.update_title()
        self.refresh_status()

    # --- title and status bar ---------------------------------------------------

    def update_title(self) -> None:
        profile = self.ctx.session.profile
        name = profile.name if profile else ""
        self.setWindowTitle(self.tr("Sanzhi · {name}").format(name=name))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.status_operator = QLabel(bar)
        self.status_operator.setObjectName("statusOperator")
        self.switch_button = QToolButton(bar)
        self.switch_button.setObjectName("switchOperator")
        self.switch_button.setText(self.tr("Switch…"))
        self.switch_button.setToolTip(self.tr("Someone else sits down at the keyboard"))
        self.switch_button.clicked.connect(self.switch_operator)
        self.status_database = QLabel(bar)
        self.status_database.setObjectName("statusDatabase")
        self.status_sync = QLabel(bar)
        self.status_sync.setObjectName("statusSync")
        self.status_todo = QLabel(bar)
        self.status_todo.setObjectName("statusTodo")
        bar.addWidget(self.status_operator)
        bar.addWidget(self.switch_button)
        bar.addWidget(self._separator())
        bar.addWidget(self.status_database, 1)
        bar.addPermanentWidget(self.status_sync)
        bar.addPermanentWidget(self._separator())
        bar.addPermanentWidget(self.status_todo)

    def _separator(self) -> QLabel:
        label = QLabel("·", self)
        label.setStyleSheet("color: #999999;")
        return label

    def refresh_status(self) -> None:
        session = self.ctx.session
        self.status_operator.setText(self.tr("Operator: {name}").format(name=session.operator))
        self.status_database.setText(self.tr("Data: {path}").format(path=session.path))
        self.status_database.setToolTip(str(session.path))
        self.status_sync.setText(sync_status.summary(session))
        count = len(collect_todos(session))
        self.status_todo.setText(self.tr("To do: {count}").format(count=count))
        self.status_todo.setProperty("count", count)

    def switch_operator(self) -> None:
        dialog = OperatorDialog(self.ctx.session, self)
        if dialog.exec() and dialog.operator:
            self.ctx.bus.operator_changed.emit(dialog.operator)
