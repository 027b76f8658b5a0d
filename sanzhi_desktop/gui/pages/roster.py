"""村民档案: the roster page — who lives in the village, by household and group.

Shaped like every page (UI.md): header with toolbar, filter bar, sortable
table, detail pane with history and the allowed actions. The table shows ID
numbers and phones masked; "Show ID numbers" reveals them until the page is
left or refreshed, so a number is never left on screen by accident.

The page reloads from the roster service whenever ``persons`` or
``households`` change on the bus (or anything, for ""), e.g. after a dialog
saved or an import finished; while hidden it only remembers to reload.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.idcard import mask_id_number
from sanzhi_desktop.domain.roster import RosterFilter, age_on
from sanzhi_desktop.gui.context import GuiContext, touches
from sanzhi_desktop.gui.dialogs.household_dialog import HouseholdDialog
from sanzhi_desktop.gui.dialogs.household_record_dialog import HouseholdRecordDialog
from sanzhi_desktop.gui.dialogs.person_dialog import PersonDialog
from sanzhi_desktop.gui.models.roster_model import (
    Column,
    PersonIdRole,
    RosterSortProxy,
    RosterTableModel,
    mask_phone,
)
from sanzhi_desktop.gui.tasks import run_task, show_error
from sanzhi_desktop.gui.widgets import (
    MUTED_COLOR,
    EmptyState,
    PageHeader,
    detail_title,
    format_date,
    format_datetime,
    value_form,
)
from sanzhi_desktop.services import changelog, roster

ROSTER_TABLES = frozenset({"", "persons", "households"})
SEARCH_DELAY_MS = 250


def default_save_dir() -> Path:
    """The clerk's Documents folder (where Word and Excel save), else home."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


class PersonDetail(QWidget):
    """The right-hand pane: the selected person, the household's members, history, actions.

    The page owns the actions; this widget only shows and exposes the buttons.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDetail")
        self.placeholder = EmptyState(self.tr("Select a villager in the table to see details."))
        self.title = detail_title(self)

        form, self.fields = value_form(
            self,
            (
                ("sex", self.tr("Sex")),
                ("ethnicity", self.tr("Ethnicity")),
                ("birth_date", self.tr("Date of birth")),
                ("id_number", self.tr("ID number")),
                ("phone", self.tr("Phone")),
                ("household", self.tr("Household")),
                ("relation", self.tr("Relation to head")),
                ("address", self.tr("Address")),
                ("note", self.tr("Note")),
            ),
            prefix="detail",
        )
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.members = QListWidget(self)
        self.members.setObjectName("detailMembers")
        self.history = QListWidget(self)
        self.history.setObjectName("detailHistory")
        self.history.setWordWrap(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setAlternatingRowColors(True)

        self.edit_person_button = QPushButton(self.tr("Edit person"), self)
        self.edit_person_button.setObjectName("editPerson")
        self.edit_household_button = QPushButton(self.tr("Edit household"), self)
        self.edit_household_button.setObjectName("editHousehold")
        self.add_member_button = QPushButton(self.tr("Add member"), self)
        self.add_member_button.setObjectName("addMember")
        self.household_record_button = QPushButton(self.tr("Household record…"), self)
        self.household_record_button.setObjectName("householdRecord")
        self.household_record_button.setToolTip(
            self.tr("Stars, points, board entries and awards of this household over time")
        )
        self.delete_person_button = QPushButton(self.tr("Delete person"), self)
        self.delete_person_button.setObjectName("deletePerson")
        self.delete_household_button = QPushButton(self.tr("Delete household"), self)
        self.delete_household_button.setObjectName("deleteHousehold")

        actions = QWidget(self)
        grid = QGridLayout(actions)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(self.edit_person_button, 0, 0)
        grid.addWidget(self.edit_household_button, 0, 1)
        grid.addWidget(self.add_member_button, 1, 0)
        grid.addWidget(self.household_record_button, 1, 1)
        grid.addWidget(self.delete_person_button, 2, 0)
        grid.addWidget(self.delete_household_button, 2, 1)

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.title)
        content_layout.addLayout(form)
        content_layout.addWidget(actions)
        content_layout.addWidget(self._heading(self.tr("Household members")))
        content_layout.addWidget(self.members)
        content_layout.addWidget(self._heading(self.tr("History")))
        content_layout.addWidget(self.history, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content)
        self.show_person(None)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def show_person(
        self,
        row: dict[str, Any] | None,
        *,
        reveal: bool = False,
        members: list[dict[str, Any]] | None = None,
        history: list[tuple[str, str, str]] | None = None,
    ) -> None:
        """Fill the pane from a roster row (``None`` shows the placeholder)."""
        self.placeholder.setVisible(row is None)
        self.content.setVisible(row is not None)
        if row is None:
            return
        self.title.setText(row["name"])
        born = row.get("birth_date") or ""
        age = age_on(born, date.today())
        birth_text = format_date(born)
        if age is not None:
            birth_text += self.tr(" ({0} years)").format(age)
        id_number = row.get("id_number") or ""
        phone = row.get("phone") or ""
        values = {
            "sex": row.get("sex") or "",
            "ethnicity": row.get("ethnicity") or "",
            "birth_date": birth_text,
            "id_number": id_number if reveal else mask_id_number(id_number) if id_number else "",
            "phone": phone if reveal else mask_phone(phone),
            "household": self.tr("{0} · head {1} · group {2}").format(
                row["household_no"], row["head_name"], row["group_no"]
            ),
            "relation": row.get("relation") or "",
            "address": row.get("address") or "",
            "note": row.get("note") or "",
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")

        self.members.clear()
        for member in members or []:
            item = QListWidgetItem(f"{member['name']}（{member['relation']}）")
            item.setData(PersonIdRole, member["id"])
            if member["id"] == row["id"]:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.members.addItem(item)
        row_height = self.members.sizeHintForRow(0) if self.members.count() else 20
        self.members.setFixedHeight(row_height * min(max(self.members.count(), 1), 6) + 6)

        self.history.clear()
        for at, operator, action in history or []:
            item = QListWidgetItem(f"{at}\n{operator} · {action}")
            item.setToolTip(item.text())
            self.history.addItem(item)


class RosterPage(QWidget):
    """村民档案: search, filter and keep the households and persons of the village."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self.last_status = ""

        # header and toolbar
        self.header = PageHeader(self.tr("Roster"), self)
        self.new_household_button = self.header.add_button(
            self.tr("New household"),
            self.new_household,
            object_name="newHousehold",
            shortcut=QKeySequence.StandardKey.New,
            tooltip=self.tr("Add a household (Ctrl+N)"),
        )
        self.new_person_button = self.header.add_button(
            self.tr("New person"), self.new_person, object_name="newPerson"
        )
        self.import_button = self.header.add_button(
            self.tr("Import .xlsx"), self.import_xlsx, object_name="importRoster"
        )
        self.export_button = self.header.add_button(
            self.tr("Export .xlsx"),
            self.export_xlsx,
            object_name="exportRoster",
            tooltip=self.tr("Save the persons shown (current search and group) as .xlsx"),
        )
        self.template_button = self.header.add_button(
            self.tr("Template"),
            self.save_template,
            object_name="rosterTemplate",
            tooltip=self.tr("Save an empty .xlsx roster to fill in and import"),
        )

        # filter bar
        self.search = QLineEdit(self)
        self.search.setObjectName("rosterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, ID number, phone, household no., head, address (Ctrl+F)")
        )
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("rosterGroup")
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reveal_button = QPushButton(self.tr("Show ID numbers"), self)
        self.reveal_button.setObjectName("revealIds")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(
            self.tr("Show full ID numbers and phone numbers until you leave this page")
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rosterCount")
        self.count_label.setStyleSheet(f"color: {MUTED_COLOR};")
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search, 3)
        filter_bar.addWidget(self.group_combo)
        filter_bar.addWidget(self.reveal_button)
        filter_bar.addStretch(1)
        filter_bar.addWidget(self.count_label)

        # table and empty state
        self.model = RosterTableModel(self)
        self.proxy = RosterSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.proxy.sort(-1)
        self._size_columns()
        self.empty_state = self._build_empty_state()
        self.no_match_state = EmptyState(
            self.tr("No villager matches. Change the search or choose All groups."), self
        )
        self.no_match_state.setObjectName("noMatchState")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.no_match_state)

        self.detail = PersonDetail(self)
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setMinimumWidth(280)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, 290])

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(filter_bar)
        layout.addWidget(self.splitter, 1)

        # behaviour
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._reload)
        self.group_combo.activated.connect(lambda _i: self._reload())
        self.reveal_button.toggled.connect(self._set_reveal)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        # activated: Enter on a row or a double-click (Windows and Linux styles).
        self.table.activated.connect(lambda _index: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail.edit_person_button.clicked.connect(lambda: self.edit_person())
        self.detail.edit_household_button.clicked.connect(lambda: self.edit_household())
        self.detail.add_member_button.clicked.connect(lambda: self.add_member())
        self.detail.household_record_button.clicked.connect(lambda: self.show_household_record())
        self.detail.delete_person_button.clicked.connect(lambda: self.delete_person())
        self.detail.delete_household_button.clicked.connect(lambda: self.delete_household())
        self.detail.members.itemActivated.connect(
            lambda item: self.select_person(str(item.data(PersonIdRole)))
        )
        self.ctx.bus.tables_changed.connect(self._on_data_changed)

        self.refresh()

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload groups and rows; identifiers go back to masked."""
        self.reveal_button.setChecked(False)
        self._reload_groups()
        self._reload()

    def current_filter(self) -> RosterFilter:
        """What the table shows now: the search text and the chosen group."""
        group = self.group_combo.currentData()
        return RosterFilter(text=self.search.text().strip(), group_no=group)

    def _reload_groups(self) -> None:
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All groups"), None)
        groups = roster.list_group_numbers(self.ctx.session)
        for group in groups:
            self.group_combo.addItem(self.tr("Group {0}").format(group), group)
        index = self.group_combo.findData(current) if current is not None else 0
        self.group_combo.setCurrentIndex(max(index, 0))
        self.group_combo.blockSignals(False)

    def _reload(self) -> None:
        self._search_timer.stop()
        self._stale = False
        selected = self.selected_person_id()
        query = self.current_filter()
        rows = roster.list_persons(self.ctx.session, query)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{0} persons").format(f"{len(rows):,}"))
        if rows:
            self.stack.setCurrentWidget(self.table)
        elif query.text or query.group_no is not None:
            anyone = roster.list_persons(self.ctx.session, RosterFilter(limit=1))
            self.stack.setCurrentWidget(self.no_match_state if anyone else self.empty_state)
        else:
            self.stack.setCurrentWidget(self.empty_state)
        self.export_button.setEnabled(bool(rows))
        self.detail_scroll.setVisible(self.stack.currentWidget() is not self.empty_state)
        if selected is None or not self.select_person(selected):
            self._show_detail()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        """Reload soon after a roster change; hidden, only remember to.

        Deferred to the event loop so that several changes in a row (and the
        main window's own ``refresh()`` of the current page) cost one reload.
        """
        if not touches(tables, ROSTER_TABLES):
            return
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale:
            self._reload_groups()
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_if_stale()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page masks the identifiers again."""
        super().hideEvent(event)
        self.reveal_button.setChecked(False)

    def _build_empty_state(self) -> QWidget:
        """An empty roster: say what to do, with the two ways to start right there."""
        box = QWidget(self)
        box.setObjectName("emptyRoster")
        message = EmptyState(
            self.tr("No villagers yet. Click New household, or import an .xlsx roster."), box
        )
        new_button = QPushButton(self.tr("New household"), box)
        new_button.clicked.connect(lambda: self.new_household())
        import_button = QPushButton(self.tr("Import .xlsx"), box)
        import_button.clicked.connect(lambda: self.import_xlsx())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(new_button)
        buttons.addWidget(import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(message)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return box

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _set_reveal(self, reveal: bool) -> None:
        self.model.set_reveal(reveal)
        self._show_detail()

    def _size_columns(self) -> None:
        """Widths from the font, so that 12 pt Chinese fits without eliding."""
        metrics = self.table.fontMetrics()
        pad = 10
        samples = {
            Column.NAME: "欧阳一二",
            Column.SEX: "性别",
            Column.ETHNICITY: "土家族",
            Column.BIRTH_DATE: "0000年00月00日",
            Column.AGE: "年龄",
            Column.ID_NUMBER: "000000000000000000",
            Column.PHONE: "13800000000",
            Column.HOUSEHOLD_NO: "00000",
            Column.HEAD_NAME: "欧阳一二",
            Column.GROUP_NO: "00",
            Column.RELATION: "外孙子",
        }
        for column, sample in samples.items():
            title = self.model.column_title(column)
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + pad
            self.table.setColumnWidth(column, width)

    # --- selection and detail -------------------------------------------------------

    def selected_person_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(PersonIdRole))

    def selected_row(self) -> dict[str, Any] | None:
        person_id = self.selected_person_id()
        if person_id is None:
            return None
        source = self.model.row_of_person(person_id)
        return self.model.row_dict(source) if source >= 0 else None

    def select_person(self, person_id: str) -> bool:
        """Select a person's row if it is shown; False if the filter hides them."""
        source = self.model.row_of_person(person_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self._show_detail()
        return True

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.selected_row()
        if row is None:
            self.detail.show_person(None)
            return
        members = roster.list_persons(
            self.ctx.session, RosterFilter(household_id=row["household_id"])
        )
        self.detail.show_person(
            row, reveal=self.model.reveal, members=members, history=self._history(row)
        )

    def _history(self, row: dict[str, Any]) -> list[tuple[str, str, str]]:
        """The person's and the household's change-log rows, newest first."""
        changes = changelog.list_changes(
            self.ctx.session, table="persons", record_id=row["id"], limit=50
        ) + changelog.list_changes(
            self.ctx.session, table="households", record_id=row["household_id"], limit=50
        )
        changes.sort(key=lambda c: c.seq, reverse=True)
        return [(format_datetime(c.at), c.operator, changelog.describe_change(c)) for c in changes]

    # --- actions ----------------------------------------------------------------------

    def new_household(self) -> None:
        """Add a household, then go straight on to its head's own record."""
        dialog = HouseholdDialog(self.ctx, parent=self)
        dialog.accepted.connect(lambda: self._after_new_household(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _after_new_household(self, dialog: HouseholdDialog) -> None:
        household = dialog.household
        if household is None:
            return
        person_dialog = self._open_person_dialog(household_id=household.id)
        person_dialog.name.setText(household.head_name)

    def new_person(self) -> None:
        """A person needs a household: with none yet, start with the household."""
        if not roster.list_households(self.ctx.session):
            self.new_household()
            return
        row = self.selected_row()
        self._open_person_dialog(household_id=row["household_id"] if row else None)

    def add_member(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_person_dialog(household_id=row["household_id"])

    def edit_person(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            person = roster.get_person(self.ctx.session, row["id"])
        except SanzhiError as exc:
            show_error(self, exc)
            self._reload()
            return
        self._open_person_dialog(person=person)

    def _open_person_dialog(
        self, *, person: Any = None, household_id: str | None = None
    ) -> PersonDialog:
        dialog = PersonDialog(self.ctx, person, household_id=household_id, parent=self)
        dialog.accepted.connect(lambda: self._select_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _select_saved(self, dialog: PersonDialog) -> None:
        self._reload_if_stale()  # the saved person must be in the table to be selected
        if dialog.person is not None:
            self.select_person(dialog.person.id)

    def show_household_record(self) -> HouseholdRecordDialog | None:
        """The selected person's household over time: stars, points, boards, awards."""
        row = self.selected_row()
        if row is None:
            return None
        dialog = HouseholdRecordDialog(self.ctx, row["household_id"], parent=self)
        dialog.open()
        return dialog

    def edit_household(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            household = roster.get_household(self.ctx.session, row["household_id"])
        except SanzhiError as exc:
            show_error(self, exc)
            self._reload()
            return
        dialog = HouseholdDialog(self.ctx, household, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def delete_person(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr("Delete {0} (household {1})?").format(row["name"], row["household_no"])
        detail = self.tr(
            "The record is removed from the roster; the change log keeps the deletion."
        )
        if not self._confirm(self.tr("Delete person"), f"{question}\n\n{detail}"):
            return
        try:
            self.ctx.run(lambda: roster.delete_person(self.ctx.session, row["id"]))
        except SanzhiError as exc:
            show_error(self, exc)
        self._reload_if_stale()

    def delete_household(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        members = roster.list_persons(
            self.ctx.session, RosterFilter(household_id=row["household_id"])
        )
        question = self.tr("Delete household {0} of {1} and its {2} members?").format(
            row["household_no"], row["head_name"], len(members)
        )
        names = "、".join(m["name"] for m in members)
        if not self._confirm(self.tr("Delete household"), f"{question}\n\n{names}"):
            return
        try:
            self.ctx.run(lambda: roster.delete_household(self.ctx.session, row["household_id"]))
        except SanzhiError as exc:
            show_error(self, exc)
        self._reload_if_stale()

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- files ------------------------------------------------------------------------

    def import_xlsx(self) -> None:
        # Imported here: openpyxl is only loaded when a clerk actually imports or exports.
        from sanzhi_desktop.gui.dialogs.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_xlsx(self) -> None:
        """Save the persons the table shows now (search and group applied) as .xlsx."""
        from sanzhi_desktop.services.roster_xlsx import export_roster_xlsx

        default = default_save_dir() / f"村民档案-{date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export roster"), str(default), self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        query = self.current_filter()
        run_task(
            self,
            self.tr("Exporting the roster…"),
            self.ctx.session,
            lambda session, progress: export_roster_xlsx(
                session, target, query=query, progress=progress
            ),
            lambda count: self.show_status(
                self.tr("Exported {0} persons to {1}").format(f"{count:,}", str(target))
            ),
        )

    def save_template(self) -> None:
        from sanzhi_desktop.services.roster_xlsx import write_roster_template

        default = default_save_dir() / "村民档案导入模板.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save import template"), str(default), self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        try:
            write_roster_template(target)
        except (SanzhiError, OSError) as exc:
            show_error(self, exc)
            return
        self.show_status(self.tr("Template saved to {0}").format(str(target)))

    def show_status(self, text: str) -> None:
        """A short message in the main window's status bar (kept in ``last_status``)."""
        self.last_status = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)
