"""The fields of 一约五会: setting a council up, a member, a meeting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.councils import ROLES
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class CouncilForm(QObject):
    def set_up(self, charter: str = "") -> list[FieldSpec]:
        return [
            FieldSpec("set_up_date", self.tr("Set up on"), FieldKind.DATE),
            FieldSpec("charter", self.tr("Charter"), FieldKind.LONG_TEXT, charter),
        ]

    def member(self, people: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec(
                "person_id",
                self.tr("Member"),
                FieldKind.PERSON,
                None,
                people,
                placeholder=self.tr("Pick a villager, or type an outside person's name"),
            ),
            FieldSpec("role", self.tr("Role"), FieldKind.CHOICE, "成员", ROLES),
            FieldSpec(
                "outside_place",
                self.tr("Lives in (outside members)"),
                placeholder=self.tr("e.g. 西安市"),
            ),
            FieldSpec("term_start", self.tr("Term from"), FieldKind.DATE),
        ]

    def end_term(self) -> list[FieldSpec]:
        return [FieldSpec("term_end", self.tr("Term ends on"), FieldKind.DATE)]

    def meeting(self) -> list[FieldSpec]:
        return [
            FieldSpec("held_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("topic", self.tr("Topic")),
            FieldSpec("present_count", self.tr("Present"), FieldKind.NUMBER, 0, maximum=500),
            FieldSpec(
                "expected_count",
                self.tr("Expected (0: the members serving)"),
                FieldKind.NUMBER,
                0,
                maximum=500,
            ),
            FieldSpec("attendees", self.tr("Who came")),
            FieldSpec("minutes", self.tr("Minutes"), FieldKind.LONG_TEXT),
            FieldSpec("decisions", self.tr("Decisions"), FieldKind.LONG_TEXT),
        ]


def member_values(v: dict[str, Any], person_ids: set[str]) -> dict[str, Any]:
    """A picked villager's id, or a typed outside name (the PERSON field gives either)."""
    picked = v["person_id"] if v["person_id"] in person_ids else ""
    return {"person_id": picked, "name": "" if picked else (v["person_id"] or "")}
