"""New or edit a villager: name, sex, ethnicity, birth date, ID number, phone, household.

The ID number is checked as it is typed (the domain's own check, so the
message is the one the service would give) and, once valid, shows what it
encodes: the birth date fills an empty 出生日期 and the sex is taken from it,
which is what clerks copying a 户口簿 expect. Everything else is checked by
the service on OK; its :class:`ValidationError` lands under each field.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.domain.idcard import birth_date_of, id_number_error, sex_of
from sanzhi_desktop.domain.roster import ETHNICITIES, RELATIONS, SEXES, Person
from sanzhi_desktop.domain.text import clean_code
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import (
    MUTED_COLOR,
    FieldErrorLabel,
    show_field_errors,
    with_error_label,
)
from sanzhi_desktop.services import roster

_LOOSE_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def normalise_date_text(text: str) -> str:
    """Accept the ways clerks write a date (1980/1/1, 1980.1.1, 19800101, 1980年1月1日).

    Returns ISO ``1980-01-01`` when the shape is recognised, else the text as
    typed so that the domain can say what is expected.
    """
    value = clean_code(text)
    match = _LOOSE_DATE.match(value) or _COMPACT_DATE.match(value)
    if match is None:
        return value
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def household_label(row: dict[str, Any]) -> str:
    """``0101 王大明（1组）`` — how a household is picked in a combo box."""
    return f"{row['household_no']} {row['head_name']}（{row['group_no']}组）"


class PersonDialog(QDialog):
    """``person=None`` adds a villager (to ``household_id`` if given); else edits ``person``.

    After ``accept()``, :attr:`person` is the stored person (with its id).
    """

    def __init__(
        self,
        ctx: GuiContext,
        person: Person | None = None,
        household_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._original = person
        self.person: Person | None = person
        self.setWindowTitle(self.tr("Edit villager") if person else self.tr("New villager"))
        self.setMinimumWidth(540)

        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.sex = QComboBox(self)
        self.sex.setObjectName("sex")
        self.sex.addItems(list(SEXES))
        self.sex.setPlaceholderText(self.tr("Choose"))
        self.sex.setCurrentIndex(-1)
        self.ethnicity = QComboBox(self)
        self.ethnicity.setObjectName("ethnicity")
        self.ethnicity.setEditable(True)
        self.ethnicity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ethnicity.addItems(list(ETHNICITIES))
        self.ethnicity.setCompleter(self._contains_completer(self.ethnicity))
        self.birth_date = QLineEdit(self)
        self.birth_date.setObjectName("birth_date")
        self.birth_date.setPlaceholderText("1980-01-01")
        self.id_number = QLineEdit(self)
        self.id_number.setObjectName("id_number")
        self.id_number.setMaxLength(22)
        self.id_number.setPlaceholderText(self.tr("18 characters"))
        self.id_info = QLabel(self)
        self.id_info.setObjectName("idInfo")
        self.id_info.setStyleSheet(f"color: {MUTED_COLOR};")
        self.id_info.setVisible(False)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.household = QComboBox(self)
        self.household.setObjectName("household_id")
        self.household.setEditable(True)
        self.household.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        household_edit = self.household.lineEdit()
        if household_edit is not None:
            household_edit.setPlaceholderText(self.tr("Type household no. or head's name"))
        self._members: dict[str, int] = {}
        for row in roster.list_households(ctx.session):
            self.household.addItem(household_label(row), row["id"])
            self._members[row["id"]] = int(row["members"])
        self.household.setCompleter(self._contains_completer(self.household))
        self.household.setCurrentIndex(-1)
        self.relation = QComboBox(self)
        self.relation.setObjectName("relation")
        self.relation.addItems(list(RELATIONS))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setFixedHeight(60)
        self.note.setTabChangesFocus(True)

        id_box = QWidget(self)
        id_layout = QVBoxLayout(id_box)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.setSpacing(2)
        id_layout.addWidget(self.id_number)
        id_layout.addWidget(self.id_info)

        form = QFormLayout()
        self.error_labels: dict[str, FieldErrorLabel] = {}
        rows: tuple[tuple[str, str, QWidget], ...] = (
            ("name", self.tr("Name"), self.name),
            ("id_number", self.tr("ID number"), id_box),
            ("sex", self.tr("Sex"), self.sex),
            ("birth_date", self.tr("Date of birth"), self.birth_date),
            ("ethnicity", self.tr("Ethnicity"), self.ethnicity),
            ("phone", self.tr("Phone"), self.phone),
            ("household_id", self.tr("Household"), self.household),
            ("relation", self.tr("Relation to head"), self.relation),
            ("note", self.tr("Note"), self.note),
        )
        for field, label, widget in rows:
            box, error = with_error_label(widget, self)
            error.setObjectName(f"error_{field}")
            self.error_labels[field] = error
            form.addRow(label, box)
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

        self._fill(person, household_id)

        self.name.textEdited.connect(lambda _t: self._clear("name"))
        self.sex.currentIndexChanged.connect(lambda _i: self._clear("sex"))
        self.ethnicity.currentTextChanged.connect(lambda _t: self._clear("ethnicity"))
        self.birth_date.textEdited.connect(lambda _t: self._clear("birth_date"))
        self.birth_date.editingFinished.connect(self._tidy_birth_date)
        self.id_number.textChanged.connect(self._on_id_number_changed)
        self.id_number.editingFinished.connect(self._on_id_number_finished)
        self.phone.textEdited.connect(lambda _t: self._clear("phone"))
        self.household.currentIndexChanged.connect(self._on_household_changed)
        self.household.editTextChanged.connect(lambda _t: self._clear("household_id"))
        self.relation.currentIndexChanged.connect(lambda _i: self._clear("relation"))
        self.note.textChanged.connect(lambda: self._clear("note"))
        self.name.setFocus()

    @staticmethod
    def _contains_completer(combo: QComboBox) -> QCompleter:
        """A completer that finds an item by any part of it (户主's name, not only 户号)."""
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return completer

    def _fill(self, person: Person | None, household_id: str | None) -> None:
        if person is None:
            self.ethnicity.setCurrentText(ETHNICITIES[0])
            if household_id:
                self._select_household(household_id)
            self._default_relation()
            return
        self.name.setText(person.name)
        self.sex.setCurrentIndex(self.sex.findText(person.sex))
        self.ethnicity.setCurrentText(person.ethnicity)
        self.birth_date.setText(person.birth_date)
        self.id_number.setText(person.id_number)
        self._show_id_info(person.id_number)
        self.phone.setText(person.phone)
        self._select_household(person.household_id)
        index = self.relation.findText(person.relation)
        self.relation.setCurrentIndex(index if index >= 0 else self.relation.count() - 1)
        self.note.setPlainText(person.note)

    def _select_household(self, household_id: str) -> None:
        self.household.setCurrentIndex(self.household.findData(household_id))

    def _default_relation(self) -> None:
        """户主 for the first member of a household, 其他 otherwise (the clerk changes it)."""
        household_id = self.household.currentData()
        first = household_id is not None and self._members.get(household_id, 0) == 0
        self.relation.setCurrentText("户主" if first else "其他")

    def _on_household_changed(self, _index: int) -> None:
        self._clear("household_id")
        if self._original is None:
            self._default_relation()

    def _grow_to_fit(self) -> None:
        """Make room for messages that just appeared, without shrinking what the clerk sized."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _clear(self, field: str) -> None:
        self.error_labels[field].clear_error()
        self.form_error.clear_error()

    # --- the ID number as it is typed -------------------------------------------------

    def _on_id_number_changed(self, text: str) -> None:
        """Check once 18 characters are in; shorter input is only judged on leaving the field."""
        number = clean_code(text)
        if len(number) < 18:
            self.error_labels["id_number"].clear_error()
            self.id_info.setVisible(False)
            return
        self._check_id_number(number)

    def _on_id_number_finished(self) -> None:
        number = clean_code(self.id_number.text())
        if number:
            self._check_id_number(number)

    def _check_id_number(self, number: str) -> None:
        error = id_number_error(number)
        self.error_labels["id_number"].show_error(error)
        if error is not None:
            self.id_info.setVisible(False)
            self._grow_to_fit()
            return
        self._show_id_info(number)
        born = birth_date_of(number)
        if born is not None and not self.birth_date.text().strip():
            self.birth_date.setText(born.isoformat())
            self._clear("birth_date")
        self.sex.setCurrentIndex(self.sex.findText(sex_of(number)))

    def _show_id_info(self, number: str) -> None:
        if not number or id_number_error(number) is not None:
            self.id_info.setVisible(False)
            return
        born = birth_date_of(number)
        self.id_info.setText(
            self.tr("Born {0}, {1}").format(born.isoformat() if born else "", sex_of(number))
        )
        self.id_info.setVisible(True)

    def _tidy_birth_date(self) -> None:
        text = self.birth_date.text()
        tidy = normalise_date_text(text)
        if tidy != text:
            self.birth_date.setText(tidy)

    # --- saving -----------------------------------------------------------------------

    def _household_id(self) -> str:
        """The chosen household, or "" when the typed text matches none."""
        index = self.household.findText(self.household.currentText())
        if index < 0:
            return ""
        return str(self.household.itemData(index))

    def value(self) -> Person:
        """The person as typed (not yet cleaned or checked)."""
        return Person(
            name=self.name.text(),
            sex=self.sex.currentText(),
            household_id=self._household_id(),
            relation=self.relation.currentText(),
            ethnicity=self.ethnicity.currentText(),
            birth_date=normalise_date_text(self.birth_date.text()),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            note=self.note.toPlainText(),
            id=self._original.id if self._original else "",
        )

    def save(self) -> None:
        """Hand the person to the service; close only when it was stored."""
        try:
            if self._original is None:
                self.person = self.ctx.run(
                    lambda: roster.add_person(self.ctx.session, self.value())
                )
            else:
                self.person = self.ctx.run(
                    lambda: roster.update_person(self.ctx.session, self.value())
                )
        except ValidationError as err:
            show_field_errors(err, self.error_labels, fallback=self.form_error)
            self._grow_to_fit()
            self._focus_first_error()
            return
        except Exception as exc:  # a refusal or an unexpected error: tell, stay open
            show_error(self, exc)
            return
        self.accept()

    def _focus_first_error(self) -> None:
        widgets = {
            "name": self.name,
            "id_number": self.id_number,
            "sex": self.sex,
            "birth_date": self.birth_date,
            "ethnicity": self.ethnicity,
            "phone": self.phone,
            "household_id": self.household,
            "relation": self.relation,
            "note": self.note,
        }
        for field, widget in widgets.items():
            if self.error_labels[field].has_error():
                widget.setFocus()
                return
