"""What the moral-governance services share: who a list entry names, the printing settings.

A list entry copies the name and villager group from the roster when it is
made (so that a board printed again next year still shows what was posted),
and each list's public sheet reads the same two settings: whether black-board
names are shown in full (default: masked) and the publicity period.
"""

from __future__ import annotations

from dataclasses import dataclass

from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import office, records

FULL_NAMES_KEY = "moral_black_names_full"
PUBLICITY_DAYS_KEY = "moral_publicity_days"
DEFAULT_PUBLICITY_DAYS = 7


@dataclass(frozen=True)
class Named:
    """The household (and person) an entry is about, as the roster has them now."""

    household_id: str
    person_id: str
    name: str
    group_no: int
    head_name: str


def who(session: Session, household_id: str, person_id: str = "") -> Named:
    """Name and group from the roster; a person must belong to the household."""
    try:
        household = records.get_record(session.db, "households", household_id)
    except NotFoundError as exc:
        raise ValidationError(
            [FieldError("household_id", msg("所选的户不存在或已删除", "Household not found"))]
        ) from exc
    name = str(household["head_name"])
    if person_id:
        try:
            person = records.get_record(session.db, "persons", person_id)
        except NotFoundError as exc:
            raise ValidationError(
                [FieldError("person_id", msg("所选的村民不存在或已删除", "Person not found"))]
            ) from exc
        if person["household_id"] != household_id:
            raise ValidationError(
                [FieldError("person_id", msg("这位村民不在所选的户中", "Not in this household"))]
            )
        name = str(person["name"])
    return Named(
        household_id=household_id,
        person_id=person_id,
        name=name,
        group_no=int(household["group_no"]),
        head_name=str(household["head_name"]),
    )


def black_names_full(session: Session) -> bool:
    """Whether black-board (and points-sheet) names print in full; default: masked."""
    return bool(office.get_setting(session.db, FULL_NAMES_KEY, False))


def set_black_names_full(session: Session, full: bool) -> None:
    with session.db.atomic():
        office.set_setting(session.db, FULL_NAMES_KEY, bool(full))


def publicity_days(session: Session) -> int:
    value = office.get_setting(session.db, PUBLICITY_DAYS_KEY, DEFAULT_PUBLICITY_DAYS)
    return int(value) if isinstance(value, int) and 1 <= value <= 60 else DEFAULT_PUBLICITY_DAYS


def full_names_warning() -> str:
    return msg(
        "注意：黑榜姓名将完整显示（设置中已关闭打码）。张贴前请确认符合个人信息保护的要求。",
        "Warning: black-board names print in full (masking is switched off in the settings).",
    )
