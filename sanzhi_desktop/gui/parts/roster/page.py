"""村民档案: the roster page — who lives in the village, by person and by household.

A kit record page (UI.md's one shape) with two lazy tabs, :class:`PersonsTab`
and :class:`HouseholdsTab`; the header adds what only the roster has: a new
household, the .xlsx import, its template, and the export in the import's own
columns (the persons the search and group show). The tabs reload themselves
for the tables they show; the page knows nothing of their insides beyond the
few names the roster's tests and the main window call.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.household_record_dialog import HouseholdRecordDialog
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.roster import household_actions, roster_files
from sanzhi_desktop.gui.parts.roster.households_tab import HouseholdsTab
from sanzhi_desktop.gui.parts.roster.persons_tab import PersonsTab


class RosterPage(RecordPage):
    """村民档案: search, filter and keep the households and persons of the village."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Roster"), "roster", parent)
        self.last_status = ""
        self.new_button.setToolTip(self.tr("Add a person, or a household first (Ctrl+N)"))
        self.print_button.setVisible(False)  # the roster prints nothing of its own
        self.new_household_button = self.header.add_button(
            self.tr("New household"), self.new_household, object_name="newHousehold"
        )
        self.import_button = self.header.add_button(
            self.tr("Import .xlsx"), self.import_xlsx, object_name="importRoster"
        )
        self.template_button = self.header.add_button(
            self.tr("Template"),
            self.save_template,
            object_name="rosterTemplate",
            tooltip=self.tr("Save an empty .xlsx roster to fill in and import"),
        )
        self.export_button.setObjectName("exportRoster")
        self.export_button.setToolTip(
            self.tr("Save the persons shown (current search and group) as .xlsx")
        )
        self.persons_tab = PersonsTab(ctx, self)
        self.add_tab(self.persons_tab)
        self.households_tab = HouseholdsTab(ctx, self, open_person=self.open_person)
        self.add_tab(self.households_tab)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

    # --- the persons tab's parts, by the names the roster has always had ------------------------

    @property
    def table(self) -> Any:
        return self.persons_tab.table

    @property
    def model(self) -> Any:
        return self.persons_tab.model

    @property
    def search(self) -> Any:
        return self.persons_tab.filters.search

    @property
    def group_combo(self) -> Any:
        return self.persons_tab.filters.choice

    @property
    def reveal_button(self) -> Any:
        return self.persons_tab.reveal_button

    @property
    def count_label(self) -> Any:
        return self.persons_tab.count_label

    def current_filter(self) -> RosterFilter:
        return self.persons_tab.current_filter()

    def _focus_search(self) -> None:
        tab = self.current_tab()
        tab.filters.search.setFocus()
        tab.filters.search.selectAll()

    # --- selection and actions -------------------------------------------------------------------

    def selected_person_id(self) -> str | None:
        return self.persons_tab.selected_id()

    def selected_row(self) -> dict[str, Any] | None:
        row = self.persons_tab.selected_record()
        return dict(row) if row is not None else None

    def select_person(self, person_id: str) -> bool:
        return self.persons_tab.select(person_id)

    def open_person(self, person_id: str) -> bool:
        """Show a person in the persons tab (a household's member button)."""
        self.tabs.setCurrentWidget(self.persons_tab)
        return self.persons_tab.select(person_id)

    def new_household(self) -> object:
        return household_actions.new_household(self.persons_tab)

    def new_person(self) -> object:
        return self.persons_tab.new_record()

    def edit_person(self) -> object:
        return self.persons_tab.edit_person()

    def delete_person(self) -> bool:
        row = self.persons_tab.selected_record()
        return row is not None and household_actions.delete_person(self.persons_tab, row)

    def delete_household(self) -> bool:
        row = self.persons_tab.selected_record()
        return row is not None and household_actions.delete_household(
            self.persons_tab, str(row["household_id"])
        )

    def show_household_record(self) -> HouseholdRecordDialog | None:
        """The selected person's household over time: stars, points, boards, awards."""
        row = self.persons_tab.selected_record()
        if row is None:
            return None
        return household_actions.show_household_record(self.persons_tab, str(row["household_id"]))

    # --- files (parts/roster/roster_files.py) -----------------------------------------------

    def import_xlsx(self) -> None:
        roster_files.import_xlsx(self)

    def export_xlsx(self) -> None:  # type: ignore[override]
        """Save the persons the persons tab shows now (search and group applied) as .xlsx."""
        roster_files.export_xlsx(self)

    def save_template(self) -> None:
        roster_files.save_template(self)

    def show_status(self, text: str) -> None:
        """A short message in the main window's status bar (kept in ``last_status``)."""
        self.last_status = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)
