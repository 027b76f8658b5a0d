"""What the moral tabs share: the red list's colour, the review meetings, the 户档案 link."""

from __future__ import annotations

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.services import councils

#: The red list's colour on screen (the printed board uses the same).
RED_COLOR = "#c00000"


def review_meetings(ctx: GuiContext) -> list[tuple[str, str]]:
    """(``2026年5月6日 评议本月红黑榜``, meeting id) of the 道德评议会's meetings, newest first."""
    return [
        (f"{format_date(m.held_on)} {m.topic}", m.id)
        for m in councils.list_meetings(ctx.session, kind="moral_review")
    ]


class HouseholdRecordSource:
    """A tab whose selected record belongs to a household (for the 户档案 link)."""

    def selected_household_id(self) -> str | None:  # pragma: no cover - every tab overrides
        raise NotImplementedError
