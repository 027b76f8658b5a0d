"""信用农户: filing households, the panel's yearly rating, the bank's credit line, 信用村.

A household's file and its rating for a year have ids derived from the
household (and year), so a second save replaces the first and two PCs of one
office meet as one record. The grade is computed, never typed: the criteria
met give a score, the town's lines give a grade, and the red/black boards
adjust it (:func:`domain.credit.adjusted_grade`) — the rules applied are kept
on the rating as sentences. The credit line is recorded here and shown in the
program only; the public sheet (:func:`print_credit`) has the head and the
grade and nothing else.
"""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.credit import (
    UNRATED,
    Coverage,
    CreditFile,
    CreditRating,
    MoralFacts,
    adjusted_grade,
    credit_village_gaps,
    encode_list,
    score_of,
    validate_file,
    validate_rating,
)
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import chinese_month
from sanzhi_desktop.domain.red_black import Board
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.services import red_black
from sanzhi_desktop.services.moral_common import publicity_days
from sanzhi_desktop.services.red_black import PrintedSheet, objection_channel
from sanzhi_desktop.services.safety_catalogues import credit_rules
from sanzhi_desktop.services.screening import today
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import credit as store
from sanzhi_desktop.storage import records

FILES, RATINGS = "credit_files", "credit_ratings"
#: Black-board states in which an entry still stands against the household.
OPEN_BLACK_STATES = frozenset({"posted"})
#: Red-board states that count as praise (shown false by an objection does not).
RED_STATES = frozenset({"posted", "expired", "removed", "rectified"})


def file_id(session: Session, household_id: str) -> str:
    return records.natural_id(FILES, session.author.owner, household_id)


def rating_id(session: Session, household_id: str, year: int) -> str:
    return records.natural_id(RATINGS, session.author.owner, household_id, year)


def get_file(session: Session, household_id: str) -> CreditFile | None:
    try:
        return CreditFile.from_record(
            records.get_record(session.db, FILES, file_id(session, household_id))
        )
    except NotFoundError:
        return None


def get_rating(session: Session, household_id: str, year: int) -> CreditRating | None:
    try:
        return CreditRating.from_record(
            records.get_record(session.db, RATINGS, rating_id(session, household_id, year))
        )
    except NotFoundError:
        return None


def list_files(session: Session) -> list[dict[str, object]]:
    return store.list_files(session.db, owner=session.author.owner)


def list_ratings(session: Session, *, year: int | None = None) -> list[dict[str, object]]:
    return store.list_ratings(session.db, owner=session.author.owner, year=year)


def _upsert(
    session: Session, table: str, record_id: str, values: dict[str, object]
) -> dict[str, object]:
    """Insert the natural-key record, or update it when it exists (files are never deleted)."""
    try:
        records.get_record(session.db, table, record_id)
    except NotFoundError:
        return records.insert_record(
            session.db, table, values, author=session.author, record_id=record_id
        )
    return records.update_record(session.db, table, record_id, values, author=session.author)


def file_household(session: Session, credit_file: CreditFile) -> CreditFile:
    """建档 (or correct the file): the household from the roster plus the panel's facts."""
    session.require_village("信用农户建档", "credit files")
    credit_file = credit_file.cleaned()
    if not credit_file.filed_date:
        credit_file = replace(credit_file, filed_date=today().isoformat())
    errors = validate_file(credit_file)
    try:
        records.get_record(session.db, "households", credit_file.household_id)
    except NotFoundError:
        errors.append(
            FieldError("household_id", msg("所选的户不存在或已删除", "No such household"))
        )
    if errors:
        raise ValidationError(errors)
    values = credit_file.to_record()
    values.pop("id")
    with session.db.atomic():
        row = _upsert(session, FILES, file_id(session, credit_file.household_id), values)
    return CreditFile.from_record(row)


def file_all_households(session: Session, *, filed_date: str = "") -> int:
    """建档 for every live household that has no file yet; returns how many were filed."""
    from sanzhi_desktop.services import roster

    filed = {str(r["household_id"]) for r in list_files(session)}
    count = 0
    with session.db.atomic():
        for household in roster.list_households(session):
            if str(household["id"]) not in filed:
                file_household(
                    session,
                    CreditFile(household_id=str(household["id"]), filed_date=filed_date),
                )
                count += 1
    return count


def moral_facts(session: Session, household_id: str, year: int) -> MoralFacts:
    """What the red/black boards hold for the household: open black entries, red in ``year``."""
    entries = red_black.list_entries(session, household_id=household_id)
    open_black = [
        f"{e.category}（{chinese_month(e.month)}上榜）"
        for e in entries
        if e.is_black and e.status in OPEN_BLACK_STATES and e.month
    ]
    red = [
        f"{e.category}（{chinese_month(e.month)}）"
        for e in entries
        if e.board == Board.RED.value
        and e.status in RED_STATES
        and not e.objection
        and e.month.startswith(str(year))
    ]
    return MoralFacts(open_black=open_black, red_this_year=red)


def rate_household(session: Session, rating: CreditRating) -> CreditRating:
    """The panel's rating for a year: score, grade and the 守信激励/失信惩戒 applied.

    A household must be filed first (建档必评级). Rating it again for the same
    year replaces the rating; the credit line already recorded is kept.
    """
    session.require_village("信用农户评级", "credit ratings")
    rules = credit_rules(session)
    rating = replace(
        rating,
        rated_date=clean_code(rating.rated_date) or today().isoformat(),
        panel=clean(rating.panel),
        bad_faith=clean(rating.bad_faith),
        note=clean(rating.note),
    )
    errors = validate_rating(rating, rules.criteria, this_year=today().year)
    if get_file(session, rating.household_id) is None:
        errors.append(
            FieldError("household_id", msg("这户还没有建立信用档案，请先建档", "File it first"))
        )
    if errors:
        raise ValidationError(errors)
    met = list(dict.fromkeys(rating.criteria_met))
    score = score_of(met, rules.criteria)
    result = adjusted_grade(
        score,
        facts=moral_facts(session, rating.household_id, rating.year),
        bad_faith=rating.bad_faith,
        grades=rules.grades,
    )
    values = {
        **rating.to_record(),
        "criteria": encode_list(met),
        "score": score,
        "base_grade": result.base,
        "grade": result.grade,
        "adjustments": encode_list(result.adjustments),
    }
    values.pop("id")
    rid = rating_id(session, rating.household_id, rating.year)
    with session.db.atomic():
        existing = get_rating(session, rating.household_id, rating.year)
        if existing is not None:
            for key in ("credit_line_fen", "bank", "line_date"):
                values[key] = getattr(existing, key)
        row = _upsert(session, RATINGS, rid, values)
    return CreditRating.from_record(row)


def record_credit_line(
    session: Session,
    household_id: str,
    year: int,
    *,
    line_fen: int,
    bank: str,
    line_date: str,
) -> CreditRating:
    """The bank's credit line for a rated household (评级必授信); never printed publicly."""
    rating = get_rating(session, household_id, year)
    if rating is None:
        raise ValidationError(
            [FieldError("year", msg(f"这户{year}年还没有评级，请先评级", "Rate it first"))]
        )
    updated = replace(
        rating, credit_line_fen=line_fen, bank=clean(bank), line_date=clean_code(line_date)
    )
    errors = [
        e
        for e in validate_rating(updated, credit_rules(session).criteria, this_year=today().year)
        if e.field in {"credit_line_fen", "bank", "line_date"}
    ]
    if not line_fen:
        errors.append(FieldError("credit_line_fen", msg("请填写授信额度", "Enter the line")))
    if rating.grade == UNRATED:
        errors.append(
            FieldError("credit_line_fen", msg("未评定等级的农户不能授信", "Not graded: no line"))
        )
    if errors:
        raise ValidationError(errors)
    with session.db.atomic():
        row = records.update_record(
            session.db,
            RATINGS,
            rating.id,
            {"credit_line_fen": line_fen, "bank": updated.bank, "line_date": updated.line_date},
            author=session.author,
        )
    return CreditRating.from_record(row)


def coverage_of(session: Session, owner: str, year: int) -> Coverage:
    live, filed, rated = store.coverage_counts(session.db, owner=owner, year=year)
    return Coverage(
        year=year,
        live=live,
        filed=filed,
        rated=rated,
        by_grade=store.grades_of_year(session.db, owner=owner, year=year),
    )


def coverage(session: Session, year: int) -> Coverage:
    return coverage_of(session, session.author.owner, year)


def credit_village_status(session: Session, year: int) -> list[str]:
    """What keeps the village from being a 信用村 in ``year`` (empty: it is one)."""
    return credit_village_gaps(coverage(session, year), credit_rules(session).thresholds)


def print_credit(session: Session, year: int) -> PrintedSheet:
    """信用农户评定结果公示: graded households, head and grade only."""
    from sanzhi_desktop.printing.credit_sheet import CreditRow, CreditSheet, render_credit_sheet

    profile = session.require_village("信用农户评定结果公示", "credit household lists")
    rules = credit_rules(session)
    rows = [
        CreditRow(str(r["head_name"]), str(r["grade"]))
        for r in list_ratings(session, year=year)
        if r["grade"] != UNRATED
    ]
    sheet = CreditSheet(
        village_name=profile.name,
        year=year,
        grade_names=rules.grade_names,
        rows=rows,
        posted_date=today().isoformat(),
        publicity_days=publicity_days(session),
        objection_channel=objection_channel(session),
    )
    return PrintedSheet(
        pdf=render_credit_sheet(sheet), title=sheet.title, suggested_name=f"{sheet.title}.pdf"
    )


@todo_provider
def credit_todos(session: Session) -> list[TodoItem]:
    """Households without a credit file (target 100 %) once filing has begun; filed households
    not rated this year."""
    if session.profile is None or session.profile.kind is OfficeKind.TOWN:
        return []
    year = today().year
    cover = coverage(session, year)
    items = []
    # Counted once the village has started filing (as missed sweeps count from the first
    # sweep): a village that keeps no credit files yet is not told so every day.
    if cover.filed and cover.filed < cover.live:
        items.append(
            TodoItem(
                text=msg(
                    f"信用农户建档：还有{cover.live - cover.filed}户未建档"
                    f"（覆盖率{cover.filed_pct}%，目标100%）",
                    f"Credit files: {cover.live - cover.filed} households not filed",
                ),
                urgency=Urgency.WAITING,
                page="credit",
                table=FILES,
            )
        )
    if cover.filed and cover.rated < cover.filed:
        items.append(
            TodoItem(
                text=msg(
                    f"信用农户评级：{year}年还有{cover.filed - cover.rated}户已建档未评级",
                    f"Credit ratings: {cover.filed - cover.rated} filed households not rated",
                ),
                urgency=Urgency.WAITING,
                page="credit",
                table=RATINGS,
            )
        )
    return items


def household_id_by_no(session: Session, household_no: str) -> str:
    """A live household by its 户号 (the CLI's way to name one)."""
    found = store.household_by_no(session.db, clean_code(household_no), owner=session.author.owner)
    if found is None:
        raise NotFoundError(msg(f"找不到户号为{household_no}的户", f"No household {household_no}"))
    return found
