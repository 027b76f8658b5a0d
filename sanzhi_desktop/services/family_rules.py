"""家规家训 and 道德讲堂: collecting a household's rules, the year's 评选, lectures.

The household and its head come from the roster; the head's name and group
are copied when the text is collected so the printed collection stays as it
was. 评选 marks a collected text 优秀 for a year; 上墙 (on the display board)
is a flag of its own, since a village may show more than the year's best.
"""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.family_rules import (
    FamilyRules,
    MoralLecture,
    validate_family_rules,
    validate_lecture,
)
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.moral_common import who
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import civic, clock, records

FAMILY_RULES, LECTURES = "family_rules", "moral_lectures"


def _owner(session: Session, owner: str | None) -> str:
    return owner or session.require_profile().code


def list_family_rules(
    session: Session,
    *,
    year: int | None = None,
    excellent_only: bool = False,
    owner: str | None = None,
) -> list[FamilyRules]:
    """Texts collected up to the end of ``year`` (all when None), by group and head."""
    where: list[str] = []
    params: list[object] = []
    if year is not None:
        where.append("collected_on <= ?")
        params.append(f"{year:04d}-12-31")
    if excellent_only:
        where.append("excellent_year = ?" if year is not None else "excellent_year > 0")
        if year is not None:
            params.append(year)
    rows = civic.live_rows(
        session.db,
        FAMILY_RULES,
        owner=_owner(session, owner),
        where=" AND ".join(where),
        params=params,
        order="group_no, head_name",
    )
    return [FamilyRules.from_record(r) for r in rows]


def collect_family_rules(session: Session, rules: FamilyRules) -> FamilyRules:
    """Record a household's 家规家训 (one text per household: a new one replaces the old)."""
    session.require_village("家规家训", "family rules")
    rules = rules.cleaned()
    errors: list[FieldError] = []
    if rules.household_id:
        try:
            named = who(session, rules.household_id)
        except ValidationError as err:
            errors += err.errors
        else:
            rules = replace(rules, head_name=named.head_name, group_no=named.group_no)
    errors += [
        e
        for e in validate_family_rules(rules, today=clock.today_iso())
        if e.field not in {x.field for x in errors}
    ]
    if errors:
        raise ValidationError(errors)
    values = rules.to_record()
    values.pop("id")
    record_id = records.natural_id(FAMILY_RULES, session.author.owner, rules.household_id)
    with session.db.atomic():
        existing = civic.live_rows(
            session.db, FAMILY_RULES, owner=session.author.owner, where="id = ?", params=[record_id]
        )
        if existing:
            row = records.update_record(
                session.db, FAMILY_RULES, record_id, values, author=session.author
            )
        else:
            row = records.insert_record(
                session.db, FAMILY_RULES, values, author=session.author, record_id=record_id
            )
    return FamilyRules.from_record(row)


def select_excellent(
    session: Session, rules_id: str, *, year: int, on_display: bool = True
) -> FamilyRules:
    """The year's 评选 chose this text as 优秀 (and, by default, put it on the board)."""
    session.require_village("家规家训", "family rules")
    current = FamilyRules.from_record(records.get_record(session.db, FAMILY_RULES, rules_id))
    session.require_own_record(str(records.get_record(session.db, FAMILY_RULES, rules_id)["owner"]))
    chosen = replace(current, excellent_year=year, on_display=int(on_display))
    if errors := validate_family_rules(chosen, today=clock.today_iso()):
        raise ValidationError(errors)
    if year > int(clock.today_iso()[:4]):
        raise ValidationError(
            [FieldError("excellent_year", msg("评选年份不能晚于今年", "The year is in the future"))]
        )
    with session.db.atomic():
        row = records.update_record(
            session.db,
            FAMILY_RULES,
            rules_id,
            {"excellent_year": year, "on_display": int(on_display)},
            author=session.author,
        )
    return FamilyRules.from_record(row)


# --- 道德讲堂 ---------------------------------------------------------------------


def list_lectures(
    session: Session, *, year: int | None = None, owner: str | None = None
) -> list[MoralLecture]:
    rows = civic.live_rows(
        session.db,
        LECTURES,
        owner=_owner(session, owner),
        where="held_on LIKE ?" if year is not None else "",
        params=[f"{year:04d}-%"] if year is not None else [],
        order="held_on DESC, rev DESC",
    )
    return [MoralLecture.from_record(r) for r in rows]


def record_lecture(session: Session, lecture: MoralLecture) -> MoralLecture:
    session.require_village("道德讲堂", "moral lectures")
    lecture = lecture.cleaned()
    if errors := validate_lecture(lecture, today=clock.today_iso()):
        raise ValidationError(errors)
    values = lecture.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, LECTURES, values, author=session.author)
    return MoralLecture.from_record(row)
