"""The town's 考核: target items, how a figure is graded, and what a village scores.

The plan puts the whole programme into the town's target management
("纳入镇平安建设和综治目标管理考核"). Each item of the catalogue has a rule —
a figure the program computes from synced records, or one an inspector enters
on site — a weight and two thresholds: at or past ``met_at`` the target is
met, at or past ``near_at`` it is near, otherwise missed. Some targets are a
range (示范岗 3–5): ``upper`` bounds them from above. A village scores the
item's weight when met, half of it when near, nothing when missed or when
there is no figure yet (a village that sent nothing has not shown anything).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import Record

#: The parts, in the order an inspector reads them (and the scorecard's columns).
PARTS = {
    "boards": "公开栏",
    "moral": "德治",
    "mediation": "人民调解",
    "law": "法治",
    "party": "党建",
    "safety": "平安",
    "credit": "信用",
    "civic": "自治",
}
UNITS = ("%", "次", "个", "人", "天", "平方米", "分")
NEAR_SHARE = 0.5


class Grade(StrEnum):
    MET = "met"
    NEAR = "near"
    MISSED = "missed"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        return {
            "met": msg("达标", "met"),
            "near": msg("接近", "near"),
            "missed": msg("未达标", "missed"),
            "no_data": msg("无数据", "no data"),
        }[self.value]


@dataclass
class TargetItem(Record):
    """One line of the catalogue; ``rule`` names the computed figure or ``inspected``."""

    code: str
    part: str
    title: str
    rule: str
    unit: str = "%"
    weight: float = 10.0
    met_at: float = 100.0
    near_at: float = 80.0
    upper: float = 0.0  # >0: the target is a range [met_at, upper]
    target_text: str = ""
    position: int = 0
    id: str = ""

    @property
    def inspected(self) -> bool:
        return self.rule == "inspected"

    @property
    def target(self) -> str:
        """The target as an inspector says it: ≥ 4次, 3–5个, 100%."""
        if self.target_text:
            return self.target_text
        if self.upper:
            return f"{_number(self.met_at)}–{_number(self.upper)}{self.unit}"
        return f"≥{_number(self.met_at)}{self.unit}"


def _number(value: float) -> str:
    return f"{value:g}"


def validate_item(item: TargetItem, *, known_rules: frozenset[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    if not item.code.strip():
        errors.append(FieldError("code", msg("请填写编号", "Enter the code")))
    if not item.title.strip():
        errors.append(FieldError("title", msg("请填写考核内容", "Enter the item")))
    if item.part not in PARTS:
        errors.append(FieldError("part", msg("请选择所属板块", "Choose the part")))
    if item.rule != "inspected" and item.rule not in known_rules:
        errors.append(
            FieldError("rule", msg(f"程序不会计算“{item.rule}”这一项", f"Unknown rule {item.rule}"))
        )
    if item.unit not in UNITS:
        errors.append(FieldError("unit", msg("单位不对", "Unknown unit")))
    if not 0 < item.weight <= 100:
        errors.append(FieldError("weight", msg("分值应在0到100之间", "Weight out of range")))
    if item.near_at > item.met_at:
        errors.append(FieldError("near_at", msg("“接近”的门槛不能高于“达标”", "Near above met")))
    if item.near_at < 0:
        errors.append(FieldError("near_at", msg("门槛不能是负数", "Negative threshold")))
    if item.upper and item.upper < item.met_at:
        errors.append(FieldError("upper", msg("上限不能低于达标值", "Upper below met")))
    return errors


def grade(value: float | None, item: TargetItem) -> Grade:
    """Met at or past ``met_at`` (and within ``upper``), near at or past ``near_at``."""
    if value is None:
        return Grade.NO_DATA
    if item.upper and value > item.upper:
        return Grade.NEAR
    if value >= item.met_at:
        return Grade.MET
    if value >= item.near_at:
        return Grade.NEAR
    return Grade.MISSED


def points(grade_: Grade, weight: float) -> float:
    if grade_ is Grade.MET:
        return weight
    if grade_ is Grade.NEAR:
        return weight * NEAR_SHARE
    return 0.0


@dataclass(frozen=True)
class Figure:
    """A computed figure: the value graded and, where it is a share, its two counts."""

    value: float | None
    numerator: int = 0
    denominator: int = 0
    note: str = ""

    @classmethod
    def share(cls, numerator: int, denominator: int) -> Self:
        """``numerator ÷ denominator`` as a percentage; no denominator is no figure."""
        if denominator <= 0:
            return cls(None, numerator, denominator)
        return cls(round(100.0 * numerator / denominator, 1), numerator, denominator)

    @classmethod
    def count(cls, value: int) -> Self:
        return cls(float(value), value, 0)

    def shown(self, unit: str) -> str:
        if self.value is None:
            return "—"
        if unit == "%":
            return f"{self.value:.1f}%"
        return f"{_number(self.value)}{unit}"


@dataclass(frozen=True)
class Cell:
    item: TargetItem
    figure: Figure
    grade: Grade
    points: float


@dataclass
class VillageCard:
    """One village's line of the scorecard."""

    code: str
    name: str
    cells: list[Cell] = field(default_factory=list)
    last_file: str = ""  # when its last sync file was received ("" for a village itself)
    rank: int = 0

    @property
    def total(self) -> float:
        return round(sum(c.points for c in self.cells), 1)

    @property
    def possible(self) -> float:
        return round(sum(c.item.weight for c in self.cells), 1)

    def cell(self, code: str) -> Cell:
        return next(c for c in self.cells if c.item.code == code)


def rank(cards: list[VillageCard]) -> list[VillageCard]:
    """Sort by total, highest first; equal totals share a rank (1, 2, 2, 4)."""
    ordered = sorted(cards, key=lambda c: (-c.total, c.code))
    previous: float | None = None
    for index, card in enumerate(ordered, start=1):
        if card.total != previous:
            card.rank = index
            previous = card.total
        else:
            card.rank = ordered[index - 2].rank
    return ordered
