"""The fields of a year's 六无村 self-check: for each item, met or not, with its evidence."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.law_registers import LOG_ITEMS, SIX_NIL_ITEMS, SixNilCheck
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class SixNilForm(QObject):
    def check(self, year: int, current: SixNilCheck | None, log: dict[str, int]) -> list[FieldSpec]:
        values = current.item_values() if current else {}
        specs = [
            FieldSpec(
                "year",
                self.tr("Year"),
                FieldKind.NUMBER,
                year,
                minimum=2000,
                maximum=2100,
                read_only=True,
            ),
            FieldSpec(
                "checked_on",
                self.tr("Date"),
                FieldKind.DATE,
                current.checked_on or None if current else None,
            ),
            FieldSpec(
                "checked_by", self.tr("Checked by"), value=current.checked_by if current else None
            ),
        ]
        for code, label in SIX_NIL_ITEMS:
            entry = values.get(code, {})
            hint = (
                self.tr("mediation log: {n} this year").format(n=log.get(code, 0))
                if code in LOG_ITEMS
                else ""
            )
            specs.append(
                FieldSpec(
                    code,
                    label,
                    FieldKind.FLAG,
                    bool(entry.get("met")),
                    placeholder=self.tr("met") + (f"（{hint}）" if hint else ""),
                )
            )
            specs.append(
                FieldSpec(
                    f"{code}_evidence",
                    self.tr("Evidence / note"),
                    value=entry.get("evidence") or entry.get("note") or None,
                )
            )
        return specs


def check_from(values: dict[str, Any]) -> SixNilCheck:
    items = {}
    for code, _label in SIX_NIL_ITEMS:
        text = values[f"{code}_evidence"]
        met = bool(values[code])
        items[code] = {"met": met, "evidence" if met else "note": text}
    return SixNilCheck(
        year=int(values["year"]),
        items=json.dumps(items, ensure_ascii=False),
        checked_on=values["checked_on"].isoformat(),
        checked_by=values["checked_by"],
    )
