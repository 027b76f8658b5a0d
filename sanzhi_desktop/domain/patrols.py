"""红袖章 巡逻: the volunteers' patrol log — 日巡、夜巡、季节巡.

Each patrol records its date, shift, members, route and what it found. A
patrol's finding that is a brewing dispute becomes a screening finding
(:mod:`domain.screening`), linked both ways (``finding_id`` here,
``patrol_id`` there), so it is handled like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

SHIFTS = ("日巡", "夜巡", "季节巡")


def split_members(text: str) -> list[str]:
    """Names typed with 、，, or spaces between them, as a list."""
    for sep in ("，", ",", " ", "；", ";"):
        text = text.replace(sep, "、")
    return [m for m in (part.strip() for part in text.split("、")) if m]


@dataclass
class Patrol(Record):
    patrol_date: str
    shift: str
    members: str  # names separated by 、
    route: str
    findings: str = ""  # "" = nothing found
    finding_id: str = ""
    note: str = ""
    id: str = ""

    @property
    def member_list(self) -> list[str]:
        return split_members(self.members)

    def cleaned(self) -> Patrol:
        return replace(
            self,
            patrol_date=clean_code(self.patrol_date),
            shift=clean(self.shift),
            members="、".join(split_members(clean(self.members))),
            route=clean(self.route),
            findings=clean(self.findings),
            note=clean(self.note),
        )


def validate_patrol(patrol: Patrol, *, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if err := date_error(patrol.patrol_date, "巡逻日期", "patrol date"):
        errors.append(FieldError("patrol_date", err))
    elif date.fromisoformat(patrol.patrol_date) > today:
        errors.append(
            FieldError("patrol_date", msg("巡逻日期不能晚于今天", "The date is in the future"))
        )
    if patrol.shift not in SHIFTS:
        errors.append(FieldError("shift", msg("请选择日巡、夜巡或季节巡", "Choose the shift")))
    if not patrol.member_list:
        errors.append(FieldError("members", msg("请填写巡逻队员", "Name the members")))
    if not patrol.route:
        errors.append(FieldError("route", msg("请填写巡逻路线", "Enter the route")))
    elif len(patrol.route) > 200:
        errors.append(FieldError("route", msg("巡逻路线最多200字", "At most 200 characters")))
    if len(patrol.findings) > 500:
        errors.append(FieldError("findings", msg("巡逻发现最多500字", "At most 500 characters")))
    return errors
