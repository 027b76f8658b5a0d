"""The list of operators (who may be at the keyboard), kept in settings.

There are no passwords: the PC sits in the village office and the point is an
honest change log ("who entered this?"), not access control.
"""

from __future__ import annotations

from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.roster import name_error
from sanzhi_desktop.domain.text import clean
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import office

OPERATORS_KEY = "operators"
LAST_OPERATOR_KEY = "last_operator"


def list_operators(session: Session) -> list[str]:
    return list(office.get_setting(session.conn, OPERATORS_KEY, []))


def add_operator(session: Session, name: str) -> list[str]:
    name = clean(name)
    if err := name_error(name):
        raise ValidationError([FieldError("operator", err)])
    operators = list_operators(session)
    if name not in operators:
        operators.append(name)
        with session.db.atomic():
            office.set_setting(session.db, OPERATORS_KEY, operators)
    return operators


def remove_operator(session: Session, name: str) -> list[str]:
    wanted, held = clean(name), list_operators(session)
    if wanted not in held:
        raise NotFoundError(msg(f"操作员名单里没有“{name}”", f"No operator named {name}"))
    operators = [o for o in held if o != wanted]
    with session.db.atomic():
        office.set_setting(session.db, OPERATORS_KEY, operators)
    return operators


def last_operator(session: Session) -> str | None:
    value = office.get_setting(session.conn, LAST_OPERATOR_KEY)
    return str(value) if value else None


def sign_in(session: Session, name: str) -> None:
    """Make ``name`` the operator of this session (adding it to the list if new).

    Nothing is written when the same clerk signs in again: a write costs a
    flush to disk at every start of the program.
    """
    add_operator(session, name)
    if last_operator(session) != clean(name):
        with session.db.atomic():
            office.set_setting(session.db, LAST_OPERATOR_KEY, clean(name))
    session.operator = clean(name)
