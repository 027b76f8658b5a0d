"""The data file's full health check, run behind the window once it is up.

A file the program closed cleanly last time is opened after a cheap check only
(``open_session(defer_check=True)``, :mod:`storage.health`); its full
``quick_check`` starts here once the window has painted and its home page is
filled, and is looked at a few times a second. Until it has passed, a write
waits for it (the storage's write gate), and the day's automatic backup is
made only after it (never a copy of a damaged file over the good ones).

When it finds damage: the connection becomes read-only at once, the clerk is
told in Chinese, and, when a good backup exists, offered it as at start-up
(``gui.dialogs.backup_offer``) — the window closes for the restore, and the
program opens the restored file again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage.connection import damaged_message

# How often the running check is looked at (ms).
POLL_MS = 200


class HealthWatch(QObject):
    """Starts ``session.health`` after the first paint; ``on_sound`` runs when it passes."""

    def __init__(
        self, app: QApplication, window: QWidget, session: Session, on_sound: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._session = session
        self._on_sound = on_sound
        # Set when the clerk asked to restore a backup: the caller does it after the loop ends.
        self.restore_problem = ""
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start the check (after events already queued: the home page's first fill)."""
        if self._session.health is None:
            self._on_sound()
            return
        QTimer.singleShot(0, self, self._begin)

    def _begin(self) -> None:
        assert self._session.health is not None
        self._session.health.start()
        self._timer.start()
        self._poll()

    def _poll(self) -> None:
        check = self._session.health
        if check is None or not check.done:
            return
        self._timer.stop()
        problems = check.wait()
        if not problems:
            self._session.conn.set_authorizer(None)  # sound: writes need not ask any more
            self._on_sound()
            return
        self.damaged(problems[0])

    def damaged(self, problem: str) -> None:
        """Read-only at once, tell the clerk, offer the newest good backup."""
        from sanzhi_desktop.services import backups

        self._session.make_read_only()
        message = damaged_message(self._session.path, problem)
        if backups.newest_good_backup(self._session.path) is None:
            QMessageBox.critical(
                self._window,
                QCoreApplication.translate("HealthWatch", "The data file is damaged"),
                QCoreApplication.translate(
                    "HealthWatch",
                    "{problem}\n\nThe program now only shows the data and saves nothing. "
                    "Ask the township's technician for help.",
                ).format(problem=message),
            )
            return
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("HealthWatch", "The data file is damaged"),
            QCoreApplication.translate(
                "HealthWatch",
                "{problem}\n\nThe program now only shows the data and saves nothing. Close "
                "this window and offer the newest good backup?",
            ).format(problem=message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_problem = message
            self._app.exit(0)
