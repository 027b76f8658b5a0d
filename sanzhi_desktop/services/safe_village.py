"""十星级平安村 self-check: a village answers the town's ten items once a year.

One check per village and year (id derived from the year): saving the year
again replaces the answers (two PCs of one office meet as one record). The
items come from :func:`services.safety_catalogues.safe_village_items` — the
town's when it sent them, else the shipped default, and the check remembers
which. The stars the town confers are recorded on the check afterwards.
"""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.errors import NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.safe_village import (
    CheckDraft,
    CheckItem,
    SafeVillageCheck,
    encode_items,
    stars_error,
    validate_check,
)
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.services.safety_catalogues import safe_village_items
from sanzhi_desktop.services.screening import today
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage import safety as store

TABLE = "safe_village_checks"


def check_id(session: Session, year: int) -> str:
    return records.natural_id(TABLE, session.author.owner, year)


def get_check(session: Session, year: int) -> SafeVillageCheck | None:
    try:
        return SafeVillageCheck.from_record(
            records.get_record(session.db, TABLE, check_id(session, year))
        )
    except NotFoundError:
        return None


def list_checks(session: Session) -> list[SafeVillageCheck]:
    rows = store.list_checks(session.db, owner=session.author.owner)
    return [SafeVillageCheck.from_record(r) for r in rows]


def save_check(session: Session, draft: CheckDraft) -> SafeVillageCheck:
    """The year's answers against the current catalogue (an unanswered item is "not met")."""
    session.require_village("平安村自查", "safe-village self-checks")
    catalogue = safe_village_items(session)
    draft = replace(draft, checked_date=clean_code(draft.checked_date), note=clean(draft.note))
    if errors := validate_check(draft, catalogue.items, this_year=today().year):
        raise ValidationError(errors)
    items = []
    for item in catalogue.items:
        answer = draft.answers.get(item.position, CheckItem(item.position, item.title))
        items.append(
            CheckItem(
                item.position,
                item.title,
                answer.met,
                clean(answer.evidence),
                clean(answer.note),
            )
        )
    values = {
        "year": draft.year,
        "checked_date": draft.checked_date,
        "items": encode_items(items),
        "catalogue_source": catalogue.source,
        "note": draft.note,
    }
    with session.db.atomic():
        existing = get_check(session, draft.year)
        if existing is None:
            row = records.insert_record(
                session.db,
                TABLE,
                values,
                author=session.author,
                record_id=check_id(session, draft.year),
            )
        else:
            row = records.update_record(
                session.db, TABLE, existing.id, values, author=session.author
            )
    return SafeVillageCheck.from_record(row)


def record_conferred_stars(
    session: Session, year: int, *, stars: int, conferred_date: str
) -> SafeVillageCheck:
    """The stars (0–10) the town conferred for ``year`` after the self-check."""
    existing = get_check(session, year)
    if existing is None:
        raise NotFoundError(
            msg(f"{year}年还没有平安村自查记录，请先自查", f"No self-check for {year} yet")
        )
    conferred_date = clean_code(conferred_date)
    if err := stars_error(stars, conferred_date):
        raise ValidationError([err])
    with session.db.atomic():
        row = records.update_record(
            session.db,
            TABLE,
            existing.id,
            {"stars_conferred": stars, "conferred_date": conferred_date},
            author=session.author,
        )
    return SafeVillageCheck.from_record(row)
