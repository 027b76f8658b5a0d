"""What the record kit needs from a data file, for a county database that is only read.

The kit's tabs take a :class:`GuiContext` and ask its ``session`` whether the
office is set up (``profile``). A county window has no data file and no
change log: :class:`CountySession` answers for the county (always set up) and
holds the open :class:`services.county_scorecard.County`. Nothing here writes;
the connection itself is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.services.county_scorecard import County


@dataclass
class CountySession:
    county: County

    @property
    def profile(self) -> str:
        """Not ``None``: the kit's tabs load (a county database is always "set up")."""
        return self.county.name


def county_context(county: County) -> GuiContext:
    session: Any = CountySession(county)  # the kit only reads ``profile`` of it
    return GuiContext(session=session)


def county_of(ctx: GuiContext) -> County:
    session: Any = ctx.session
    assert isinstance(session, CountySession)
    return session.county
