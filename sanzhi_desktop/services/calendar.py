"""The program's one "today", for the GUI and the CLI.

Everything above storage asks here (or :mod:`sanzhi_desktop.storage.clock`
directly, inside services) instead of ``date.today()``, so that a demo file
keeps the day it was generated up to and a test can set the day in one place
(``monkeypatch.setattr(storage.clock, "today", …)``). These functions look the
clock up at each call for that reason.
"""

from __future__ import annotations

from datetime import date

from sanzhi_desktop.storage import clock


def today() -> date:
    """The day the program works on (a demo file's reference day while it is open)."""
    return clock.today()


def today_iso() -> str:
    """:func:`today` as ``YYYY-MM-DD``."""
    return clock.today().isoformat()


def this_month() -> str:
    """:func:`today`'s month as ``YYYY-MM``."""
    return clock.today().isoformat()[:7]


def is_reference_day() -> bool:
    """Whether "today" is a demo file's fixed reference day rather than the calendar's."""
    return clock.reference_day() is not None
