"""承诺·践诺·积分·评议: the yearly cycle of each member, and its two public sheets.

Pledges (one per member and year, natural id) are posted on the 党员承诺公示;
fulfilment records and points follow through the year; the quarterly points
table is posted too. The year-end 民主评议 keeps the votes per grade and the
grade given — for the branch and the town only: neither sheet is handed a
grade, so none can print one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import parse_date
from sanzhi_desktop.domain.party import PartyMember
from sanzhi_desktop.domain.party_points import (
    Fulfilment,
    PartyEntryKind,
    PartyPointsEntry,
    Pledge,
    ReviewResult,
    suggested_grade,
    validate_entry,
    validate_fulfilment,
    validate_pledge,
    validate_review,
)
from sanzhi_desktop.domain.points import quarter_months
from sanzhi_desktop.services.moral_common import publicity_days
from sanzhi_desktop.services.party import PAGE, get_member, list_members, today_iso
from sanzhi_desktop.services.party_catalogue import points_rules
from sanzhi_desktop.services.red_black import PrintedSheet, objection_channel
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage import party as store

PLEDGES = "party_pledges"
FULFILMENTS = "party_fulfilments"
POINTS = "party_points"
REVIEWS = "party_reviews"


def _member(session: Session, member_id: str, field: str = "member_id") -> PartyMember:
    try:
        member = get_member(session, member_id)
    except NotFoundError as exc:
        raise ValidationError(
            [FieldError(field, msg("所选的党员不存在或已删除", "Member not found"))]
        ) from exc
    session.require_own_record(member.owner)
    return member


# --- 承诺 ----------------------------------------------------------------------------


def make_pledge(
    session: Session, member_id: str, year: int, content: str, *, made_date: str = ""
) -> Pledge:
    """The member's pledges for ``year`` (entered again: the text is replaced)."""
    session.require_village("党员承诺", "pledges")
    member = _member(session, member_id) if member_id else None
    pledge = Pledge(
        member_id=member_id,
        name=member.name if member else "",
        year=year,
        content=content,
        made_date=made_date or (today_iso() if str(year) == today_iso()[:4] else f"{year}-01-01"),
    ).cleaned()
    errors = validate_pledge(pledge)
    if errors:
        raise ValidationError(errors)
    record_id = records.natural_id(PLEDGES, session.author.owner, member_id, year)
    values = pledge.to_record()
    for key in ("id", "owner"):
        values.pop(key)
    with session.db.atomic():
        try:
            records.get_record(session.db, PLEDGES, record_id)
            row = records.update_record(
                session.db, PLEDGES, record_id, values, author=session.author
            )
        except NotFoundError:
            row = records.insert_record(
                session.db, PLEDGES, values, author=session.author, record_id=record_id
            )
    return Pledge.from_record(row)


def list_pledges(session: Session, year: int, *, owner: str | None = None) -> list[Pledge]:
    rows = store.rows_by_owner(
        session.db, PLEDGES, owner=owner or session.author.owner, year_column="year", year=year
    )
    return [Pledge.from_record(r) for r in rows]


def record_fulfilment(
    session: Session, member_id: str, *, done_on: str, content: str
) -> Fulfilment:
    """践诺: what a member did to keep the year's pledges."""
    if member_id:
        _member(session, member_id)
    item = Fulfilment(
        member_id=member_id, year=int(done_on[:4]) if parse_date(done_on) else 0,
        done_on=done_on, content=content,
    ).cleaned()  # fmt: skip
    errors = validate_fulfilment(item)
    if errors:
        raise ValidationError(errors)
    values = item.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, FULFILMENTS, values, author=session.author)
    return Fulfilment.from_record(row)


def list_fulfilments(session: Session, year: int, *, owner: str | None = None) -> list[Fulfilment]:
    rows = store.rows_by_owner(
        session.db, FULFILMENTS, owner=owner or session.author.owner, year_column="year",
        year=year, order="done_on, rev",
    )  # fmt: skip
    return [Fulfilment.from_record(r) for r in rows]


# --- 积分 ----------------------------------------------------------------------------


def _append(session: Session, entry: PartyPointsEntry) -> PartyPointsEntry:
    entry = entry.cleaned()
    errors = validate_entry(entry)
    if errors:
        raise ValidationError(errors)
    values = entry.to_record()
    values.pop("id")
    row = records.insert_record(session.db, POINTS, values, author=session.author)
    return PartyPointsEntry.from_record(row)


def add_points(
    session: Session,
    member_id: str,
    rule_code: str,
    *,
    approved_by: str,
    entry_date: str = "",
    note: str = "",
) -> PartyPointsEntry:
    """Points by a rule of the catalogue (the town's, or the shipped default)."""
    rule = points_rules(session).find(rule_code.strip())
    if rule is None:
        raise ValidationError(
            [FieldError("rule_code", msg(f"积分规则{rule_code}不存在", "Unknown rule"))]
        )
    member = _member(session, member_id) if member_id else None
    day = entry_date or today_iso()
    if member is not None and parse_date(day) and not member.member_on(day):
        raise RefusedError(
            msg(f"{day}时{member.name}不是本支部党员", f"{member.name} was not a member then")
        )
    with session.db.atomic():
        return _append(
            session,
            PartyPointsEntry(
                member_id=member_id,
                entry_date=day,
                kind=PartyEntryKind.RULE.value,
                points=rule.points,
                rule_code=rule.code,
                note=note or rule.description,
                approved_by=approved_by,
            ),
        )


def correct_points(
    session: Session, entry_id: str, *, approved_by: str, reason: str, entry_date: str = ""
) -> PartyPointsEntry:
    """Put a mistaken entry right with one of the opposite points (the ledger is never edited)."""
    with session.db.atomic():
        original = PartyPointsEntry.from_record(records.get_record(session.db, POINTS, entry_id))
        if original.kind != PartyEntryKind.RULE:
            raise RefusedError(msg("只能更正按规则记的分", "Only rule entries can be corrected"))
        marker = f"#{entry_id[-8:]}"
        done = store.search_text(session.db, POINTS, ("note",), marker, owner=session.author.owner)
        if any(r["kind"] == PartyEntryKind.CORRECTION for r in done):
            raise RefusedError(msg("这条记录已经更正过", "This entry was already corrected"))
        return _append(
            session,
            PartyPointsEntry(
                member_id=original.member_id,
                entry_date=entry_date or today_iso(),
                kind=PartyEntryKind.CORRECTION.value,
                points=-original.points,
                rule_code=original.rule_code,
                note=f"{reason.strip()} {marker}" if reason.strip() else "",
                approved_by=approved_by,
            ),
        )


def list_points(
    session: Session, *, year: int | None = None, owner: str | None = None
) -> list[PartyPointsEntry]:
    rows = store.rows_by_owner(
        session.db, POINTS, owner=owner or session.author.owner, year_column="entry_date",
        year=year, order="entry_date, rev",
    )  # fmt: skip
    return [PartyPointsEntry.from_record(r) for r in rows]


@dataclass(frozen=True)
class PointsLine:
    member_id: str
    name: str
    group_no: int
    earned: int
    deducted: int
    year_total: int


def quarter_points(
    session: Session, year: int, quarter: int, *, owner: str | None = None
) -> list[PointsLine]:
    """Each member of the quarter: points earned and deducted in it, and the year's total so far."""
    try:
        since, until = quarter_months(year, quarter)
    except ValueError as exc:
        raise ValidationError([FieldError("quarter", str(exc))]) from exc
    owner = owner or session.author.owner
    totals = {
        str(r["member_id"]): r
        for r in store.points_totals(session.db, owner=owner, since=since, until=until)
    }
    members = [
        m for m in list_members(session, on="", owner=owner)
        if m.member_on(until) or (m.member_on(since) and m.id in totals)
    ]  # fmt: skip
    return [
        PointsLine(
            member_id=m.id,
            name=m.name,
            group_no=m.group_no,
            earned=int(totals[m.id]["earned"]) if m.id in totals else 0,
            deducted=int(totals[m.id]["deducted"]) if m.id in totals else 0,
            year_total=int(totals[m.id]["year_total"]) if m.id in totals else 0,
        )
        for m in members
    ]


# --- 评议 ----------------------------------------------------------------------------


def record_review(session: Session, result: ReviewResult) -> ReviewResult:
    """A member's 民主评议 of a year (entered again: replaced); the grade defaults to the votes'."""
    session.require_village("民主评议", "reviews")
    member = _member(session, result.member_id) if result.member_id else None
    if not result.grade and result.votes > 0:
        result = replace(result, grade=suggested_grade(result).value)
    day = result.reviewed_on
    voters = len(list_members(session, on=day)) if parse_date(day) else 0
    errors = validate_review(result, voters=voters)
    if member is not None and parse_date(day) and not member.member_on(day):
        errors.append(
            FieldError(
                "member_id", msg(f"评议当天{member.name}不是本支部党员", "Not a member then")
            )
        )
    if errors:
        raise ValidationError(errors)
    record_id = records.natural_id(REVIEWS, session.author.owner, result.member_id, result.year)
    values = result.to_record()
    values.pop("id")
    with session.db.atomic():
        try:
            records.get_record(session.db, REVIEWS, record_id)
            row = records.update_record(
                session.db, REVIEWS, record_id, values, author=session.author
            )
        except NotFoundError:
            row = records.insert_record(
                session.db, REVIEWS, values, author=session.author, record_id=record_id
            )
    return ReviewResult.from_record(row)


def list_reviews(session: Session, year: int, *, owner: str | None = None) -> list[ReviewResult]:
    rows = store.rows_by_owner(
        session.db, REVIEWS, owner=owner or session.author.owner, year_column="year", year=year
    )
    return [ReviewResult.from_record(r) for r in rows]


@dataclass(frozen=True)
class ReviewProgress:
    year: int
    members: int
    reviewed: int

    @property
    def done(self) -> bool:
        return self.members > 0 and self.reviewed >= self.members


def review_progress(session: Session, year: int, *, owner: str | None = None) -> ReviewProgress:
    """Members at the year's end (or today) and how many of them have a review result."""
    owner = owner or session.author.owner
    day = min(f"{year}-12-31", today_iso())
    members = {m.id for m in list_members(session, on=day, owner=owner)}
    reviewed = {r.member_id for r in list_reviews(session, year, owner=owner)} & members
    return ReviewProgress(year=year, members=len(members), reviewed=len(reviewed))


@todo_provider
def party_cycle_todos(session: Session) -> list[TodoItem]:
    """Pledges missing after January; last year's 民主评议 not finished."""
    profile = session.profile
    if profile is None or profile.kind is not OfficeKind.VILLAGE:
        return []
    today = clock.today()
    items = []
    members = list_members(session)
    if today.month >= 2 and members:
        pledged = {p.member_id for p in list_pledges(session, today.year)}
        missing = [m for m in members if m.id not in pledged]
        if missing:
            items.append(
                TodoItem(
                    text=msg(
                        f"{today.year}年还有{len(missing)}名党员未作承诺",
                        f"{len(missing)} members have no pledges for {today.year}",
                    ),
                    urgency=Urgency.WAITING,
                    page=PAGE,
                    table=PLEDGES,
                )
            )
    last = review_progress(session, today.year - 1)
    if last.members and not last.done and today.month <= 6:
        items.append(
            TodoItem(
                text=msg(
                    f"{last.year}年度民主评议未完成：已评{last.reviewed}人，共{last.members}人",
                    f"{last.year} review: {last.reviewed} of {last.members} done",
                ),
                urgency=Urgency.OVERDUE if today.month >= 3 else Urgency.DUE_SOON,
                page=PAGE,
                table=REVIEWS,
                due=date(today.year, 3, 31).isoformat(),
            )
        )
    return items


@dataclass(frozen=True)
class MemberYear:
    """One member's cycle in one year, as the 承诺与积分 tab lists it."""

    member: PartyMember
    pledge: Pledge | None
    fulfilments: list[Fulfilment]
    points: int
    review: ReviewResult | None


def member_years(session: Session, year: int) -> list[MemberYear]:
    """Every member of the branch during ``year`` with their pledge, fulfilment, points, review."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    members = [
        m for m in list_members(session, on="") if m.member_on(end) or m.member_on(start)
    ]  # fmt: skip
    pledges = {p.member_id: p for p in list_pledges(session, year)}
    reviews = {r.member_id: r for r in list_reviews(session, year)}
    done: dict[str, list[Fulfilment]] = {}
    for item in list_fulfilments(session, year):
        done.setdefault(item.member_id, []).append(item)
    totals: dict[str, int] = {}
    for entry in list_points(session, year=year):
        totals[entry.member_id] = totals.get(entry.member_id, 0) + entry.points
    return [
        MemberYear(
            member=m,
            pledge=pledges.get(m.id),
            fulfilments=done.get(m.id, []),
            points=totals.get(m.id, 0),
            review=reviews.get(m.id),
        )
        for m in members
    ]


# --- sheets --------------------------------------------------------------------------


def print_pledges(session: Session, year: int) -> PrintedSheet:
    """党员承诺公示: each member's pledges (and fulfilments so far) — no review grades."""
    from sanzhi_desktop.printing.party_pledges_sheet import (
        PledgeLine,
        PledgesSheet,
        render_pledges_sheet,
    )

    profile = session.require_village("党员承诺公示", "pledge sheets")
    done: dict[str, list[str]] = {}
    for item in list_fulfilments(session, year):
        done.setdefault(item.member_id, []).append(item.content)
    groups = {m.id: m.group_no for m in list_members(session, on="")}
    sheet = PledgesSheet(
        village_name=profile.name,
        year=year,
        lines=[
            PledgeLine(
                name=p.name,
                group_no=groups.get(p.member_id, 0),
                content=p.content,
                fulfilled="；".join(done.get(p.member_id, [])),
            )
            for p in sorted(list_pledges(session, year), key=lambda p: groups.get(p.member_id, 0))
        ],
        posted_date=today_iso(),
        publicity_days=publicity_days(session),
        objection_channel=objection_channel(session),
    )
    return PrintedSheet(
        pdf=render_pledges_sheet(sheet),
        title=sheet.title,
        suggested_name=f"{sheet.title}.pdf",
        warnings=[],
    )


def print_points(session: Session, year: int, quarter: int) -> PrintedSheet:
    """The quarter's 党员积分公示 table — names in full (members' points are public)."""
    from sanzhi_desktop.printing.party_points_sheet import (
        PartyPointsRow,
        PartyPointsSheet,
        render_party_points_sheet,
    )

    profile = session.require_village("党员积分公示", "party points sheets")
    lines = quarter_points(session, year, quarter)
    sheet = PartyPointsSheet(
        village_name=profile.name,
        year=year,
        quarter=quarter,
        rows=[
            PartyPointsRow(x.name, x.group_no, x.earned, x.deducted, x.year_total)
            for x in sorted(lines, key=lambda x: (-x.year_total, x.group_no))
        ],
        posted_date=today_iso(),
        publicity_days=publicity_days(session),
        objection_channel=objection_channel(session),
    )
    return PrintedSheet(
        pdf=render_party_points_sheet(sheet),
        title=sheet.title,
        suggested_name=f"{sheet.title}.pdf",
        warnings=[],
    )
