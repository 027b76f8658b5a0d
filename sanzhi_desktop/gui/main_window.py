"""The main window: navigation on the left, one page at a time, a status bar.

Every page has the same contract, ``Page(ctx, parent)`` with ``refresh()``,
so the window knows nothing about what a page shows. After a service call the
context announces the tables written (``ctx.run``, read from the change log);
record pages reload only the tabs that show them, other pages are reloaded
when next shown. The window itself only updates its title and status bar.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
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

from sanzhi_desktop.gui import collector, screen_fit
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.saved_note import SavedNote

#: ``(module under gui/, class)`` of every page. A page module (and the
#: services, reportlab or openpyxl it pulls in) is imported only when its page
#: is first shown, so start-up pays for the home page alone.
PAGE_CLASSES: dict[str, tuple[str, str]] = {
    "home": ("pages.home", "HomePage"),
    "town_villages": ("pages.town_villages", "TownVillagesPage"),
    "town_dashboard": ("pages.town_dashboard", "TownDashboardPage"),
    "boards": ("parts.boards.page", "BoardsPage"),
    "red_black": ("parts.moral.red_black_page", "RedBlackPage"),
    "stars": ("parts.moral.stars_page", "StarsPage"),
    "mediation": ("parts.mediation.page", "MediationPage"),
    "safety": ("parts.safety.page", "SafetyPage"),
    "credit": ("parts.credit.page", "CreditPage"),
    "roster": ("parts.roster.page", "RosterPage"),
    "party": ("parts.party.page", "PartyPage"),
    "town_party": ("parts.party.town_page", "TownPartyPage"),
    "law": ("parts.law.page", "LawPage"),
    "sync": ("pages.sync", "SyncPage"),
    "civic": ("parts.civic.page", "CivicPage"),
    "scorecard": ("parts.scorecard.page", "ScorecardPage"),
    "settings": ("pages.settings", "SettingsPage"),
}


def page_factory(key: str) -> Callable[[GuiContext, QWidget], QWidget]:
    """A constructor of page ``key`` that imports its module on the first call."""
    module_name, class_name = PAGE_CLASSES[key]

    def build(ctx: GuiContext, parent: QWidget) -> QWidget:
        module = importlib.import_module(f"sanzhi_desktop.gui.{module_name}")
        page: QWidget = getattr(module, class_name)(ctx, parent)
        return page

    return build


@dataclass(frozen=True)
class NavEntry:
    key: str
    label: str
    build: Callable[[GuiContext, QWidget], QWidget]


MAX_NAV_SHORTCUT = 9

#: The pages of a village office, in order: UI.md's first eight keep their places
#: (and their Ctrl+1 … Ctrl+8), the parts of the plan added since follow.
VILLAGE_PAGES = (
    "home",
    "boards",
    "red_black",
    "stars",
    "mediation",
    "roster",
    "sync",
    "settings",
    "party",
    "law",
    "safety",
    "credit",
    "civic",
    "scorecard",
)
#: A town office: its villages, the scorecard and the parts it reads from them.
TOWN_PAGES = (
    "home",
    "town_villages",
    "town_dashboard",
    "scorecard",
    "boards",
    "mediation",
    "sync",
    "settings",
    "town_party",
    "law",
    "safety",
    "civic",
)


def nav_labels() -> dict[str, str]:
    """Each page's name in the navigation (translated when asked, so the language applies)."""
    return {
        "home": QCoreApplication.translate("MainWindow", "Home"),
        "town_villages": QCoreApplication.translate("MainWindow", "Villages"),
        "town_dashboard": QCoreApplication.translate("MainWindow", "Across villages"),
        "boards": QCoreApplication.translate("MainWindow", "Public boards"),
        "red_black": QCoreApplication.translate("MainWindow", "Red/black board"),
        "stars": QCoreApplication.translate("MainWindow", "Stars and points"),
        "mediation": QCoreApplication.translate("MainWindow", "Mediation"),
        "roster": QCoreApplication.translate("MainWindow", "Roster"),
        "sync": QCoreApplication.translate("MainWindow", "Sync"),
        "settings": QCoreApplication.translate("MainWindow", "Settings"),
        "party": QCoreApplication.translate("MainWindow", "Party building"),
        "town_party": QCoreApplication.translate("MainWindow", "Party building"),
        "law": QCoreApplication.translate("MainWindow", "Rule of law"),
        "safety": QCoreApplication.translate("MainWindow", "Safety"),
        "credit": QCoreApplication.translate("MainWindow", "Credit"),
        "civic": QCoreApplication.translate("MainWindow", "Self-governance and virtue"),
        "scorecard": QCoreApplication.translate("MainWindow", "Assessment"),
    }


def nav_entries(kind: str = "village") -> list[NavEntry]:
    """The office's pages in navigation order (Ctrl+1 … Ctrl+9 reach the first nine).

    Each page lives in its own module (``PAGE_CLASSES``); a page listed here
    whose part is not in this build is left out.
    """
    labels = nav_labels()
    keys = TOWN_PAGES if kind == "town" else VILLAGE_PAGES
    return [NavEntry(key, labels[key], page_factory(key)) for key in keys if key in PAGE_CLASSES]


class MainWindow(QMainWindow):
    #: Emitted once, right after the window's first paint: work that can wait
    #: until the clerk sees the window (the day's automatic backup) connects here.
    first_painted = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        #: Whether the window should open maximised (a screen up to 1440 px wide).
        self.open_maximised = screen_fit.place_main_window(self)

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
        self._builders: list[Callable[[GuiContext, QWidget], QWidget]] = []
        self._built: set[int] = set()
        self._stale: set[int] = set()
        kind = ctx.session.profile.kind.value if ctx.session.profile else "village"
        for number, entry in enumerate(nav_entries(kind), start=1):
            # An empty stand-in until the page is first shown (or asked for).
            placeholder = QWidget(self.pages)
            placeholder.setObjectName(f"pending_{entry.key}")
            self.pages.addWidget(placeholder)
            self.page_keys.append(entry.key)
            self._builders.append(entry.build)
            item = QListWidgetItem(entry.label, self.nav)
            if number > MAX_NAV_SHORTCUT:
                continue  # Ctrl+1 … Ctrl+9 only; the rest by mouse or the arrow keys
            item.setToolTip(f"Ctrl+{number}")
            action = QAction(self)
            action.setObjectName(f"navAction_{entry.key}")
            if number <= 9:  # Ctrl+1 … Ctrl+9; a tenth entry is reached by click or arrow keys
                item.setToolTip(f"Ctrl+{number}")
                # setShortcuts: PySide resolves setShortcut's overloads through the Qt
                # namespace's enumerations, which the first paint does not need otherwise.
                action.setShortcuts([QKeySequence(f"Ctrl+{number}")])
            action.triggered.connect(lambda _checked=False, i=number - 1: self.show_page(i))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self._on_nav_row)

        self._build_status_bar()
        ctx.bus.tables_changed.connect(self._on_tables_changed)
        ctx.bus.operator_changed.connect(lambda _name: self.refresh_status())
        ctx.bus.status_changed.connect(self.refresh_status)
        ctx.bus.navigate.connect(self.open_record)
        ctx.bus.todos_counted.connect(self._show_todo_count)
        self.nav.setCurrentRow(0)
        self.update_title()
        self.refresh_status(full=False)  # the rest right after the first paint
        self._painted = False

    def show_fitted(self) -> None:
        """Show the window maximised or at its fitted size (:mod:`gui.screen_fit`)."""
        if self.open_maximised:
            self.showMaximized()
        else:
            self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Right after the first paint: :attr:`first_painted`, the sync state, the to-do count."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            collector.resume()  # paused by ``sanzhi gui`` while the window was made
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        self.refresh_status()

    # --- pages ----------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """Page ``key``, built now if it has not been shown yet."""
        return self._page_at(self.page_keys.index(key))

    def is_built(self, key: str) -> bool:
        """Whether page ``key`` exists yet (pages are built when first needed)."""
        return self.page_keys.index(key) in self._built

    def _page_at(self, index: int) -> QWidget:
        if index not in self._built:
            placeholder = self.pages.widget(index)
            current = self.pages.currentIndex()
            page = self._builders[index](self.ctx, self.pages)
            page.setObjectName(f"page_{self.page_keys[index]}")
            self.pages.insertWidget(index, page)
            self._built.add(index)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            if current == index:  # the stand-in was on screen: show the page instead
                self.pages.setCurrentIndex(index)
        page = self.pages.widget(index)
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
        fresh = row not in self._built  # a page just built has read the data itself
        page = self._page_at(row)
        self.pages.setCurrentIndex(row)
        if row in self._stale:
            self._stale.discard(row)
            if not fresh:
                self._refresh_page(page)

    @staticmethod
    def _refresh_page(page: QWidget | None) -> None:
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _on_tables_changed(self, _tables: frozenset[str]) -> None:
        """Mark the other pages that do not follow changes themselves; never reload the current.

        Record pages (``follows_changes``) reload their own tabs for the tables
        they show; the others are reloaded when next shown.
        """
        current = self.pages.currentIndex()
        self._stale = {
            i
            for i in self._built
            if i != current and not getattr(self.pages.widget(i), "follows_changes", False)
        }
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
        self.saved_note = SavedNote(bar)  # "已保存到 …" after a save (gui.file_dialogs)
        bar.addWidget(self.saved_note)
        bar.addPermanentWidget(self.status_sync)
        bar.addPermanentWidget(self._separator())
        bar.addPermanentWidget(self.status_todo)

    def _separator(self) -> QLabel:
        label = QLabel("·", self)
        label.setStyleSheet("color: #999999;")
        return label

    def refresh_status(self, *, full: bool = True) -> None:
        """The status bar; ``full=False`` leaves out the sync state and the to-do count.

        Those two import the sync code and every services module, so the first
        call (before the window is first painted) leaves them to the second.
        """
        session = self.ctx.session
        self.status_operator.setText(self.tr("Operator: {name}").format(name=session.operator))
        self.status_database.setText(self.tr("Data: {path}").format(path=session.path))
        self.status_database.setToolTip(str(session.path))
        if not full:
            return
        from sanzhi_desktop.services import sync_status

        self.status_sync.setText(sync_status.summary(session))
        if getattr(self.pages.currentWidget(), "counts_todos", False):
            return  # the home page on screen counts them and tells the bus (todos_counted)
        from sanzhi_desktop.services.todo import collect_todos

        self._show_todo_count(len(collect_todos(session)))

    def _show_todo_count(self, count: int) -> None:
        self.status_todo.setText(self.tr("To do: {count}").format(count=count))
        self.status_todo.setProperty("count", count)

    def switch_operator(self) -> None:
        from sanzhi_desktop.gui.dialogs.operator_dialog import OperatorDialog  # seldom needed

        dialog = OperatorDialog(self.ctx.session, self)
        if dialog.exec() and dialog.operator:
            self.ctx.bus.operator_changed.emit(dialog.operator)
