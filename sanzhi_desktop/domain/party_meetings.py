"""三会一课: the branch's meetings, who attended, and the rhythm they must keep.

三会 are the 支部党员大会, the 支委会 and the 党小组会; 一课 is the 党课; the
主题党日 is the monthly day every branch holds. Attendance is taken from the
member list (ids of members), so 应到 is the branch's size that day and 实到
the members ticked — never typed.

The rhythm (how often each kind is due) is a town setting with defaults from
the issue: a 主题党日 every month and a 党课 every quarter. A period counts as
missed only once it has ended with no meeting of that kind in it; the
current period is still open.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code


class MeetingKind(StrEnum):
    GENERAL = "general"  # 支部党员大会
    COMMITTEE = "committee"  # 支委会
    GROUP = "group"  # 党小组会
    LECTURE = "lecture"  # 党课
    THEME_DAY = "theme_day"  # 主题党日

    @property
    def label(self) -> str:
        return msg(*_KIND_LABELS[self.value])


_KIND_LABELS = {
    "general": ("支部党员大会", "branch general meeting"),
    "committee": ("支委会", "branch committee"),
    "group": ("党小组会", "party group meeting"),
    "lecture": ("党课", "party lecture"),
    "theme_day": ("主题党日", "theme day"),
}


class Rhythm(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"

    @property
    def label(self) -> str:
        return msg("每月", "monthly") if self is Rhythm.MONTH else msg("每季度", "quarterly")


#: The issue's defaults; a town replaces them (services.party_catalogue).
DEFAULT_RHYTHM: dict[str, str] = {
    MeetingKind.THEME_DAY.value: Rhythm.MONTH.value,
    MeetingKind.LECTURE.value: Rhythm.QUARTER.value,
}


@dataclass
class PartyMeeting(Record):
    kind: str = MeetingKind.THEME_DAY.value
    held_on: str = ""
    topic: str = ""
    host: str = ""
    attendees: str = "[]"  # JSON list of party_members ids
    expected: int = 0
    present: int = 0
    absent_note: str = ""
    minutes: str = ""
    id: str = ""
    owner: str = field(default="", compare=False)

    def attendee_ids(self) -> list[str]:
        return [str(x) for x in json.loads(self.attendees or "[]")]

    def with_attendees(self, ids: list[str]) -> Self:
        unique = list(dict.fromkeys(ids))
        return type(self)(
            **{**self.to_record(), "attendees": json.dumps(unique), "present": len(unique)}
        )

    @property
    def kind_label(self) -> str:
        return MeetingKind(self.kind).label

    def cleaned(self) -> Self:
        return type(self)(
            kind=clean_code(self.kind),
            held_on=clean_code(self.held_on),
            topic=clean(self.topic),
            host=clean(self.host),
            attendees=self.attendees or "[]",
            expected=int(self.expected or 0),
            present=int(self.present or 0),
            absent_note=clean(self.absent_note),
            minutes=clean(self.minutes),
            id=self.id,
            owner=self.owner,
        )


def validate_meeting(
    meeting: PartyMeeting, *, members_that_day: set[str], today: date
) -> list[FieldError]:
    """``members_that_day``: ids of the branch's members on the meeting's date."""
    errors: list[FieldError] = []
    if meeting.kind not in {k.value for k in MeetingKind}:
        errors.append(FieldError("kind", msg("请选择会议类别", "Choose the kind of meeting")))
    if err := date_error(meeting.held_on, "会议日期", "date"):
        errors.append(FieldError("held_on", err))
    elif meeting.held_on > today.isoformat():
        errors.append(FieldError("held_on", msg("会议日期不能晚于今天", "The date is after today")))
    if not meeting.topic:
        errors.append(FieldError("topic", msg("请填写会议主题", "Enter the topic")))
    elif len(meeting.topic) > 100:
        errors.append(FieldError("topic", msg("主题最多100字", "Topic: 100 characters at most")))
    attendees = meeting.attendee_ids()
    if not attendees:
        errors.append(FieldError("attendees", msg("请勾选到会党员", "Tick who attended")))
    strangers = [a for a in attendees if a not in members_that_day]
    if strangers and not errors:
        errors.append(
            FieldError(
                "attendees",
                msg(
                    f"有{len(strangers)}名到会人员在会议当天不是本支部党员",
                    f"{len(strangers)} attendees were not members on that day",
                ),
            )
        )
    return errors


def period_of(day: str, rhythm: str) -> str:
    """``2026-05-12`` → ``2026-05`` (monthly) or ``2026Q2`` (quarterly)."""
    if rhythm == Rhythm.QUARTER:
        return f"{day[:4]}Q{(int(day[5:7]) - 1) // 3 + 1}"
    return day[:7]


def period_label(period: str) -> str:
    """``2026-05`` → ``2026年5月``; ``2026Q2`` → ``2026年第2季度``."""
    if "Q" in period:
        year, quarter = period.split("Q")
        return msg(f"{year}年第{quarter}季度", f"{year} Q{quarter}")
    return msg(f"{int(period[:4])}年{int(period[5:7])}月", period)


def periods_between(start: date, today: date, rhythm: str) -> list[str]:
    """Periods that began on or after ``start``'s period and have ended before ``today``."""
    step = 3 if rhythm == Rhythm.QUARTER else 1
    index = start.year * 12 + (start.month - 1) // step * step
    current = today.year * 12 + (today.month - 1) // step * step
    periods = []
    while index < current:
        year, month = divmod(index, 12)
        periods.append(period_of(f"{year:04d}-{month + 1:02d}-01", rhythm))
        index += step
    return periods


def missed_periods(held_on: list[str], rhythm: str, *, since: date, today: date) -> list[str]:
    """Ended periods since ``since`` with no meeting of the kind (``held_on``: its dates)."""
    held = {period_of(day, rhythm) for day in held_on}
    return [p for p in periods_between(since, today, rhythm) if p not in held]
