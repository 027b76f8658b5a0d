"""The fields of a sweep (with its first finding, or none: 零报告), a finding, and handling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.screening import RISK_LEVELS, Finding, Sweep, encode_parties
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.parts.safety.people import party_of


class ScreeningForm(QObject):
    def sweep(self, dispute_types: list[str], people: list[tuple[str, str]]) -> list[FieldSpec]:
        none = (self.tr("Nothing found (nil return)"), "")
        return [
            FieldSpec("sweep_date", self.tr("Date of the sweep"), FieldKind.DATE),
            FieldSpec("swept_by", self.tr("Swept by")),
            FieldSpec("area", self.tr("Area covered"), value=self.tr("All villager groups")),
            FieldSpec(
                "dispute_type",
                self.tr("Dispute found"),
                FieldKind.CHOICE,
                "",
                [none, *((t, t) for t in dispute_types)],
            ),
            *self.finding_fields(people, with_type=False),
        ]

    def finding_fields(
        self,
        people: list[tuple[str, str]],
        *,
        dispute_types: list[str] | None = None,
        with_type: bool = True,
    ) -> list[FieldSpec]:
        fields = []
        if with_type:
            types = dispute_types or []
            fields.append(
                FieldSpec(
                    "dispute_type",
                    self.tr("Dispute type"),
                    FieldKind.CHOICE,
                    types[0] if types else "",
                    types,
                )
            )
        return [
            *fields,
            FieldSpec("risk", self.tr("Risk"), FieldKind.CHOICE, "低", RISK_LEVELS),
            FieldSpec("party_a", self.tr("Party"), FieldKind.PERSON, choices=people),
            FieldSpec("party_b", self.tr("Other party"), FieldKind.PERSON, choices=people),
            FieldSpec("summary", self.tr("What is brewing"), FieldKind.LONG_TEXT),
        ]

    def handling(self, *, mediators: list[tuple[str, str]] | None = None) -> list[FieldSpec]:
        fields = [FieldSpec("handled_date", self.tr("Date"), FieldKind.DATE)]
        if mediators is not None:
            first = mediators[0][1] if mediators else ""
            fields.append(
                FieldSpec("mediators", self.tr("Mediator"), FieldKind.CHOICE, first, mediators)
            )
        else:
            fields.append(
                FieldSpec("handled_note", self.tr("How it was handled"), FieldKind.LONG_TEXT)
            )
        return fields


def sweep_from(values: dict[str, Any]) -> Sweep:
    day = values["sweep_date"]
    return Sweep(
        sweep_date=day.isoformat() if day else "",
        swept_by=values["swept_by"],
        area=values.get("area", ""),
    )


def finding_from(values: dict[str, Any], people: list[tuple[str, str]], found_date: str) -> Finding:
    parties = [p for p in (party_of(values[k], people) for k in ("party_a", "party_b")) if p]
    return Finding(
        found_date=found_date,
        dispute_type=values["dispute_type"],
        summary=values["summary"],
        risk=values["risk"],
        parties=encode_parties(parties),
    )
