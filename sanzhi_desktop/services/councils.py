"""一约五会: setting up the five councils, their members and meetings; 双评议 by year.

Every write checks the office is a village (a town keeps its villages'
councils from their files, read-only) and goes through storage.records with
its change-log row. The council's id comes from (village, kind), so setting
up a council twice — or on two PCs of one office — is the same record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sanzhi_desktop.domain.councils import (
    COUNCIL_KINDS,
    DUAL_REVIEW_KINDS,
    DUAL_REVIEW_LABELS,
    Council,
    CouncilMeeting,
    CouncilMember,
    validate_council,
    validate_meeting,
    validate_member,
)
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.services.moral_common import who
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import civic, clock, records
from sanzhi_desktop.storage import roster as roster_store

COUNCILS, MEMBERS, MEETINGS = "councils", "council_members", "council_meetings"


def _village(session: Session) -> str:
    return session.require_village("一约五会", "councils").code


def _owner(session: Session, owner: str | None) -> str:
    return owner or session.require_profile().code


def _own(session: Session, table: str, record_id: str) -> dict[str, object]:
    row = records.get_record(session.db, table, record_id)
    session.require_own_record(str(row["owner"]))
    return row


def _refuse_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def _values(record: Record) -> dict[str, object]:
    values = record.to_record()
    values.pop("id")
    return values


# --- councils ---------------------------------------------------------------------


def list_councils(session: Session, *, owner: str | None = None) -> list[Council]:
    """The councils set up, in the plan's order of the five."""
    rows = civic.live_rows(session.db, COUNCILS, owner=_owner(session, owner))
    order = list(COUNCIL_KINDS)
    councils = [Council.from_record(r) for r in rows]
    return sorted(councils, key=lambda c: order.index(c.kind) if c.kind in order else 99)


def council_of_kind(session: Session, kind: str, *, owner: str | None = None) -> Council | None:
    return next((c for c in list_councils(session, owner=owner) if c.kind == kind), None)


def set_up_council(session: Session, council: Council) -> Council:
    """Set up one of the five councils (or correct its date and charter)."""
    code = _village(session)
    council = replace(
        council,
        charter=council.charter.strip(),
        note=council.note.strip(),
        set_up_date=council.set_up_date.strip(),
    )
    _refuse_if(validate_council(council))
    council_id = records.natural_id(COUNCILS, code, council.kind)
    values = _values(council)
    with session.db.atomic():
        try:
            records.get_record(session.db, COUNCILS, council_id)
        except NotFoundError:
            row = records.insert_record(
                session.db, COUNCILS, values, author=session.author, record_id=council_id
            )
        else:
            row = records.update_record(
                session.db, COUNCILS, council_id, values, author=session.author
            )
    return Council.from_record(row)


def get_council(session: Session, council_id: str) -> Council:
    return Council.from_record(records.get_record(session.db, COUNCILS, council_id))


# --- members ----------------------------------------------------------------------


def list_members(
    session: Session, council_id: str, *, year: int | None = None, owner: str | None = None
) -> list[CouncilMember]:
    rows = civic.live_rows(
        session.db,
        MEMBERS,
        owner=_owner(session, owner),
        where="council_id = ?",
        params=[council_id],
        order="CASE role WHEN '会长' THEN 0 WHEN '副会长' THEN 1 WHEN '秘书长' THEN 2 "
        "ELSE 3 END, term_start, name",
    )
    members = [CouncilMember.from_record(r) for r in rows]
    return [m for m in members if year is None or m.serves_in(year)]


def add_member(session: Session, member: CouncilMember) -> CouncilMember:
    """Add a member: from the roster (household and person) or an outside person."""
    _village(session)
    member = member.cleaned()
    errors: list[FieldError] = []
    try:
        _own(session, COUNCILS, member.council_id)
    except NotFoundError:
        errors.append(FieldError("council_id", msg("请先成立这个会", "Set up the council first")))
    if member.person_id:
        try:
            named = who(session, member.household_id, member.person_id)
        except ValidationError as err:
            errors += err.errors
        else:
            member = replace(member, name=named.name, group_no=named.group_no, outside_place="")
    errors += [e for e in validate_member(member) if e.field not in {x.field for x in errors}]
    _refuse_if(errors)
    with session.db.atomic():
        row = records.insert_record(session.db, MEMBERS, _values(member), author=session.author)
    return CouncilMember.from_record(row)


def end_membership(session: Session, member_id: str, *, on: str) -> CouncilMember:
    """A member leaves the council: the term ends on ``on`` (the row stays for the record)."""
    _village(session)
    member = CouncilMember.from_record(_own(session, MEMBERS, member_id))
    ended = replace(member, term_end=on.strip())
    _refuse_if(validate_member(ended))
    with session.db.atomic():
        row = records.update_record(
            session.db, MEMBERS, member_id, {"term_end": ended.term_end}, author=session.author
        )
    return CouncilMember.from_record(row)


def remove_member(session: Session, member_id: str) -> None:
    """Delete a member entered by mistake (a tombstone the change log shows)."""
    _village(session)
    _own(session, MEMBERS, member_id)
    with session.db.atomic():
        records.delete_record(session.db, MEMBERS, member_id, author=session.author)


# --- meetings ---------------------------------------------------------------------


def list_meetings(
    session: Session,
    *,
    year: int | None = None,
    kind: str | None = None,
    owner: str | None = None,
) -> list[CouncilMeeting]:
    where, params = [], []
    if year is not None:
        where.append("held_on LIKE ?")
        params.append(f"{year:04d}-%")
    if kind:
        where.append("kind = ?")
        params.append(kind)
    rows = civic.live_rows(
        session.db,
        MEETINGS,
        owner=_owner(session, owner),
        where=" AND ".join(where),
        params=params,
        order="held_on DESC, rev DESC",
    )
    return [CouncilMeeting.from_record(r) for r in rows]


def record_meeting(session: Session, meeting: CouncilMeeting) -> CouncilMeeting:
    """A council met: date, topic, who came, minutes and decisions."""
    _village(session)
    meeting = meeting.cleaned()
    errors: list[FieldError] = []
    try:
        council = Council.from_record(_own(session, COUNCILS, meeting.council_id))
    except NotFoundError:
        errors.append(FieldError("council_id", msg("请先成立这个会", "Set up the council first")))
    else:
        meeting = replace(meeting, kind=council.kind)
        if not meeting.expected_count:
            year = int(meeting.held_on[:4]) if meeting.held_on[:4].isdigit() else None
            serving = list_members(session, council.id, year=year)
            meeting = replace(meeting, expected_count=len(serving))
    errors += validate_meeting(meeting, today=clock.today_iso())
    _refuse_if(errors)
    with session.db.atomic():
        row = records.insert_record(session.db, MEETINGS, _values(meeting), author=session.author)
    return CouncilMeeting.from_record(row)


def get_meeting(session: Session, meeting_id: str) -> CouncilMeeting:
    return CouncilMeeting.from_record(records.get_record(session.db, MEETINGS, meeting_id))


def require_review_meeting(session: Session, meeting_id: str) -> CouncilMeeting:
    """The 道德评议会 meeting a red/black or good-deeds review names, or a refusal."""
    try:
        meeting = CouncilMeeting.from_record(_own(session, MEETINGS, meeting_id))
    except NotFoundError as exc:
        raise ValidationError(
            [FieldError("review_meeting_id", msg("找不到所选的评议会议", "Meeting not found"))]
        ) from exc
    if meeting.kind != "moral_review":
        raise ValidationError(
            [
                FieldError(
                    "review_meeting_id",
                    msg("只能选择道德评议会的会议", "Choose a meeting of the moral review council"),
                )
            ]
        )
    return meeting


@dataclass(frozen=True)
class DualReviewSession:
    """One line of the year's 双评议 list: a 道德评议 or 乡贤议事 session."""

    label: str
    meeting: CouncilMeeting
    decided: int  # red/black entries and good deeds this meeting decided


def dual_review(
    session: Session, year: int, *, owner: str | None = None
) -> list[DualReviewSession]:
    """The year's 道德评议 and 乡贤议事 sessions together, oldest first."""
    owner = _owner(session, owner)
    meetings = [
        m
        for m in reversed(list_meetings(session, year=year, owner=owner))
        if m.kind in DUAL_REVIEW_KINDS
    ]
    decided = civic.decisions_per_meeting(session.db, owner=owner)
    return [
        DualReviewSession(DUAL_REVIEW_LABELS[m.kind], m, decided.get(m.id, 0)) for m in meetings
    ]


# --- to-dos -----------------------------------------------------------------------


@todo_provider
def council_todos(session: Session) -> list[TodoItem]:
    """The councils not yet set up (one line for all), and one that has not met by autumn.

    A new office first fills its roster (that is its first to-do); the
    councils' line waits until there are villagers to make them of.
    """
    profile = session.profile
    if profile is None or profile.kind is not OfficeKind.VILLAGE:
        return []
    if not roster_store.list_group_numbers(session.db):
        return []
    councils = {c.kind: c for c in list_councils(session)}
    missing = [name for kind, name in COUNCIL_KINDS.items() if kind not in councils]
    items = []
    if missing:
        items.append(
            TodoItem(
                text=msg(
                    f"一约五会：尚未成立{'、'.join(missing)}",
                    f"Councils not set up yet: {', '.join(missing)}",
                ),
                urgency=Urgency.WAITING,
                page="civic",
                table=COUNCILS,
                record_id=next(k for k in COUNCIL_KINDS if k not in councils),
            )
        )
    day = clock.today()
    if day.month >= 10:
        met = {m.kind for m in list_meetings(session, year=day.year)}
        for kind, council in councils.items():
            if kind not in met:
                items.append(
                    TodoItem(
                        text=msg(
                            f"{council.name}今年还没有开过会",
                            f"The {council.name} has not met this year",
                        ),
                        urgency=Urgency.DUE_SOON,
                        page="civic",
                        table=COUNCILS,
                        record_id=kind,  # the councils tab lists a council by its kind
                        due=f"{day.year}-12-31",
                    )
                )
    return items


@dataclass(frozen=True)
class CouncilRow:
    """One of the five councils as its tab lists it: set up or not, members, meetings."""

    kind: str
    name: str
    council: Council | None
    members: int
    meetings: int  # in the year

    @property
    def id(self) -> str:
        return self.council.id if self.council else self.kind


def council_overview(session: Session, year: int) -> list[CouncilRow]:
    """The five councils in the plan's order, with members serving and meetings in ``year``."""
    councils = {c.kind: c for c in list_councils(session)}
    meetings = list_meetings(session, year=year)
    rows = []
    for kind, name in COUNCIL_KINDS.items():
        council = councils.get(kind)
        rows.append(
            CouncilRow(
                kind,
                name,
                council,
                len(list_members(session, council.id, year=year)) if council else 0,
                sum(1 for m in meetings if m.kind == kind),
            )
        )
    return rows
