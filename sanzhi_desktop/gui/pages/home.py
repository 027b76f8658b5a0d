"""首页: what needs doing, then this month's figures — what a clerk acts on.

UI.md: the home page is a to-do list first, counts second. The to-dos come
from every part of the program (:func:`sanzhi_desktop.services.todo.collect_todos`),
one card each with one date and a 去处理 button that asks the main window to
open its page and record. The figures are those a clerk is asked about
(:mod:`sanzhi_desktop.services.home_figures`): notices in publicity, open
cases, black-list entries to re-check, the quarter's accounts, the last sync
— a town sees its villages' reporting instead. Table counts, the site id,
the schema and the versions are technical facts and live under 设置 → 关于.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.home_cards import FigureCard, TodoCard
from sanzhi_desktop.gui.widgets import MUTED_COLOR, PageHeader, format_date
from sanzhi_desktop.services import calendar
from sanzhi_desktop.services.todo import TodoItem

#: The to-do cards scroll inside this height, so the figures stay in view on 1366×768.
MAX_TODO_HEIGHT = 330
#: Cards built at a time: a town's list can hold hundreds (each village's cases), the box
#: shows five or six, and each card is a styled widget; more are built as the list scrolls.
TODO_BATCH = 25
FIGURE_COLUMNS = 3


class HomePage(QWidget):
    # While on screen this page counts the to-dos for the status bar too
    # (``Bus.todos_counted``): the main window does not ask every part again.
    counts_todos = True

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Home"), self)
        layout.addWidget(self.header)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("homeSubtitle")
        self.subtitle.setStyleSheet(f"color: {MUTED_COLOR};")
        layout.addWidget(self.subtitle)

        self.todo_box = QGroupBox(self.tr("To do"), self)
        todo_layout = QVBoxLayout(self.todo_box)
        self.todo_scroll = QScrollArea(self.todo_box)
        self.todo_scroll.setObjectName("homeTodo")
        self.todo_scroll.setWidgetResizable(True)
        self.todo_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.todo_holder = QWidget()
        self.todo_column = QVBoxLayout(self.todo_holder)
        self.todo_column.setContentsMargins(0, 0, 0, 0)
        self.todo_column.setSpacing(6)
        self.todo_column.addStretch(1)
        self.todo_scroll.setWidget(self.todo_holder)
        self.todo_scroll.verticalScrollBar().valueChanged.connect(self._more_todos_near_end)
        todo_layout.addWidget(self.todo_scroll)
        self.todo_note = QLabel(self.todo_box)
        self.todo_note.setObjectName("homeTodoNote")
        self.todo_note.setWordWrap(True)
        self.todo_note.setStyleSheet(f"color: {MUTED_COLOR};")
        todo_layout.addWidget(self.todo_note)
        layout.addWidget(self.todo_box)

        self.figures_box = QGroupBox(self.tr("This month"), self)
        self.figures_grid = QGridLayout(self.figures_box)
        self.figures_grid.setSpacing(8)
        figures_scroll = QScrollArea(self)
        figures_scroll.setObjectName("homeScroll")
        figures_scroll.setWidgetResizable(True)
        figures_scroll.setFrameShape(QFrame.Shape.NoFrame)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.figures_box)
        lower_layout.addStretch(1)
        figures_scroll.setWidget(lower)
        layout.addWidget(figures_scroll, 1)

        # The to-dos ask every part of the program (importing every services
        # module) and the figures read several tables: both are filled right
        # after the first paint, so the window appears at once.
        self._todos_loaded = False
        self._figures_loaded = False
        self._first_fill_scheduled = False
        self._todo_items: list[TodoItem] = []
        self.todo_scroll.setVisible(False)
        self.refresh_subtitle()
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
        if not self._figures_loaded:
            self.refresh_figures()
        if not self._todos_loaded:
            self.refresh_todos()

    @property
    def todos_loaded(self) -> bool:
        """Whether the to-do list has been filled (it is, right after the first paint)."""
        return self._todos_loaded

    @property
    def figures_loaded(self) -> bool:
        """Whether the figures have been filled (they are, right after the first paint)."""
        return self._figures_loaded

    def refresh(self) -> None:
        self.refresh_subtitle()
        self.refresh_todos()
        self.refresh_figures()

    def refresh_subtitle(self) -> None:
        """Who this office is and what day the program counts as today."""
        profile = self.ctx.session.profile
        parts = [profile.name] if profile else []
        if profile and profile.town_name and profile.town_name != profile.name:
            parts.append(profile.town_name)  # a town's own profile names itself twice
        today = self.tr("Today: {date}").format(date=format_date(calendar.today()))
        if calendar.is_reference_day():
            today = self.tr("Demo data as of {date}").format(date=format_date(calendar.today()))
        self.subtitle.setText(" · ".join([p for p in parts if p] + [today]))

    # --- to-dos ---------------------------------------------------------------------------

    def todo_cards(self) -> list[TodoCard]:
        """The cards shown, in order."""
        cards = []
        for index in range(self.todo_column.count()):
            widget = self.todo_column.itemAt(index).widget()
            if isinstance(widget, TodoCard):
                cards.append(widget)
        return cards

    def refresh_todos(self) -> None:
        """The to-do cards, from every part of the program."""
        from sanzhi_desktop.services.todo import collect_todos  # every services module

        self._todos_loaded = True
        items = collect_todos(self.ctx.session)
        for card in self.todo_cards():
            self.todo_column.removeWidget(card)
            card.deleteLater()
        self._todo_items = items
        self._add_todo_cards(TODO_BATCH)
        self.todo_box.setTitle(self.tr("To do ({count})").format(count=len(items)))
        self.ctx.bus.todos_counted.emit(len(items))
        self.todo_scroll.setVisible(bool(items))
        if items:
            cards = self.todo_cards()
            spacing = self.todo_column.spacing()
            wanted = sum(card.sizeHint().height() + spacing for card in cards)
            self.todo_scroll.setFixedHeight(min(wanted, MAX_TODO_HEIGHT))
        self.todo_note.setVisible(not items)
        self.todo_note.setText(self.tr("Nothing is due or overdue."))

    def _add_todo_cards(self, count: int) -> None:
        """Build the next ``count`` cards of the list (above the closing stretch)."""
        built = len(self.todo_cards())
        for index, item in enumerate(self._todo_items[built : built + count], start=built):
            self.todo_column.insertWidget(index, TodoCard(item, self.open_item, self.todo_holder))

    def _more_todos_near_end(self, value: int) -> None:
        bar = self.todo_scroll.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep() and len(self.todo_cards()) < len(
            self._todo_items
        ):
            self._add_todo_cards(TODO_BATCH)

    def open_item(self, item: TodoItem) -> None:
        """去处理: the item's page, and its record when the page can show one."""
        self.ctx.bus.navigate.emit(item.page, item.table, item.record_id)

    # --- figures --------------------------------------------------------------------------

    def figure_cards(self) -> list[FigureCard]:
        cards = []
        for index in range(self.figures_grid.count()):
            widget = self.figures_grid.itemAt(index).widget()
            if isinstance(widget, FigureCard):
                cards.append(widget)
        return cards

    def refresh_figures(self) -> None:
        """This month's figures (or the town's), as cards three to a row."""
        from sanzhi_desktop.services.home_figures import home_figures

        self._figures_loaded = True
        for card in self.figure_cards():
            self.figures_grid.removeWidget(card)
            card.deleteLater()
        for index, figure in enumerate(home_figures(self.ctx.session)):
            card = FigureCard(figure, self._open_page, self.figures_box)
            self.figures_grid.addWidget(card, index // FIGURE_COLUMNS, index % FIGURE_COLUMNS)
        for column in range(FIGURE_COLUMNS):
            self.figures_grid.setColumnStretch(column, 1)

    def _open_page(self, key: str) -> None:
        self.ctx.bus.navigate.emit(key, "", "")
