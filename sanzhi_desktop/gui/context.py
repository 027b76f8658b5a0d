"""What every page is given: the session, the change bus and the task runner.

Passed explicitly to each page's constructor (no global main-window object
reached from everywhere): a page can be built and tested on its own with a
context over a temporary database.

Change notification comes from the change log, not from the widgets: a GUI
operation runs its service through :meth:`GuiContext.run` (or
:meth:`GuiContext.mark` + :meth:`GuiContext.announce_since` around a
background task), which reads the ``changes`` rows written meanwhile and
emits their tables once. No widget names the tables a service writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from sanzhi_desktop.services.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from sanzhi_desktop.gui.tasks import Task
    from sanzhi_desktop.services.progress import Progress

T = TypeVar("T")

#: The change set that means "anything may have changed" (an import, a restore).
EVERYTHING: frozenset[str] = frozenset({"*"})


def touches(changed: Iterable[str], tables: Iterable[str]) -> bool:
    """Whether change set ``changed`` concerns any of ``tables`` (always for EVERYTHING)."""
    changed_set = frozenset(changed)
    return "*" in changed_set or not changed_set.isdisjoint(tables)


class Bus(QObject):
    """Application-wide signals.

    ``tables_changed(frozenset[str])`` is emitted once after an operation,
    with the tables whose rows it wrote (:data:`EVERYTHING` after an import);
    each record tab refreshes when it shows one of them.
    ``status_changed()`` when something the status bar or the home page shows
    changed that the change log does not record (the sync ledger, a setting).
    ``operator_changed(name)`` when someone else sits down at the keyboard.
    ``navigate(page, table, record_id)`` asks the main window to show a page
    and, if the page has ``select_record(table, record_id)``, that record
    (a to-do clicked on the home page, a link from one record to another).
    """

    tables_changed = Signal(object)
    status_changed = Signal()
    operator_changed = Signal(str)
    navigate = Signal(str, str, str)
    #: The home page counted the to-dos (the status bar shows the same number).
    todos_counted = Signal(int)


@dataclass
class GuiContext:
    session: Session
    bus: Bus = field(default_factory=Bus)

    def mark(self) -> int:
        """Where the change log ends now (before a service call or a background task)."""
        from sanzhi_desktop.services.changelog import change_mark

        return change_mark(self.session)

    def announce_since(self, mark: int) -> frozenset[str]:
        """Emit the tables written since ``mark``, once; nothing when nothing was written."""
        from sanzhi_desktop.services.changelog import tables_changed_since

        tables = tables_changed_since(self.session, mark)
        if tables:
            self.bus.tables_changed.emit(tables)
        return tables

    def run(self, fn: Callable[[], T]) -> T:
        """Call ``fn`` (a service call) and announce what it wrote, even when it raised."""
        mark = self.mark()
        try:
            return fn()
        finally:
            self.announce_since(mark)

    def run_task(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[[Session, Progress], Any],
        on_done: Callable[[Any], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """:func:`gui.tasks.run_task` on this session; the tables written are announced
        (on the GUI thread, before ``on_done``/``on_error``)."""
        from sanzhi_desktop.gui.tasks import run_task, show_error

        mark = self.mark()

        def done(result: Any) -> None:
            self.announce_since(mark)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.announce_since(mark)
            (on_error or (lambda e: show_error(parent, e)))(exc)

        return run_task(parent, title, self.session, fn, done, on_error=failed)

    def changed_everything(self) -> None:
        """Announce that anything may have changed (after a sync import or a restore)."""
        self.bus.tables_changed.emit(EVERYTHING)
