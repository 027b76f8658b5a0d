"""承诺·践诺·积分·评议: one yearly cycle per party member.

- 承诺: at the start of the year each member makes pledges, posted publicly
  (one pledge record per member and year, its id the natural key).
- 践诺: what the member did to keep them, recorded as it happens.
- 积分: points by a rule catalogue (三会一课 and 主题党日 attendance, service,
  示范岗 duty, deductions), in an append-only ledger like the household
  points: a mistake is put right by an entry of the opposite points, so the
  quarterly table posted earlier still adds up.
- 评议: the year-end 民主评议 — the votes per grade and the grade given. The
  grade of an individual is never printed on a public sheet (GLOSSARY:
  "party reviews of individuals are never printed on a public sheet").

A grade of 优秀 needs more than half of the votes cast for it; a grade the
votes do not support in that way is refused, because the branch's decision
has to follow the members' votes it records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

MAX_PARTY_POINTS = 100
MAX_PLEDGE_TEXT = 300


@dataclass
class Pledge(Record):
    member_id: str = ""
    name: str = ""
    year: int = 0
    content: str = ""
    made_date: str = ""
    id: str = ""
    owner: str = field(default="", compare=False)

    def cleaned(self) -> Self:
        return type(self)(
            member_id=self.member_id,
            name=clean(self.name),
            year=int(self.year or 0),
            content=clean(self.content),
            made_date=clean_code(self.made_date),
            id=self.id,
            owner=self.owner,
        )


def validate_pledge(pledge: Pledge) -> list[FieldError]:
    errors: list[FieldError] = []
    if not pledge.member_id:
        errors.append(FieldError("member_id", msg("请选择党员", "Choose the member")))
    if not 2000 <= pledge.year <= 2100:
        errors.append(FieldError("year", msg("年份应在2000到2100之间", "Year 2000–2100")))
    if not pledge.content:
        errors.append(FieldError("content", msg("请填写承诺内容", "Enter the pledges")))
    elif len(pledge.content) > MAX_PLEDGE_TEXT:
        errors.append(
            FieldError(
                "content",
                msg(f"承诺内容最多{MAX_PLEDGE_TEXT}字（要张贴公示）", "Too long for the sheet"),
            )
        )
    if err := date_error(pledge.made_date, "承诺日期", "date"):
        errors.append(FieldError("made_date", err))
    elif pledge.made_date[:4] != str(pledge.year):
        errors.append(
            FieldError("made_date", msg("承诺日期应在承诺年度内", "The date is outside the year"))
        )
    return errors


@dataclass
class Fulfilment(Record):
    member_id: str = ""
    year: int = 0
    done_on: str = ""
    content: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            member_id=self.member_id,
            year=int(self.year or 0),
            done_on=clean_code(self.done_on),
            content=clean(self.content),
            id=self.id,
        )


def validate_fulfilment(item: Fulfilment) -> list[FieldError]:
    errors: list[FieldError] = []
    if not item.member_id:
        errors.append(FieldError("member_id", msg("请选择党员", "Choose the member")))
    if err := date_error(item.done_on, "践诺日期", "date"):
        errors.append(FieldError("done_on", err))
    if not item.content:
        errors.append(FieldError("content", msg("请填写践诺情况", "Enter what was done")))
    return errors


class PartyEntryKind(StrEnum):
    RULE = "rule"
    CORRECTION = "correction"


@dataclass(frozen=True)
class PartyPointsRule:
    code: str
    category: str
    points: int
    description: str


@dataclass
class PartyPointsEntry(Record):
    member_id: str = ""
    entry_date: str = ""
    kind: str = PartyEntryKind.RULE.value
    points: int = 0
    rule_code: str = ""
    note: str = ""
    approved_by: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            member_id=self.member_id,
            entry_date=clean_code(self.entry_date),
            kind=self.kind,
            points=self.points,
            rule_code=clean_code(self.rule_code),
            note=clean(self.note),
            approved_by=clean(self.approved_by),
            id=self.id,
        )


def validate_entry(entry: PartyPointsEntry) -> list[FieldError]:
    errors: list[FieldError] = []
    if not entry.member_id:
        errors.append(FieldError("member_id", msg("请选择党员", "Choose the member")))
    if err := date_error(entry.entry_date, "日期", "date"):
        errors.append(FieldError("entry_date", err))
    if entry.kind not in {k.value for k in PartyEntryKind}:
        errors.append(FieldError("kind", msg("记分类型不对", "Unknown entry kind")))
    if not isinstance(entry.points, int) or entry.points == 0:
        errors.append(FieldError("points", msg("分值不能为0", "Points cannot be 0")))
    elif abs(entry.points) > MAX_PARTY_POINTS:
        errors.append(
            FieldError(
                "points", msg(f"一次最多记{MAX_PARTY_POINTS}分", f"At most {MAX_PARTY_POINTS}")
            )
        )
    if not entry.rule_code:
        errors.append(FieldError("rule_code", msg("请选择积分规则", "Choose a rule")))
    if not entry.approved_by:
        errors.append(FieldError("approved_by", msg("请填写审核人", "Enter who approved it")))
    if entry.kind == PartyEntryKind.CORRECTION and not entry.note:
        errors.append(FieldError("note", msg("更正须写明原因", "Say why it is corrected")))
    return errors


class ReviewGrade(StrEnum):
    EXCELLENT = "excellent"  # 优秀
    QUALIFIED = "qualified"  # 合格
    BASIC = "basic"  # 基本合格
    UNQUALIFIED = "unqualified"  # 不合格

    @property
    def label(self) -> str:
        return msg(*_GRADE_LABELS[self.value])


_GRADE_LABELS = {
    "excellent": ("优秀", "excellent"),
    "qualified": ("合格", "qualified"),
    "basic": ("基本合格", "basically qualified"),
    "unqualified": ("不合格", "unqualified"),
}


@dataclass
class ReviewResult(Record):
    """One member's 民主评议 in one year: the votes per grade and the grade given."""

    member_id: str = ""
    year: int = 0
    reviewed_on: str = ""
    votes_excellent: int = 0
    votes_qualified: int = 0
    votes_basic: int = 0
    votes_unqualified: int = 0
    grade: str = ""
    note: str = ""
    id: str = ""

    @property
    def votes(self) -> int:
        return (
            self.votes_excellent + self.votes_qualified + self.votes_basic + self.votes_unqualified
        )

    @property
    def grade_label(self) -> str:
        return ReviewGrade(self.grade).label if self.grade else ""


def suggested_grade(result: ReviewResult) -> ReviewGrade:
    """The grade the votes point to.

    优秀 with more than half the votes for it; 不合格 with more than half
    against; 基本合格 when 基本合格 and 不合格 votes together outnumber the
    rest; otherwise 合格.
    """
    total = result.votes
    if result.votes_excellent * 2 > total:
        return ReviewGrade.EXCELLENT
    if result.votes_unqualified * 2 > total:
        return ReviewGrade.UNQUALIFIED
    if result.votes_basic + result.votes_unqualified > result.votes_excellent + (
        result.votes_qualified
    ):
        return ReviewGrade.BASIC
    return ReviewGrade.QUALIFIED


def validate_review(result: ReviewResult, *, voters: int) -> list[FieldError]:
    """``voters``: the branch's members on the review day (no more votes than that)."""
    errors: list[FieldError] = []
    if not result.member_id:
        errors.append(FieldError("member_id", msg("请选择党员", "Choose the member")))
    if err := date_error(result.reviewed_on, "评议日期", "date"):
        errors.append(FieldError("reviewed_on", err))
    elif result.reviewed_on[:4] != str(result.year):
        errors.append(
            FieldError("reviewed_on", msg("评议日期应在评议年度内", "The date is outside the year"))
        )
    counts = (
        result.votes_excellent,
        result.votes_qualified,
        result.votes_basic,
        result.votes_unqualified,
    )
    if any(c < 0 for c in counts):
        errors.append(FieldError("votes", msg("票数不能为负", "Votes cannot be negative")))
    elif result.votes == 0:
        errors.append(FieldError("votes", msg("请填写各等次的票数", "Enter the votes")))
    elif result.votes > voters:
        errors.append(
            FieldError(
                "votes",
                msg(
                    f"总票数{result.votes}超过了当天的党员人数{voters}",
                    f"{result.votes} votes but only {voters} members",
                ),
            )
        )
    if result.grade not in {g.value for g in ReviewGrade}:
        errors.append(FieldError("grade", msg("请选择评定等次", "Choose the grade")))
    elif (
        not errors
        and result.grade == ReviewGrade.EXCELLENT
        and result.votes_excellent * 2 <= result.votes
    ):
        errors.append(
            FieldError(
                "grade",
                msg(
                    f"评为优秀须得到过半数的优秀票（{result.votes_excellent}/{result.votes}）",
                    "Excellent needs more than half of the votes",
                ),
            )
        )
    return errors
