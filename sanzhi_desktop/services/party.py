"""党员名册: who is a party member, their status and moves; the branch's 一肩挑.

A membership is made for a person already in the roster (the 村民档案), so
the name and villager group are the roster's and the party-member count on
any day is a count of the roster's people (:func:`member_count_on`, which
四议两公开's 党员大会 reads as its 应到).
"""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.party import (
    Branch,
    MemberStatus,
    PartyMember,
    count_on,
    validate_branch,
    validate_member,
)
from sanzhi_desktop.domain.record import short_id
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage import party as store

TABLE = "party_members"
BRANCH_TABLE = "party_branch"
PAGE = "party"


def today_iso() -> str:
    return clock.today_iso()


def _person(session: Session, person_id: str) -> tuple[str, int]:
    """(name, villager group) of a live person of the roster."""
    try:
        person = records.get_record(session.db, "persons", person_id)
        household = records.get_record(session.db, "households", str(person["household_id"]))
    except NotFoundError as exc:
        raise ValidationError(
            [FieldError("person_id", msg("所选的村民不存在或已删除", "Person not found"))]
        ) from exc
    return str(person["name"]), int(household["group_no"])


def _checked(session: Session, member: PartyMember) -> PartyMember:
    member = member.cleaned()
    errors = validate_member(member, today=clock.today())
    if member.person_id and not any(e.field == "person_id" for e in errors):
        try:
            name, group = _person(session, member.person_id)
            member = replace(member, name=name, group_no=group)
        except ValidationError as err:
            errors += err.errors
    if errors:
        raise ValidationError(errors)
    return member


def add_member(session: Session, member: PartyMember) -> PartyMember:
    """Put a person of the roster on the party roster (once per person)."""
    member = _checked(session, member)
    record_id = records.natural_id(TABLE, session.author.owner, member.person_id)
    with session.db.atomic():
        try:
            existing = records.get_record(session.db, TABLE, record_id, include_deleted=True)
        except NotFoundError:
            existing = None
        if existing is not None and not existing["deleted"]:
            raise RefusedError(
                msg(f"{member.name}已在党员名册中", f"{member.name} is already on the roster")
            )
        values = member.to_record()
        values.pop("id")
        values.pop("owner")
        row = records.insert_record(
            session.db,
            TABLE,
            values,
            author=session.author,
            # A membership deleted by mistake and entered again gets a new id.
            record_id=None if existing is not None else record_id,
        )
    return PartyMember.from_record(row)


def get_member(session: Session, member_id: str) -> PartyMember:
    return PartyMember.from_record(records.get_record(session.db, TABLE, member_id))


def update_member(session: Session, member: PartyMember) -> PartyMember:
    old = get_member(session, member.id)
    session.require_own_record(old.owner)
    member = _checked(session, replace(member, person_id=old.person_id))
    values = member.to_record()
    values.pop("id")
    values.pop("owner")
    with session.db.atomic():
        row = records.update_record(session.db, TABLE, member.id, values, author=session.author)
    return PartyMember.from_record(row)


def make_full_member(session: Session, member_id: str, *, full_date: str) -> PartyMember:
    """转正: a 预备党员 becomes a full member on ``full_date``."""
    member = get_member(session, member_id)
    if member.status != MemberStatus.PROBATION:
        raise RefusedError(msg(f"{member.name}已是正式党员", f"{member.name} is a full member"))
    ends = member.probation_ends()
    if ends is not None and full_date and full_date < ends.isoformat():
        raise ValidationError(
            [
                FieldError(
                    "full_date",
                    msg(
                        f"预备期一年，{member.name}的预备期到{ends.isoformat()}才满",
                        f"The probation ends on {ends.isoformat()}",
                    ),
                )
            ]
        )
    return update_member(
        session, replace(member, status=MemberStatus.FULL.value, full_date=full_date)
    )


def transfer_out(session: Session, member_id: str, *, out_date: str, to: str) -> PartyMember:
    """转出: the member's relationship moves to another organisation; history stays."""
    member = get_member(session, member_id)
    if member.transfer_out_date:
        raise RefusedError(msg(f"{member.name}已经转出", f"{member.name} was transferred out"))
    return update_member(session, replace(member, transfer_out_date=out_date, transfer_out_to=to))


def delete_member(session: Session, member_id: str) -> None:
    """Remove a membership entered by mistake (a tombstone; moves are :func:`transfer_out`)."""
    member = get_member(session, member_id)
    session.require_own_record(member.owner)
    with session.db.atomic():
        records.delete_record(session.db, TABLE, member_id, author=session.author)


def list_members(
    session: Session, *, on: str | None = None, owner: str | None = None
) -> list[PartyMember]:
    """Members of the branch on ``on`` (default today); ``on=""`` lists everyone ever."""
    day = today_iso() if on is None else on
    rows = store.list_members(session.db, owner=owner or session.author.owner)
    members = [PartyMember.from_record(r) for r in rows]
    return [m for m in members if not day or m.member_on(day)]


def member_count_on(session: Session, day: str, *, owner: str | None = None) -> int:
    """The branch's members on ``day``: the 党员大会's 应到."""
    return count_on(list_members(session, on="", owner=owner), day)


def find_member(session: Session, text: str) -> PartyMember:
    """A current member by name or by the end of the id (CLI); refused when ambiguous."""
    text = text.strip()
    everyone = list_members(session, on="")
    found = [m for m in everyone if m.name == text] or [
        m for m in everyone if len(text) >= 4 and m.id.endswith(text)
    ]
    if len(found) != 1:
        raise NotFoundError(
            msg(
                f"找不到党员“{text}”" if not found else f"有{len(found)}名党员叫“{text}”，请用编号",
                f"No single member '{text}'",
            )
        )
    return found[0]


def find_person(session: Session, name: str) -> str:
    """The id of the one live person of the roster called ``name`` (CLI); refused otherwise."""
    from sanzhi_desktop.domain.roster import RosterFilter
    from sanzhi_desktop.storage import roster as roster_store

    name = name.strip()
    found = [
        r for r in roster_store.list_persons(session.db, RosterFilter(text=name))
        if r["name"] == name
    ]  # fmt: skip
    if len(found) != 1:
        raise NotFoundError(
            msg(
                f"村民档案中没有“{name}”"
                if not found
                else f"村民档案中有{len(found)}人叫“{name}”，请在程序里选择",
                f"No single person called '{name}' in the roster",
            )
        )
    return str(found[0]["id"])


def member_label(member: PartyMember) -> str:
    return f"{member.name}（{short_id(member.id)}）"


# --- the branch ------------------------------------------------------------------


def get_branch(session: Session, *, owner: str | None = None) -> Branch | None:
    owner = owner or session.author.owner
    try:
        row = records.get_record(session.db, BRANCH_TABLE, records.natural_id(BRANCH_TABLE, owner))
    except NotFoundError:
        return None
    return Branch.from_record(row)


def save_branch(session: Session, branch: Branch) -> Branch:
    """The branch's name, secretary, chair and 一肩挑 (one row per village)."""
    session.require_village("党组织信息", "branch facts")
    branch = branch.cleaned()
    errors = validate_branch(branch)
    if errors:
        raise ValidationError(errors)
    record_id = records.natural_id(BRANCH_TABLE, session.author.owner)
    values = branch.to_record()
    values.pop("id")
    with session.db.atomic():
        if get_branch(session) is None:
            row = records.insert_record(
                session.db, BRANCH_TABLE, values, author=session.author, record_id=record_id
            )
        else:
            row = records.update_record(
                session.db, BRANCH_TABLE, record_id, values, author=session.author
            )
    return Branch.from_record(row)


@todo_provider
def party_member_todos(session: Session) -> list[TodoItem]:
    """预备党员 whose year of probation is up: the branch must decide on 转正."""
    profile = session.profile
    if profile is None or profile.kind is not OfficeKind.VILLAGE:
        return []
    today = clock.today()
    items = []
    for member in list_members(session):
        ends = member.probation_ends()
        if ends is not None and ends <= today:
            items.append(
                TodoItem(
                    text=msg(
                        f"预备党员{member.name}预备期已满一年，请支部讨论转正",
                        f"{member.name}'s probation is over: decide on full membership",
                    ),
                    urgency=Urgency.OVERDUE,
                    page=PAGE,
                    table=TABLE,
                    record_id=member.id,
                    due=ends.isoformat(),
                )
            )
    return items
