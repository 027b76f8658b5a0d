"""三会一课: record a meeting with its attendance, see the missed rhythm, print the register.

Attendance is ticked from the branch's members on the meeting day, so 应到
is the member count that day and 实到 the number ticked. The rhythm (which
kinds are due monthly or quarterly) is the town's setting
(:mod:`services.party_catalogue`). A village is not blamed for periods before
it started keeping meetings here: the check starts at its first meeting.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import parse_date
from sanzhi_desktop.domain.party_meetings import (
    MeetingKind,
    PartyMeeting,
    missed_periods,
    period_label,
    period_of,
    validate_meeting,
)
from sanzhi_desktop.services.party import PAGE, list_members
from sanzhi_desktop.services.party_catalogue import settings
from sanzhi_desktop.services.red_black import PrintedSheet
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage import party as store

TABLE = "party_meetings"
#: Missed periods that ended longer ago than this no longer make a to-do (the register shows them).
TODO_LOOKBACK_DAYS = 365


def record_meeting(
    session: Session, meeting: PartyMeeting, attendee_ids: list[str]
) -> PartyMeeting:
    """Record a meeting held; ``attendee_ids`` are ids of the members present."""
    session.require_village("三会一课", "party meetings")
    meeting = meeting.cleaned().with_attendees(attendee_ids)
    members = list_members(session, on=meeting.held_on) if parse_date(meeting.held_on) else []
    meeting = replace(meeting, expected=len(members))
    errors = validate_meeting(
        meeting, members_that_day={m.id for m in members}, today=clock.today()
    )
    if errors:
        raise ValidationError(errors)
    values = meeting.to_record()
    values.pop("id")
    values.pop("owner")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return PartyMeeting.from_record(row)


def list_meetings(
    session: Session, *, year: int | None = None, owner: str | None = None
) -> list[PartyMeeting]:
    """Meetings, oldest first."""
    rows = store.rows_by_owner(
        session.db,
        TABLE,
        owner=owner or session.author.owner,
        year_column="held_on",
        year=year,
        order="held_on, rev",
    )
    return [PartyMeeting.from_record(r) for r in rows]


@dataclass(frozen=True)
class Missed:
    kind: MeetingKind
    period: str

    @property
    def text(self) -> str:
        return msg(
            f"{period_label(self.period)}没有开{self.kind.label}",
            f"No {self.kind.label} in {self.period}",
        )


def missed_meetings(
    session: Session, *, today: date | None = None, owner: str | None = None
) -> list[Missed]:
    """Ended periods without the meeting the rhythm asks for, since the first meeting recorded."""
    today = today or clock.today()
    meetings = list_meetings(session, owner=owner)
    if not meetings:
        return []
    since = date.fromisoformat(meetings[0].held_on)
    missed = []
    for kind, rhythm in settings(session, village=owner).rhythm.items():
        held = [m.held_on for m in meetings if m.kind == kind]
        missed += [
            Missed(MeetingKind(kind), p)
            for p in missed_periods(held, rhythm, since=since, today=today)
        ]
    return sorted(missed, key=lambda m: (_period_end(m.period), m.kind.value))


def expected_meetings(
    session: Session, year: int, *, today: date | None = None, owner: str | None = None
) -> int:
    """How many meetings the rhythm asks for in ``year`` up to the last ended period."""
    today = today or clock.today()
    end = min(today, date(year + 1, 1, 1))
    total = 0
    for rhythm in settings(session, village=owner).rhythm.values():
        total += len(missed_periods([], rhythm, since=date(year, 1, 1), today=end))
    return total


@todo_provider
def party_meeting_todos(session: Session) -> list[TodoItem]:
    """A to-do per kind with missed periods in the last year; this period's if not held yet."""
    profile = session.profile
    if profile is None or profile.kind is not OfficeKind.VILLAGE:
        return []
    today = clock.today()
    meetings = list_meetings(session)
    if not meetings:
        if not list_members(session):
            return []
        return [
            TodoItem(
                text=msg(
                    "还没有三会一课记录。请在“党建”中登记支部的会议。",
                    "No party meetings recorded yet.",
                ),
                urgency=Urgency.WAITING,
                page=PAGE,
                table=TABLE,
            )
        ]
    horizon = date.fromordinal(today.toordinal() - TODO_LOOKBACK_DAYS)
    items = []
    by_kind: dict[MeetingKind, list[str]] = {}
    for missed in missed_meetings(session, today=today):
        if _period_end(missed.period) >= horizon:
            by_kind.setdefault(missed.kind, []).append(missed.period)
    for kind, periods in by_kind.items():
        shown = "、".join(period_label(p) for p in periods[-3:])
        more = msg(f"等{len(periods)}期", f" and more ({len(periods)})") if len(periods) > 3 else ""
        items.append(
            TodoItem(
                text=msg(
                    f"{kind.label}未按时召开：{shown}{more}",
                    f"{kind.label} missed: {shown}{more}",
                ),
                urgency=Urgency.OVERDUE,
                page=PAGE,
                table=TABLE,
                due=_period_end(periods[-1]).isoformat(),
            )
        )
    for code, rhythm in settings(session).rhythm.items():
        current = period_of(today.isoformat(), rhythm)
        if not any(m.kind == code and period_of(m.held_on, rhythm) == current for m in meetings):
            end = _period_end(current)
            if (end - today).days <= 7:
                label = MeetingKind(code).label
                items.append(
                    TodoItem(
                        text=msg(
                            f"本{'月' if rhythm == 'month' else '季度'}的{label}还没有召开",
                            f"This period's {label} is not held yet",
                        ),
                        urgency=Urgency.DUE_SOON,
                        page=PAGE,
                        table=TABLE,
                        due=end.isoformat(),
                    )
                )
    return items


def _period_end(period: str) -> date:
    if "Q" in period:
        year, quarter = (int(x) for x in period.split("Q"))
        month = quarter * 3
    else:
        year, month = int(period[:4]), int(period[5:7])
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def print_meetings_register(session: Session, year: int) -> PrintedSheet:
    """The year's 三会一课 register: every meeting with its attendance; missed periods noted."""
    from sanzhi_desktop.printing.party_meetings_sheet import (
        MeetingLine,
        MeetingsRegister,
        render_meetings_register,
    )

    profile = session.require_village("三会一课记录", "meeting registers")
    everyone = {m.id: m.name for m in list_members(session, on="")}
    lines = []
    for meeting in list_meetings(session, year=year):
        present = set(meeting.attendee_ids())
        expected = {m.id for m in list_members(session, on=meeting.held_on)}
        absent = sorted(everyone.get(i, "") for i in expected - present)
        lines.append(
            MeetingLine(
                held_on=meeting.held_on,
                kind=meeting.kind_label,
                topic=meeting.topic,
                host=meeting.host,
                expected=meeting.expected,
                present=meeting.present,
                absent="、".join(a for a in absent if a)
                + (f"（{meeting.absent_note}）" if meeting.absent_note else ""),
            )
        )
    missed = [m.text for m in missed_meetings(session) if m.period.startswith(str(year))]
    sheet = MeetingsRegister(village_name=profile.name, year=year, lines=lines, missed=missed)
    return PrintedSheet(
        pdf=render_meetings_register(sheet),
        title=sheet.title,
        suggested_name=f"{sheet.title}.pdf",
        warnings=[],
    )
