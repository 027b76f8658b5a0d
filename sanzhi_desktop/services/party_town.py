"""The town's 党建 table: per village, the figures the plan's inspection asks for.

A town holds the records its villages sent, so each figure is computed with
the very function the village uses for itself (member count, missed
meetings, review progress, the year's target check) with ``owner`` set to
the village: the town and the village never disagree about a number. The
figures are only as fresh as the last file a village sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.party import MemberStatus
from sanzhi_desktop.domain.party_targets import CollectiveStatus
from sanzhi_desktop.services.party import get_branch, list_members
from sanzhi_desktop.services.party_meetings import list_meetings, missed_meetings
from sanzhi_desktop.services.party_points import list_points, review_progress
from sanzhi_desktop.services.party_targets import year_status
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, sync_ledger

#: Columns of the town's table: (key, Chinese header, English header).
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "村", "village"),
    ("members", "党员", "members"),
    ("probation", "预备党员", "probationary"),
    ("flowing", "流动党员", "away"),
    ("meetings_held", "三会一课（次）", "meetings"),
    ("meetings_missed", "未按期召开", "missed"),
    ("points_total", "党员积分", "points"),
    ("review", "民主评议", "review"),
    ("posts", "示范岗", "model posts"),
    ("training_days", "书记培训（天）", "training days"),
    ("reserve_cadres", "雏雁", "reserve cadres"),
    ("wealth_leaders", "致富带头人", "wealth leaders"),
    ("dual_post", "一肩挑", "dual post"),
    ("income", "集体经营收入", "collective income"),
    ("status", "集体经济", "collective economy"),
)


@dataclass(frozen=True)
class PartyVillageFigures:
    code: str
    name: str
    year: int
    members: int = 0
    probation: int = 0
    flowing: int = 0
    meetings_held: int = 0
    meetings_missed: int = 0
    points_total: int = 0
    reviewed: int = 0
    review_members: int = 0
    posts: int = 0
    training_days: int = 0
    reserve_cadres: int = 0
    wealth_leaders: int = 0
    dual_post: bool | None = None  # None: the village has not sent its branch facts
    income_fen: int = 0
    status: CollectiveStatus = CollectiveStatus.SHELL

    def cell(self, key: str) -> str:
        """The text of column ``key`` as the town's table shows it (never a code)."""
        if key == "review":
            return f"{self.reviewed}/{self.review_members}" if self.review_members else "—"
        if key == "dual_post":
            return (
                "—"
                if self.dual_post is None
                else msg("是", "yes")
                if self.dual_post
                else msg("否", "no")
            )
        if key == "income":
            yuan, fen = divmod(self.income_fen, 100)
            return f"¥{yuan:,}.{fen:02d}"
        if key == "status":
            return self.status.label
        return str(getattr(self, key))


def village_figures(
    session: Session, code: str, name: str, year: int, *, today: date
) -> PartyVillageFigures:
    day = min(f"{year}-12-31", today.isoformat())
    members = list_members(session, on=day, owner=code)
    check = year_status(session, year, owner=code)
    review = review_progress(session, year, owner=code)
    branch = get_branch(session, owner=code)
    return PartyVillageFigures(
        code=code,
        name=name,
        year=year,
        members=len(members),
        probation=sum(1 for m in members if m.status == MemberStatus.PROBATION),
        flowing=sum(1 for m in members if m.flowing),
        meetings_held=len(list_meetings(session, year=year, owner=code)),
        meetings_missed=sum(
            1
            for m in missed_meetings(session, today=today, owner=code)
            if m.period.startswith(str(year))
        ),
        points_total=sum(e.points for e in list_points(session, year=year, owner=code)),
        reviewed=review.reviewed,
        review_members=review.members,
        posts=check.figures.posts,
        training_days=check.figures.training_days,
        reserve_cadres=check.figures.reserve_cadres,
        wealth_leaders=check.figures.wealth_leaders,
        dual_post=None if branch is None else bool(branch.dual_post),
        income_fen=check.figures.income_fen,
        status=check.status,
    )


def party_town_figures(
    session: Session, *, year: int | None = None, today: date | None = None
) -> list[PartyVillageFigures]:
    """Every enrolled village's 党建 figures for ``year`` (default: this year)."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("党建汇总只在镇里使用。", "The party table is for the town."))
    today = today or clock.today()
    year = year or today.year
    return [
        village_figures(session, peer.code, peer.name, year, today=today)
        for peer in sync_ledger.list_peers(session.db, kind="village")
    ]
