"""积分制: household points — a rule catalogue, an append-only ledger, the points store.

The ledger is never edited: a mistake is put right by a new entry with the
opposite points, so the quarterly publicity sheet and the household's history
always agree with what was posted before. The balance is the sum of the
entries; a redemption at the points store (积分超市) is an entry with negative
points (and possibly a cash top-up when the item costs more than the points),
refused when it would take the balance below zero. A year-end reset, where a
village uses one, is one more entry that brings the balance to zero — history
stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

MAX_POINTS_PER_ENTRY = 1000


class EntryKind(StrEnum):
    RULE = "rule"  # points by a catalogue rule (+ or -)
    REDEEM = "redeem"  # spent at the points store
    CORRECTION = "correction"  # puts a mistaken entry right
    RESET = "reset"  # year-end reset to zero

    @property
    def label(self) -> str:
        zh, en = {
            "rule": ("按规则计分", "rule"),
            "redeem": ("积分兑换", "redemption"),
            "correction": ("更正", "correction"),
            "reset": ("年终清零", "year-end reset"),
        }[self.value]
        return msg(zh, en)


@dataclass(frozen=True)
class PointsRule:
    """A catalogue line: code, category, ± points, evidence needed."""

    code: str
    category: str
    points: int
    description: str
    evidence: str = ""


@dataclass
class LedgerEntry(Record):
    household_id: str
    entry_date: str
    kind: str
    points: int
    rule_code: str = ""
    note: str = ""
    approved_by: str = ""
    item: str = ""
    cash_fen: int = 0
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            household_id=self.household_id,
            entry_date=clean_code(self.entry_date),
            kind=self.kind,
            points=self.points,
            rule_code=clean_code(self.rule_code),
            note=clean(self.note),
            approved_by=clean(self.approved_by),
            item=clean(self.item),
            cash_fen=self.cash_fen,
            id=self.id,
        )


def validate_rule(rule: PointsRule) -> list[FieldError]:
    errors: list[FieldError] = []
    if not rule.code:
        errors.append(FieldError("code", msg("请填写规则编号", "Enter the rule code")))
    if not rule.category:
        errors.append(FieldError("category", msg("请填写类别", "Enter the category")))
    if not isinstance(rule.points, int) or rule.points == 0:
        errors.append(FieldError("points", msg("分值不能为0", "Points cannot be 0")))
    if not rule.description:
        errors.append(FieldError("description", msg("请填写规则内容", "Describe the rule")))
    return errors


def validate_entry(entry: LedgerEntry) -> list[FieldError]:
    errors: list[FieldError] = []
    if not entry.household_id:
        errors.append(FieldError("household_id", msg("请选择户", "Choose the household")))
    if err := date_error(entry.entry_date, "日期", "date"):
        errors.append(FieldError("entry_date", err))
    if entry.kind not in {k.value for k in EntryKind}:
        errors.append(FieldError("kind", msg("记分类型不对", "Unknown entry kind")))
    if not isinstance(entry.points, int) or (entry.points == 0 and entry.kind != "reset"):
        errors.append(FieldError("points", msg("分值不能为0", "Points cannot be 0")))
    elif abs(entry.points) > MAX_POINTS_PER_ENTRY:
        errors.append(
            FieldError(
                "points",
                msg(
                    f"一次最多记{MAX_POINTS_PER_ENTRY}分",
                    f"At most {MAX_POINTS_PER_ENTRY} points at once",
                ),
            )
        )
    if entry.kind == "rule" and not entry.rule_code:
        errors.append(FieldError("rule_code", msg("请选择积分规则", "Choose a rule")))
    if entry.kind in {"rule", "correction"} and not entry.approved_by:
        errors.append(FieldError("approved_by", msg("请填写审核人", "Enter who approved it")))
    if entry.kind == "correction" and not entry.note:
        errors.append(FieldError("note", msg("更正须写明原因", "Say why it is corrected")))
    if entry.kind == "redeem":
        if not entry.item:
            errors.append(FieldError("item", msg("请填写兑换物品", "Enter the item")))
        if entry.points > 0:
            errors.append(FieldError("points", msg("兑换应扣减积分", "Redeeming spends points")))
        if entry.cash_fen < 0:
            errors.append(
                FieldError("cash_fen", msg("补差金额不能为负", "Cash cannot be negative"))
            )
    return errors


def balance(entries: list[LedgerEntry]) -> int:
    """The balance is the sum of the ledger (and nothing else)."""
    return sum(e.points for e in entries)


def quarter_months(year: int, quarter: int) -> tuple[str, str]:
    """First and last day (ISO) of a quarter."""
    if not 1 <= quarter <= 4:
        raise ValueError(msg("季度应为1到4", "Quarter is 1 to 4"))
    first_month = 3 * (quarter - 1) + 1
    last_month = first_month + 2
    last_day = {3: 31, 6: 30, 9: 30, 12: 31}[last_month]
    return f"{year:04d}-{first_month:02d}-01", f"{year:04d}-{last_month:02d}-{last_day}"
