"""The quarterly finance form: the quarter, the opening balance, the lines, the review group.

The closing balance is computed (opening + income − expense) and shown as
the clerk types; it is never typed, so it cannot disagree with the lines.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.finance import (
    EXPENSE_ITEMS,
    INCOME_ITEMS,
    FinanceDisclosure,
    FinanceLine,
)
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.kit.format import format_money
from sanzhi_desktop.gui.kit.lines_editor import LineColumn
from sanzhi_desktop.services import calendar

#: (label, "kind|item") of every standard item; the value keeps kind and item together.
ITEMS = [(f"收入·{i}", f"income|{i}") for i in INCOME_ITEMS] + [
    (f"支出·{i}", f"expense|{i}") for i in EXPENSE_ITEMS
]


def lines_from(values: list[dict[str, Any]]) -> list[FinanceLine]:
    result = []
    for line in values:
        kind, _, item = str(line.get("item") or ITEMS[0][1]).partition("|")
        result.append(FinanceLine(kind, item, int(line.get("amount_fen") or 0), line["summary"]))
    return result


def disclosure_from(values: dict[str, Any], base: FinanceDisclosure | None) -> FinanceDisclosure:
    """The form's values as a disclosure whose closing balance is the computed one."""
    draft = FinanceDisclosure(
        year=int(values["year"]),
        quarter=int(values["quarter"]),
        opening_fen=int(values["opening_fen"]),
        review_opinion=str(values["review_opinion"]),
        review_members=str(values["review_members"]),
        prepared_by=str(values["prepared_by"]),
        supervision_opinion=base.supervision_opinion if base else "",
    ).with_lines(lines_from(values["lines"]))
    draft.closing_fen = draft.expected_closing_fen()
    return draft


def closing_text(values: dict[str, Any]) -> str:
    """What the computed closing balance shows while the clerk types."""
    draft = FinanceDisclosure(opening_fen=int(values.get("opening_fen") or 0)).with_lines(
        lines_from(values.get("lines") or [])
    )
    return format_money(draft.expected_closing_fen())


class FinanceForm(QObject):
    def fields(self, d: FinanceDisclosure | None) -> list[FieldSpec]:
        today = calendar.today()
        return [
            FieldSpec(
                "year",
                self.tr("Year"),
                FieldKind.NUMBER,
                d.year if d else today.year,
                minimum=2000,
                maximum=2100,
                read_only=d is not None,
            ),
            FieldSpec(
                "quarter",
                self.tr("Quarter"),
                FieldKind.NUMBER,
                d.quarter if d else (today.month - 1) // 3 + 1,
                minimum=1,
                maximum=4,
                read_only=d is not None,
            ),
            FieldSpec(
                "opening_fen",
                self.tr("Opening balance (yuan)"),
                FieldKind.MONEY,
                d.opening_fen if d else None,
            ),
            FieldSpec(
                "lines",
                self.tr("Lines"),
                FieldKind.LINES,
                [
                    {"item": f"{x.kind}|{x.item}", "amount_fen": x.amount_fen, "summary": x.summary}
                    for x in d.line_list()
                ]
                if d
                else None,
                columns=[
                    LineColumn("item", self.tr("Item"), "choice", ITEMS, width=180),
                    LineColumn("amount_fen", self.tr("Amount (yuan)"), "money", width=120),
                    LineColumn("summary", self.tr("Summary")),
                ],
            ),
            FieldSpec(
                "closing_fen",
                self.tr("Closing balance (opening + income − expense)"),
                FieldKind.COMPUTED,
                compute=closing_text,
            ),
            FieldSpec(
                "review_opinion",
                self.tr("Finance review group opinion"),
                value=d.review_opinion if d else None,
            ),
            FieldSpec(
                "review_members",
                self.tr("Finance review group members"),
                value=d.review_members if d else None,
            ),
            FieldSpec("prepared_by", self.tr("Prepared by"), value=d.prepared_by if d else None),
        ]
