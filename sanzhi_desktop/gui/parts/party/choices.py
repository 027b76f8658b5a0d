"""The choices the 党建 forms offer: people of the roster and members of the branch.

Each as (label, id); the label carries the villager group so two people of
the same name can be told apart.
"""

from __future__ import annotations

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.choices import person_choices
from sanzhi_desktop.services import party


def people(ctx: GuiContext) -> list[tuple[str, str]]:
    """Every live person of the roster, as the kit labels them (姓名（N组 户号））."""
    return person_choices(ctx.session)


def members(ctx: GuiContext, *, on: str | None = None) -> list[tuple[str, str]]:
    """Members of the branch on ``on`` (default today), as 姓名（N组）."""
    return [(f"{m.name}（{m.group_no}组）", m.id) for m in party.list_members(ctx.session, on=on)]


def this_year() -> int:
    """The year of the party's own day (``party.today_iso``, which its tests may hold)."""
    return int(party.today_iso()[:4])
