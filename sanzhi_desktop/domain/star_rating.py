"""十星级文明户: named stars per household per rating cycle, and the door plaque.

Procedure (GLOSSARY): self-declaration → villagers' representatives review →
branch and committee check → file → report to the town → plaque. One rating
per household and cycle (natural key household + cycle). Rules kept here:

- disqualifying conditions (crime, gambling/drugs/gangs, cults, domestic
  violence, a bad credit record) block the plaque; the rating records which
  and why, and gets no stars;
- 摘星 takes one star away and records the reason;
- a household whose plaque was revoked cannot be rated again for two years
  from the day of revocation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error, parse_date, years_later
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean

#: code → label of the conditions that rule a household out.
DISQUALIFIERS = {
    "crime": "家庭成员违法犯罪",
    "gambling_drugs_gangs": "涉赌涉毒涉黑",
    "cult": "参与邪教组织",
    "domestic_violence": "家庭暴力",
    "bad_credit": "有不良信用记录",
}
REVOKE_BAN_YEARS = 2
MIN_CYCLE, MAX_CYCLE = 2000, 2100


class RatingStatus(StrEnum):
    RATED = "rated"
    DISQUALIFIED = "disqualified"
    PLAQUED = "plaqued"
    REVOKED = "revoked"

    @property
    def label(self) -> str:
        zh, en = {
            "rated": ("已评定", "rated"),
            "disqualified": ("不具备资格", "disqualified"),
            "plaqued": ("已授牌", "plaque awarded"),
            "revoked": ("已摘牌", "plaque revoked"),
        }[self.value]
        return msg(zh, en)


@dataclass
class StarRating(Record):
    """A household's rating in one cycle; ``stars`` are the names it holds now."""

    household_id: str
    cycle: int
    rated_date: str
    stars: list[str] = field(default_factory=list)
    reviewers: str = ""
    disqualifiers: list[str] = field(default_factory=list)
    disqualify_note: str = ""
    status: str = RatingStatus.RATED.value
    plaque_date: str = ""
    revoked_date: str = ""
    revoke_reason: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            household_id=self.household_id,
            cycle=self.cycle,
            rated_date=clean(self.rated_date),
            stars=list(dict.fromkeys(clean(s) for s in self.stars if clean(s))),
            reviewers=clean(self.reviewers),
            disqualifiers=list(dict.fromkeys(self.disqualifiers)),
            disqualify_note=clean(self.disqualify_note),
            status=self.status,
            plaque_date=clean(self.plaque_date),
            revoked_date=clean(self.revoked_date),
            revoke_reason=clean(self.revoke_reason),
            note=clean(self.note),
            id=self.id,
        )

    @property
    def star_count(self) -> int:
        return len(self.stars)


def validate_rating(rating: StarRating, catalogue: list[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    if not rating.household_id:
        errors.append(FieldError("household_id", msg("请选择户", "Choose the household")))
    if not MIN_CYCLE <= rating.cycle <= MAX_CYCLE:
        errors.append(FieldError("cycle", msg("评定周期应为年份，如2026", "Cycle is a year")))
    if err := date_error(rating.rated_date, "评定日期", "rating date"):
        errors.append(FieldError("rated_date", err))
    unknown = [s for s in rating.stars if s not in catalogue]
    if unknown:
        errors.append(
            FieldError(
                "stars",
                msg(
                    f"星目录中没有：{'、'.join(unknown)}",
                    f"Not in the star catalogue: {', '.join(unknown)}",
                ),
            )
        )
    bad = [d for d in rating.disqualifiers if d not in DISQUALIFIERS]
    if bad:
        errors.append(FieldError("disqualifiers", msg("否决情形不在列表中", "Unknown condition")))
    if rating.disqualifiers and not rating.disqualify_note:
        errors.append(
            FieldError(
                "disqualify_note",
                msg("有否决情形时请写明具体情况", "Say what happened when a condition applies"),
            )
        )
    return errors


def rating_ban_until(revoked_date: str) -> date | None:
    revoked = parse_date(revoked_date)
    return years_later(revoked, REVOKE_BAN_YEARS) if revoked else None


def check_not_banned(previous: list[StarRating], on_date: str) -> None:
    """Refuse a rating within two years of a plaque revocation of the same household."""
    day = parse_date(on_date)
    if day is None:
        return
    for rating in previous:
        until = rating_ban_until(rating.revoked_date) if rating.status == "revoked" else None
        if until is not None and day < until:
            raise RefusedError(
                msg(
                    f"该户于{rating.revoked_date}被摘牌（{rating.revoke_reason}），"
                    f"{REVOKE_BAN_YEARS}年内不得参评，{until.isoformat()}起才能重新评定",
                    f"The plaque was revoked on {rating.revoked_date}; no rating before "
                    f"{until.isoformat()}",
                )
            )


def check_can_award_plaque(rating: StarRating) -> None:
    if rating.status == RatingStatus.DISQUALIFIED:
        reasons = "、".join(DISQUALIFIERS[d] for d in rating.disqualifiers)
        raise RefusedError(
            msg(
                f"该户有否决情形（{reasons}），不能授牌",
                "A disqualifying condition blocks the plaque",
            )
        )
    if rating.status != RatingStatus.RATED:
        raise RefusedError(
            msg(
                f"该户评定状态为“{RatingStatus(rating.status).label}”，不能授牌",
                "Only a rated household can receive the plaque",
            )
        )
    if not rating.stars:
        raise RefusedError(msg("没有评上任何星，不能授牌", "No stars: no plaque"))


def check_can_remove_star(rating: StarRating, star: str, reason: str) -> None:
    if rating.status not in {RatingStatus.RATED, RatingStatus.PLAQUED}:
        raise RefusedError(msg("这户当前没有可摘的星", "This household holds no stars now"))
    if star not in rating.stars:
        raise RefusedError(msg(f"该户没有“{star}”", f"The household does not hold {star}"))
    if not clean(reason):
        raise RefusedError(msg("摘星须写明原因", "Give the reason for taking a star away"))


def check_can_revoke(rating: StarRating, reason: str) -> None:
    if rating.status != RatingStatus.PLAQUED:
        raise RefusedError(msg("只有已授牌的户才能摘牌", "Only an awarded plaque can be revoked"))
    if not clean(reason):
        raise RefusedError(msg("摘牌须写明原因", "Give the reason for revoking the plaque"))
