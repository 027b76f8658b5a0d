"""The fields of the 善行义举榜: a nomination and the steps of its review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.good_deeds import NOMINATIONS, VIRTUES, GoodDeed
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class GoodDeedForm(QObject):
    def nominate(self, households: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec("household_id", self.tr("Household"), FieldKind.PERSON, None, households),
            FieldSpec(
                "virtue",
                self.tr("Virtue"),
                FieldKind.CHOICE,
                None,
                [(f"{k} · {v}", k) for k, v in VIRTUES.items()],
            ),
            FieldSpec("deed", self.tr("Deed"), FieldKind.LONG_TEXT),
            FieldSpec("nominated_by", self.tr("Nominated by"), FieldKind.CHOICE, None, NOMINATIONS),
            FieldSpec("nominator", self.tr("Nominator")),
            FieldSpec("nominated_date", self.tr("Nominated on"), FieldKind.DATE),
        ]

    def post(self, month: str) -> list[FieldSpec]:
        return [
            FieldSpec("month", self.tr("Board month"), FieldKind.MONTH, month),
            FieldSpec("posted_date", self.tr("Posted on"), FieldKind.DATE),
        ]

    def remove(self) -> list[FieldSpec]:
        return [
            FieldSpec("removal_reason", self.tr("Reason")),
            FieldSpec(
                "shown_false",
                self.tr("Shown false"),
                FieldKind.FLAG,
                placeholder=self.tr("The deed was shown to be false"),
            ),
            FieldSpec("removed_date", self.tr("Date"), FieldKind.DATE),
        ]


def deed_from(v: dict[str, Any]) -> GoodDeed:
    """The nomination form's values (dates as ISO text) as a deed."""
    return GoodDeed(
        household_id=v["household_id"] or "",
        name="",
        group_no=0,
        virtue=v["virtue"],
        deed=v["deed"],
        nominated_by=v["nominated_by"],
        nominator=v["nominator"],
        nominated_date=v["nominated_date"],
    )
