"""红黑榜 page: the red/black board, the 善行义举榜 and the 村规民约, as three tabs.

Shaped like every page (UI.md): header with toolbar, filter bar, table and a
detail pane that shows the entry's workflow as a row of steps and only the
actions its state allows. Every action opens a small form
(:class:`MoralFormDialog`) that calls one service; the page then announces the
change on the bus. 打印 builds the month's board through the same service as
the CLI and opens the preview; if black names are set to print in full, the
clerk is asked first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.good_deeds import NOMINATIONS, VIRTUES, DeedStatus, GoodDeed
from sanzhi_desktop.domain.red_black import (
    ALLOWED_FROM,
    BLACK_CATEGORIES,
    RED_CATEGORIES,
    WORKFLOW_STEPS,
    Board,
    BoardEntry,
    EntryStatus,
)
from sanzhi_desktop.domain.village_rules import REVIEW_RESULTS, Clause, RulesStatus, RulesVersion
from sanzhi_desktop.gui.context import GuiContext, touches
from sanzhi_desktop.gui.dialogs.moral_form import FormField, MoralFormDialog
from sanzhi_desktop.gui.models.moral_table_model import IdRole, RecordSortProxy, RecordTableModel
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.gui.table_export import export_view
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import (
    MUTED_COLOR,
    EmptyState,
    PageHeader,
    StepRow,
    detail_title,
    format_date,
)
from sanzhi_desktop.services import good_deeds, red_black, roster, village_rules
from sanzhi_desktop.services.moral_common import black_names_full, set_black_names_full
from sanzhi_desktop.services.red_black import PrintedSheet

MORAL_TABLES = frozenset(
    {"", "red_black_entries", "good_deeds", "village_rules", "village_rule_clauses", "households"}
)
RED_COLOR = "#c00000"


def household_options(ctx: GuiContext) -> list[tuple[str, str]]:
    return [
        (f"{h['household_no']} {h['head_name']}（{h['group_no']}组）", str(h["id"]))
        for h in roster.list_households(ctx.session)
    ]


def make_table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def selected_id(table: QTableView) -> str | None:
    rows = table.selectionModel().selectedRows()
    return str(rows[0].data(IdRole)) if rows else None


def select_in(table: QTableView, model: RecordTableModel, proxy: RecordSortProxy, rid: str) -> bool:
    row = model.row_of(rid)
    if row < 0:
        return False
    index = proxy.mapFromSource(model.index(row, 0))
    table.selectRow(index.row())
    table.scrollTo(index)
    return True


class DetailPane(QWidget):
    """Title, step row, fields and action buttons of the selected record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = EmptyState(self.tr("Select an entry to see its details."), self)
        self.title = detail_title(self)
        self.steps = StepRow(self)
        self.body = QLabel(self)
        self.body.setObjectName("detailBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.actions = QWidget(self)
        self.actions_layout = QVBoxLayout(self.actions)
        self.actions_layout.setContentsMargins(0, 6, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.content = QWidget(self)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.steps)
        layout.addWidget(self.body)
        layout.addWidget(self.actions)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.addWidget(self.placeholder)
        outer.addWidget(self.content)
        self.show_nothing()

    def add_action(self, key: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self.actions)
        button.setObjectName(f"action_{key}")
        button.clicked.connect(lambda _c=False: slot())
        self.actions_layout.addWidget(button)
        self.buttons[key] = button
        return button

    def show_nothing(self) -> None:
        self.placeholder.setVisible(True)
        self.content.setVisible(False)

    def show_record(self, title: str, lines: list[tuple[str, str]], allowed: set[str]) -> None:
        self.placeholder.setVisible(False)
        self.content.setVisible(True)
        self.title.setText(title)
        self.body.setText(
            "<br>".join(
                f"<span style='color:{MUTED_COLOR}'>{label}：</span>{_html(value)}"
                for label, value in lines
                if value
            )
        )
        for key, button in self.buttons.items():
            button.setVisible(key in allowed)


def _html(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RedBlackPage(QWidget):
    """红黑榜 + 善行义举榜 + 村规民约."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_preview: PdfPreviewDialog | None = None
        self.last_dialog: MoralFormDialog | None = None
        self.header = PageHeader(self.tr("Red/black board"), self)
        self.header.add_button(
            self.tr("New entry"),
            self.new_entry,
            object_name="newEntry",
            shortcut=QKeySequence.StandardKey.New,
            tooltip=self.tr("Report a red or black entry (Ctrl+N)"),
        )
        self.header.add_button(
            self.tr("Print board"),
            self.print_board,
            object_name="printBoard",
            shortcut=QKeySequence.StandardKey.Print,
            tooltip=self.tr("Print the board of the month chosen in the filter (Ctrl+P)"),
        )
        self.header.add_button(
            self.tr("Export .xlsx"),
            self.export_xlsx,
            object_name="exportXlsx",
            tooltip=self.tr("Save the table of this tab as .xlsx"),
        )
        more = self.header.add_menu_button(self.tr("More"), object_name="moreMenu")
        more.addAction(self.tr("Take down entries whose stay has ended"), self.expire_due)
        self.full_names_action = more.addAction(self.tr("Print black-board names in full"))
        self.full_names_action.setCheckable(True)
        self.full_names_action.toggled.connect(self._set_full_names)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("moralTabs")
        self.tabs.addTab(self._build_board_tab(), self.tr("Red/black board"))
        self.tabs.addTab(self._build_deeds_tab(), self.tr("Good deeds"))
        self.tabs.addTab(self._build_rules_tab(), self.tr("Village rules"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        ctx.bus.tables_changed.connect(self._on_data_changed)
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build_board_tab(self) -> QWidget:
        tab = QWidget(self)
        self.month_combo = QComboBox(tab)
        self.month_combo.setObjectName("boardMonth")
        self.board_combo = QComboBox(tab)
        self.board_combo.setObjectName("boardKind")
        self.board_combo.addItem(self.tr("Red and black"), "")
        self.board_combo.addItem(self.tr("Red list"), "red")
        self.board_combo.addItem(self.tr("Black list"), "black")
        self.search = QLineEdit(tab)
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Search name, category, text"))
        self.search.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month"), tab))
        bar.addWidget(self.month_combo)
        bar.addWidget(self.board_combo)
        bar.addWidget(self.search, 1)
        self.entry_model = RecordTableModel(
            [
                (self.tr("List"), lambda e: Board(e.board).label),
                (self.tr("Name"), lambda e: e.name),
                (self.tr("Group"), lambda e: e.group_no),
                (self.tr("Category"), lambda e: e.category),
                (self.tr("Deed / problem"), lambda e: e.deed),
                (self.tr("Month"), lambda e: e.month),
                (self.tr("Status"), lambda e: EntryStatus(e.status).label),
                (self.tr("Reported"), lambda e: e.reported_date),
            ],
            self,
            color=lambda e: RED_COLOR if e.board == "red" else None,
        )
        self.entry_proxy = RecordSortProxy(self)
        self.entry_proxy.setSourceModel(self.entry_model)
        self.entry_table = make_table(tab, "entryTable")
        self.entry_table.setModel(self.entry_proxy)
        self.entry_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.entry_detail = DetailPane(tab)
        self.entry_detail.setObjectName("entryDetail")
        for key, text, slot in (
            ("verify", self.tr("Verify…"), self.verify_selected),
            ("review", self.tr("Council review…"), self.review_selected),
            ("post", self.tr("Post on a month's board…"), self.post_selected),
            ("rectify", self.tr("Rectified…"), self.rectify_selected),
            ("expire", self.tr("Stay ended"), self.expire_selected),
            ("remove", self.tr("Take down…"), self.remove_selected),
            ("uphold_objection", self.tr("Objection upheld…"), self.objection_selected),
            ("edit", self.tr("Edit…"), self.edit_selected),
        ):
            self.entry_detail.add_action(key, text, slot)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(self.entry_table)
        splitter.addWidget(self.entry_detail)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        self.entry_detail.setMinimumWidth(420)
        splitter.setSizes([860, 440])
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.month_combo.activated.connect(lambda _i: self._reload_entries())
        self.board_combo.activated.connect(lambda _i: self._reload_entries())
        self.search.textChanged.connect(lambda _t: self._reload_entries())
        self.entry_table.selectionModel().selectionChanged.connect(lambda *_a: self._show_entry())
        return tab

    def _build_deeds_tab(self) -> QWidget:
        tab = QWidget(self)
        self.deed_model = RecordTableModel(
            [
                (self.tr("Virtue"), lambda d: d.virtue),
                (self.tr("Name"), lambda d: d.name),
                (self.tr("Group"), lambda d: d.group_no),
                (self.tr("Deed"), lambda d: d.deed),
                (self.tr("Nominated by"), lambda d: d.nominated_by),
                (self.tr("Month"), lambda d: d.month),
                (self.tr("Status"), lambda d: DeedStatus(d.status).label),
            ],
            self,
        )
        self.deed_proxy = RecordSortProxy(self)
        self.deed_proxy.setSourceModel(self.deed_model)
        self.deed_table = make_table(tab, "deedTable")
        self.deed_table.setModel(self.deed_proxy)
        bar = QHBoxLayout()
        for name, text, slot in (
            ("nominateDeed", self.tr("Nominate…"), self.nominate_deed),
            ("reviewDeed", self.tr("Review…"), self.review_deed),
            ("postDeed", self.tr("Post…"), self.post_deed),
            ("removeDeed", self.tr("Take down…"), self.remove_deed),
            ("printDeeds", self.tr("Print the month's good deeds"), self.print_deeds),
        ):
            button = QPushButton(text, tab)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.deed_table, 1)
        return tab

    def _build_rules_tab(self) -> QWidget:
        tab = QWidget(self)
        self.version_list = QListWidget(tab)
        self.version_list.setObjectName("ruleVersions")
        self.clause_model = RecordTableModel(
            [(self.tr("Clause"), lambda c: c.label), (self.tr("Text"), lambda c: c.text)], self
        )
        self.clause_table = make_table(tab, "clauseTable")
        self.clause_table.setSortingEnabled(False)
        self.clause_table.setModel(self.clause_model)
        self.version_info = QLabel(tab)
        self.version_info.setObjectName("versionInfo")
        self.version_info.setWordWrap(True)
        bar = QHBoxLayout()
        for name, text, slot in (
            ("newVersion", self.tr("New version…"), self.new_version),
            ("copyVersion", self.tr("Revise (copy)…"), self.copy_version),
            ("editVersion", self.tr("Review and dates…"), self.edit_version),
            ("inForce", self.tr("Put in force"), self.put_in_force),
            ("addClause", self.tr("Add clause…"), self.add_clause),
            ("editClause", self.tr("Edit clause…"), self.edit_clause),
            ("deleteClause", self.tr("Delete clause"), self.delete_clause),
        ):
            button = QPushButton(text, tab)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(button)
        bar.addStretch(1)
        right = QWidget(tab)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.version_info)
        right_layout.addWidget(self.clause_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(self.version_list)
        splitter.addWidget(right)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.version_list.currentItemChanged.connect(lambda *_a: self._show_version())
        return tab

    def export_xlsx(self) -> Path | None:
        """Save the current tab's table (entries, good deeds or clauses), as shown, as .xlsx."""
        index = self.tabs.currentIndex()
        table = (self.entry_table, self.deed_table, self.clause_table)[index]
        title = self.tabs.tabText(index)
        return export_view(self, table, title=title, suggested_name=title, session=self.ctx.session)

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.session.profile is None:
            return
        self.full_names_action.blockSignals(True)
        self.full_names_action.setChecked(black_names_full(self.ctx.session))
        self.full_names_action.blockSignals(False)
        current = self.month_combo.currentData()
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("All months"), "")
        months = red_black.board_months(self.ctx.session)
        this_month = red_black.today_month()
        if this_month not in months:
            months.insert(0, this_month)
        for month in months:
            self.month_combo.addItem(month, month)
        index = self.month_combo.findData(current if current is not None else "")
        self.month_combo.setCurrentIndex(max(index, 0))
        self._reload_entries()
        self._reload_deeds()
        self._reload_versions()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if touches(tables, MORAL_TABLES):
            self.refresh()

    def chosen_month(self) -> str:
        month = self.month_combo.currentData()
        return str(month) if month else red_black.today_month()

    def _reload_entries(self) -> None:
        keep = selected_id(self.entry_table)
        entries = red_black.list_entries(
            self.ctx.session,
            board=self.board_combo.currentData() or None,
            month=self.month_combo.currentData() or None,
            text=self.search.text(),
        )
        self.entry_model.set_records(entries)
        if keep:
            select_in(self.entry_table, self.entry_model, self.entry_proxy, keep)
        self._show_entry()

    def _reload_deeds(self) -> None:
        keep = selected_id(self.deed_table)
        self.deed_model.set_records(good_deeds.list_deeds(self.ctx.session))
        if keep:
            select_in(self.deed_table, self.deed_model, self.deed_proxy, keep)

    def _reload_versions(self) -> None:
        keep = self.selected_version_id()
        self.version_list.clear()
        for version in village_rules.list_versions(self.ctx.session):
            item = QListWidgetItem(f"{version.title}\n{RulesStatus(version.status).label}")
            item.setData(IdRole, version.id)
            self.version_list.addItem(item)
            if version.id == keep or (keep is None and version.status == RulesStatus.IN_FORCE):
                self.version_list.setCurrentItem(item)
        self._show_version()

    # --- selection --------------------------------------------------------------------------------

    def select_record(self, table: str, record_id: str) -> bool:
        """Show a record (a to-do clicked on the home page)."""
        if table == "good_deeds":
            self.tabs.setCurrentIndex(1)
            return select_in(self.deed_table, self.deed_model, self.deed_proxy, record_id)
        self.tabs.setCurrentIndex(0)
        if self.entry_model.row_of(record_id) < 0:
            self.month_combo.setCurrentIndex(0)
            self.board_combo.setCurrentIndex(0)
            self.search.clear()
            self._reload_entries()
        found = select_in(self.entry_table, self.entry_model, self.entry_proxy, record_id)
        self._show_entry()
        return found

    def selected_entry(self) -> BoardEntry | None:
        rid = selected_id(self.entry_table)
        if rid is None:
            return None
        row = self.entry_model.row_of(rid)
        return self.entry_model.record(row) if row >= 0 else None

    def _show_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.entry_detail.show_nothing()
            return
        steps = [
            self.tr("Reported"),
            self.tr("Verified"),
            self.tr("Reviewed"),
            self.tr("Posted"),
            self.tr("Closed"),
            self.tr("Removed"),
        ]
        assert len(steps) == len(WORKFLOW_STEPS)
        self.entry_detail.steps.set_steps(steps, entry.step_index())
        lines = [
            (self.tr("Status"), EntryStatus(entry.status).label),
            (self.tr("Group"), f"{entry.group_no}"),
            (self.tr("Category"), entry.category),
            (self.tr("Deed / problem"), entry.deed),
            (self.tr("Evidence"), entry.evidence),
            (self.tr("Clause"), entry.clause_label),
            (self.tr("Rectification"), entry.requirement),
            (self.tr("Deadline"), format_date(entry.deadline)),
            (self.tr("Reported"), f"{format_date(entry.reported_date)} {entry.reported_by}"),
            (self.tr("Verified"), f"{format_date(entry.verified_date)} {entry.verified_by}"),
            (self.tr("Council"), f"{format_date(entry.review_date)} {entry.reviewers}"),
            (self.tr("Opinion"), entry.review_opinion),
            (self.tr("Board month"), entry.month),
            (self.tr("On the board until"), format_date(entry.expires_on)),
            (self.tr("Rectified / ended"), format_date(entry.closed_date)),
            (self.tr("Objection"), entry.objection),
            (self.tr("Taken down"), f"{format_date(entry.removed_date)} {entry.removal_reason}"),
        ]
        allowed = {a for a, states in ALLOWED_FROM.items() if entry.status in states}
        if not entry.is_black:
            allowed.discard("rectify")
        if entry.status in {"reported", "verified"}:
            allowed.add("edit")
        title = f"{Board(entry.board).label} · {entry.name}"
        self.entry_detail.show_record(title, [(k, v.strip()) for k, v in lines], allowed)

    # --- entry actions ----------------------------------------------------------------------------

    def _open(
        self,
        title: str,
        fields: list[FormField],
        submit: Callable[[dict[str, Any]], Any],
        table: str,
        *,
        note: str = "",
    ) -> MoralFormDialog:
        dialog = MoralFormDialog(
            title, fields, lambda v: self.ctx.run(lambda: submit(v)), self, note=note
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after(dialog, table))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _after(self, dialog: MoralFormDialog, table: str) -> None:
        result = dialog.result_value
        if isinstance(result, BoardEntry):
            self.select_record("red_black_entries", result.id)
        elif isinstance(result, GoodDeed):
            self.select_record("good_deeds", result.id)

    def _entry_fields(self, entry: BoardEntry | None) -> list[FormField]:
        clauses = village_rules.clauses_in_force(self.ctx.session)
        board = entry.board if entry else "black"
        return [
            FormField(
                "board",
                self.tr("List"),
                "combo",
                [(self.tr("Red list"), "red"), (self.tr("Black list"), "black")],
                default=board,
            ),
            FormField(
                "household_id",
                self.tr("Household"),
                "combo",
                household_options(self.ctx),
                default=entry.household_id if entry else None,
            ),
            FormField(
                "category",
                self.tr("Category"),
                "edit_combo",
                [(c, c) for c in (BLACK_CATEGORIES if board == "black" else RED_CATEGORIES)],
                default=entry.category if entry else None,
            ),
            FormField(
                "deed", self.tr("Deed / problem"), "text", default=entry.deed if entry else ""
            ),
            FormField("evidence", self.tr("Evidence"), default=entry.evidence if entry else ""),
            FormField(
                "clause_id",
                self.tr("Clause broken (black)"),
                "combo",
                [(f"{c.label} {c.text[:24]}", c.id) for c in clauses],
                default=entry.clause_id if entry else None,
            ),
            FormField(
                "requirement",
                self.tr("Rectification required (black)"),
                default=entry.requirement if entry else "",
            ),
            FormField(
                "deadline",
                self.tr("Deadline (black)"),
                "date",
                default=entry.deadline if entry and entry.deadline else None,
            ),
            FormField(
                "reported_date",
                self.tr("Reported on"),
                "date",
                default=entry.reported_date if entry else None,
            ),
        ]

    def _link_board_fields(self, dialog: MoralFormDialog) -> None:
        board = dialog.widgets["board"]
        category = dialog.widgets["category"]
        assert isinstance(board, QComboBox) and isinstance(category, QComboBox)

        def switch(_index: int) -> None:
            black = board.currentData() == "black"
            category.clear()
            for name in BLACK_CATEGORIES if black else RED_CATEGORIES:
                category.addItem(name, name)
            for key in ("clause_id", "requirement", "deadline"):
                dialog.widgets[key].setEnabled(black)

        board.currentIndexChanged.connect(switch)
        for key in ("clause_id", "requirement", "deadline"):
            dialog.widgets[key].setEnabled(board.currentData() == "black")

    def new_entry(self) -> MoralFormDialog:
        def submit(values: dict[str, Any]) -> BoardEntry:
            return red_black.report_entry(self.ctx.session, _entry_from(values))

        dialog = self._open(
            self.tr("New red/black entry"), self._entry_fields(None), submit, "red_black_entries"
        )
        self._link_board_fields(dialog)
        return dialog

    def edit_selected(self) -> MoralFormDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None

        def submit(values: dict[str, Any]) -> BoardEntry:
            return red_black.update_entry(
                self.ctx.session, _entry_from(values, entry_id=entry.id, status=entry.status)
            )

        dialog = self._open(
            self.tr("Edit entry"), self._entry_fields(entry), submit, "red_black_entries"
        )
        dialog.widgets["board"].setEnabled(False)
        self._link_board_fields(dialog)
        return dialog

    def _entry_step(
        self,
        title: str,
        fields: list[FormField],
        call: Callable[[BoardEntry, dict[str, Any]], Any],
    ) -> MoralFormDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        note = f"{Board(entry.board).label}：{entry.name}（{entry.category}）"
        return self._open(title, fields, lambda v: call(entry, v), "red_black_entries", note=note)

    def verify_selected(self) -> MoralFormDialog | None:
        return self._entry_step(
            self.tr("Verify"),
            [
                FormField("verified_date", self.tr("Verified on"), "date"),
                FormField("verified_by", self.tr("Verified by"), default=self.ctx.session.operator),
                FormField("note", self.tr("Findings"), "text"),
            ],
            lambda e, v: red_black.verify_entry(
                self.ctx.session,
                e.id,
                verified_date=v["verified_date"],
                verified_by=v["verified_by"],
                note=v["note"],
            ),
        )

    def review_selected(self) -> MoralFormDialog | None:
        return self._entry_step(
            self.tr("Council review"),
            [
                FormField("review_date", self.tr("Review date"), "date"),
                FormField("reviewers", self.tr("Council members present")),
                FormField(
                    "approved",
                    self.tr("Decision"),
                    "combo",
                    [(self.tr("Approve posting"), True), (self.tr("Reject"), False)],
                ),
                FormField("review_opinion", self.tr("Opinion"), "text"),
            ],
            lambda e, v: red_black.review_entry(
                self.ctx.session,
                e.id,
                approved=bool(v["approved"]),
                review_date=v["review_date"],
                reviewers=v["reviewers"],
                opinion=v["review_opinion"],
            ),
        )

    def post_selected(self) -> MoralFormDialog | None:
        return self._entry_step(
            self.tr("Post on the board"),
            [
                FormField("month", self.tr("Board month"), "month", default=self.chosen_month()),
                FormField("posted_date", self.tr("Posted on"), "date"),
            ],
            lambda e, v: red_black.post_entry(
                self.ctx.session, e.id, month=v["month"], posted_date=v["posted_date"]
            ),
        )

    def rectify_selected(self) -> MoralFormDialog | None:
        return self._entry_step(
            self.tr("Rectified"),
            [
                FormField("closed_date", self.tr("Rectified on"), "date"),
                FormField("note", self.tr("How it was checked"), "text"),
            ],
            lambda e, v: red_black.rectify_entry(
                self.ctx.session, e.id, rectified_date=v["closed_date"], note=v["note"]
            ),
        )

    def expire_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        try:
            self.ctx.run(lambda: red_black.expire_entry(self.ctx.session, entry.id))
        except Exception as exc:
            show_error(self, exc)

    def remove_selected(self) -> MoralFormDialog | None:
        return self._entry_step(
            self.tr("Take down"),
            [
                FormField("removed_date", self.tr("Taken down on"), "date"),
                FormField("removal_reason", self.tr("Reason")),
            ],
            lambda e, v: red_black.remove_entry(
                self.ctx.session, e.id, removed_date=v["removed_date"], reason=v["removal_reason"]
            ),
        )

    def objection_selected(self) -> MoralFormDialog | None:
        return self._entry_step(
            self.tr("Objection upheld: remove the entry"),
            [
                FormField("objection", self.tr("Objection"), "text"),
                FormField("removal_reason", self.tr("Finding (why it is false)"), "text"),
                FormField("removed_date", self.tr("Date"), "date"),
            ],
            lambda e, v: red_black.uphold_objection(
                self.ctx.session,
                e.id,
                objection=v["objection"],
                reason=v["removal_reason"],
                on=v["removed_date"],
            ),
        )

    def expire_due(self) -> None:
        try:
            count = self.ctx.run(lambda: red_black.expire_due_entries(self.ctx.session))
        except Exception as exc:
            show_error(self, exc)
            return
        QMessageBox.information(
            self, self.tr("Stay ended"), self.tr("{0} entries taken off the board.").format(count)
        )

    def _set_full_names(self, full: bool) -> None:
        set_black_names_full(self.ctx.session, full)

    # --- printing ---------------------------------------------------------------------------------

    def _preview(self, build: Callable[[], PrintedSheet]) -> PdfPreviewDialog | None:
        dialog = preview_printed_sheet(self, build)
        if dialog is not None:
            self.last_preview = dialog
        return dialog

    def print_board(self) -> PdfPreviewDialog | None:
        month = self.chosen_month()
        return self._preview(lambda: red_black.print_board(self.ctx.session, month))

    def print_deeds(self) -> PdfPreviewDialog | None:
        month = self.chosen_month()
        return self._preview(lambda: good_deeds.print_deeds_sheet(self.ctx.session, month))

    # --- good deeds -------------------------------------------------------------------------------

    def selected_deed(self) -> GoodDeed | None:
        rid = selected_id(self.deed_table)
        if rid is None:
            return None
        row = self.deed_model.row_of(rid)
        return self.deed_model.record(row) if row >= 0 else None

    def nominate_deed(self) -> MoralFormDialog:
        fields = [
            FormField("household_id", self.tr("Household"), "combo", household_options(self.ctx)),
            FormField(
                "virtue",
                self.tr("Virtue"),
                "combo",
                [(f"{k} · {v}", k) for k, v in VIRTUES.items()],
            ),
            FormField("deed", self.tr("Deed"), "text"),
            FormField(
                "nominated_by", self.tr("Nominated by"), "combo", [(n, n) for n in NOMINATIONS]
            ),
            FormField("nominator", self.tr("Nominator")),
            FormField("nominated_date", self.tr("Nominated on"), "date"),
        ]

        def submit(v: dict[str, Any]) -> GoodDeed:
            return good_deeds.nominate_deed(
                self.ctx.session,
                GoodDeed(
                    household_id=v["household_id"] or "",
                    name="",
                    group_no=0,
                    virtue=v["virtue"],
                    deed=v["deed"],
                    nominated_by=v["nominated_by"],
                    nominator=v["nominator"],
                    nominated_date=v["nominated_date"],
                ),
            )

        return self._open(self.tr("Nominate a good deed"), fields, submit, "good_deeds")

    def _deed_step(
        self, title: str, fields: list[FormField], call: Callable[[GoodDeed, dict[str, Any]], Any]
    ) -> MoralFormDialog | None:
        deed = self.selected_deed()
        if deed is None:
            return None
        return self._open(title, fields, lambda v: call(deed, v), "good_deeds", note=deed.deed)

    def review_deed(self) -> MoralFormDialog | None:
        return self._deed_step(
            self.tr("Council review"),
            [
                FormField("review_date", self.tr("Review date"), "date"),
                FormField("reviewers", self.tr("Council members present")),
                FormField(
                    "approved",
                    self.tr("Decision"),
                    "combo",
                    [(self.tr("Approve posting"), True), (self.tr("Reject"), False)],
                ),
                FormField("review_opinion", self.tr("Opinion")),
            ],
            lambda d, v: good_deeds.review_deed(
                self.ctx.session,
                d.id,
                approved=bool(v["approved"]),
                reviewers=v["reviewers"],
                opinion=v["review_opinion"],
                review_date=v["review_date"],
            ),
        )

    def post_deed(self) -> MoralFormDialog | None:
        return self._deed_step(
            self.tr("Post on the board"),
            [
                FormField("month", self.tr("Board month"), "month", default=self.chosen_month()),
                FormField("posted_date", self.tr("Posted on"), "date"),
            ],
            lambda d, v: good_deeds.post_deed(
                self.ctx.session, d.id, month=v["month"], posted_date=v["posted_date"]
            ),
        )

    def remove_deed(self) -> MoralFormDialog | None:
        return self._deed_step(
            self.tr("Take down"),
            [
                FormField("removal_reason", self.tr("Reason")),
                FormField(
                    "shown_false",
                    self.tr("Shown false"),
                    "bool",
                    placeholder=self.tr("The deed was shown to be false"),
                ),
                FormField("removed_date", self.tr("Date"), "date"),
            ],
            lambda d, v: good_deeds.remove_deed(
                self.ctx.session,
                d.id,
                reason=v["removal_reason"],
                shown_false=bool(v["shown_false"]),
                on=v["removed_date"],
            ),
        )

    # --- village rules ---------------------------------------------------------------------------

    def selected_version_id(self) -> str | None:
        item = self.version_list.currentItem() if hasattr(self, "version_list") else None
        return str(item.data(IdRole)) if item is not None else None

    def _show_version(self) -> None:
        vid = self.selected_version_id()
        if vid is None:
            self.clause_model.set_records([])
            self.version_info.setText(self.tr("No village rules yet. Click New version."))
            return
        version = village_rules.get_version(self.ctx.session, vid)
        self.clause_model.set_records(village_rules.list_clauses(self.ctx.session, vid))
        self.version_info.setText(
            self.tr("{0} · {1} · legality review {2} {3} · adopted {4}").format(
                version.title,
                RulesStatus(version.status).label,
                format_date(version.review_date) or "—",
                version.review_result or "",
                format_date(version.adopted_date) or "—",
            )
        )

    def _version_fields(self, version: RulesVersion | None) -> list[FormField]:
        return [
            FormField("title", self.tr("Title"), default=version.title if version else ""),
            FormField(
                "review_date",
                self.tr("Legality review date"),
                "line",
                default=version.review_date if version else "",
                placeholder="2026-01-31",
            ),
            FormField(
                "review_result",
                self.tr("Review result"),
                "combo",
                [("", ""), *[(r, r) for r in REVIEW_RESULTS]],
                default=version.review_result if version else "",
            ),
            FormField(
                "adopted_date",
                self.tr("Adopted by the villagers' meeting on"),
                "line",
                default=version.adopted_date if version else "",
                placeholder="2026-01-31",
            ),
            FormField("note", self.tr("Note"), default=version.note if version else ""),
        ]

    def new_version(self) -> MoralFormDialog:
        def submit(v: dict[str, Any]) -> RulesVersion:
            return village_rules.add_version(self.ctx.session, RulesVersion(**v))

        return self._open(
            self.tr("New version"), self._version_fields(None), submit, "village_rules"
        )

    def edit_version(self) -> MoralFormDialog | None:
        vid = self.selected_version_id()
        if vid is None:
            return None
        version = village_rules.get_version(self.ctx.session, vid)

        def submit(v: dict[str, Any]) -> RulesVersion:
            return village_rules.update_version(self.ctx.session, RulesVersion(**v, id=vid))

        return self._open(
            self.tr("Review and dates"), self._version_fields(version), submit, "village_rules"
        )

    def copy_version(self) -> MoralFormDialog | None:
        vid = self.selected_version_id()
        if vid is None:
            return None
        return self._open(
            self.tr("Revise (copy)"),
            [FormField("title", self.tr("Title of the new version"))],
            lambda v: village_rules.copy_version(self.ctx.session, vid, title=v["title"]),
            "village_rules",
        )

    def put_in_force(self) -> None:
        vid = self.selected_version_id()
        if vid is None:
            return
        try:
            self.ctx.run(lambda: village_rules.put_in_force(self.ctx.session, vid))
        except Exception as exc:
            show_error(self, exc)

    def _clause_fields(self, clause: Clause | None, number: int) -> list[FormField]:
        return [
            FormField(
                "number",
                self.tr("Clause number"),
                "spin",
                default=clause.number if clause else number,
                minimum=1,
                maximum=999,
            ),
            FormField("text", self.tr("Text"), "text", default=clause.text if clause else ""),
        ]

    def add_clause(self) -> MoralFormDialog | None:
        vid = self.selected_version_id()
        if vid is None:
            return None
        number = len(self.clause_model.records()) + 1
        return self._open(
            self.tr("Add clause"),
            self._clause_fields(None, number),
            lambda v: village_rules.add_clause(
                self.ctx.session, Clause(version_id=vid, number=v["number"], text=v["text"])
            ),
            "village_rule_clauses",
        )

    def selected_clause(self) -> Clause | None:
        rid = selected_id(self.clause_table)
        if rid is None:
            return None
        row = self.clause_model.row_of(rid)
        return self.clause_model.record(row) if row >= 0 else None

    def edit_clause(self) -> MoralFormDialog | None:
        clause = self.selected_clause()
        if clause is None:
            return None
        return self._open(
            self.tr("Edit clause"),
            self._clause_fields(clause, clause.number),
            lambda v: village_rules.update_clause(
                self.ctx.session,
                Clause(
                    version_id=clause.version_id, number=v["number"], text=v["text"], id=clause.id
                ),
            ),
            "village_rule_clauses",
        )

    def delete_clause(self) -> None:
        clause = self.selected_clause()
        if clause is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete clause"),
            self.tr("Delete {0}: {1}?").format(clause.label, clause.text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.run(lambda: village_rules.delete_clause(self.ctx.session, clause.id))
        except Exception as exc:
            show_error(self, exc)


def _entry_from(
    values: dict[str, Any], *, entry_id: str = "", status: str = "reported"
) -> BoardEntry:
    black = values["board"] == "black"
    return BoardEntry(
        board=values["board"],
        household_id=values["household_id"] or "",
        name="",
        group_no=0,
        category=str(values["category"] or ""),
        deed=values["deed"],
        evidence=values["evidence"],
        clause_id=(values["clause_id"] or "") if black else "",
        requirement=values["requirement"] if black else "",
        deadline=values["deadline"] if black else "",
        reported_date=values["reported_date"],
        status=status,
        id=entry_id,
    )
