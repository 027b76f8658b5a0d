"""What the roster's two tabs do to persons and households: the dialogs and the deletions.

The persons tab and the households tab offer the same things (add a member,
edit or delete a household, its record over time), so they live here once.
Every change goes through a service in ``GuiContext.run`` (the dialogs do the
same), which announces the tables written; the tabs reload from that, never
by hand. A saved record is then selected in the tab that asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.roster import Household, RosterFilter
from sanzhi_desktop.gui.dialogs.household_record_dialog import HouseholdRecordDialog
from sanzhi_desktop.gui.dialogs.person_dialog import PersonDialog
from sanzhi_desktop.gui.kit.detail_pane import Action
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.roster.households_form import HouseholdForm, household_from
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.services import roster

if TYPE_CHECKING:
    from sanzhi_desktop.gui.kit.record_tab import RecordTab


def person_actions(tab: RecordTab, row: dict[str, Any]) -> list[Action]:
    """The detail pane's buttons for a selected person (objectNames as the tests know them)."""
    household_id = str(row["household_id"])
    return [
        Action(
            "editPerson",
            QCoreApplication.translate("HouseholdActions", "Edit person"),
            lambda: edit_person(tab, row),
        ),
        Action(
            "editHousehold",
            QCoreApplication.translate("HouseholdActions", "Edit household"),
            lambda: edit_household(tab, household_id),
        ),
        Action(
            "addMember",
            QCoreApplication.translate("HouseholdActions", "Add member"),
            lambda: open_person(tab, household_id=household_id),
        ),
        Action(
            "householdRecord",
            QCoreApplication.translate("HouseholdActions", "Household record…"),
            lambda: show_household_record(tab, household_id),
        ),
        Action(
            "deletePerson",
            QCoreApplication.translate("HouseholdActions", "Delete person"),
            lambda: delete_person(tab, row),
        ),
        Action(
            "deleteHousehold",
            QCoreApplication.translate("HouseholdActions", "Delete household"),
            lambda: delete_household(tab, household_id),
        ),
    ]


def new_household(tab: RecordTab) -> FormDialog:
    """Add a household (the kit's form), then go straight on to its head's own record."""

    def saved(household: object) -> None:
        if not isinstance(household, Household):
            return
        tab.select(household.id)  # in the households tab; the persons tab has no such row
        person_dialog = open_person(tab, household_id=household.id)
        person_dialog.name.setText(household.head_name)

    return tab.open_form(
        QCoreApplication.translate("HouseholdActions", "New household"),
        HouseholdForm().fields(),
        lambda v: roster.add_household(tab.ctx.session, household_from(v)),
        on_saved=saved,
    )


def new_person(tab: RecordTab, household_id: str | None) -> object:
    """A person needs a household: with none yet, start with the household."""
    if not roster.list_households(tab.ctx.session):
        return new_household(tab)
    return open_person(tab, household_id=household_id)


def open_person(
    tab: RecordTab, *, person: Any = None, household_id: str | None = None
) -> PersonDialog:
    dialog = PersonDialog(tab.ctx, person, household_id=household_id, parent=tab)

    def saved() -> None:
        tab.ensure_loaded()  # the saved person must be in the table to be selected
        if dialog.person is not None:
            tab.select(dialog.person.id)

    dialog.accepted.connect(saved)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def edit_person(tab: RecordTab, row: dict[str, Any]) -> PersonDialog | None:
    try:
        person = roster.get_person(tab.ctx.session, str(row["id"]))
    except SanzhiError as exc:
        show_error(tab, exc)
        tab.refresh()
        return None
    return open_person(tab, person=person)


def edit_household(tab: RecordTab, household_id: str) -> FormDialog | None:
    try:
        household = roster.get_household(tab.ctx.session, household_id)
    except SanzhiError as exc:
        show_error(tab, exc)
        tab.refresh()
        return None
    return tab.open_form(
        QCoreApplication.translate("HouseholdActions", "Edit household"),
        HouseholdForm().fields(household),
        lambda v: roster.update_household(tab.ctx.session, household_from(v, id=household.id)),
    )


def show_household_record(tab: RecordTab, household_id: str) -> HouseholdRecordDialog:
    """A household over time: stars, points, boards, awards."""
    dialog = HouseholdRecordDialog(tab.ctx, household_id, parent=tab)
    dialog.open()
    return dialog


def _confirm(tab: RecordTab, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        tab,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def delete_person(tab: RecordTab, row: dict[str, Any]) -> bool:
    """Tombstone a person after a question that names them and their household."""
    question = QCoreApplication.translate("HouseholdActions", "Delete {0} (household {1})?").format(
        row["name"], row["household_no"]
    )
    detail = QCoreApplication.translate(
        "HouseholdActions",
        "The record is removed from the roster; the change log keeps the deletion.",
    )
    if not _confirm(
        tab,
        QCoreApplication.translate("HouseholdActions", "Delete person"),
        f"{question}\n\n{detail}",
    ):
        return False
    return tab.act(lambda: roster.delete_person(tab.ctx.session, str(row["id"])))


def delete_household(tab: RecordTab, household_id: str) -> bool:
    """Tombstone a household and its members after a question that names every member."""
    session = tab.ctx.session
    try:
        household = roster.get_household(session, household_id)
    except SanzhiError as exc:
        show_error(tab, exc)
        return False
    members = roster.list_persons(session, RosterFilter(household_id=household_id))
    question = QCoreApplication.translate(
        "HouseholdActions", "Delete household {0} of {1} and its {2} members?"
    ).format(household.household_no, household.head_name, len(members))
    names = "、".join(m["name"] for m in members)
    if not _confirm(
        tab,
        QCoreApplication.translate("HouseholdActions", "Delete household"),
        f"{question}\n\n{names}",
    ):
        return False
    return tab.act(lambda: roster.delete_household(session, household_id))
