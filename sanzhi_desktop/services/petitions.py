"""信访 register: registering a petition with its 包案 leader, its steps, closing it.

Steps (交办/转办/督办) are append-only rows: nothing in the history is ever
rewritten. A petition open past its deadline is a to-do. The register is
never printed on a public sheet; the town sees only how many are open and
overdue (:mod:`services.safety_figures`).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.petitions import (
    Petition,
    PetitionStatus,
    PetitionStep,
    check_open,
    default_deadline,
    validate_close,
    validate_petition,
    validate_step,
)
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.services.screening import today
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage import safety as store

TABLE, STEPS = "petitions", "petition_steps"


def get_petition(session: Session, petition_id: str) -> Petition:
    return Petition.from_record(records.get_record(session.db, TABLE, petition_id))


def list_petitions(
    session: Session, *, status: str | None = None, since: str = "", until: str = "9999"
) -> list[Petition]:
    rows = store.list_petitions(
        session.db, owner=session.author.owner, status=status, since=since, until=until
    )
    return [Petition.from_record(r) for r in rows]


def list_steps(session: Session, petition_id: str) -> list[PetitionStep]:
    return [PetitionStep.from_record(r) for r in store.list_petition_steps(session.db, petition_id)]


def _own(session: Session, petition_id: str) -> Petition:
    row = records.get_record(session.db, TABLE, petition_id)
    session.require_own_record(str(row["owner"]))
    return Petition.from_record(row)


def register_petition(session: Session, petition: Petition) -> Petition:
    """登记: the deadline defaults to 60 days after receipt; a roster villager by reference."""
    session.require_village("信访登记", "petitions")
    petition = petition.cleaned()
    errors: list[FieldError] = []
    if petition.person_id:
        try:
            person = records.get_record(session.db, "persons", petition.person_id)
        except NotFoundError:
            errors.append(FieldError("petitioner", msg("所选村民不存在或已删除", "Not found")))
        else:
            petition = replace(petition, petitioner=str(person["name"]))
    if not petition.deadline and petition.received_date:
        # a bad date keeps no deadline: validate_petition names the date
        with contextlib.suppress(ValueError):
            petition = replace(petition, deadline=default_deadline(petition.received_date))
    errors += validate_petition(petition, today=today())
    if errors:
        raise ValidationError(errors)
    values = {**petition.to_record(), "status": PetitionStatus.OPEN.value}
    for key in ("id", "result", "satisfaction", "closed_date"):
        values.pop(key)
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return Petition.from_record(row)


def add_step(session: Session, step: PetitionStep) -> PetitionStep:
    """交办 / 转办 / 督办 on an open petition (appended, never changed)."""
    petition = _own(session, step.petition_id)
    check_open(petition)
    step = replace(
        step,
        kind=clean(step.kind),
        step_date=clean_code(step.step_date) or today().isoformat(),
        handler=clean(step.handler),
        note=clean(step.note),
    )
    if errors := validate_step(step, petition):
        raise ValidationError(errors)
    values = step.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, STEPS, values, author=session.author)
    return PetitionStep.from_record(row)


def extend_deadline(session: Session, petition_id: str, *, deadline: str, reason: str) -> Petition:
    """A new deadline (recorded with why, as a 督办 step by the case owner)."""
    petition = _own(session, petition_id)
    check_open(petition)
    deadline = clean_code(deadline)
    errors = validate_petition(replace(petition, deadline=deadline), today=today())
    if not clean(reason):
        errors.append(FieldError("reason", msg("请写明延期原因", "Say why")))
    if errors:
        raise ValidationError([e for e in errors if e.field in {"deadline", "reason"}] or errors)
    with session.db.atomic():
        records.insert_record(
            session.db,
            STEPS,
            {
                "petition_id": petition_id,
                "kind": "督办",
                "step_date": today().isoformat(),
                "handler": petition.case_owner,
                "note": f"办理期限延至{deadline}：{clean(reason)}",
            },
            author=session.author,
        )
        row = records.update_record(
            session.db, TABLE, petition_id, {"deadline": deadline}, author=session.author
        )
    return Petition.from_record(row)


def close_petition(
    session: Session, petition_id: str, *, on: str = "", result: str, satisfaction: str
) -> Petition:
    """办结: the result and the petitioner's satisfaction (事事有结果)."""
    petition = _own(session, petition_id)
    check_open(petition)
    on, result, satisfaction = (
        clean_code(on) or today().isoformat(),
        clean(result),
        clean(satisfaction),
    )
    if errors := validate_close(petition, on=on, result=result, satisfaction=satisfaction):
        raise ValidationError(errors)
    with session.db.atomic():
        row = records.update_record(
            session.db,
            TABLE,
            petition_id,
            {
                "status": PetitionStatus.CLOSED.value,
                "closed_date": on,
                "result": result,
                "satisfaction": satisfaction,
            },
            author=session.author,
        )
    return Petition.from_record(row)


@todo_provider
def petition_todos(session: Session) -> list[TodoItem]:
    """Open petitions past their deadline."""
    if session.profile is None or session.profile.kind is OfficeKind.TOWN:
        return []
    now = today()
    return [
        TodoItem(
            text=msg(
                f"信访事项已超期（期限{p.deadline}，包案领导{p.case_owner}），请督办",
                f"Petition overdue since {p.deadline}",
            ),
            urgency=Urgency.OVERDUE,
            page="safety",
            table=TABLE,
            record_id=p.id,
            due=p.deadline,
        )
        for p in list_petitions(session, status=PetitionStatus.OPEN.value)
        if p.overdue(now)
    ]
