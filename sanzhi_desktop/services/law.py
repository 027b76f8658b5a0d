"""学法: the list of cadres and backbone villagers, the sessions, and who is short of the target.

One function per thing a clerk does (add a learner, record a session, correct
or delete it) and the questions the page, the ledger and the town ask (each
learner's count for a year). Attendees are picked from the cadre list or the
roster; their names are copied from there when the session is saved, and a
roster person who is also on the cadre list is linked to that entry, so the
two ways of picking the same cadre count as one person.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.law import (
    Attendee,
    Learner,
    LearnerCount,
    StudySession,
    attendance_counts,
    encode_attendees,
    encode_lines,
    validate_learner,
    validate_session,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage import law as store

LEARNERS = "law_learners"
SESSIONS = "law_sessions"
#: Below-target learners are "due soon" in the last this-many days of the year.
YEAR_END_WARNING_DAYS = 92


def today() -> date:
    """The program's one today (a demo file's reference day included): ``clock.today``."""
    return clock.today()


def keeps_ledger(session: Session) -> bool:
    """Whether this village has started its 法治 ledger here (any record of the part).

    The part's to-dos wait for it: a village that has not begun keeping the
    ledger in the program is not told, on its first day, that every 村民小组
    lacks 宪法入户 and the year lacks its 六无 check — it is told once it starts.
    """
    return store.keeps_ledger(session.conn, session.author.owner)


# --- the cadre list ------------------------------------------------------------------


def list_learners(session: Session, *, owner: str | None = None) -> list[Learner]:
    owner = owner or session.author.owner
    return [Learner.from_record(r) for r in store.list_learners(session.db, owner)]


def get_learner(session: Session, learner_id: str) -> Learner:
    return Learner.from_record(records.get_record(session.db, LEARNERS, learner_id))


def _complete_learner(session: Session, learner: Learner) -> Learner:
    learner = learner.cleaned()
    errors: list[FieldError] = []
    if learner.person_id:
        try:
            person = records.get_record(session.db, "persons", learner.person_id)
            household = records.get_record(session.db, "households", person["household_id"])
        except NotFoundError:
            errors.append(
                FieldError("person_id", msg("所选的村民不存在或已删除", "Person not found"))
            )
        else:
            learner = replace(learner, name=person["name"], group_no=int(household["group_no"]))
    errors += validate_learner(learner)
    if errors:
        raise ValidationError(errors)
    return learner


def add_learner(session: Session, learner: Learner) -> Learner:
    """Put a cadre or backbone villager on the 学法 list (from the roster or by name)."""
    learner = _complete_learner(session, learner)
    duplicate = [
        x
        for x in list_learners(session)
        if x.active and (x.name == learner.name and x.person_id == learner.person_id)
    ]
    if duplicate:
        raise ValidationError(
            [FieldError("name", msg(f"{learner.name}已在名单中", f"{learner.name} is listed"))]
        )
    values = learner.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, LEARNERS, values, author=session.author)
    return Learner.from_record(row)


def update_learner(session: Session, learner: Learner) -> Learner:
    with session.db.atomic():
        session.require_own_record(records.get_record(session.db, LEARNERS, learner.id)["owner"])
        learner = _complete_learner(session, learner)
        row = records.update_record(
            session.db, LEARNERS, learner.id, learner.to_record(), author=session.author
        )
    return Learner.from_record(row)


def retire_learner(session: Session, learner_id: str) -> Learner:
    """Take someone off the list (left the post): kept for past years' ledgers."""
    learner = get_learner(session, learner_id)
    return update_learner(session, replace(learner, active=0))


# --- sessions ------------------------------------------------------------------------


def list_sessions(
    session: Session, *, year: int | None = None, owner: str | None = None
) -> list[StudySession]:
    owner = owner or session.author.owner
    return [StudySession.from_record(r) for r in store.list_sessions(session.db, owner, year=year)]


def get_session(session: Session, session_id: str) -> StudySession:
    return StudySession.from_record(records.get_record(session.db, SESSIONS, session_id))


def _complete_attendees(session: Session, attendees: list[Attendee]) -> list[Attendee]:
    """Names from the cadre list or the roster; a roster person on the list gets linked."""
    learners = {x.id: x for x in list_learners(session)}
    by_person = {x.person_id: x for x in learners.values() if x.person_id and x.active}
    result = []
    for attendee in attendees:
        name, learner_id, person_id = attendee.name.strip(), attendee.learner_id, attendee.person_id
        if learner_id:
            learner = learners.get(learner_id)
            if learner is None:
                raise ValidationError(
                    [FieldError("attendees", msg("所选人员不在学法名单中", "Not on the list"))]
                )
            name, person_id = learner.name, learner.person_id or person_id
        elif person_id:
            try:
                name = str(records.get_record(session.db, "persons", person_id)["name"])
            except NotFoundError as exc:
                raise ValidationError(
                    [FieldError("attendees", msg("所选的村民不存在或已删除", "Person not found"))]
                ) from exc
            if person_id in by_person:
                learner_id = by_person[person_id].id
        result.append(replace(attendee, name=name, learner_id=learner_id, person_id=person_id))
    return result


def _prepared(
    session: Session, study: StudySession, attendees: list[Attendee], materials: list[str]
) -> StudySession:
    study = replace(
        study,
        attendees=encode_attendees(_complete_attendees(session, attendees)),
        materials=encode_lines(materials),
    ).cleaned()
    if errors := validate_session(study):
        raise ValidationError(errors)
    return study


def record_session(
    session: Session,
    study: StudySession,
    *,
    attendees: list[Attendee],
    materials: list[str] | None = None,
) -> StudySession:
    """Record a 学法 session with who attended (and their scores, for an exam)."""
    session.require_village("学法记录", "study sessions")
    study = _prepared(session, study, attendees, materials or [])
    values = study.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, SESSIONS, values, author=session.author)
    return StudySession.from_record(row)


def update_session(
    session: Session,
    study: StudySession,
    *,
    attendees: list[Attendee],
    materials: list[str] | None = None,
) -> StudySession:
    with session.db.atomic():
        session.require_own_record(records.get_record(session.db, SESSIONS, study.id)["owner"])
        study = _prepared(session, study, attendees, materials or [])
        row = records.update_record(
            session.db, SESSIONS, study.id, study.to_record(), author=session.author
        )
    return StudySession.from_record(row)


def delete_session(session: Session, session_id: str) -> None:
    with session.db.atomic():
        session.require_own_record(records.get_record(session.db, SESSIONS, session_id)["owner"])
        records.delete_record(session.db, SESSIONS, session_id, author=session.author)


# --- counts against the target ----------------------------------------------------------


def learner_counts(session: Session, year: int, *, owner: str | None = None) -> list[LearnerCount]:
    """Each active learner's sessions in ``year`` against the target (cadres first)."""
    owner = owner or session.author.owner
    counts = attendance_counts(
        list_learners(session, owner=owner), list_sessions(session, owner=owner), year
    )
    return sorted(counts, key=lambda c: (c.learner.category != "cadre", c.learner.group_no))


@todo_provider
def study_todos(session: Session) -> list[TodoItem]:
    """This year's learners below target: due soon in the last quarter, waiting before."""
    if session.profile is None or session.profile.kind is not OfficeKind.VILLAGE:
        return []
    if not keeps_ledger(session):
        return []
    day = today()
    year_end = date(day.year, 12, 31)
    urgency = Urgency.DUE_SOON if (year_end - day).days < YEAR_END_WARNING_DAYS else Urgency.WAITING
    items = []
    for count in learner_counts(session, day.year):
        if count.met:
            continue
        learner = count.learner
        items.append(
            TodoItem(
                text=msg(
                    f"学法未达标：{learner.category_label}{learner.name}今年参加{count.attended}次，"
                    f"年底前应不少于{count.target}次",
                    f"Law study: {learner.name} attended {count.attended} of {count.target}",
                ),
                urgency=urgency,
                page="law",
                table=LEARNERS,
                record_id=learner.id,
                due=year_end.isoformat(),
            )
        )
    return items
