"""信用农户 and 信用村: "建档必评级、评级必授信、授信能用信".

Every live household gets a credit file (建档: from the roster plus the facts
the village panel gathers). Each year the panel rates filed households
against a catalogue of criteria, each worth points; the total gives a grade by
the town's thresholds (default AAA ≥ 90, AA ≥ 75, A ≥ 60, else 未评). The
moral lists then adjust it — 守信激励 / 失信惩戒 — and every adjustment is
kept as a sentence so the clerk and the household can see the rule:

- an open black-list entry (not yet rectified, expired or removed) blocks the
  grade: 未评 until it is put right;
- a bad-faith record (失信记录, e.g. a loan left unpaid) lowers it one grade;
- a red-list entry in the year raises it one grade (never above the top, and
  never from 未评).

The bank's credit line and its date are recorded with the rating but never
printed publicly; the public sheet shows the household head and grade only.
Coverage is filed ÷ live households (target 100 %) and rated ÷ filed; a
village is a 信用村 when the town's thresholds are all met.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

UNRATED = "未评"
#: Grade → the lowest score that earns it, best first (the default; the town may replace it).
DEFAULT_GRADES: tuple[tuple[str, int], ...] = (("AAA", 90), ("AA", 75), ("A", 60))
MAX_LINE_FEN = 100_000_000_00  # ¥100,000,000: more is a typing mistake


@dataclass(frozen=True)
class Criterion:
    code: str
    description: str
    points: int


@dataclass
class CreditFile(Record):
    """A household's credit file (one per household: the id is derived from it)."""

    household_id: str
    filed_date: str
    industry: str = ""  # 主要产业
    labourers: int = 0  # 劳动力人数
    income_note: str = ""  # 收入情况
    assets_note: str = ""  # 资产情况
    loan_need: str = ""  # 信贷需求
    note: str = ""
    id: str = ""

    def cleaned(self) -> CreditFile:
        return replace(
            self,
            filed_date=clean_code(self.filed_date),
            industry=clean(self.industry),
            income_note=clean(self.income_note),
            assets_note=clean(self.assets_note),
            loan_need=clean(self.loan_need),
            note=clean(self.note),
        )


@dataclass
class CreditRating(Record):
    """One household's rating for one year (the id is derived from household and year)."""

    household_id: str
    year: int
    rated_date: str
    panel: str  # 评定小组成员
    criteria: str = "[]"  # JSON list of the codes met
    score: int = 0
    base_grade: str = UNRATED
    grade: str = UNRATED
    adjustments: str = "[]"  # JSON list of sentences (the rules applied)
    bad_faith: str = ""  # 失信记录, "" when none
    credit_line_fen: int = 0  # 授信额度 — never on a public sheet
    bank: str = ""
    line_date: str = ""
    note: str = ""
    id: str = ""

    @property
    def criteria_met(self) -> list[str]:
        return _str_list(self.criteria)

    @property
    def adjustment_list(self) -> list[str]:
        return _str_list(self.adjustments)

    @property
    def graded(self) -> bool:
        return self.grade != UNRATED


def _str_list(text: str) -> list[str]:
    try:
        data: Any = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def encode_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def score_of(met: list[str], criteria: list[Criterion]) -> int:
    points = {c.code: c.points for c in criteria}
    return sum(points.get(code, 0) for code in dict.fromkeys(met))


def grade_for(score: int, grades: tuple[tuple[str, int], ...] = DEFAULT_GRADES) -> str:
    for grade, lowest in grades:
        if score >= lowest:
            return grade
    return UNRATED


@dataclass(frozen=True)
class MoralFacts:
    """What the red/black boards say about a household for a rating."""

    open_black: list[str] = field(default_factory=list)  # e.g. "环境卫生（2026年10月上榜）"
    red_this_year: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GradeResult:
    base: str
    grade: str
    adjustments: list[str]


def adjusted_grade(
    score: int,
    *,
    facts: MoralFacts,
    bad_faith: str = "",
    grades: tuple[tuple[str, int], ...] = DEFAULT_GRADES,
) -> GradeResult:
    """The grade after 守信激励 / 失信惩戒, with the rules applied as sentences."""
    names = [g for g, _ in grades]
    base = grade_for(score, grades)
    notes: list[str] = []
    if facts.open_black:
        notes.append(
            "失信惩戒：黑榜在榜未整改（"
            + "；".join(facts.open_black)
            + "），暂停评级，整改后重新评定"
        )
        return GradeResult(base, UNRATED, notes)
    grade = base
    if bad_faith:
        if grade in names:
            index = names.index(grade) + 1
            grade = names[index] if index < len(names) else UNRATED
        notes.append(f"失信惩戒：有失信记录（{bad_faith}），降一级")
    if facts.red_this_year and grade in names:
        index = names.index(grade)
        if index > 0:
            grade = names[index - 1]
            notes.append("守信激励：本年度上红榜（" + "；".join(facts.red_this_year) + "），升一级")
        else:
            notes.append("守信激励：本年度上红榜，已是最高等级")
    return GradeResult(base, grade, notes)


def validate_file(credit_file: CreditFile) -> list[FieldError]:
    errors: list[FieldError] = []
    if not credit_file.household_id:
        errors.append(FieldError("household_id", msg("请选择农户", "Choose the household")))
    if err := date_error(credit_file.filed_date, "建档日期", "date filed"):
        errors.append(FieldError("filed_date", err))
    if not isinstance(credit_file.labourers, int) or not 0 <= credit_file.labourers <= 50:
        errors.append(FieldError("labourers", msg("劳动力人数应为0到50", "Labourers: 0 to 50")))
    for name in ("industry", "income_note", "assets_note", "loan_need", "note"):
        if len(getattr(credit_file, name)) > 300:
            errors.append(FieldError(name, msg("最多300字", "At most 300 characters")))
    return errors


def validate_rating(
    rating: CreditRating, criteria: list[Criterion], *, this_year: int
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not 2000 <= rating.year <= this_year:
        errors.append(FieldError("year", msg(f"年度应在2000到{this_year}之间", "Bad year")))
    if err := date_error(rating.rated_date, "评定日期", "rating date"):
        errors.append(FieldError("rated_date", err))
    if not rating.panel.strip():
        errors.append(FieldError("panel", msg("请填写评定小组成员", "Name the panel")))
    codes = {c.code for c in criteria}
    unknown = [c for c in rating.criteria_met if c not in codes]
    if unknown:
        errors.append(
            FieldError(
                "criteria",
                msg(f"评定标准中没有：{'、'.join(unknown)}", f"Unknown criteria: {unknown}"),
            )
        )
    if (
        not isinstance(rating.credit_line_fen, int)
        or not 0 <= rating.credit_line_fen <= MAX_LINE_FEN
    ):
        errors.append(
            FieldError("credit_line_fen", msg("授信额度应在0到1亿元之间", "Credit line: 0 to ¥1e8"))
        )
    if rating.credit_line_fen and not rating.bank.strip():
        errors.append(FieldError("bank", msg("有授信额度时请填写授信银行", "Name the bank")))
    if rating.credit_line_fen and (err := date_error(rating.line_date, "授信日期", "date")):
        errors.append(FieldError("line_date", err))
    return errors


@dataclass(frozen=True)
class Coverage:
    """A village's credit figures for a year."""

    year: int
    live: int
    filed: int
    rated: int
    by_grade: dict[str, int]

    @property
    def graded(self) -> int:
        return sum(n for g, n in self.by_grade.items() if g != UNRATED)

    @staticmethod
    def percent(part: int, whole: int) -> int:
        """A share as whole percent, rounded down (99.6 % is not 100 %)."""
        return part * 100 // whole if whole else 0

    @property
    def filed_pct(self) -> int:
        return self.percent(self.filed, self.live)

    @property
    def rated_pct(self) -> int:
        return self.percent(self.rated, self.filed)

    @property
    def graded_pct(self) -> int:
        return self.percent(self.graded, self.filed)


#: The town's default thresholds for a 信用村 (percent).
DEFAULT_VILLAGE_THRESHOLDS = {"filed_pct": 100, "rated_pct": 90, "graded_pct": 70}

THRESHOLD_LABELS = {
    "filed_pct": ("建档覆盖率", "households filed"),
    "rated_pct": ("评级率", "filed households rated"),
    "graded_pct": ("信用农户占比", "credit households"),
}


def credit_village_gaps(coverage: Coverage, thresholds: dict[str, int]) -> list[str]:
    """What keeps the village from 信用村 status (empty: it qualifies)."""
    gaps = []
    for key, need in thresholds.items():
        have = int(getattr(coverage, key))
        if have < need:
            zh, en = THRESHOLD_LABELS.get(key, (key, key))
            gaps.append(msg(f"{zh}{have}%，未达到{need}%", f"{en}: {have}% < {need}%"))
    return gaps
