"""Roster people as form choices, and a choice read back as a party of a finding."""

from __future__ import annotations

from typing import Any

from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.domain.screening import FindingParty
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.services import roster


def people(ctx: GuiContext) -> list[tuple[str, str]]:
    """(“name（n组）”, person id) for every villager in the roster."""
    return [
        (f"{p['name']}（{p.get('group_no', '')}组）", str(p["id"]))
        for p in roster.list_persons(ctx.session, RosterFilter())
    ]


def party_of(value: Any, choices: list[tuple[str, str]]) -> FindingParty | None:
    """A PERSON field's value: a roster id (chosen) or a typed name (an outsider)."""
    text = str(value or "").strip()
    if not text:
        return None
    ids = {person_id for _label, person_id in choices}
    return FindingParty("", text) if text in ids else FindingParty(text)
