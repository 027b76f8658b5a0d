"""十星级文明户: rating households per cycle, the plaque, 摘星 and 摘牌.

One rating per household and cycle: its id is ``natural_id`` of (household,
cycle), so two PCs of one office that rated the same household offline end up
with one record. The star names come from the township's catalogue when it
sent one (see :mod:`services.moral_catalogues`), else the shipped default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sanzhi_desktop.domain.errors import FieldError, NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.star_rating import (
    DISQUALIFIERS,
    RatingStatus,
    StarRating,
    check_can_award_plaque,
    check_can_remove_star,
    check_can_revoke,
    check_not_banned,
    validate_rating,
)
from sanzhi_desktop.services.moral_catalogues import catalogue_rows
from sanzhi_desktop.services.moral_common import publicity_days, who
from sanzhi_desktop.services.red_black import PrintedSheet, objection_channel
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, moral, records

TABLE = "star_ratings"


@dataclass(frozen=True)
class StarName:
    name: str
    description: str = ""


@dataclass(frozen=True)
class StarCatalogue:
    stars: list[StarName]
    source: str  # "default" or "town"

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stars]


def star_catalogue(session: Session) -> StarCatalogue:
    found = catalogue_rows(session, "star_catalogue")
    return StarCatalogue(
        stars=[StarName(str(r["name"]), str(r.get("description") or "")) for r in found.rows],
        source=found.source,
    )


def _rating(row: dict[str, Any]) -> StarRating:
    return StarRating.from_record(row)


def _to_values(rating: StarRating) -> dict[str, Any]:
    values = rating.to_record()
    values["stars"] = moral.encode_list(rating.stars)
    values["disqualifiers"] = moral.encode_list(rating.disqualifiers)
    values.pop("id")
    return values


def get_rating(session: Session, rating_id: str) -> StarRating:
    row = moral.get_rating_row(session.db, rating_id)
    if row is None:
        raise NotFoundError(msg("找不到这条评定记录", "Rating not found"))
    return _rating(row)


def list_ratings(
    session: Session, *, cycle: int | None = None, household_id: str | None = None
) -> list[dict[str, Any]]:
    """Rows for the table: rating fields plus 户号, 户主, 村民小组."""
    return moral.list_ratings(session.db, cycle=cycle, household_id=household_id)


def rate_household(session: Session, rating: StarRating) -> StarRating:
    """Record a household's rating for a cycle; refused twice, or within two years of 摘牌.

    With any disqualifying condition the rating is stored as 不具备资格 with no
    stars, and the reason is kept.
    """
    rating = rating.cleaned()
    if not rating.rated_date:
        rating = replace(rating, rated_date=clock.today_iso())
    names = star_catalogue(session).names
    errors = validate_rating(rating, names)
    # stars in catalogue order, as on the plaque and the printed list
    rating = replace(rating, stars=[n for n in names if n in rating.stars])
    if rating.household_id:
        try:
            who(session, rating.household_id)
        except ValidationError as err:
            errors += err.errors
    if errors:
        raise ValidationError(errors)
    rating_id = records.natural_id(TABLE, session.author.owner, rating.household_id, rating.cycle)
    with session.db.atomic():
        if moral.get_rating_row(session.db, rating_id) is not None:
            raise RefusedError(
                msg(
                    f"该户{rating.cycle}年度已经评定过，请修改原评定",
                    f"This household was already rated for {rating.cycle}",
                )
            )
        previous = [_rating(r) for r in list_ratings(session, household_id=rating.household_id)]
        check_not_banned(previous, rating.rated_date)
        if rating.disqualifiers:
            rating = replace(rating, stars=[], status=RatingStatus.DISQUALIFIED.value)
        else:
            rating = replace(rating, status=RatingStatus.RATED.value)
        try:
            row = records.insert_record(
                session.db, TABLE, _to_values(rating), author=session.author, record_id=rating_id
            )
        except Exception as exc:  # a deleted twin holds the id
            raise RefusedError(
                msg(
                    f"该户{rating.cycle}年度的评定已删除，不能再次录入",
                    "A deleted rating holds this household and cycle",
                )
            ) from exc
    return _rating({**row, "stars": rating.stars, "disqualifiers": rating.disqualifiers})


def update_rating(session: Session, rating: StarRating) -> StarRating:
    """Change stars, reviewers or disqualifiers before the plaque is awarded."""
    rating = rating.cleaned()
    with session.db.atomic():
        current = get_rating(session, rating.id)
        if current.status not in {RatingStatus.RATED, RatingStatus.DISQUALIFIED}:
            raise RefusedError(
                msg("已授牌或已摘牌的评定不能修改，请用摘星", "Use 摘星 after the plaque")
            )
        rating = replace(rating, household_id=current.household_id, cycle=current.cycle)
        if errors := validate_rating(rating, star_catalogue(session).names):
            raise ValidationError(errors)
        if rating.disqualifiers:
            rating = replace(rating, stars=[], status=RatingStatus.DISQUALIFIED.value)
        else:
            rating = replace(rating, status=RatingStatus.RATED.value)
        records.update_record(
            session.db, TABLE, rating.id, _to_values(rating), author=session.author
        )
    return get_rating(session, rating.id)


def _event(
    session: Session, rating: StarRating, kind: str, day: str, *, star: str = "", reason: str = ""
) -> None:
    records.insert_record(
        session.db,
        "star_events",
        {
            "rating_id": rating.id,
            "household_id": rating.household_id,
            "kind": kind,
            "star": star,
            "reason": reason,
            "event_date": day,
        },
        author=session.author,
    )


def _day(value: str) -> str:
    day = value or clock.today_iso()
    if err := date_error(day, "日期", "date"):
        raise ValidationError([FieldError("date", err)])
    return day


def award_plaque(session: Session, rating_id: str, *, on: str = "") -> StarRating:
    """授牌: refused when a disqualifying condition was recorded (and says which)."""
    day = _day(on)
    with session.db.atomic():
        rating = get_rating(session, rating_id)
        check_can_award_plaque(rating)
        records.update_record(
            session.db,
            TABLE,
            rating_id,
            {"status": RatingStatus.PLAQUED.value, "plaque_date": day},
            author=session.author,
        )
        _event(session, rating, "award", day, reason=f"{rating.star_count}星")
    return get_rating(session, rating_id)


def remove_star(
    session: Session, rating_id: str, *, star: str, reason: str, on: str = ""
) -> StarRating:
    """摘星: one star taken away, with the reason."""
    day = _day(on)
    with session.db.atomic():
        rating = get_rating(session, rating_id)
        check_can_remove_star(rating, star, reason)
        stars = [s for s in rating.stars if s != star]
        records.update_record(
            session.db, TABLE, rating_id, {"stars": moral.encode_list(stars)}, author=session.author
        )
        _event(session, rating, "remove_star", day, star=star, reason=reason.strip())
    return get_rating(session, rating_id)


def revoke_plaque(session: Session, rating_id: str, *, reason: str, on: str = "") -> StarRating:
    """摘牌: the plaque is taken down; the household may not be rated for two years."""
    day = _day(on)
    with session.db.atomic():
        rating = get_rating(session, rating_id)
        check_can_revoke(rating, reason)
        records.update_record(
            session.db,
            TABLE,
            rating_id,
            {
                "status": RatingStatus.REVOKED.value,
                "revoked_date": day,
                "revoke_reason": reason.strip(),
            },
            author=session.author,
        )
        _event(session, rating, "revoke", day, reason=reason.strip())
    return get_rating(session, rating_id)


def star_events(session: Session, *, household_id: str) -> list[dict[str, Any]]:
    return moral.list_star_events(session.db, household_id=household_id)


def cycles(session: Session) -> list[int]:
    return sorted({int(r["cycle"]) for r in list_ratings(session)}, reverse=True)


def disqualifier_labels(codes: list[str]) -> str:
    return "、".join(DISQUALIFIERS.get(c, c) for c in codes)


def print_star_list(session: Session, cycle: int, *, page: str = "A4") -> PrintedSheet:
    """The cycle's list of star households (plaqued, or rated and awaiting the plaque)."""
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing.star_list_sheet import StarListRow, StarListSheet, render_star_list

    profile = session.require_village("十星级文明户名单", "star-household lists")
    rows = [
        r
        for r in list_ratings(session, cycle=cycle)
        if r["status"] in {RatingStatus.RATED, RatingStatus.PLAQUED} and r["stars"]
    ]
    if not rows:
        raise RefusedError(
            msg(
                f"{cycle}年度还没有评定的星级文明户，没有可打印的名单。",
                f"No household was rated in {cycle}: there is no list to print.",
            )
        )
    catalogue = star_catalogue(session)
    sheet = StarListSheet(
        village_name=profile.name,
        cycle=cycle,
        star_names=catalogue.names,
        rows=[
            StarListRow(
                head_name=str(r["head_name"]),
                group_no=int(r["group_no"]),
                stars=list(r["stars"]),
                plaqued=r["status"] == RatingStatus.PLAQUED,
            )
            for r in rows
        ],
        posted_date=clock.today_iso(),
        publicity_days=publicity_days(session),
        objection_channel=objection_channel(session),
        page=page,
    )
    return PrintedSheet(
        pdf=render_star_list(sheet), title=sheet.title, suggested_name=f"{sheet.title}.pdf"
    )
