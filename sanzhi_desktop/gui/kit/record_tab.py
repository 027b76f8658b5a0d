"""A record tab: filter bar + table + detail pane + empty state, for one record kind.

Subclass it once per kind (``gui/parts/<part>/<kind>_tab.py``) and fill in:

- ``name`` (objectName prefix) and ``tables`` (the tables it shows — it
  refreshes, once, when an operation wrote one of them, and never otherwise);
- :meth:`title`, :meth:`columns`, :meth:`load` and :meth:`detail`;
- optionally :meth:`empty_text`, :meth:`choice_filter`, ``date_column``,
  :meth:`new_record`, :meth:`print_selected`, :meth:`search_hint`.

A list that may hold a town's worth of rows (the roster, the case log) sets
``lazy = True`` and gives :meth:`open_rows` instead of :meth:`load`: the
service reads one query a page at a time (``LazyTableModel``), sorted and
filtered in SQL — a header click, the search and the date range ask the
service again instead of sorting or filtering the rows held.

Service calls go through :meth:`act` (inline) or :meth:`open_form` (a form
dialog); both announce the tables written through :meth:`GuiContext.run`, so
the tab never names a table it writes. A hidden tab only marks itself stale
and loads when next shown (or when a record is selected into it), so a tab
is first loaded when first shown — a subclass may set its own attributes
after ``super().__init__``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.gui.context import GuiContext, touches
from sanzhi_desktop.gui.kit.columns import Column
from sanzhi_desktop.gui.kit.detail_pane import Detail, DetailPane
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter, FilterBar
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldSpec
from sanzhi_desktop.gui.kit.table_model import (
    IdRole,
    KitSortProxy,
    KitTableModel,
    LazyProxy,
    LazyTableModel,
    RowSource,
)
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import EmptyState


class RecordTab(QWidget):
    """One record kind on a page. ``refresh_count`` counts reloads (tests check it)."""

    #: objectName prefix: ``<name>Table``, ``<name>Search``, ``<name>DetailPane``…
    name: str = "records"
    #: the tables this tab shows: it refreshes when an operation wrote one of them
    tables: frozenset[str] = frozenset()
    #: key of a DATE column to offer a date range on, or "" for none
    date_column: str = ""
    #: a town's look at a village: no New, no workflow actions
    read_only: bool = False
    #: read the rows a page at a time from :meth:`open_rows` (sorted and filtered in SQL)
    lazy: bool = False

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(self.name)
        self.refresh_count = 0
        self._stale = False
        self.filters = FilterBar(
            self.name,
            search_hint=self.search_hint(),
            choice=self.choice_filter(),
            date_range=bool(self.date_column),
            parent=self,
        )
        self.filters.changed.connect(self._apply_filters)
        self.filters.choice_changed.connect(self.refresh)
        self.model: KitTableModel
        self.proxy: KitSortProxy | LazyProxy
        if self.lazy:
            self.model = LazyTableModel(
                self.columns(), self, record_id=self.record_id, row_color=self.row_color
            )
            self.model.sort_requested.connect(lambda _key, _desc: self.requery())
            self.proxy = LazyProxy(self)
        else:
            self.model = KitTableModel(
                self.columns(), self, record_id=self.record_id, row_color=self.row_color
            )
            self.proxy = KitSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName(f"{self.name}Table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # the service's order until the clerk clicks a header (no column sorted yet)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.lazy:
            # columns sized from the rows on screen, not from every row of the first page
            header.setResizeContentsPrecision(0)
        self.empty = EmptyState(self.empty_text(), self)
        self.empty.setObjectName(f"{self.name}Empty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.detail_pane = DetailPane(self.name, self)
        splitter = QSplitter(self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        ctx.bus.tables_changed.connect(self._on_tables_changed)
        self._stale = True  # loaded when first shown (or selected into): see ensure_loaded

    # --- what a subclass describes ------------------------------------------------------

    def title(self) -> str:
        """The tab's label, e.g. 公告."""
        raise NotImplementedError

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def load(self) -> Sequence[Any]:
        """The records to list (read the filter bar's choice with :meth:`choice_value`)."""
        raise NotImplementedError

    def open_rows(self, search: str, sort: str, descending: bool) -> RowSource:
        """A lazy tab's rows: the service's pages for the search (and :meth:`choice_value`,
        :meth:`date_bounds`), sorted by column key ``sort`` ("" = the service's order)."""
        raise NotImplementedError

    def date_bounds(self) -> tuple[str, str]:
        """The filter bar's date range as ISO days ("" for an open end), for a lazy query."""
        start, end = self.filters.date_range() if self.date_column else (None, None)
        return (start.isoformat() if start else "", end.isoformat() if end else "")

    def detail(self, record: Any) -> Detail:
        """What the detail pane shows for ``record``: fields, steps, actions allowed now."""
        raise NotImplementedError

    def record_id(self, record: Any) -> str:
        return str(record.id if hasattr(record, "id") else record["id"])

    def row_color(self, record: Any) -> str | None:
        """A row's text colour (red for what needs attention), or None."""
        return None

    def empty_text(self) -> str:
        return self.tr("Nothing here yet. Click “New” to add the first one.")

    def search_hint(self) -> str:
        return self.tr("Search this list")

    def choice_filter(self) -> ChoiceFilter | None:
        return None

    def new_record(self) -> object:
        """Open the form for a new record; None when this kind is not created here."""
        return None

    def can_create(self) -> bool:
        """Whether the page's 新建 applies to this tab."""
        return not self.read_only and type(self).new_record is not RecordTab.new_record

    def print_selected(self, page: str = "A4") -> object:
        """Print the selected record (or the tab's sheet); None when there is nothing to print."""
        return None

    def can_print(self) -> bool:
        return type(self).print_selected is not RecordTab.print_selected

    def owns(self, table: str) -> bool:
        """Whether a record of ``table`` is shown here (for a to-do link or a search hit)."""
        return table in self.tables

    # --- loading ---------------------------------------------------------------------------

    def choice_value(self) -> Any:
        return self.filters.choice_value()

    def refresh(self) -> None:
        """Reload the records, keep the selection, show the empty state when there are none."""
        self._stale = False
        if self.ctx.session.profile is None:
            return
        self.refresh_count += 1
        selected = self.selected_id()
        self._load_rows()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > 320:
                self.table.setColumnWidth(column, 320)
        if not self.lazy:  # a lazy tab's query already holds the search and the range
            self._apply_filters()
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if not (selected and self._select_listed(selected)):
            self.show_selected()

    def _load_rows(self) -> None:
        if isinstance(self.model, LazyTableModel):
            model = self.model
            source = self.open_rows(self.filters.search_text(), model.sort_key, model.descending)
            model.set_source(source)
        else:
            self.model.set_records(self.load())

    def requery(self) -> None:
        """A lazy tab asks the service again (new search, range or order); not a refresh."""
        if self.ctx.session.profile is None:
            return
        selected = self.selected_id()
        self._load_rows()
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if not (selected and self._select_fetched(selected)):
            self.show_selected()

    def _select_fetched(self, record_id: str) -> bool:
        """Select ``record_id`` if a page already read holds it (a requery reads no further)."""
        row = KitTableModel.row_of(self.model, record_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self.show_selected()
        return True

    def _apply_filters(self) -> None:
        if self.lazy:
            if not self._stale:
                self.requery()
            return
        self.proxy.set_search(self.filters.search_text())
        if self.date_column:
            start, end = self.filters.date_range()
            self.proxy.set_date_range(self.model.column_index(self.date_column), start, end)

    def mark_stale(self) -> None:
        """Load again when next shown."""
        self._stale = True

    def ensure_loaded(self) -> None:
        """Load now if the tab has not been loaded since its tables last changed."""
        if self._stale:
            self.refresh()

    def _on_tables_changed(self, changed: frozenset[str]) -> None:
        if not touches(changed, self.tables):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
            if isinstance(self.model, LazyTableModel):
                self.model.release()  # no open query (and read snapshot) while hidden

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # --- selection ---------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(IdRole)) if rows else None

    def selected_record(self) -> Any:
        rid = self.selected_id()
        row = self.model.row_of(rid) if rid else -1
        return self.model.record(row) if row >= 0 else None

    def select(self, record_id: str) -> bool:
        """Select ``record_id`` (clearing a filter that hides it); False if it is not listed."""
        self.ensure_loaded()
        choice = self.filters.choice
        if self.model.row_of(record_id) < 0 and choice is not None and choice.currentIndex() > 0:
            choice.setCurrentIndex(0)  # the choice hides it: show all (a to-do leads here)
            self.refresh()
        return self._select_listed(record_id)

    def _select_listed(self, record_id: str) -> bool:
        """Select ``record_id`` if the loaded records hold it (clearing the search if need be)."""
        row = self.model.row_of(record_id)  # a lazy list reads on until it comes
        if row < 0 and self.lazy and self.filters.search_text():
            self.filters.search.clear()  # the search hides it: ask again without
            self.requery()
            row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filters.search.clear()
            self._apply_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self.show_selected()
        return True

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_selected()

    def show_selected(self) -> None:
        record = self.selected_record()
        self.detail_pane.show_detail(None if record is None else self.detail(record))
        if self.read_only and self.detail_pane.detail is not None:
            self.detail_pane.detail.actions = []
            self.detail_pane.show_detail(self.detail_pane.detail)

    # --- doing things ----------------------------------------------------------------------

    def act(self, fn: Callable[[], object]) -> bool:
        """Run a service call now; a refusal in a message box. True when it went through."""
        try:
            self.ctx.run(fn)
        except SanzhiError as exc:
            show_error(self, exc)
            return False
        return True

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def open_form(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        submit: Callable[[dict[str, Any]], object],
        *,
        select_result: bool = False,
        note: str = "",
        on_saved: Callable[[object], object] | None = None,
    ) -> FormDialog:
        """Open a form whose OK calls ``submit(values)``; the new record selected if asked."""
        dialog = FormDialog(title, fields, submit, self, ctx=self.ctx, note=note)
        dialog.finished.connect(dialog.deleteLater)

        def saved() -> None:
            result = dialog.result_value
            if select_result and result is not None and hasattr(result, "id"):
                self.select(str(result.id))
            if on_saved is not None:
                on_saved(result)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def preview(self, build: Callable[[], bytes], title: str) -> None:
        """Build a PDF and show it in the print preview; a refusal in a message box."""
        from sanzhi_desktop.gui.pdf_preview import preview_pdf

        try:
            pdf = build()
        except SanzhiError as exc:
            show_error(self, exc)
            return
        preview_pdf(self, pdf, title=title, suggested_name=f"{title}.pdf")

    def export_xlsx(self) -> Path | None:
        """Save the table, as shown (filtered, sorted, formatted), as .xlsx."""
        from sanzhi_desktop.gui.table_export import export_view

        return export_view(
            self,
            self.table,
            title=self.title(),
            suggested_name=self.title(),
            session=self.ctx.session,
        )
