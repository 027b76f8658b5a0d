"""The fields of a household's credit file, its yearly rating and the bank's credit line."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.credit import CreditFile, CreditRating, Criterion
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class CreditForm(QObject):
    def file(self, current: CreditFile | None) -> list[FieldSpec]:
        c = current
        return [
            FieldSpec("filed_date", self.tr("Date filed"), FieldKind.DATE),
            FieldSpec("industry", self.tr("Main industry"), value=c.industry if c else ""),
            FieldSpec(
                "labourers",
                self.tr("Labourers"),
                FieldKind.NUMBER,
                c.labourers if c else 0,
                maximum=50,
            ),
            FieldSpec(
                "income_note", self.tr("Income"), FieldKind.LONG_TEXT, c.income_note if c else ""
            ),
            FieldSpec(
                "assets_note", self.tr("Assets"), FieldKind.LONG_TEXT, c.assets_note if c else ""
            ),
            FieldSpec("loan_need", self.tr("Credit needed"), value=c.loan_need if c else ""),
        ]

    def rating(self, criteria: list[Criterion], current: CreditRating | None) -> list[FieldSpec]:
        return [
            FieldSpec("rated_date", self.tr("Date rated"), FieldKind.DATE),
            FieldSpec("panel", self.tr("Panel members"), value=current.panel if current else ""),
            FieldSpec(
                "criteria",
                self.tr("Criteria met"),
                FieldKind.CHECKS,
                current.criteria_met if current else [],
                [(f"{c.description}（{c.points}分）", c.code) for c in criteria],
            ),
            FieldSpec(
                "bad_faith",
                self.tr("Bad-faith record (if any)"),
                value=current.bad_faith if current else "",
            ),
        ]

    def line(self) -> list[FieldSpec]:
        return [
            FieldSpec("credit_line_fen", self.tr("Credit line (yuan)"), FieldKind.MONEY),
            FieldSpec("bank", self.tr("Bank")),
            FieldSpec("line_date", self.tr("Date granted"), FieldKind.DATE),
        ]
