"""党员: a villager's party membership, and the branch's own facts (一肩挑).

Membership belongs to a person of the roster (one membership per person, its
id the natural key of that person), so the party-member count that
四议两公开's 党员大会 needs is read from the roster rather than typed: the
count on a day is the members who had joined by then and had not been
transferred out (:func:`count_on`). A 流动党员 (working away) still counts —
the branch stays responsible for them — and a 预备党员 counts too: probationary
members attend the 党员大会 (they only do not vote, which the meeting records).

A 预备党员 becomes 正式 after a probation of one year (党章 art. 7); the
to-do list asks for the 转正 decision when the year is up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error, parse_date, years_later
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

#: A probationary member's year (党章 art. 7).
PROBATION_YEARS = 1


class MemberStatus(StrEnum):
    FULL = "full"  # 正式党员
    PROBATION = "probation"  # 预备党员

    @property
    def label(self) -> str:
        return msg(
            *{"full": ("正式党员", "full member"), "probation": ("预备党员", "probationary")}[
                self.value
            ]
        )


@dataclass
class PartyMember(Record):
    """One person's membership, as the branch's roster of members keeps it."""

    person_id: str = ""
    name: str = ""
    group_no: int = 0
    status: str = MemberStatus.FULL.value
    joined_date: str = ""
    full_date: str = ""  # 转正日期 (empty for a probationary member)
    flowing: int = 0  # 流动党员: working or living away, still this branch's
    flow_place: str = ""
    transfer_in_date: str = ""
    transfer_in_from: str = ""
    transfer_out_date: str = ""
    transfer_out_to: str = ""
    note: str = ""
    id: str = ""
    owner: str = field(default="", compare=False)

    def cleaned(self) -> Self:
        return type(self)(
            person_id=self.person_id,
            name=clean(self.name),
            group_no=int(self.group_no or 0),
            status=clean_code(self.status),
            joined_date=clean_code(self.joined_date),
            full_date=clean_code(self.full_date),
            flowing=int(bool(self.flowing)),
            flow_place=clean(self.flow_place),
            transfer_in_date=clean_code(self.transfer_in_date),
            transfer_in_from=clean(self.transfer_in_from),
            transfer_out_date=clean_code(self.transfer_out_date),
            transfer_out_to=clean(self.transfer_out_to),
            note=clean(self.note),
            id=self.id,
            owner=self.owner,
        )

    def member_on(self, day: str) -> bool:
        """A member of this branch on ``day`` (ISO): joined (or transferred in), not yet out."""
        start = self.transfer_in_date or self.joined_date
        if not start or start > day:
            return False
        return not self.transfer_out_date or self.transfer_out_date > day

    @property
    def status_label(self) -> str:
        return MemberStatus(self.status).label

    def probation_ends(self) -> date | None:
        """The day a 预备党员's year is up (None for a full member or an unreadable date)."""
        joined = parse_date(self.joined_date)
        if self.status != MemberStatus.PROBATION or joined is None:
            return None
        return years_later(joined, PROBATION_YEARS)


def count_on(members: Iterable[PartyMember], day: str) -> int:
    """Members of the branch on ``day``: the 党员大会's expected count (应到)."""
    return sum(1 for m in members if m.member_on(day))


def validate_member(member: PartyMember, *, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not member.person_id:
        errors.append(
            FieldError("person_id", msg("请从村民档案中选择党员本人", "Choose the person"))
        )
    if member.status not in {s.value for s in MemberStatus}:
        errors.append(
            FieldError("status", msg("党员类别应为正式党员或预备党员", "Full or probationary"))
        )
    if err := date_error(member.joined_date, "入党日期", "date joined"):
        errors.append(FieldError("joined_date", err))
    elif member.joined_date > today.isoformat():
        errors.append(FieldError("joined_date", msg("入党日期不能晚于今天", "Joined after today")))
    for name, zh, en in (
        ("full_date", "转正日期", "full-membership date"),
        ("transfer_in_date", "转入日期", "transfer-in date"),
        ("transfer_out_date", "转出日期", "transfer-out date"),
    ):
        if err := date_error(getattr(member, name), zh, en, required=False):
            errors.append(FieldError(name, err))
    if member.status == MemberStatus.PROBATION and member.full_date:
        errors.append(
            FieldError(
                "full_date", msg("预备党员还没有转正日期", "A probationary member has no full date")
            )
        )
    if member.full_date and member.joined_date and member.full_date < member.joined_date:
        errors.append(
            FieldError("full_date", msg("转正日期不能早于入党日期", "Full before joined"))
        )
    if member.flowing and not member.flow_place:
        errors.append(
            FieldError(
                "flow_place", msg("流动党员请填写外出地点", "Where does the member work away?")
            )
        )
    out = member.transfer_out_date
    if out and out < (member.transfer_in_date or member.joined_date or ""):
        errors.append(
            FieldError(
                "transfer_out_date", msg("转出日期不能早于入党（转入）日期", "Out before in")
            )
        )
    if out and not member.transfer_out_to:
        errors.append(
            FieldError("transfer_out_to", msg("请填写转往的党组织", "Enter where the member went"))
        )
    if member.transfer_in_date and not member.transfer_in_from:
        errors.append(
            FieldError(
                "transfer_in_from", msg("请填写转出的党组织", "Enter where the member came from")
            )
        )
    return errors


@dataclass
class Branch(Record):
    """The branch's facts kept with the office profile: its name, secretary, 一肩挑.

    One row per village (its id the natural key of the village), synced so the
    town sees which villages have one person as both secretary and chair.
    """

    branch_name: str = ""
    secretary: str = ""
    chair: str = ""
    dual_post: int = 0  # 一肩挑: the secretary is also the committee chair
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        secretary, chair = clean(self.secretary), clean(self.chair)
        dual = int(bool(self.dual_post))
        return type(self)(
            branch_name=clean(self.branch_name),
            secretary=secretary,
            chair=secretary if dual and not chair else chair,
            dual_post=dual,
            note=clean(self.note),
            id=self.id,
        )


def validate_branch(branch: Branch) -> list[FieldError]:
    errors: list[FieldError] = []
    if not branch.branch_name:
        errors.append(
            FieldError(
                "branch_name", msg("请填写党组织名称（如“中共小营村支部委员会”）", "Branch name")
            )
        )
    if not branch.secretary:
        errors.append(FieldError("secretary", msg("请填写党支部书记", "Enter the secretary")))
    if branch.dual_post and branch.chair and branch.chair != branch.secretary:
        errors.append(
            FieldError(
                "chair",
                msg("“一肩挑”指书记兼任村委会主任，主任应与书记为同一人", "Dual post: same person"),
            )
        )
    return errors
