"""The fields of the 村规民约: a version (review and adoption) and a clause."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.village_rules import REVIEW_RESULTS, Clause, RulesVersion
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class VillageRulesForm(QObject):
    def version(self, version: RulesVersion | None) -> list[FieldSpec]:
        return [
            FieldSpec("title", self.tr("Title"), value=version.title if version else ""),
            FieldSpec(
                "review_date",
                self.tr("Legality review date"),
                value=version.review_date if version else "",
                placeholder="2026-01-31",
            ),
            FieldSpec(
                "review_result",
                self.tr("Review result"),
                FieldKind.CHOICE,
                version.review_result if version else "",
                [("", ""), *[(r, r) for r in REVIEW_RESULTS]],
            ),
            FieldSpec(
                "adopted_date",
                self.tr("Adopted by the villagers' meeting on"),
                value=version.adopted_date if version else "",
                placeholder="2026-01-31",
            ),
            FieldSpec("note", self.tr("Note"), value=version.note if version else ""),
        ]

    def copy(self) -> list[FieldSpec]:
        return [FieldSpec("title", self.tr("Title of the new version"))]

    def clause(self, clause: Clause | None, number: int) -> list[FieldSpec]:
        return [
            FieldSpec(
                "number",
                self.tr("Clause number"),
                FieldKind.NUMBER,
                clause.number if clause else number,
                minimum=1,
                maximum=999,
            ),
            FieldSpec("text", self.tr("Text"), FieldKind.LONG_TEXT, clause.text if clause else ""),
        ]
