"""The fields of a patrol (红袖章巡逻)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.patrols import SHIFTS, Patrol
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.parts.safety.petitions_form import iso


class PatrolForm(QObject):
    def new(self) -> list[FieldSpec]:
        return [
            FieldSpec("patrol_date", self.tr("Date"), FieldKind.DATE),
            FieldSpec("shift", self.tr("Shift"), FieldKind.CHOICE, SHIFTS[0], SHIFTS),
            FieldSpec("members", self.tr("Members (separated by 、)")),
            FieldSpec("route", self.tr("Route")),
            FieldSpec("findings", self.tr("Found"), FieldKind.LONG_TEXT),
        ]


def patrol_from(values: dict[str, Any]) -> Patrol:
    return Patrol(
        patrol_date=iso(values["patrol_date"]),
        shift=values["shift"],
        members=values["members"],
        route=values["route"],
        findings=values["findings"],
    )
