"""The fields of a 普法 activity: when, for which of the 法律七进, what, which duty it fulfils."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.law_duties import ACTIVITY_FORMS, SEVEN_AUDIENCES, Activity, Duty
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class ActivityForm(QObject):
    def new(self, duties: list[Duty]) -> list[FieldSpec]:
        return [
            FieldSpec("held_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("audience", self.tr("Audience"), FieldKind.CHOICE, "乡村", SEVEN_AUDIENCES),
            FieldSpec("topic", self.tr("Topic")),
            FieldSpec(
                "form",
                self.tr("Form"),
                FieldKind.EDITABLE_CHOICE,
                ACTIVITY_FORMS[0],
                ACTIVITY_FORMS,
            ),
            FieldSpec("organiser", self.tr("Organiser")),
            FieldSpec("participants", self.tr("Participants"), FieldKind.NUMBER, maximum=100_000),
            FieldSpec(
                "duty_code",
                self.tr("Duty of the list"),
                FieldKind.CHOICE,
                "",
                [(self.tr("(none)"), ""), *[(f"{d.code} {d.duty}", d.code) for d in duties]],
            ),
        ]


def activity_from(values: dict[str, Any]) -> Activity:
    return Activity(
        held_on=values["held_on"].isoformat(),
        audience=values["audience"],
        topic=values["topic"],
        form=values["form"],
        organiser=values["organiser"],
        participants=int(values["participants"]),
        duty_code=values["duty_code"] or "",
    )
