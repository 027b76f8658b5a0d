"""The fields of a register entry: which register, who (a villager, or a household), year, basis."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.law_registers import Honour, HonourKind
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class HonourForm(QObject):
    def new(
        self, people: list[tuple[str, str]], households: list[tuple[str, str]], year: int
    ) -> list[FieldSpec]:
        return [
            FieldSpec(
                "kind",
                self.tr("Register"),
                FieldKind.CHOICE,
                HonourKind.LAW_SAVVY.value,
                [(k.label, k.value) for k in HonourKind],
            ),
            FieldSpec(
                "person_id",
                self.tr("Villager (法治带头人, 法律明白人)"),
                FieldKind.PERSON,
                "",
                [(self.tr("(a household: choose below)"), ""), *people],
            ),
            FieldSpec(
                "household_id",
                self.tr("Household (示范户)"),
                FieldKind.PERSON,
                "",
                [(self.tr("(a person: choose above)"), ""), *households],
            ),
            FieldSpec(
                "year", self.tr("Year named"), FieldKind.NUMBER, year, minimum=2000, maximum=2100
            ),
            FieldSpec("basis", self.tr("Basis or deeds"), FieldKind.LONG_TEXT),
        ]

    def revoke(self) -> list[FieldSpec]:
        return [
            FieldSpec("on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("revoke_reason", self.tr("Reason"), FieldKind.LONG_TEXT),
        ]


def honour_from(values: dict[str, Any], household_of_person: str) -> Honour:
    """``household_of_person``: the household of the chosen villager ("" when none chosen)."""
    is_household = values["kind"] == HonourKind.MODEL_HOUSEHOLD.value
    return Honour(
        kind=values["kind"],
        household_id=(values["household_id"] or "") if is_household else household_of_person,
        person_id="" if is_household else (values["person_id"] or ""),
        year=int(values["year"]),
        basis=values["basis"],
    )
