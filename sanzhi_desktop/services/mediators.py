"""调委会: the village mediation committee's members, from whom each case's mediators are chosen."""

from __future__ import annotations

from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import MEDIATOR_ROLES, Mediator
from sanzhi_desktop.domain.roster import name_error, phone_error
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import mediation as store
from sanzhi_desktop.storage import records

TABLE = "mediation_mediators"


def _check(session: Session, mediator: Mediator) -> Mediator:
    mediator = Mediator(
        name=clean(mediator.name),
        role=clean(mediator.role),
        phone=clean_code(mediator.phone),
        active=1 if mediator.active else 0,
        id=mediator.id,
    )
    errors: list[FieldError] = []
    if err := name_error(mediator.name):
        errors.append(FieldError("name", err))
    if mediator.role not in MEDIATOR_ROLES:
        errors.append(FieldError("role", msg("请选择职务", "Choose the role")))
    if err := phone_error(mediator.phone):
        errors.append(FieldError("phone", err))
    same = [
        m
        for m in store.list_mediators(session.db)
        if m["name"] == mediator.name and m["id"] != mediator.id
    ]
    if same and not errors:
        errors.append(
            FieldError("name", msg(f"调委会已有“{mediator.name}”", f"{mediator.name} exists"))
        )
    if errors:
        raise ValidationError(errors)
    return mediator


def add_mediator(session: Session, mediator: Mediator) -> Mediator:
    mediator = _check(session, mediator)
    values = mediator.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return Mediator.from_record(row)


def update_mediator(session: Session, mediator: Mediator) -> Mediator:
    mediator = _check(session, mediator)
    with session.db.atomic():
        row = records.update_record(
            session.db, TABLE, mediator.id, mediator.to_record(), author=session.author
        )
    return Mediator.from_record(row)


def set_mediator_active(session: Session, mediator_id: str, active: bool) -> Mediator:
    """A member who leaves the committee stays on old cases; only new cases stop offering them."""
    with session.db.atomic():
        row = records.update_record(
            session.db, TABLE, mediator_id, {"active": 1 if active else 0}, author=session.author
        )
    return Mediator.from_record(row)


def list_mediators(session: Session, *, active_only: bool = False) -> list[Mediator]:
    return [
        Mediator.from_record(r) for r in store.list_mediators(session.db, active_only=active_only)
    ]


def mediator_names(session: Session, ids: list[str]) -> list[str]:
    """Names in the order given; a missing id (deleted member) is skipped."""
    by_id = {m.id: m.name for m in list_mediators(session)}
    return [by_id[i] for i in ids if i in by_id]


def get_mediator(session: Session, mediator_id: str) -> Mediator:
    try:
        return Mediator.from_record(records.get_record(session.db, TABLE, mediator_id))
    except NotFoundError:
        raise NotFoundError(msg("找不到这位调解员", "Mediator not found")) from None
