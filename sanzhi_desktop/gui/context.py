"""What every page is given: the session, the change bus and the task runner.

Passed explicitly to each page's constructor (no global main-window object
reached from everywhere): a page can be built and tested on its own with a
context over a temporary database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from sanzhi_desktop.services.session import Session


class Bus(QObject):
    """Application-wide signals.

    ``data_changed(table)`` is emitted after a service changed a table ("" for
    "anything may have changed", e.g. after an import); pages refresh on it.
    ``operator_changed(name)`` when someone else sits down at the keyboard.
    ``navigate(page, table, record_id)`` asks the main window to show a page
    and, if the page has ``select_record(table, record_id)``, that record
    (a to-do clicked on the home page, a link from one record to another).
    """

    data_changed = Signal(str)
    operator_changed = Signal(str)
    navigate = Signal(str, str, str)


@dataclass
class GuiContext:
    session: Session
    bus: Bus = field(default_factory=Bus)

    def changed(self, table: str = "") -> None:
        """Announce that ``table`` changed (call after a service returned)."""
        self.bus.data_changed.emit(table)
