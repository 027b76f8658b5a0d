"""家规家训 and 道德讲堂: a household's rules text, the year's 评选, the lecture sessions.

A household's 家规家训 is collected with a date; in a year's 评选 some are
selected 优秀 and shown on the village's display board. Lectures (道德讲堂)
are sessions with a date, topic, speaker and attendance. Both are public by
nature: the collection and the lecture list can be printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from sanzhi_desktop.domain.councils import MAX_TEXT, cleaned_record
from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record

MAX_RULES_TEXT = 600


@dataclass
class FamilyRules(Record):
    household_id: str
    head_name: str
    group_no: int
    text: str
    collected_on: str
    excellent_year: int = 0
    on_display: int = 0
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return cleaned_record(self)


@dataclass
class MoralLecture(Record):
    held_on: str
    topic: str
    speaker: str
    attendance: int = 0
    content: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return cleaned_record(self)


def validate_family_rules(rules: FamilyRules, *, today: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if not rules.household_id:
        errors.append(FieldError("household_id", msg("请选择所在户", "Choose the household")))
    if not rules.text:
        errors.append(FieldError("text", msg("请填写家规家训内容", "Enter the family rules")))
    elif len(rules.text) > MAX_RULES_TEXT:
        errors.append(
            FieldError("text", msg(f"家规家训最多{MAX_RULES_TEXT}字", "The text is too long"))
        )
    if err := date_error(rules.collected_on, "征集日期", "date collected"):
        errors.append(FieldError("collected_on", err))
    elif rules.collected_on > today:
        errors.append(
            FieldError("collected_on", msg("征集日期不能晚于今天", "The date is in the future"))
        )
    collected_year = int(rules.collected_on[:4]) if rules.collected_on[:4].isdigit() else 0
    if rules.excellent_year and rules.excellent_year < collected_year:
        errors.append(
            FieldError(
                "excellent_year",
                msg("评为优秀的年份不能早于征集年份", "Selected before it was collected"),
            )
        )
    return errors


def validate_lecture(lecture: MoralLecture, *, today: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if err := date_error(lecture.held_on, "讲堂日期", "date"):
        errors.append(FieldError("held_on", err))
    elif lecture.held_on > today:
        errors.append(FieldError("held_on", msg("日期不能晚于今天", "The date is in the future")))
    if not lecture.topic:
        errors.append(FieldError("topic", msg("请填写主题", "Enter the topic")))
    if not lecture.speaker:
        errors.append(FieldError("speaker", msg("请填写主讲人", "Enter the speaker")))
    if lecture.attendance < 0:
        errors.append(FieldError("attendance", msg("人数不能是负数", "Negative attendance")))
    if len(lecture.content) > MAX_TEXT:
        errors.append(FieldError("content", msg(f"内容最多{MAX_TEXT}字", "Too long")))
    return errors
