"""The fields of a petition (信访), a step (交办/转办/督办) and closing it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.petitions import CHANNELS, SATISFACTION, STEP_KINDS, Petition
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


def iso(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


class PetitionForm(QObject):
    def new(self, people: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec("petitioner", self.tr("Petitioner"), FieldKind.PERSON, choices=people),
            FieldSpec("people", self.tr("Number of people"), FieldKind.NUMBER, 1, minimum=1),
            FieldSpec("received_date", self.tr("Date received"), FieldKind.DATE),
            FieldSpec("channel", self.tr("Channel"), FieldKind.CHOICE, CHANNELS[0], CHANNELS),
            FieldSpec("matter", self.tr("Matter"), FieldKind.LONG_TEXT),
            FieldSpec("case_owner", self.tr("Leader in charge (包案)")),
        ]

    def step(self) -> list[FieldSpec]:
        return [
            FieldSpec("kind", self.tr("Step"), FieldKind.CHOICE, STEP_KINDS[0], STEP_KINDS),
            FieldSpec("step_date", self.tr("Date"), FieldKind.DATE),
            FieldSpec("handler", self.tr("Handled by")),
            FieldSpec("note", self.tr("Note"), FieldKind.LONG_TEXT),
        ]

    def close(self) -> list[FieldSpec]:
        return [
            FieldSpec("closed_date", self.tr("Date closed"), FieldKind.DATE),
            FieldSpec("result", self.tr("Result"), FieldKind.LONG_TEXT),
            FieldSpec(
                "satisfaction",
                self.tr("Petitioner's satisfaction"),
                FieldKind.CHOICE,
                "",
                [("", ""), *((s, s) for s in SATISFACTION)],
            ),
        ]


def petition_from(values: dict[str, Any], people: list[tuple[str, str]]) -> Petition:
    chosen = str(values["petitioner"] or "").strip()
    ids = {person_id for _label, person_id in people}
    return Petition(
        petitioner="" if chosen in ids else chosen,
        person_id=chosen if chosen in ids else "",
        matter=values["matter"],
        received_date=iso(values["received_date"]),
        channel=values["channel"],
        case_owner=values["case_owner"],
        people=int(values["people"] or 1),
    )
