"""The household form (户): 户号, 户主, 村民小组, 住址, 备注 — a kit form spec.

The form checks nothing itself: OK hands the household to
``services.roster.add_household`` / ``update_household`` through the kit's
submit loop, and each refusal lands under the field it names (a 户号 already
in use, which only the database can tell, under 户号).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.roster import Household
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class HouseholdForm(QObject):
    def fields(self, household: Household | None = None) -> list[FieldSpec]:
        given = household or Household(household_no="", head_name="", group_no=1)
        return [
            FieldSpec("household_no", self.tr("Household no."), value=given.household_no),
            FieldSpec("head_name", self.tr("Household head"), value=given.head_name),
            FieldSpec(
                "group_no",
                self.tr("Villager group"),
                FieldKind.NUMBER,
                given.group_no,
                minimum=1,
                maximum=99,
            ),
            FieldSpec("address", self.tr("Address"), value=given.address),
            FieldSpec("note", self.tr("Note"), FieldKind.LONG_TEXT, given.note),
        ]


def household_from(values: dict[str, Any], *, id: str = "") -> Household:
    """The household as typed (the service cleans and checks it)."""
    return Household(
        household_no=str(values["household_no"]),
        head_name=str(values["head_name"]),
        group_no=int(values["group_no"]),
        address=str(values["address"]),
        note=str(values["note"]),
        id=id,
    )
