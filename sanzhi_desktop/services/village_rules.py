"""村规民约: keeping the village code's versions and clauses.

A new version starts as a draft (often a copy of the one in force), gets its
clauses, passes the township's legality review and is put in force, which
supersedes the previous version. Clauses of a version that has been in force
never change, because black-board entries cite them.
"""

from __future__ import annotations

from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.village_rules import (
    Clause,
    RulesStatus,
    RulesVersion,
    check_can_put_in_force,
    check_clauses_editable,
    validate_clause,
    validate_version,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import moral, records


def _checked(version: RulesVersion) -> RulesVersion:
    version = version.cleaned()
    if errors := validate_version(version):
        raise ValidationError(errors)
    return version


def add_version(session: Session, version: RulesVersion) -> RulesVersion:
    """A new draft version."""
    version = _checked(version)
    values = {**version.to_record(), "status": RulesStatus.DRAFT.value}
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, "village_rules", values, author=session.author)
    return RulesVersion.from_record(row)


def update_version(session: Session, version: RulesVersion) -> RulesVersion:
    """Change title, dates, review result or note (the status changes only by its actions)."""
    version = _checked(version)
    with session.db.atomic():
        current = get_version(session, version.id)
        values = {**version.to_record(), "status": current.status}
        row = records.update_record(
            session.db, "village_rules", version.id, values, author=session.author
        )
    return RulesVersion.from_record(row)


def get_version(session: Session, version_id: str) -> RulesVersion:
    return RulesVersion.from_record(records.get_record(session.db, "village_rules", version_id))


def list_versions(session: Session) -> list[RulesVersion]:
    return [RulesVersion.from_record(r) for r in moral.list_rules_versions(session.db)]


def version_in_force(session: Session) -> RulesVersion | None:
    for version in list_versions(session):
        if version.status == RulesStatus.IN_FORCE:
            return version
    return None


def put_in_force(session: Session, version_id: str) -> RulesVersion:
    """Put a reviewed draft in force; the version in force until now is superseded."""
    with session.db.atomic():
        version = get_version(session, version_id)
        check_can_put_in_force(version)
        if not list_clauses(session, version_id):
            raise ValidationError(
                [FieldError("clauses", msg("村规民约还没有条文", "The version has no clauses"))]
            )
        for other in list_versions(session):
            if other.status == RulesStatus.IN_FORCE:
                records.update_record(
                    session.db,
                    "village_rules",
                    other.id,
                    {"status": RulesStatus.SUPERSEDED.value},
                    author=session.author,
                )
        row = records.update_record(
            session.db,
            "village_rules",
            version_id,
            {"status": RulesStatus.IN_FORCE.value},
            author=session.author,
        )
    return RulesVersion.from_record(row)


def copy_version(session: Session, version_id: str, *, title: str) -> RulesVersion:
    """A new draft with the clauses of ``version_id`` — the start of a revision."""
    with session.db.atomic():
        source = get_version(session, version_id)
        draft = add_version(session, RulesVersion(title=title, note=f"据“{source.title}”修订"))
        for clause in list_clauses(session, version_id):
            add_clause(
                session,
                Clause(
                    version_id=draft.id,
                    number=clause.number,
                    text=clause.text,
                    chapter=clause.chapter,
                ),
            )
    return draft


# --- clauses -------------------------------------------------------------------------


def _check_clause(session: Session, clause: Clause) -> Clause:
    clause = clause.cleaned()
    errors = validate_clause(clause)
    existing = moral.find_clause(session.db, clause.version_id, clause.number)
    if existing and existing["id"] != clause.id:
        errors.append(
            FieldError("number", msg(f"第{clause.number}条已经存在", "Number already used"))
        )
    if errors:
        raise ValidationError(errors)
    return clause


def add_clause(session: Session, clause: Clause) -> Clause:
    with session.db.atomic():
        check_clauses_editable(get_version(session, clause.version_id))
        clause = _check_clause(session, clause)
        values = clause.to_record()
        values.pop("id")
        row = records.insert_record(
            session.db, "village_rule_clauses", values, author=session.author
        )
    return Clause.from_record(row)


def update_clause(session: Session, clause: Clause) -> Clause:
    with session.db.atomic():
        check_clauses_editable(get_version(session, clause.version_id))
        clause = _check_clause(session, clause)
        row = records.update_record(
            session.db, "village_rule_clauses", clause.id, clause.to_record(), author=session.author
        )
    return Clause.from_record(row)


def delete_clause(session: Session, clause_id: str) -> None:
    with session.db.atomic():
        clause = get_clause(session, clause_id)
        check_clauses_editable(get_version(session, clause.version_id))
        records.delete_record(session.db, "village_rule_clauses", clause_id, author=session.author)


def get_clause(session: Session, clause_id: str) -> Clause:
    return Clause.from_record(records.get_record(session.db, "village_rule_clauses", clause_id))


def list_clauses(session: Session, version_id: str) -> list[Clause]:
    return [Clause.from_record(r) for r in moral.list_clauses(session.db, version_id)]


def clauses_in_force(session: Session) -> list[Clause]:
    """The clauses a new black entry may cite."""
    version = version_in_force(session)
    return list_clauses(session, version.id) if version else []
