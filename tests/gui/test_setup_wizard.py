"""The first-run wizard and the operator dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.dialogs.operator_dialog import OperatorDialog
from sanzhi_desktop.gui.dialogs.setup_wizard import SetupWizard
from sanzhi_desktop.services import operators
from sanzhi_desktop.services.session import Session


def _wizard(qtbot: QtBot, session: Session) -> SetupWizard:
    wizard = SetupWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_five_digit_code_shows_inline_error_and_writes_nothing(
    qtbot: QtBot, empty_session: Session
) -> None:
    wizard = _wizard(qtbot, empty_session)
    page = wizard.office_page
    # When the clerk types five digits
    qtbot.keyClicks(page.code_edit, "61072")
    # Then the domain's message is shown under the field as they type
    assert page.code_error.isVisibleTo(wizard)
    assert "12位" in page.code_error.text()
    # And the wizard does not move on, nor write a profile
    page.name_edit.setText("小营村")
    page.town_edit.setText("某镇")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is page
    assert empty_session.profile is None


def test_error_clears_when_code_becomes_valid(qtbot: QtBot, empty_session: Session) -> None:
    wizard = _wizard(qtbot, empty_session)
    qtbot.keyClicks(wizard.office_page.code_edit, "61072210020")
    assert wizard.office_page.code_error.isVisibleTo(wizard)
    qtbot.keyClicks(wizard.office_page.code_edit, "1")
    assert not wizard.office_page.code_error.isVisibleTo(wizard)


def test_town_kind_wants_nine_digits(qtbot: QtBot, empty_session: Session) -> None:
    wizard = _wizard(qtbot, empty_session)
    wizard.office_page.code_edit.setText("610722100")
    assert wizard.office_page.code_error.isVisibleTo(wizard)
    wizard.office_page.town_radio.setChecked(True)
    assert not wizard.office_page.code_error.isVisibleTo(wizard)
    assert not wizard.office_page.town_edit.isVisibleTo(wizard)


def test_valid_input_creates_profile_and_first_operator(
    qtbot: QtBot, empty_session: Session
) -> None:
    wizard = _wizard(qtbot, empty_session)
    page = wizard.office_page
    qtbot.keyClicks(page.code_edit, "610722100201")
    # (keyClicks types ASCII only; Chinese arrives through the input method anyway)
    page.name_edit.setText("小营村")
    page.town_edit.setText("某镇")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.contact_page
    contact = wizard.contact_page
    contact.phone_edit.setText("0916-1234567")
    contact.operator_edit.setText("王文书")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert empty_session.profile is not None
    assert empty_session.profile.code == "610722100201"
    assert empty_session.profile.town_code == "610722100"
    assert empty_session.operator == "王文书"
    assert operators.list_operators(empty_session) == ["王文书"]


def test_bad_phone_is_shown_next_to_its_field(qtbot: QtBot, empty_session: Session) -> None:
    wizard = _wizard(qtbot, empty_session)
    page = wizard.office_page
    page.code_edit.setText("610722100201")
    page.name_edit.setText("小营村")
    page.town_edit.setText("某镇")
    wizard.button(QWizard.WizardButton.NextButton).click()
    contact = wizard.contact_page
    contact.phone_edit.setText("12")
    contact.operator_edit.setText("王文书")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentPage() is contact
    assert contact.errors["supervision_phone"].isVisibleTo(wizard)
    assert "监督电话" in contact.errors["supervision_phone"].text()
    assert empty_session.profile is None


def test_operator_dialog_preselects_last_and_signs_in(qtbot: QtBot, session: Session) -> None:
    operators.sign_in(session, "王文书")
    operators.add_operator(session, "李会计")
    dialog = OperatorDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.combo.currentText() == "王文书"
    dialog.combo.setCurrentText("赵新")
    assert dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.operator == "赵新" and dialog.operator == "赵新"
    assert operators.last_operator(session) == "赵新"
    assert "赵新" in operators.list_operators(session)


def test_operator_dialog_refuses_empty_name(qtbot: QtBot, session: Session) -> None:
    dialog = OperatorDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.combo.setCurrentText("")
    assert not dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.error_labels["operator"]
    assert error.isVisibleTo(dialog) and "姓名" in error.text()
    assert dialog.operator is None
