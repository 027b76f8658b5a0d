"""A household's moral-governance record over time: stars, points, board entries, awards.

One call gathers everything the lists hold about a household, in date order,
for the roster's "household record" dialog — so a clerk preparing a star
rating or an eligibility review (the seed plan links conduct to rewards) sees
the whole history in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sanzhi_desktop.domain.awards import Award
from sanzhi_desktop.domain.good_deeds import GoodDeed
from sanzhi_desktop.domain.points import EntryKind, LedgerEntry
from sanzhi_desktop.domain.red_black import Board, BoardEntry, EntryStatus
from sanzhi_desktop.domain.roster import Household
from sanzhi_desktop.domain.star_rating import RatingStatus, StarRating
from sanzhi_desktop.services import awards, good_deeds, points, red_black, roster, star_rating
from sanzhi_desktop.services.session import Session


@dataclass(frozen=True)
class TimelineItem:
    date: str
    kind: str  # "star", "points", "red", "black", "deed", "award"
    text: str


@dataclass
class HouseholdRecord:
    household: Household
    ratings: list[StarRating] = field(default_factory=list)
    points_balance: int = 0
    points: list[LedgerEntry] = field(default_factory=list)
    board_entries: list[BoardEntry] = field(default_factory=list)
    deeds: list[GoodDeed] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)


def household_record(session: Session, household_id: str) -> HouseholdRecord:
    household = roster.get_household(session, household_id)
    rows = star_rating.list_ratings(session, household_id=household_id)
    record = HouseholdRecord(
        household=household,
        ratings=[StarRating.from_record(r) for r in rows],
        points_balance=points.balance(session, household_id),
        points=points.history(session, household_id),
        board_entries=red_black.list_entries(session, household_id=household_id),
        deeds=good_deeds.list_deeds(session, household_id=household_id),
        awards=awards.list_awards(session, household_id=household_id),
    )
    items: list[TimelineItem] = []
    for rating in record.ratings:
        status = RatingStatus(rating.status).label
        items.append(
            TimelineItem(
                rating.rated_date,
                "star",
                f"{rating.cycle}年度评定{rating.star_count}星（{status}）",
            )
        )
    for event in star_rating.star_events(session, household_id=household_id):
        text = {"award": "授牌", "remove_star": f"摘星：{event['star']}", "revoke": "摘牌"}.get(
            str(event["kind"]), str(event["kind"])
        )
        reason = f"，原因：{event['reason']}" if event["reason"] else ""
        items.append(TimelineItem(str(event["event_date"]), "star", text + reason))
    for entry in record.points:
        what = entry.note or EntryKind(entry.kind).label
        items.append(TimelineItem(entry.entry_date, "points", f"积分{entry.points:+d}：{what}"))
    for board in record.board_entries:
        label = Board(board.board).label
        status = EntryStatus(board.status).label
        month = f"（{board.month}）" if board.month else ""
        items.append(
            TimelineItem(
                board.reported_date,
                board.board,
                f"{label}{month}：{board.category}，{board.deed}（{status}）",
            )
        )
    for deed in record.deeds:
        items.append(
            TimelineItem(
                deed.nominated_date, "deed", f"善行义举【{deed.virtue}】{deed.name}：{deed.deed}"
            )
        )
    for award in record.awards:
        amount = f"，奖励{award.amount_fen / 100:.2f}元" if award.amount_fen else ""
        items.append(
            TimelineItem(
                award.approved_date,
                "award",
                f"{award.year}年{award.display_title}：{award.name}{amount}",
            )
        )
    record.timeline = sorted(items, key=lambda i: i.date, reverse=True)
    return record
