"""受理登记: register a mediation case — source, type, parties, mediators, summary, amount.

Parties are picked from the roster (typing part of a name finds them) or
entered as outsiders or organisations (with their representative); mediators
are ticked from the committee list. The dossier number is given by the
service on OK and shown in the page afterwards.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import FieldError, SanzhiError, ValidationError
from sanzhi_desktop.domain.mediation import PARTY_ROLES, SOURCES, Case, Party
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.person_dialog import normalise_date_text
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import FieldErrorLabel, show_field_errors, with_error_label
from sanzhi_desktop.services import mediation, mediators, roster

PartyRole = Qt.ItemDataRole.UserRole + 1


def yuan_to_fen(text: str) -> int | None:
    """``1,234.5`` → 123450; None when it is not an amount."""
    cleaned = text.replace(",", "").replace("，", "").replace("元", "").strip() or "0"
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if value < 0:
        return None
    return int((value * 100).quantize(Decimal(1)))


class MediationCaseDialog(QDialog):
    """After ``accept()``, :attr:`case` is the registered case with its dossier number."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.parties: list[Party] = []
        self.setObjectName("mediationCaseDialog")
        self.setWindowTitle(self.tr("Register a mediation case"))
        self.setMinimumWidth(640)
        session = ctx.session

        self.registered_on = QLineEdit(mediation.today().isoformat(), self)
        self.source = QComboBox(self)
        self.source.addItems(list(SOURCES))
        self.dispute_type = QComboBox(self)
        self.dispute_type.addItems(mediation.dispute_types(session))
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(70)
        self.amount = QLineEdit("0", self)
        self.people = QSpinBox(self)
        self.people.setRange(0, 100_000)
        self.people.setSpecialValueText(self.tr("= number of parties"))
        self.crime_risk = QCheckBox(self.tr("Risk of turning criminal (防止民转刑)"), self)
        self.petition_risk = QCheckBox(self.tr("Risk of a mass petition (防止群体性上访)"), self)

        self.mediator_list = QListWidget(self)
        self.mediator_list.setObjectName("mediators")
        for m in mediators.list_mediators(session, active_only=True):
            item = QListWidgetItem(f"{m.name}（{m.role}）", self.mediator_list)
            item.setData(PartyRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.mediator_list.setFixedHeight(90)

        # parties
        self.party_list = QListWidget(self)
        self.party_list.setObjectName("partyList")
        self.party_list.setFixedHeight(90)
        self.person_role = QComboBox(self)
        self.person_role.addItems(list(PARTY_ROLES))
        self.person_pick = QComboBox(self)
        self.person_pick.setObjectName("personPick")
        self.person_pick.setEditable(True)
        self.person_pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in roster.list_persons(session, RosterFilter()):
            label = f"{row['name']}（{row['group_no']}组 {row['household_no']}）"
            self.person_pick.addItem(label, row["id"])
        completer = QCompleter(self.person_pick.model(), self.person_pick)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person_pick.setCompleter(completer)
        self.person_pick.setCurrentIndex(-1)
        self.add_person_button = QPushButton(self.tr("Add villager"), self)
        self.add_person_button.setObjectName("addVillagerParty")
        self.other_role = QComboBox(self)
        self.other_role.addItems(list(PARTY_ROLES))
        self.other_role.setCurrentIndex(1)
        self.other_name = QLineEdit(self)
        self.other_name.setObjectName("otherName")
        self.other_name.setPlaceholderText(self.tr("Name of outsider or organisation"))
        self.other_rep = QLineEdit(self)
        self.other_rep.setObjectName("otherRepresentative")
        self.other_rep.setPlaceholderText(self.tr("Representative (organisations)"))
        self.add_outsider_button = QPushButton(self.tr("Add outsider"), self)
        self.add_org_button = QPushButton(self.tr("Add organisation"), self)
        self.remove_party_button = QPushButton(self.tr("Remove selected"), self)
        party_box = QWidget(self)
        grid = QGridLayout(party_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.party_list, 0, 0, 1, 4)
        grid.addWidget(self.person_role, 1, 0)
        grid.addWidget(self.person_pick, 1, 1, 1, 2)
        grid.addWidget(self.add_person_button, 1, 3)
        grid.addWidget(self.other_role, 2, 0)
        grid.addWidget(self.other_name, 2, 1)
        grid.addWidget(self.other_rep, 2, 2)
        grid.addWidget(self.add_outsider_button, 2, 3)
        grid.addWidget(self.remove_party_button, 3, 0)
        grid.addWidget(self.add_org_button, 3, 3)
        self.add_person_button.clicked.connect(self.add_selected_person)
        self.add_outsider_button.clicked.connect(lambda: self.add_other("outsider"))
        self.add_org_button.clicked.connect(lambda: self.add_other("organisation"))
        self.remove_party_button.clicked.connect(self._remove_party)

        form = QFormLayout()
        self.error_labels: dict[str, FieldErrorLabel] = {}
        for name, label, widget in (
            ("registered_on", self.tr("Registered on"), self.registered_on),
            ("source", self.tr("Source"), self.source),
            ("dispute_type", self.tr("Dispute type"), self.dispute_type),
            ("parties", self.tr("Parties"), party_box),
            ("summary", self.tr("Summary"), self.summary),
            ("amount_fen", self.tr("Amount involved (yuan)"), self.amount),
            ("people_involved", self.tr("People involved"), self.people),
            ("mediators", self.tr("Mediators"), self.mediator_list),
        ):
            widget.setObjectName(widget.objectName() or name)
            box, error = with_error_label(widget, self)
            error.setObjectName(f"error_{name}")
            self.error_labels[name] = error
            form.addRow(label, box)
        form.addRow("", self.crime_risk)
        form.addRow("", self.petition_risk)
        self.form_error = FieldErrorLabel(self)
        self.form_error.setObjectName("error_form")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    # --- parties ------------------------------------------------------------------------

    def _show_party(self, party: Party) -> None:
        kinds = {
            "person": self.tr("villager"),
            "outsider": self.tr("outsider"),
            "organisation": self.tr("organisation"),
        }
        text = f"{party.role}：{party.name}（{kinds[party.kind]}）"
        if party.representative:
            text += f" {party.representative}"
        self.party_list.addItem(text)
        self.parties.append(party)
        self.error_labels["parties"].clear_error()

    def add_person(self, person_id: str, role: str) -> None:
        index = self.person_pick.findData(person_id)
        name = self.person_pick.itemText(index).split("（")[0] if index >= 0 else ""
        self._show_party(
            Party(case_id="", role=role, kind="person", name=name, person_id=person_id)
        )

    def add_selected_person(self) -> None:
        index = self.person_pick.findText(self.person_pick.currentText())
        if index < 0:
            self.error_labels["parties"].show_error(self.tr("Choose a villager from the list."))
            return
        self.add_person(str(self.person_pick.itemData(index)), self.person_role.currentText())
        self.person_pick.setCurrentIndex(-1)

    def add_other(self, kind: str) -> None:
        name = self.other_name.text().strip()
        if not name:
            self.error_labels["parties"].show_error(self.tr("Enter the name first."))
            return
        self._show_party(
            Party(
                case_id="",
                role=self.other_role.currentText(),
                kind=kind,
                name=name,
                representative=self.other_rep.text().strip() if kind == "organisation" else "",
            )
        )
        self.other_name.clear()
        self.other_rep.clear()

    def _remove_party(self) -> None:
        row = self.party_list.currentRow()
        if row >= 0:
            self.party_list.takeItem(row)
            del self.parties[row]

    # --- saving --------------------------------------------------------------------------

    def check_mediator(self, mediator_id: str) -> None:
        for i in range(self.mediator_list.count()):
            item = self.mediator_list.item(i)
            if item.data(PartyRole) == mediator_id:
                item.setCheckState(Qt.CheckState.Checked)

    def _mediator_ids(self) -> list[str]:
        return [
            str(self.mediator_list.item(i).data(PartyRole))
            for i in range(self.mediator_list.count())
            if self.mediator_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def value(self) -> Case:
        fen = yuan_to_fen(self.amount.text())
        if fen is None:
            raise ValidationError(
                [FieldError("amount_fen", self.tr("Enter the amount in yuan, e.g. 1200.50"))]
            )
        return Case(
            source=self.source.currentText(),
            dispute_type=self.dispute_type.currentText(),
            summary=self.summary.toPlainText(),
            registered_on=normalise_date_text(self.registered_on.text()),
            amount_fen=fen,
            people_involved=self.people.value(),
            crime_risk=1 if self.crime_risk.isChecked() else 0,
            petition_risk=1 if self.petition_risk.isChecked() else 0,
            mediator_ids=json.dumps(self._mediator_ids()),
        )

    def save(self) -> None:
        try:
            self.case = self.ctx.run(
                lambda: mediation.register_case(self.ctx.session, self.value(), list(self.parties))
            )
        except ValidationError as err:
            show_field_errors(err, self.error_labels, fallback=self.form_error)
            return
        except SanzhiError as exc:
            show_error(self, exc)
            return
        self.accept()
