"""乡贤 and 六大员: the register of local worthies and what each contributed.

A worthy comes from the roster (name and group copied when named) or is an
outside person with where they live and work. Contributions are money (fen),
projects, or help with a mediation case — the case must exist in this
office's log, so the link can be followed from either side.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.worthies import (
    Contribution,
    Worthy,
    validate_contribution,
    validate_worthy,
)
from sanzhi_desktop.services.moral_common import who
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import civic, clock, records

WORTHIES, CONTRIBUTIONS = "worthies", "worthy_contributions"


def _owner(session: Session, owner: str | None) -> str:
    return owner or session.require_profile().code


def list_worthies(
    session: Session, *, include_left: bool = False, owner: str | None = None
) -> list[Worthy]:
    rows = civic.live_rows(
        session.db,
        WORTHIES,
        owner=_owner(session, owner),
        where="" if include_left else "status = 'active'",
        order="named_on, name",
    )
    return [Worthy.from_record(r) for r in rows]


def get_worthy(session: Session, worthy_id: str) -> Worthy:
    return Worthy.from_record(records.get_record(session.db, WORTHIES, worthy_id))


def name_worthy(session: Session, worthy: Worthy) -> Worthy:
    """Enter a worthy in the register (from the roster or from outside the village)."""
    session.require_village("乡贤名录", "the worthies' register")
    worthy = worthy.cleaned()
    errors: list[FieldError] = []
    if worthy.person_id:
        try:
            named = who(session, worthy.household_id, worthy.person_id)
        except ValidationError as err:
            errors += err.errors
        else:
            worthy = replace(worthy, name=named.name, group_no=named.group_no)
    errors += [e for e in validate_worthy(worthy) if e.field not in {x.field for x in errors}]
    if errors:
        raise ValidationError(errors)
    values = worthy.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, WORTHIES, values, author=session.author)
    return Worthy.from_record(row)


def update_worthy(session: Session, worthy: Worthy) -> Worthy:
    """Correct a worthy's facts or roles; ``status='left'`` takes them off the roll."""
    session.require_village("乡贤名录", "the worthies' register")
    current = get_worthy(session, worthy.id)
    session.require_own_record(_row_owner(session, WORTHIES, worthy.id))
    worthy = replace(
        worthy.cleaned(),
        person_id=current.person_id,
        household_id=current.household_id,
        name=current.name if current.person_id else worthy.cleaned().name,
        group_no=current.group_no,
    )
    if errors := validate_worthy(worthy):
        raise ValidationError(errors)
    with session.db.atomic():
        row = records.update_record(
            session.db, WORTHIES, worthy.id, worthy.to_record(), author=session.author
        )
    return Worthy.from_record(row)


def _row_owner(session: Session, table: str, record_id: str) -> str:
    return str(records.get_record(session.db, table, record_id)["owner"])


def add_contribution(session: Session, item: Contribution) -> Contribution:
    """Record what a worthy gave: money, a project, or help with a mediation case."""
    session.require_village("乡贤贡献", "worthies' contributions")
    item = item.cleaned()
    errors: list[FieldError] = []
    try:
        session.require_own_record(_row_owner(session, WORTHIES, item.worthy_id))
    except NotFoundError:
        errors.append(FieldError("worthy_id", msg("请选择乡贤", "Choose the worthy")))
    if item.case_id:
        try:
            session.require_own_record(_row_owner(session, "mediation_cases", item.case_id))
        except NotFoundError:
            errors.append(
                FieldError("case_id", msg("找不到所选的调解案件", "Mediation case not found"))
            )
    errors += [
        e
        for e in validate_contribution(item, today=clock.today_iso())
        if e.field not in {x.field for x in errors}
    ]
    if errors:
        raise ValidationError(errors)
    values = item.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, CONTRIBUTIONS, values, author=session.author)
    return Contribution.from_record(row)


def list_contributions(
    session: Session,
    *,
    worthy_id: str | None = None,
    year: int | None = None,
    owner: str | None = None,
) -> list[Contribution]:
    where, params = [], []
    if worthy_id:
        where.append("worthy_id = ?")
        params.append(worthy_id)
    if year is not None:
        where.append("made_on LIKE ?")
        params.append(f"{year:04d}-%")
    rows = civic.live_rows(
        session.db,
        CONTRIBUTIONS,
        owner=_owner(session, owner),
        where=" AND ".join(where),
        params=params,
        order="made_on DESC, rev DESC",
    )
    return [Contribution.from_record(r) for r in rows]


@dataclass(frozen=True)
class WorthyRow:
    """A worthy with the totals a list or the printed roll shows."""

    worthy: Worthy
    money_fen: int
    projects: tuple[str, ...]
    cases_helped: int


def worthies_with_totals(session: Session, *, owner: str | None = None) -> list[WorthyRow]:
    given: dict[str, list[Contribution]] = defaultdict(list)
    for item in list_contributions(session, owner=owner):
        given[item.worthy_id].append(item)
    rows = []
    for worthy in list_worthies(session, owner=owner):
        items = given.get(worthy.id, [])
        rows.append(
            WorthyRow(
                worthy,
                sum(i.amount_fen for i in items),
                tuple(dict.fromkeys(i.project for i in reversed(items) if i.project)),
                sum(1 for i in items if i.kind == "调解协助"),
            )
        )
    return rows
