"""Wall-clock time and the program's one "today", in one place so that tests can set it.

Every part of the program that asks what day it is calls :func:`today`
(services directly, the GUI through :mod:`sanzhi_desktop.services.calendar`),
never ``date.today()``: a demo village is generated up to a reference day
(``demo_as_of`` in its settings) and must look the same when it is opened a
week later — notices still in publicity, cases not yet overdue — so opening a
demo file sets that day for the whole process (:func:`set_reference_day`,
called by ``services.session.open_session``). A plain global, not a
ContextVar, because the GUI's worker threads must see it too;
:func:`as_of` overrides it inside one thread (the demo generator writing
history up to its own day).

Timestamps (``now``, ``now_iso``, ``now_ms``) stay the wall clock: the
change log and the hybrid logical clock must never go back.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime

#: The day a demo file was generated up to, for the whole process (None: the calendar's).
_reference_day: date | None = None
#: A thread's own "today" while :func:`as_of` is active.
_as_of: ContextVar[date | None] = ContextVar("clock_as_of", default=None)


def now() -> datetime:
    """The local time with its UTC offset (what people see in the change log)."""
    return datetime.now().astimezone()


def now_iso() -> str:
    return now().isoformat(timespec="seconds")


def now_ms() -> int:
    """Milliseconds since the epoch: the physical part of the hybrid logical clock."""
    return time.time_ns() // 1_000_000


def today() -> date:
    """The day the program works on: :func:`as_of`'s, else a demo's reference day, else now."""
    return _as_of.get() or _reference_day or now().date()


def today_iso() -> str:
    # today() looked up at call time, so a test that replaces it replaces this too.
    return today().isoformat()


def reference_day() -> date | None:
    """The demo reference day in force for the process, if any."""
    return _reference_day


def set_reference_day(day: date | None) -> None:
    """Make ``day`` "today" for the whole process (``None``: back to the calendar)."""
    global _reference_day
    _reference_day = day


@contextmanager
def as_of(day: date) -> Iterator[None]:
    """Treat ``day`` as today in this thread (the demo generates history up to its day)."""
    token = _as_of.set(day)
    try:
        yield
    finally:
        _as_of.reset(token)
