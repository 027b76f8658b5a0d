"""一约五会: the five councils a village keeps beside its 村规民约, their members and meetings.

The plan names five bodies (道德评议会, 村民理事会, 红白理事会, 禁毒禁赌会,
乡贤文化促进会). A village sets each one up once (its id is derived from the
village and the council's kind, so two PCs of one office cannot make two), and
keeps its members (from the roster, or outside persons with where they live)
with their role and term, and its meetings with date, attendance, topics,
minutes and decisions. 双评议 is not a record of its own: it is the year's
道德评议会 and 乡贤文化促进会 (乡贤议事) sessions listed together.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self, TypeVar

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

#: The five councils, in the plan's order: identifier → name.
COUNCIL_KINDS: dict[str, str] = {
    "moral_review": "道德评议会",
    "villager_council": "村民理事会",
    "red_white": "红白理事会",
    "anti_drug_gambling": "禁毒禁赌会",
    "worthies_association": "乡贤文化促进会",
}
#: The two bodies whose sessions make up 双评议 (道德评议 and 乡贤议事).
DUAL_REVIEW_KINDS = ("moral_review", "worthies_association")
DUAL_REVIEW_LABELS = {"moral_review": "道德评议", "worthies_association": "乡贤议事"}
ROLES = ("会长", "副会长", "秘书长", "成员")
MAX_TEXT = 2000
_CODE_SUFFIXES = ("id", "date", "_on", "start", "end")
R = TypeVar("R", bound=Record)


def council_name(kind: str) -> str:
    return COUNCIL_KINDS.get(kind, kind)


@dataclass
class Council(Record):
    kind: str
    set_up_date: str
    charter: str = ""
    note: str = ""
    id: str = ""

    @property
    def name(self) -> str:
        return council_name(self.kind)


@dataclass
class CouncilMember(Record):
    council_id: str
    name: str
    role: str = "成员"
    household_id: str = ""
    person_id: str = ""
    group_no: int = 0
    outside_place: str = ""
    term_start: str = ""
    term_end: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return cleaned_record(self)

    def serves_in(self, year: int) -> bool:
        """On the council at some time in ``year`` (an open term runs on)."""
        start = self.term_start[:4] if self.term_start else "0000"
        end = self.term_end[:4] if self.term_end else "9999"
        return start <= f"{year:04d}" <= end

    @property
    def from_roster(self) -> bool:
        return bool(self.person_id)


@dataclass
class CouncilMeeting(Record):
    council_id: str
    kind: str
    held_on: str
    topic: str
    present_count: int = 0
    expected_count: int = 0
    attendees: str = ""
    minutes: str = ""
    decisions: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return cleaned_record(self)


def cleaned_record(record: R) -> R:
    """Every text field trimmed and NFC-normalised; dates and ids also lose inner spaces."""
    values = record.to_record()
    for key, value in values.items():
        if isinstance(value, str):
            code_like = key.endswith(_CODE_SUFFIXES)
            values[key] = clean_code(value) if code_like else clean(value)
    return type(record)(**values)


def validate_council(council: Council) -> list[FieldError]:
    errors: list[FieldError] = []
    if council.kind not in COUNCIL_KINDS:
        errors.append(FieldError("kind", msg("请选择五会之一", "Choose one of the five councils")))
    if err := date_error(council.set_up_date, "成立日期", "date set up"):
        errors.append(FieldError("set_up_date", err))
    if len(council.charter) > MAX_TEXT:
        errors.append(
            FieldError("charter", msg(f"章程最多{MAX_TEXT}字", "The charter is too long"))
        )
    return errors


def validate_member(member: CouncilMember) -> list[FieldError]:
    errors: list[FieldError] = []
    if not member.name:
        errors.append(FieldError("name", msg("请填写成员姓名", "Enter the member's name")))
    if member.role not in ROLES:
        errors.append(
            FieldError("role", msg("职务应为会长、副会长、秘书长或成员", "Choose the role"))
        )
    if not member.person_id and not member.outside_place:
        errors.append(
            FieldError(
                "outside_place",
                msg(
                    "请从村民档案中选择成员，或填写外村人员的所在地",
                    "Pick the member from the roster, or say where an outside member lives",
                ),
            )
        )
    if err := date_error(member.term_start, "任期开始日期", "term start"):
        errors.append(FieldError("term_start", err))
    if err := date_error(member.term_end, "任期结束日期", "term end", required=False):
        errors.append(FieldError("term_end", err))
    elif member.term_end and member.term_start and member.term_end < member.term_start:
        errors.append(
            FieldError(
                "term_end", msg("任期结束不能早于开始", "The term cannot end before it starts")
            )
        )
    return errors


def validate_meeting(meeting: CouncilMeeting, *, today: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if err := date_error(meeting.held_on, "会议日期", "meeting date"):
        errors.append(FieldError("held_on", err))
    elif meeting.held_on > today:
        errors.append(
            FieldError(
                "held_on", msg("会议日期不能晚于今天", "The meeting cannot be in the future")
            )
        )
    if not meeting.topic:
        errors.append(FieldError("topic", msg("请填写议题", "Enter the topic")))
    if meeting.present_count < 0 or meeting.expected_count < 0:
        errors.append(
            FieldError("present_count", msg("人数不能是负数", "Counts cannot be negative"))
        )
    elif meeting.expected_count and meeting.present_count > meeting.expected_count:
        errors.append(
            FieldError(
                "present_count",
                msg(
                    f"实到人数（{meeting.present_count}）不能多于应到人数（{meeting.expected_count}）",
                    "More present than expected",
                ),
            )
        )
    for key, label in (("minutes", "会议记录"), ("decisions", "决定事项")):
        if len(getattr(meeting, key)) > MAX_TEXT:
            errors.append(FieldError(key, msg(f"{label}最多{MAX_TEXT}字", f"{key} is too long")))
    return errors
