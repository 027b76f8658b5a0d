"""Roster people as form choices, and a choice read back as a party of a finding."""

from __future__ import annotations

from typing import Any

from sanzhi_desktop.domain.screening import FindingParty
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.choices import person_choices


def people(ctx: GuiContext) -> list[tuple[str, str]]:
    """(“姓名（N组 户号）”, person id) for every villager in the roster (the kit's labels)."""
    return person_choices(ctx.session)


def party_of(value: Any, choices: list[tuple[str, str]]) -> FindingParty | None:
    """A PERSON field's value: a roster id (chosen) or a typed name (an outsider)."""
    text = str(value or "").strip()
    if not text:
        return None
    ids = {person_id for _label, person_id in choices}
    return FindingParty("", text) if text in ids else FindingParty(text)
