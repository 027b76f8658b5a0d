"""季度财务收支公开: one quarter's income and expense, and the balance rule.

One disclosure per village per quarter (its id is the natural key
``(owner, year, quarter)``). Lines use the standard categories of the
collective-economy finance rules; amounts are integer fen. The rule a
finance review group checks first — closing = opening + income − expense —
is enforced here, so a sheet whose figures do not add up is never printed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean

INCOME_ITEMS = ("经营收入", "发包及上交收入", "投资收益", "补助收入", "其他收入")
EXPENSE_ITEMS = ("经营支出", "管理费用", "其他支出")
KINDS = ("income", "expense")
#: One line's amount may not exceed ¥100,000,000 (a typo guard, not a rule of law).
MAX_AMOUNT_FEN = 10_000_000_000


@dataclass(frozen=True)
class FinanceLine:
    kind: str  # "income" | "expense"
    item: str
    amount_fen: int
    summary: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "item": self.item,
            "amount_fen": self.amount_fen,
            "summary": self.summary,
            "note": self.note,
        }


@dataclass
class FinanceDisclosure(Record):
    year: int = 0
    quarter: int = 0
    opening_fen: int = 0
    closing_fen: int = 0
    lines: str = "[]"
    review_opinion: str = ""
    review_members: str = ""
    supervision_opinion: str = ""
    prepared_by: str = ""
    notice_id: str = ""
    id: str = ""
    owner: str = field(default="", compare=False)

    def line_list(self) -> list[FinanceLine]:
        return [FinanceLine(**row) for row in json.loads(self.lines or "[]")]

    def with_lines(self, lines: list[FinanceLine]) -> Self:
        return replace(self, lines=json.dumps([x.to_dict() for x in lines], ensure_ascii=False))

    @property
    def period(self) -> str:
        return f"{self.year}Q{self.quarter}"

    def income_fen(self) -> int:
        return sum(x.amount_fen for x in self.line_list() if x.kind == "income")

    def expense_fen(self) -> int:
        return sum(x.amount_fen for x in self.line_list() if x.kind == "expense")

    def expected_closing_fen(self) -> int:
        return self.opening_fen + self.income_fen() - self.expense_fen()

    def cleaned(self) -> Self:
        lines = [
            FinanceLine(
                kind=clean(x.kind),
                item=clean(x.item),
                amount_fen=int(x.amount_fen),
                summary=clean(x.summary),
                note=clean(x.note),
            )
            for x in self.line_list()
        ]
        return replace(
            self,
            review_opinion=clean(self.review_opinion),
            review_members=clean(self.review_members),
            supervision_opinion=clean(self.supervision_opinion),
            prepared_by=clean(self.prepared_by),
        ).with_lines(lines)


def finance_title(village_name: str, year: int, quarter: int) -> str:
    return f"{village_name}{year}年第{quarter}季度财务收支公开"


def validate_finance(disclosure: FinanceDisclosure) -> list[FieldError]:
    errors: list[FieldError] = []
    if not 2000 <= disclosure.year <= 2100:
        errors.append(FieldError("year", msg("年份应在2000到2100之间", "Year 2000–2100")))
    if disclosure.quarter not in (1, 2, 3, 4):
        errors.append(FieldError("quarter", msg("季度应为1到4", "Quarter 1–4")))
    for index, line in enumerate(disclosure.line_list(), start=1):
        allowed = INCOME_ITEMS if line.kind == "income" else EXPENSE_ITEMS
        if line.kind not in KINDS or line.item not in allowed:
            errors.append(
                FieldError(
                    "lines",
                    msg(
                        f"第{index}行的项目“{line.item}”不是标准科目（收入：{'、'.join(INCOME_ITEMS)}；"
                        f"支出：{'、'.join(EXPENSE_ITEMS)}）",
                        f"Line {index}: '{line.item}' is not a standard item",
                    ),
                )
            )
        if not 0 <= line.amount_fen <= MAX_AMOUNT_FEN:
            errors.append(
                FieldError(
                    "lines",
                    msg(f"第{index}行金额应为0到1亿元", f"Line {index}: amount out of range"),
                )
            )
    if disclosure.opening_fen < -MAX_AMOUNT_FEN or abs(disclosure.opening_fen) > MAX_AMOUNT_FEN:
        errors.append(FieldError("opening_fen", msg("期初余额超出范围", "Opening out of range")))
    expected = disclosure.expected_closing_fen()
    if disclosure.closing_fen != expected:
        errors.append(
            FieldError(
                "closing_fen",
                msg(
                    f"期末余额应等于期初余额＋本期收入－本期支出＝{expected / 100:,.2f}元，"
                    f"填的是{disclosure.closing_fen / 100:,.2f}元",
                    f"Closing balance must be opening + income − expense = {expected / 100:,.2f}",
                ),
            )
        )
    return errors
