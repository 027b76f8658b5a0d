"""The fields of the yearly 十星级平安村 self-check: each item met or not, with evidence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.safe_village import CheckDraft, CheckItem, SafeVillageCheck
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.parts.safety.petitions_form import iso


class CheckForm(QObject):
    def check(
        self, year: int, items: list[CheckItem], current: SafeVillageCheck | None
    ) -> list[FieldSpec]:
        answers = {i.position: i for i in (current.item_list if current else [])}
        fields = [
            FieldSpec("year", self.tr("Year"), FieldKind.NUMBER, year, minimum=2000, maximum=year),
            FieldSpec("checked_date", self.tr("Date of the self-check"), FieldKind.DATE),
        ]
        for item in items:
            answer = answers.get(item.position)
            fields.append(
                FieldSpec(
                    f"met_{item.position}",
                    f"{item.position}. {item.title}",
                    FieldKind.FLAG,
                    bool(answer and answer.met),
                )
            )
            fields.append(
                FieldSpec(
                    f"evidence_{item.position}",
                    self.tr("Evidence"),
                    value=answer.evidence if answer else "",
                )
            )
        return fields

    def stars(self) -> list[FieldSpec]:
        return [
            FieldSpec("stars", self.tr("Stars conferred"), FieldKind.NUMBER, 0, maximum=10),
            FieldSpec("conferred_date", self.tr("Date conferred"), FieldKind.DATE),
        ]


def draft_from(values: dict[str, Any], items: list[CheckItem]) -> CheckDraft:
    answers = {
        i.position: CheckItem(i.position, i.title, True, str(values[f"evidence_{i.position}"]))
        for i in items
        if values[f"met_{i.position}"]
    }
    return CheckDraft(int(values["year"]), iso(values["checked_date"]), answers)
