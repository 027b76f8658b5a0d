"""村民档案: adding, changing and removing households and persons.

Uniqueness that needs the database (户号 within the village, one person per
ID number) is checked here and reported as a field error, the same way as the
domain's own checks, so the dialog shows it next to the field.
"""

from __future__ import annotations

from typing import Any

from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.idcard import mask_id_number
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.roster import (
    Household,
    Person,
    RosterFilter,
    complete_from_id_number,
    validate_household,
    validate_person,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage import roster as roster_store
from sanzhi_desktop.storage.pages import RowPages


def _household_conflicts(session: Session, household: Household) -> list[FieldError]:
    existing = roster_store.find_household_by_no(
        session.db, session.author.owner, household.household_no
    )
    if existing and existing["id"] != household.id:
        return [
            FieldError(
                "household_no",
                msg(
                    f"户号{household.household_no}已被“{existing['head_name']}”户使用",
                    f"Household number {household.household_no} is already used",
                ),
            )
        ]
    return []


def _person_conflicts(session: Session, person: Person) -> list[FieldError]:
    errors: list[FieldError] = []
    if person.id_number:
        existing = roster_store.find_person_by_id_number(session.db, person.id_number)
        if existing and existing["id"] != person.id:
            errors.append(
                FieldError(
                    "id_number",
                    msg(
                        f"身份证号{mask_id_number(person.id_number)}已登记在“{existing['name']}”名下",
                        "This ID number is already registered to another person",
                    ),
                )
            )
    if person.household_id:
        try:
            records.get_record(session.db, "households", person.household_id)
        except NotFoundError:
            errors.append(
                FieldError("household_id", msg("所选的户不存在或已删除", "Household not found"))
            )
    return errors


def check_household(session: Session, household: Household) -> Household:
    """Clean and validate; raise :class:`ValidationError` listing every problem."""
    household = household.cleaned()
    errors = validate_household(household)
    if not any(e.field == "household_no" for e in errors):
        errors += _household_conflicts(session, household)
    if errors:
        raise ValidationError(errors)
    return household


def check_person(session: Session, person: Person) -> Person:
    person = complete_from_id_number(person.cleaned())
    errors = validate_person(person, today=clock.today())
    errors += [
        e for e in _person_conflicts(session, person) if e.field not in {x.field for x in errors}
    ]
    if errors:
        raise ValidationError(errors)
    return person


def add_household(session: Session, household: Household) -> Household:
    household = check_household(session, household)
    values = household.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, "households", values, author=session.author)
    return Household.from_record(row)


def update_household(session: Session, household: Household) -> Household:
    household = check_household(session, household)
    with session.db.atomic():
        row = records.update_record(
            session.db, "households", household.id, household.to_record(), author=session.author
        )
    return Household.from_record(row)


def delete_household(session: Session, household_id: str) -> int:
    """Tombstone a household and all its members; returns how many persons went with it."""
    with session.db.atomic():
        member_ids = roster_store.live_member_ids(session.db, household_id)
        for person_id in member_ids:
            records.delete_record(session.db, "persons", person_id, author=session.author)
        records.delete_record(session.db, "households", household_id, author=session.author)
    return len(member_ids)


def add_person(session: Session, person: Person) -> Person:
    person = check_person(session, person)
    values = person.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, "persons", values, author=session.author)
    return Person.from_record(row)


def update_person(session: Session, person: Person) -> Person:
    person = check_person(session, person)
    with session.db.atomic():
        row = records.update_record(
            session.db, "persons", person.id, person.to_record(), author=session.author
        )
    return Person.from_record(row)


def delete_person(session: Session, person_id: str) -> None:
    with session.db.atomic():
        records.delete_record(session.db, "persons", person_id, author=session.author)


def get_person(session: Session, person_id: str) -> Person:
    return Person.from_record(records.get_record(session.db, "persons", person_id))


def get_household(session: Session, household_id: str) -> Household:
    return Household.from_record(records.get_record(session.db, "households", household_id))


def list_persons(session: Session, query: RosterFilter | None = None) -> list[dict[str, Any]]:
    """Rows for the roster table: person fields plus 户号, 户主, 村民小组, 住址."""
    return roster_store.list_persons(session.db, query or RosterFilter())


def person_pages(
    session: Session, query: RosterFilter | None = None, *, sort: str = "", descending: bool = False
) -> RowPages:
    """:func:`list_persons` a page at a time, sorted by a column key or the register."""
    return roster_store.person_pages(
        session.db, query or RosterFilter(), sort=sort, descending=descending
    )


def count_persons(session: Session, query: RosterFilter | None = None) -> int:
    return roster_store.count_persons(session.db, query or RosterFilter())


def household_pages(
    session: Session,
    *,
    group_no: int | None = None,
    text: str = "",
    sort: str = "",
    descending: bool = False,
) -> RowPages:
    """Households with their member count, a page at a time."""
    return roster_store.household_pages(
        session.db, group_no=group_no, text=text, sort=sort, descending=descending
    )


def count_households(session: Session, *, group_no: int | None = None, text: str = "") -> int:
    return roster_store.count_households(session.db, group_no=group_no, text=text)


def list_households(session: Session, *, group_no: int | None = None) -> list[dict[str, Any]]:
    return roster_store.list_households(session.db, group_no=group_no)


def list_group_numbers(session: Session) -> list[int]:
    return roster_store.list_group_numbers(session.db)


@todo_provider
def roster_todos(session: Session) -> list[TodoItem]:
    """An empty roster is the first thing a new office has to fix."""
    if session.profile is None or roster_store.list_group_numbers(session.db):
        return []
    return [
        TodoItem(
            text=msg(
                "村民档案还是空的：请导入Excel花名册或添加第一户（村民档案，Ctrl+6）。",
                "The roster is empty: import an .xlsx or add the first household (Ctrl+6).",
            ),
            urgency=Urgency.WAITING,
            page="roster",
        )
    ]
