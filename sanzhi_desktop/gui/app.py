"""Starting the GUI: font, language, the data file, first-run setup, who is working.

The order matters. The font and a provisional Chinese translator come first
so that even the very first message box (another copy running, a damaged
file) is readable. Then the data file is opened; every expected refusal is a
plain Chinese message box and exit code 1, never a traceback. Only then is
the saved language preference known, so the translators are swapped if the
office chose English. A data file without an office profile gets the
first-run wizard; cancelling it leaves nothing behind.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.gui import collector, start_probe
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.fonts import register_app_font
from sanzhi_desktop.gui.health_watch import HealthWatch
from sanzhi_desktop.gui.i18n import install_translators
from sanzhi_desktop.gui.main_window import MainWindow
from sanzhi_desktop.resource_files import resource_path
from sanzhi_desktop.services import operators, settings
from sanzhi_desktop.services.session import (
    DEFAULT_OPERATOR,
    Session,
    open_session,
    run_startup_backup,
)
from sanzhi_desktop.storage.connection import DamagedDatabaseError, EarlyQuickCheck
from sanzhi_desktop.storage.lock import lock_path_for

log = logging.getLogger(__name__)

APP_NAME = "sanzhi-desktop"
ORG_NAME = "sanzhi"


def make_application() -> QApplication:
    """The QApplication (reused if one exists, as in tests).

    High-DPI screens need nothing here: Qt 6 scales by the exact factor
    (``HighDpiScaleFactorRoundingPolicy.PassThrough`` is its default).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Sanzhi"))
    set_window_icon(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """The program's icon on every window and, via the .desktop name, in the Linux task bar."""
    app.setDesktopFileName("sanzhi-desktop")
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "sanzhi.png"))))
    except FileNotFoundError as exc:  # a checkout without icons: Qt's default icon
        log.warning("icon missing: %s", exc)


def build_main_window(session: Session) -> MainWindow:
    """The main window over an open, initialised session (also for tests and screenshots)."""
    return MainWindow(GuiContext(session=session))


def _swap_translators(app: QApplication, translators: list[QTranslator], code: str) -> None:
    """Replace the installed ``translators`` (in place) by those for ``code``."""
    for translator in translators:
        app.removeTranslator(translator)
    translators[:] = install_translators(app, code)


def _daily_backup(window: MainWindow, session: Session) -> None:
    """The day's automatic copy of the data file, made once the window is on screen.

    Not before: it imports the backup code and, once a day, copies the whole
    file (seconds for a town's), and the clerk would look at no window
    meanwhile. It runs in the event loop before any click is handled, so
    nothing is written before the copy. A failed copy does not stop the
    work, but the clerk is told, as a full disk would soon hurt more.
    """
    run_startup_backup(session)
    if session.startup_backup_error:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("App", "Daily backup"),
            QCoreApplication.translate(
                "App",
                "Today's automatic backup could not be made:\n{error}\n\n"
                "Your data is not affected. Free some disk space, then back up "
                "under Settings.",
            ).format(error=session.startup_backup_error),
        )


def _refuse(exc: BaseException) -> int:
    collector.resume()  # a dialog waits for the clerk
    QMessageBox.critical(
        None, QCoreApplication.translate("App", "Cannot open the data file"), str(exc)
    )
    return 1


def _remove_new_file(db_path: Path) -> None:
    """Remove a data file this run created, when the wizard was cancelled."""
    for path in (
        db_path,
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
        lock_path_for(db_path),
    ):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:  # e.g. still open on Windows: harmless, it holds no profile
            log.warning("could not remove %s: %s", path, exc)


def run_gui(
    db_path: Path,
    *,
    lang: str | None = None,
    operator: str | None = None,
    early_check: EarlyQuickCheck | None = None,
) -> int:
    """Run the program on ``db_path``; returns the process exit code.

    ``early_check``: the file's health check, started before Qt was imported.
    """
    app = make_application()
    register_app_font(app)
    translators = install_translators(app, lang or "zh_CN")
    try:
        return _run(
            app, translators, Path(db_path), lang=lang, operator=operator, early_check=early_check
        )
    finally:
        collector.resume()
        for translator in translators:
            app.removeTranslator(translator)


def _run(
    app: QApplication,
    translators: list[QTranslator],
    db_path: Path,
    *,
    lang: str | None,
    operator: str | None,
    early_check: EarlyQuickCheck | None = None,
) -> int:
    existed = db_path.exists()
    try:
        session = open_session(
            db_path,
            operator=operator or DEFAULT_OPERATOR,
            early_check=early_check,
            auto_backup=False,  # made right after the first paint: see _daily_backup
            defer_check=True,  # a cleanly closed file: the full check behind the window
        )
    except DamagedDatabaseError as exc:  # offer the newest good backup; never write the file
        from sanzhi_desktop.gui.dialogs.backup_offer import offer_restore_of_damaged

        collector.resume()
        if not offer_restore_of_damaged(db_path, str(exc)):
            return _refuse(exc)
        try:
            session = open_session(
                db_path, operator=operator or DEFAULT_OPERATOR, auto_backup=False
            )
        except (SanzhiError, OSError) as again:
            return _refuse(again)
    except (SanzhiError, OSError) as exc:  # already running, newer version, no access
        return _refuse(exc)

    try:
        if lang is None:
            preferred = settings.preferred_language(session)
            if preferred != "zh_CN":
                _swap_translators(app, translators, preferred)

        signed_in = False
        if session.profile is None:
            # Imported here, as are the pages: only a first run needs the wizard
            # (and the office keys and crypto code behind it).
            from sanzhi_desktop.gui.dialogs.setup_wizard import SetupWizard

            collector.resume()
            wizard = SetupWizard(session)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                session.close()
                if not existed:
                    _remove_new_file(db_path)
                return 0
            signed_in = True

        if operator:
            try:
                operators.sign_in(session, operator)
            except SanzhiError as exc:
                collector.resume()
                QMessageBox.warning(None, QCoreApplication.translate("App", "Operator"), str(exc))
                signed_in = False
            else:
                signed_in = True
        if not signed_in:
            from sanzhi_desktop.gui.dialogs.operator_dialog import OperatorDialog

            collector.resume()
            dialog = OperatorDialog(session)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0

        window = build_main_window(session)
        # The day's backup waits for the file's full check when that runs behind the window.
        watch = HealthWatch(app, window, session, lambda: _daily_backup(window, session))
        window.first_painted.connect(watch.start)
        start_probe.install(app, window)  # benchmark hooks, off unless asked for
        window.show_fitted()
        code = app.exec()
        window.deleteLater()
        restore_problem = watch.restore_problem
    finally:
        session.close()
    if restore_problem:  # damage found behind the window; the clerk asked for the backup
        from sanzhi_desktop.gui.dialogs.backup_offer import offer_restore_of_damaged

        if offer_restore_of_damaged(db_path, restore_problem):
            return _run(app, translators, db_path, lang=lang, operator=operator)
    return int(code)
