"""Running long work off the GUI thread, with a progress dialog and 取消.

``run_task(parent, title, fn, on_done)`` runs ``fn(session, progress)`` in a
worker thread on its own database connection (:meth:`Session.worker_copy`),
shows a modal progress dialog that never freezes the window, and calls
``on_done(result)`` or shows the error on the GUI thread. Pressing 取消 makes
the next ``progress(...)`` call raise :class:`Cancelled`, which rolls back the
service's transaction.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.services.progress import Cancelled, Progress
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import disk_faults

TaskFn = Callable[[Session, Progress], Any]


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, session: Session, fn: TaskFn) -> None:
        super().__init__()
        self._session = session
        self._fn = fn
        self.cancel_requested = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self.cancel_requested.is_set():
            raise Cancelled()
        self.progressed.emit(done, total, text)

    def run(self) -> None:
        worker_session = self._session.worker_copy()
        try:
            result = self._fn(worker_session, self.progress)
        except BaseException as exc:  # reported on the GUI thread
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            worker_session.close()


class Task(QObject):
    """One running task; kept alive by its parent widget until it ends."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget, title: str, session: Session, fn: TaskFn) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.thread = QThread(self)
        self.worker = _Worker(session, fn)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.dialog.canceled.connect(self.worker.cancel_requested.set)

    def start(self) -> None:
        self.thread.start()

    def wait(self, msecs: int = 60_000) -> bool:
        return self.thread.wait(msecs)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    def _stop(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.hide()

    def _on_finished(self, result: object) -> None:
        self._stop()
        self.done.emit(result)
        self.deleteLater()

    def _on_failed(self, exc: object) -> None:
        self._stop()
        self.error.emit(exc)
        self.deleteLater()


def run_task(
    parent: QWidget,
    title: str,
    session: Session,
    fn: TaskFn,
    on_done: Callable[[Any], None],
    *,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Start ``fn`` in the background; ``on_done``/``on_error`` run on the GUI thread."""
    task = Task(parent, title, session, fn)
    task.done.connect(on_done)
    task.error.connect(on_error or (lambda exc: show_error(parent, exc)))
    task.start()
    return task


def clerk_error(parent: QWidget | None, exc: object) -> object:
    """A full or read-only disk met by a write, as the CLI says it (which disk, what to
    do) instead of "unexpected error"; any other error unchanged.

    The data file is that of the nearest widget up from ``parent`` holding a
    ``ctx`` (every page and record dialog does).
    """
    widget: Any = parent
    while widget is not None and getattr(widget, "ctx", None) is None:
        widget = widget.parent()
    session = getattr(getattr(widget, "ctx", None), "session", None)
    data_file = Path(session.path) if session is not None else None
    if isinstance(exc, sqlite3.DatabaseError) and data_file is not None:
        return disk_faults.from_sqlite_error(exc, data_file) or exc
    if isinstance(exc, OSError):
        target = Path(str(exc.filename)) if exc.filename else None
        return disk_faults.from_os_error(exc, target) or exc
    return exc


def show_error(parent: QWidget | None, exc: object) -> None:
    """A message box for an expected error; unexpected ones say so and keep the detail."""
    if isinstance(exc, Cancelled):
        return
    exc = clerk_error(parent, exc)
    if isinstance(exc, SanzhiError):
        QMessageBox.warning(parent, QCoreApplication.translate("tasks", "Cannot do that"), str(exc))
    else:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("tasks", "Unexpected error"),
            QCoreApplication.translate(
                "tasks", "Something went wrong. Nothing was saved by this step."
            ),
            parent=parent,
        )
        box.setDetailedText(repr(exc))
        box.exec()
