"""Windows that fit the screen: the main window's first size, dialogs and the print preview.

The offscreen platform has one screen of its own size, so the tests replace
``screen_fit.available_geometry`` with the area a 1366×768 PC leaves (the
task bar takes 40 px) or a 1920×1080 one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui import screen_fit
from sanzhi_desktop.gui.app import build_main_window
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.services.session import Session
from tests.gui.test_pdf_preview import two_page_pdf

SMALL = QRect(0, 0, 1366, 728)
LARGE = QRect(0, 0, 1920, 1040)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: SMALL)
    return SMALL


@pytest.mark.parametrize(
    ("available", "maximised"),
    [
        (QSize(1366, 728), True),
        (QSize(1280, 984), True),
        (QSize(1440, 860), True),
        (QSize(1920, 1040), False),
        (QSize(2560, 1400), False),
    ],
)
def test_maximised_up_to_1440_px_wide(available: QSize, maximised: bool) -> None:
    size, is_maximised = screen_fit.initial_window_state(available)
    assert is_maximised is maximised
    assert size.width() <= available.width() and size.height() <= available.height()


def test_on_a_large_screen_the_window_is_its_preferred_size() -> None:
    size, _ = screen_fit.initial_window_state(QSize(1920, 1040))
    assert size == screen_fit.PREFERRED_MAIN_SIZE


def test_never_larger_than_a_small_screen() -> None:
    size, maximised = screen_fit.initial_window_state(QSize(1024, 600))
    assert maximised and size.width() <= 1024 and size.height() <= 600


def test_the_main_window_opens_maximised_on_1366x768(
    qtbot: QtBot, session: Session, small_screen: QRect
) -> None:
    window = build_main_window(session)
    qtbot.addWidget(window)
    assert window.open_maximised
    assert window.width() <= small_screen.width() and window.height() <= small_screen.height()


def test_the_main_window_is_not_maximised_on_1920x1080(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: LARGE)
    window = build_main_window(session)
    qtbot.addWidget(window)
    assert not window.open_maximised
    assert window.size() == screen_fit.PREFERRED_MAIN_SIZE


def _buttons_visible(dialog: QWidget, screen: QRect) -> None:
    """The dialog fits ``screen`` and every button of it lies inside the dialog."""
    assert dialog.width() <= screen.width(), dialog.size()
    assert dialog.height() <= screen.height(), dialog.size()
    assert dialog.maximumHeight() <= screen.height()
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    boxes = dialog.findChildren(QDialogButtonBox)
    assert buttons or boxes
    for box in boxes:
        if not box.isVisible():
            continue
        bottom = box.mapTo(dialog, box.rect().bottomLeft()).y()
        assert 0 < bottom <= dialog.height(), (type(dialog).__name__, bottom, dialog.height())


def _person_dialog(ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.dialogs.person_dialog import PersonDialog

    return PersonDialog(ctx, parent=parent)


def _household_dialog(ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.kit.form import FormDialog
    from sanzhi_desktop.gui.parts.roster.households_form import HouseholdForm

    return FormDialog("户", HouseholdForm().fields(), lambda v: None, parent, ctx=ctx)


def _case_dialog(ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.parts.mediation.cases_tab import CasesTab
    from sanzhi_desktop.gui.parts.mediation.page import MediationPage

    page = MediationPage(ctx, parent)
    tab = page.cases_tab
    assert isinstance(tab, CasesTab)
    return tab.new_record()


def _report_dialog(ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.parts.mediation.report_dialog import MediationReportDialog

    return MediationReportDialog(ctx, parent=parent)


def _operator_dialog(ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.dialogs.operator_dialog import OperatorDialog

    return OperatorDialog(ctx.session, parent)


def _import_dialog(ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.dialogs.roster_import_dialog import RosterImportDialog

    return RosterImportDialog(ctx, parent=parent)


def _restore_dialog(ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.dialogs.backup_restore import BackupRestoreDialog

    return BackupRestoreDialog(ctx.session.path, parent)


def _change_log(ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.pages.changelog import ChangeLogView

    return ChangeLogView(ctx, parent)


def _preview(_ctx: GuiContext, parent: QWidget) -> QDialog:
    from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog

    return PdfPreviewDialog(two_page_pdf(), title="预览", parent=parent)


DIALOGS: dict[str, Callable[[GuiContext, QWidget], QDialog]] = {
    "person": _person_dialog,
    "household": _household_dialog,
    "mediation case": _case_dialog,
    "mediation report": _report_dialog,
    "operator": _operator_dialog,
    "roster import": _import_dialog,
    "backup restore": _restore_dialog,
    "change log": _change_log,
    "print preview": _preview,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits_1366x768_with_its_buttons_visible(
    qtbot: QtBot, session: Session, small_screen: QRect, name: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = DIALOGS[name](GuiContext(session=session), parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    _buttons_visible(dialog, small_screen)


def test_the_setup_wizard_fits_1366x768(
    qtbot: QtBot, empty_session: Session, small_screen: QRect
) -> None:
    from sanzhi_desktop.gui.dialogs.setup_wizard import SetupWizard

    wizard = SetupWizard(empty_session)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.width() <= small_screen.width() and wizard.height() <= small_screen.height()


def test_a_tall_dialog_scrolls_its_fields_and_keeps_its_buttons(
    qtbot: QtBot, small_screen: QRect
) -> None:
    from PySide6.QtWidgets import QLineEdit, QScrollArea, QVBoxLayout

    # Given a dialog with 60 fields, far taller than 728 px
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for number in range(60):
        layout.addWidget(QLineEdit(str(number)))
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    layout.addWidget(box)
    assert dialog.sizeHint().height() > small_screen.height()
    # When its body is made to scroll
    scroll = screen_fit.scroll_body(dialog, box)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Then it fits, its fields scroll and its buttons sit inside it, at the bottom
    assert isinstance(scroll, QScrollArea) and scroll.verticalScrollBar().maximum() > 0
    assert box.parentWidget() is dialog
    _buttons_visible(dialog, small_screen)


def test_a_short_dialog_keeps_its_natural_size(qtbot: QtBot, small_screen: QRect) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLineEdit("一"))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(box)
    scroll = screen_fit.scroll_body(dialog, box)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() < 300
    assert scroll.verticalScrollBar().maximum() == 0


def test_a_dialog_grows_when_a_message_appears_instead_of_scrolling(
    qtbot: QtBot, small_screen: QRect
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    # Given a shown dialog with a hidden message under its field
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLineEdit("610722199001010014"))
    message = QLabel("身份证号校验位不对，请逐位核对")
    message.setVisible(False)
    layout.addWidget(message)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(box)
    scroll = screen_fit.scroll_body(dialog, box)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    # When the message appears
    message.setVisible(True)
    qtbot.waitUntil(lambda: dialog.height() > before)
    # Then the dialog made room for it: nothing to scroll, the buttons in view
    assert scroll.verticalScrollBar().maximum() == 0
    _buttons_visible(dialog, small_screen)
