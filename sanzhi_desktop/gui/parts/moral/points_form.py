"""The fields of the household points ledger: points for a rule, a redemption at the store."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class PointsForm(QObject):
    def add(
        self, households: list[tuple[str, str]], rules: list[tuple[str, str]], household: str | None
    ) -> list[FieldSpec]:
        return [
            FieldSpec(
                "household_id", self.tr("Household"), FieldKind.PERSON, household, households
            ),
            FieldSpec("rule_code", self.tr("Rule"), FieldKind.CHOICE, None, rules),
            FieldSpec("entry_date", self.tr("Date"), FieldKind.DATE),
            FieldSpec("approved_by", self.tr("Approved by"), value="村积分评议小组"),
            FieldSpec("note", self.tr("Note")),
        ]

    def redeem(self, households: list[tuple[str, str]], household: str | None) -> list[FieldSpec]:
        return [
            FieldSpec(
                "household_id", self.tr("Household"), FieldKind.PERSON, household, households
            ),
            FieldSpec("item", self.tr("Item")),
            FieldSpec("points", self.tr("Points"), FieldKind.NUMBER, 10, minimum=1, maximum=1000),
            FieldSpec("cash_fen", self.tr("Cash top-up (yuan)"), FieldKind.MONEY),
            FieldSpec("entry_date", self.tr("Date"), FieldKind.DATE),
        ]
