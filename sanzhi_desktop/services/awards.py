"""激励: one-off awards and honour titles, each with person, year, amount and approval."""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.awards import Award, validate_award
from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.services.moral_common import who
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import moral, records

TABLE = "awards"


def _checked(session: Session, award: Award) -> Award:
    award = award.cleaned()
    errors = []
    if award.household_id:
        try:
            named = who(session, award.household_id, award.person_id)
        except ValidationError as err:
            errors += err.errors
        else:
            award = replace(award, name=named.name, group_no=named.group_no)
    errors += [e for e in validate_award(award) if e.field not in {x.field for x in errors}]
    if errors:
        raise ValidationError(errors)
    return award


def add_award(session: Session, award: Award) -> Award:
    award = _checked(session, award)
    values = award.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return Award.from_record(row)


def update_award(session: Session, award: Award) -> Award:
    award = _checked(session, award)
    with session.db.atomic():
        row = records.update_record(
            session.db, TABLE, award.id, award.to_record(), author=session.author
        )
    return Award.from_record(row)


def delete_award(session: Session, award_id: str) -> None:
    with session.db.atomic():
        records.delete_record(session.db, TABLE, award_id, author=session.author)


def get_award(session: Session, award_id: str) -> Award:
    return Award.from_record(records.get_record(session.db, TABLE, award_id))


def list_awards(
    session: Session, *, year: int | None = None, household_id: str | None = None
) -> list[Award]:
    rows = moral.list_awards(session.db, year=year, household_id=household_id)
    return [Award.from_record(r) for r in rows]


def total_amount_fen(awards: list[Award]) -> int:
    return sum(a.amount_fen for a in awards)
