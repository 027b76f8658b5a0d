"""首次设置: the first-run wizard that says whose data file this is.

The office code becomes the owner of every record written afterwards and can
never be changed (a wrong code means a new data file), so the wizard checks
it as the clerk types, with the domain's own message under the field, and
writes nothing until 完成. The profile is written by
:func:`sanzhi_desktop.services.office.init_office`; the person at the keyboard
becomes the first operator.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from sanzhi_desktop.domain.division import OfficeKind, division_code_error
from sanzhi_desktop.domain.errors import FieldError, SanzhiError, ValidationError
from sanzhi_desktop.domain.office import OfficeProfile, validate_profile
from sanzhi_desktop.domain.roster import name_error
from sanzhi_desktop.domain.text import clean
from sanzhi_desktop.gui.screen_fit import fit_to_screen
from sanzhi_desktop.gui.widgets import FieldErrorLabel, show_field_errors, with_error_label
from sanzhi_desktop.services import office, operators
from sanzhi_desktop.services.session import Session

OFFICE_FIELDS = ("code", "name", "town_name")
CONTACT_FIELDS = ("supervision_phone", "town_supervision_phone", "operator")


class OfficePage(QWizardPage):
    """Page 1: village or town, its 统计用区划代码, its name and its town's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which office is this?"))
        self.setSubTitle(
            self.tr(
                "This is asked once. The code cannot be changed later: "
                "every record you write carries it."
            )
        )
        form = QFormLayout(self)

        kind_row = QWidget(self)
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        self.village_radio = QRadioButton(self.tr("Village (村)"), kind_row)
        self.village_radio.setObjectName("kindVillage")
        self.town_radio = QRadioButton(self.tr("Town / township (镇、乡)"), kind_row)
        self.town_radio.setObjectName("kindTown")
        self.village_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.village_radio)
        self.kind_group.addButton(self.town_radio)
        kind_layout.addWidget(self.village_radio)
        kind_layout.addWidget(self.town_radio)
        kind_layout.addStretch(1)
        form.addRow(self.tr("Office kind"), kind_row)

        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setMaxLength(20)
        self.code_hint = QLabel(self)
        self.code_hint.setObjectName("codeHint")
        self.code_hint.setWordWrap(True)
        self.code_hint.setStyleSheet("color: #666666;")
        code_box, self.code_error = with_error_label(self.code_edit, self)
        if (code_layout := code_box.layout()) is not None:
            code_layout.addWidget(self.code_hint)
        self.code_error.setObjectName("codeError")
        form.addRow(self.tr("Division code (统计用区划代码)"), code_box)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. 小营村"))
        name_box, self.name_error = with_error_label(self.name_edit, self)
        self.name_error.setObjectName("nameError")
        form.addRow(self.tr("Name"), name_box)

        self.town_edit = QLineEdit(self)
        self.town_edit.setObjectName("townNameEdit")
        self.town_edit.setPlaceholderText(self.tr("e.g. 城关镇"))
        town_box, self.town_error = with_error_label(self.town_edit, self)
        self.town_error.setObjectName("townNameError")
        self.town_label = QLabel(self.tr("Town name"), self)
        form.addRow(self.town_label, town_box)
        self.town_box = town_box

        self.errors: dict[str, FieldErrorLabel] = {
            "code": self.code_error,
            "name": self.name_error,
            "town_name": self.town_error,
        }
        self.code_edit.textChanged.connect(self._check_code)
        self.kind_group.buttonToggled.connect(self._on_kind_changed)
        self._on_kind_changed()

    def kind(self) -> OfficeKind:
        return OfficeKind.TOWN if self.town_radio.isChecked() else OfficeKind.VILLAGE

    def _on_kind_changed(self, *_args: object) -> None:
        village = self.kind() is OfficeKind.VILLAGE
        self.town_label.setVisible(village)
        self.town_box.setVisible(village)
        if village:
            self.code_hint.setText(
                self.tr("12 digits: county (6) + town (3) + village (3), e.g. 610722100201")
            )
        else:
            self.code_hint.setText(self.tr("9 digits: county (6) + town (3), e.g. 610722100"))
        if self.code_edit.text():
            self._check_code()

    def _check_code(self) -> None:
        """Inline check as the clerk types: the domain's message, or nothing when valid."""
        self.code_error.show_error(division_code_error(self.code_edit.text(), self.kind()))

    def profile(self) -> OfficeProfile:
        return OfficeProfile(
            kind=self.kind(),
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            town_name=self.town_edit.text() if self.kind() is OfficeKind.VILLAGE else "",
        ).cleaned()

    def validatePage(self) -> bool:
        profile = self.profile()
        if profile.kind is OfficeKind.TOWN:
            profile.town_name = profile.name
        errors = [e for e in validate_profile(profile) if e.field in OFFICE_FIELDS]
        if errors:
            show_field_errors(ValidationError(errors), self.errors)
            return False
        show_field_errors(ValidationError([]), self.errors)
        return True


class ContactPage(QWizardPage):
    """Page 2: the supervision phones printed on every board, and who is at the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Phones and operator"))
        self.setSubTitle(
            self.tr(
                "The supervision phones are printed at the foot of public sheets. "
                "They may be left empty and filled in later."
            )
        )
        form = QFormLayout(self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("supervisionPhoneEdit")
        self.phone_edit.setPlaceholderText(self.tr("e.g. 0916-1234567"))
        phone_box, phone_error = with_error_label(self.phone_edit, self)
        form.addRow(self.tr("Village supervision phone"), phone_box)

        self.town_phone_edit = QLineEdit(self)
        self.town_phone_edit.setObjectName("townSupervisionPhoneEdit")
        town_phone_box, town_phone_error = with_error_label(self.town_phone_edit, self)
        form.addRow(self.tr("Town supervision phone"), town_phone_box)

        self.operator_edit = QLineEdit(self)
        self.operator_edit.setObjectName("operatorEdit")
        self.operator_edit.setPlaceholderText(self.tr("Your name, e.g. 王文书"))
        operator_box, operator_error = with_error_label(self.operator_edit, self)
        operator_error.setObjectName("operatorError")
        form.addRow(self.tr("Your name (operator)"), operator_box)

        self.general_error = FieldErrorLabel(self)
        self.general_error.setObjectName("generalError")
        form.addRow(self.general_error)
        self.errors: dict[str, FieldErrorLabel] = {
            "supervision_phone": phone_error,
            "town_supervision_phone": town_phone_error,
            "operator": operator_error,
        }


class SetupWizard(QWizard):
    """首次设置. Accepted only after the profile was written; ``profile`` holds it then."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.session = session
        self.profile: OfficeProfile | None = None
        self.setWindowTitle(self.tr("First-time setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.office_page = OfficePage(self)
        self.contact_page = ContactPage(self)
        self.addPage(self.office_page)
        self.addPage(self.contact_page)
        self.setMinimumWidth(640)
        fit_to_screen(self)  # its Next/Finish buttons on a 1366×768 screen

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.contact_page:
            return self._finish()
        return super().validateCurrentPage()

    def _finish(self) -> bool:
        """Write the profile and sign the first operator in; False keeps the wizard open."""
        page = self.contact_page
        operator_name = page.operator_edit.text()
        first = self.office_page.profile()
        if err := name_error(clean(operator_name)):
            show_field_errors(ValidationError([FieldError("operator", err)]), page.errors)
            return False
        try:
            self.profile = office.init_office(
                self.session,
                kind=first.kind,
                code=first.code,
                name=first.name,
                town_name=first.town_name,
                supervision_phone=page.phone_edit.text(),
                town_supervision_phone=page.town_phone_edit.text(),
            )
        except ValidationError as exc:
            page_one = [e for e in exc.errors if e.field in OFFICE_FIELDS]
            show_field_errors(exc, page.errors, fallback=page.general_error)
            if page_one:
                show_field_errors(ValidationError(page_one), self.office_page.errors)
            return False
        except SanzhiError as exc:
            page.general_error.show_error(str(exc))
            return False
        operators.sign_in(self.session, operator_name)
        return True
