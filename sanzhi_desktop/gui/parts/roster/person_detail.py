"""The roster's detail pane: the selected person, the household's members, history, actions.

The page owns the actions; this widget only shows and exposes the buttons.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.idcard import mask_id_number
from sanzhi_desktop.domain.roster import age_on
from sanzhi_desktop.gui.models.roster_model import PersonIdRole, mask_phone
from sanzhi_desktop.gui.widgets import (
    EmptyState,
    detail_title,
    format_date,
    format_datetime,
    value_form,
)
from sanzhi_desktop.services import calendar, changelog
from sanzhi_desktop.services.session import Session


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
        age = age_on(born, calendar.today())
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


def person_history(session: Session, row: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The person's and the household's change-log rows, newest first."""
    changes = changelog.list_changes(
        session, table="persons", record_id=row["id"], limit=50
    ) + changelog.list_changes(session, table="households", record_id=row["household_id"], limit=50)
    changes.sort(key=lambda c: c.seq, reverse=True)
    return [(format_datetime(c.at), c.operator, changelog.describe_change(c)) for c in changes]
