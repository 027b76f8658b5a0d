"""激励: one-off awards and honour titles linked to villagers' conduct.

The seed plan pays one-off awards (students admitted to 985/211, first- or
second-tier universities, top-10 places in competitions, military merit,
injury at work, 见义勇为, 道德模范, 劳动模范) and confers honour titles
(最美家庭, 好媳妇, 好婆婆, 道德模范, local titles such as 城固好人). Each award
names a person (or household), a year, an amount in fen and who approved it.
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

ONE_OFF_CATEGORIES = (
    "考入985高校", "考入211高校", "考入一本院校", "考入二本院校", "竞赛获前十名",
    "参军立功受奖", "因公负伤", "见义勇为", "道德模范", "劳动模范",
)  # fmt: skip
TITLE_CATEGORIES = ("最美家庭", "好媳妇", "好婆婆", "道德模范", "其他地方荣誉称号")
MAX_AMOUNT_FEN = 10_000_000


class AwardKind(StrEnum):
    ONE_OFF = "one_off"
    TITLE = "title"

    @property
    def label(self) -> str:
        return (
            msg("一次性奖励", "one-off award")
            if self is AwardKind.ONE_OFF
            else msg("荣誉称号", "honour title")
        )


@dataclass
class Award(Record):
    household_id: str
    name: str
    group_no: int
    year: int
    kind: str
    category: str
    person_id: str = ""
    title: str = ""  # the local title's own name, e.g. 城固好人
    amount_fen: int = 0
    approved_by: str = ""
    approved_date: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            household_id=self.household_id,
            name=clean(self.name),
            group_no=self.group_no,
            year=self.year,
            kind=self.kind,
            category=clean(self.category),
            person_id=self.person_id,
            title=clean(self.title),
            amount_fen=self.amount_fen,
            approved_by=clean(self.approved_by),
            approved_date=clean_code(self.approved_date),
            note=clean(self.note),
            id=self.id,
        )

    @property
    def display_title(self) -> str:
        return self.title or self.category


def validate_award(award: Award) -> list[FieldError]:
    errors: list[FieldError] = []
    if not award.household_id:
        errors.append(FieldError("household_id", msg("请选择户", "Choose the household")))
    if not award.name:
        errors.append(FieldError("name", msg("请填写姓名", "Enter the name")))
    if not 2000 <= award.year <= 2100:
        errors.append(FieldError("year", msg("年度应为年份，如2026", "Year, e.g. 2026")))
    if award.kind not in {k.value for k in AwardKind}:
        errors.append(FieldError("kind", msg("请选择奖励或称号", "Choose award or title")))
    elif award.kind == AwardKind.ONE_OFF and award.category not in ONE_OFF_CATEGORIES:
        errors.append(FieldError("category", msg("请选择奖励类别", "Choose the award category")))
    elif award.kind == AwardKind.TITLE and award.category not in TITLE_CATEGORIES:
        errors.append(FieldError("category", msg("请选择荣誉称号", "Choose the title")))
    if award.category == "其他地方荣誉称号" and not award.title:
        errors.append(FieldError("title", msg("请填写称号名称，如“城固好人”", "Name the title")))
    if not 0 <= award.amount_fen <= MAX_AMOUNT_FEN:
        errors.append(FieldError("amount_fen", msg("奖励金额不对", "Amount out of range")))
    if not award.approved_by:
        errors.append(FieldError("approved_by", msg("请填写审批人或审批会议", "Who approved it")))
    if err := date_error(award.approved_date, "审批日期", "approval date"):
        errors.append(FieldError("approved_date", err))
    return errors
