"""The fields of a 雏雁 reserve cadre or a 致富带头人: who, which, the year, why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.party_targets import Cadre, CadreKind
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class CadreForm(QObject):
    def new(self, people: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec(
                "kind",
                self.tr("Kind"),
                FieldKind.CHOICE,
                CadreKind.RESERVE.value,
                [(k.label, k.value) for k in CadreKind],
            ),
            FieldSpec(
                "person_id", self.tr("Person (from the roster)"), FieldKind.PERSON, choices=people
            ),
            FieldSpec("chosen_date", self.tr("Chosen on"), FieldKind.DATE),
            FieldSpec("note", self.tr("Why chosen")),
        ]


def cadre_from(values: dict[str, Any]) -> Cadre:
    chosen = values["chosen_date"]
    return Cadre(
        kind=values["kind"],
        person_id=str(values["person_id"] or ""),
        year=chosen.year,
        chosen_date=chosen.isoformat(),
        note=values["note"],
    )
