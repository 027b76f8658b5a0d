"""The fields of a 书记培训: who, when, how many days, by whom, on what."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.party_targets import MAX_TRAINING_DAYS, Training
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class TrainingForm(QObject):
    def new(self, secretary: str) -> list[FieldSpec]:
        return [
            FieldSpec("trainee", self.tr("Attended by"), value=secretary),
            FieldSpec("start_date", self.tr("From"), FieldKind.DATE),
            FieldSpec(
                "days", self.tr("Days"), FieldKind.NUMBER, 1, minimum=0, maximum=MAX_TRAINING_DAYS
            ),
            FieldSpec("organiser", self.tr("Organised by"), value="县委组织部"),
            FieldSpec("topic", self.tr("Topic")),
        ]


def training_from(values: dict[str, Any]) -> Training:
    return Training(
        trainee=values["trainee"],
        start_date=values["start_date"].isoformat(),
        days=int(values["days"]),
        organiser=values["organiser"],
        topic=values["topic"],
    )
