"""The fields of a 三会一课 meeting: kind, date, topic, who attended (ticked), minutes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.party_meetings import MeetingKind, PartyMeeting
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class MeetingForm(QObject):
    def new(self, members: list[tuple[str, str]], host: str = "") -> list[FieldSpec]:
        return [
            FieldSpec(
                "kind",
                self.tr("Kind"),
                FieldKind.CHOICE,
                MeetingKind.THEME_DAY.value,
                [(k.label, k.value) for k in MeetingKind],
            ),
            FieldSpec("held_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("topic", self.tr("Topic")),
            FieldSpec("host", self.tr("Chaired by"), value=host),
            FieldSpec(
                "attendees",
                self.tr("Present (untick who was absent)"),
                FieldKind.CHECKS,
                [value for _label, value in members],
                members,
            ),
            FieldSpec("absent_note", self.tr("Why absent")),
            FieldSpec("minutes", self.tr("Minutes"), FieldKind.LONG_TEXT),
        ]


def meeting_from(values: dict[str, Any]) -> tuple[PartyMeeting, list[str]]:
    meeting = PartyMeeting(
        kind=values["kind"],
        held_on=values["held_on"].isoformat(),
        topic=values["topic"],
        host=values["host"],
        absent_note=values["absent_note"],
        minutes=values["minutes"],
    )
    return meeting, [str(x) for x in values["attendees"]]
