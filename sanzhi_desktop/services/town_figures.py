"""The town dashboard's figures per village, computed from the records the town holds.

A town holds every record its villages sent (rows owned by each village code),
so it can ask the same questions a village asks of itself — what is on the
board, which quarter's finances are overdue, how many cases await a reply —
with the parts' own rules rather than counting rows. Each figure reuses the
function the village uses for the same question (``BoardEntry.on_board_in``,
the disclosure catalogue's deadlines, the mediation ``replay``), so the town
and the village never disagree about a number. Two figures are plain sums and
counts over every village's rows (points balances, star households): those are
aggregated in SQL rather than loaded row by row, which kept the dashboard of a
40-village town tens of megabytes larger and a second slower.

The figures are only as fresh as the last file each village sent; the
villages page says when that was.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.disclosure_catalogue import (
    Deadline,
    deadline_state,
    due_date,
    periods_to_check,
)
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import (
    RUNNING_STATES,
    Case,
    CaseEvent,
    CaseState,
    replay,
)
from sanzhi_desktop.domain.red_black import Board, BoardEntry
from sanzhi_desktop.domain.star_rating import RatingStatus
from sanzhi_desktop.services.disclosure_catalogue import finance_item
from sanzhi_desktop.services.mediation import case_history
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import boards, clock, moral, sync_ledger
from sanzhi_desktop.storage import mediation as mediation_store

#: Notices count as "posted" when their posting date is within this many days.
POSTED_WINDOW_DAYS = 365
#: Every row: rows_of_owner takes a limit, the figures want them all.
_ALL_ROWS = 1_000_000_000

#: The figures of the table, in column order, with the synced table a click drills into.
FIGURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("notices_posted", "notices"),
    ("finance_overdue", "finance_disclosures"),
    ("red_on_board", "red_black_entries"),
    ("black_on_board", "red_black_entries"),
    ("star_households", "star_ratings"),
    ("points_total", "points_entries"),
    ("cases", "mediation_cases"),
    ("cases_in_progress", "mediation_cases"),
    ("awaiting_reply", "mediation_cases"),
)


@dataclass(frozen=True)
class VillageFigures:
    """One village's figures as the town sees them."""

    code: str
    name: str
    notices_posted: int = 0
    #: quarters (``2026Q3``) whose finance disclosure is past its due date and not posted
    finance_overdue_periods: list[str] = field(default_factory=list)
    red_on_board: int = 0
    black_on_board: int = 0
    #: the latest cycle the village rated households in (None: never rated)
    star_cycle: int | None = None
    star_households: int = 0
    points_total: int = 0
    cases_by_type: dict[str, int] = field(default_factory=dict)
    #: CaseState value → cases in that state (replayed from the events)
    cases_by_state: dict[str, int] = field(default_factory=dict)
    awaiting_reply: int = 0

    @property
    def finance_overdue(self) -> int:
        return len(self.finance_overdue_periods)

    @property
    def cases(self) -> int:
        return sum(self.cases_by_type.values())

    @property
    def cases_in_progress(self) -> int:
        running = {CaseState.REGISTERED.value, *(s.value for s in RUNNING_STATES)}
        return sum(n for state, n in self.cases_by_state.items() if state in running)

    def value(self, key: str) -> int:
        """The figure of column ``key`` (one of :data:`FIGURE_COLUMNS`)."""
        if key not in dict(FIGURE_COLUMNS):
            raise KeyError(key)
        return int(getattr(self, key))


@dataclass(frozen=True)
class TownFigures:
    today: date
    month: str
    villages: list[VillageFigures]

    def total(self, key: str) -> int:
        return sum(v.value(key) for v in self.villages)

    def cases_by_type(self) -> list[tuple[str, int]]:
        """Cases of every village per dispute type, most frequent first."""
        counts: Counter[str] = Counter()
        for village in self.villages:
            counts.update(village.cases_by_type)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def cases_by_state(self) -> list[tuple[str, int]]:
        """Cases of every village per state, in the order of the case's life (labels in Chinese)."""
        counts: Counter[str] = Counter()
        for village in self.villages:
            counts.update(village.cases_by_state)
        return [(state.label, counts[state.value]) for state in CaseState if counts[state.value]]


def town_figures(session: Session, *, today: date | None = None) -> TownFigures:
    """Each enrolled village's figures, from the records it sent."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("汇总只在镇里使用。", "The dashboard is for the town."))
    today = today or clock.today()
    month = f"{today.year}-{today.month:02d}"
    peers = sync_ledger.list_peers(session.db, kind="village")
    on_board = _on_board(session, month)
    stars = _star_households(session)
    points = _points_totals(session, today)
    villages = []
    for peer in peers:
        red, black = on_board.get(peer.code, (0, 0))
        cycle, star_households = stars.get(peer.code, (None, 0))
        by_type, by_state, awaiting = _cases(session, peer.code, town_code=profile.code)
        villages.append(
            VillageFigures(
                code=peer.code,
                name=peer.name,
                notices_posted=_notices_posted(session, peer.code, today),
                finance_overdue_periods=_finance_overdue(
                    session, peer.code, today, enrolled=peer.enrolled_at
                ),
                red_on_board=red,
                black_on_board=black,
                star_cycle=cycle,
                star_households=star_households,
                points_total=points.get(peer.code, 0),
                cases_by_type=by_type,
                cases_by_state=by_state,
                awaiting_reply=awaiting,
            )
        )
    return TownFigures(today=today, month=month, villages=villages)


def _notices_posted(session: Session, village: str, today: date) -> int:
    """The village's own notices posted in the last year (circulars it received excluded)."""
    since = (today - timedelta(days=POSTED_WINDOW_DAYS)).isoformat()
    until = today.isoformat()
    return sum(
        1
        for row in boards.list_notices(session.db, owner=village)
        if row["posted_date"] and since <= str(row["posted_date"])[:10] <= until
    )


def _finance_overdue(session: Session, village: str, today: date, *, enrolled: str) -> list[str]:
    """Quarters past their due date whose finance notice the village has not posted.

    The same rule as the village's own to-do (``disclosure_catalogue.deadlines``):
    the town's catalogue decides the due day, and a village is not blamed for
    quarters before it started keeping its boards (its oldest notice, or the
    day the town enrolled it).
    """
    item = finance_item(session)
    done = boards.posted_periods(session.db, village)
    starts = [boards.earliest_notice_date(session.db, village), enrolled[:10]]
    since = min(date.fromisoformat(d) for d in starts if d) if any(starts) else None
    overdue = []
    for period in periods_to_check(item, today, since=since):
        due = due_date(item, period)
        state = deadline_state(due, today, done=(item.code, period) in done)
        if state is Deadline.OVERDUE:
            overdue.append(period)
    return overdue


def _by_owner(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[str(row["owner"])].append(row)
    return grouped


def _on_board(session: Session, month: str) -> dict[str, tuple[int, int]]:
    """village → (red, black) entries on this month's board, as the printed board shows."""
    result = {}
    for owner, rows in _by_owner(moral.board_candidates(session.db, month)).items():
        shown = [e for e in (BoardEntry.from_record(r) for r in rows) if e.on_board_in(month)]
        red = sum(1 for e in shown if e.board == Board.RED.value)
        result[owner] = (red, len(shown) - red)
    return result


def _star_households(session: Session) -> dict[str, tuple[int, int]]:
    """village → (latest cycle, households holding stars in it: rated or plaqued).

    Counted in SQL: the town holds every village's ratings, and loading them all
    as dicts (with their decoded JSON) for two numbers per village cost the
    dashboard ~15 MB and a quarter of a second on a 40-village town. The rule is
    that of :func:`moral.list_ratings` (live ratings of existing households).
    """
    holding = (RatingStatus.RATED.value, RatingStatus.PLAQUED.value)
    return moral.star_households_by_owner(session.db, holding)


def _points_totals(session: Session, today: date) -> dict[str, int]:
    """village → the sum of its households' balances today.

    A balance is the sum of the ledger (``domain.points.balance``), so the
    village's total is one ``SUM`` per owner; loading every entry of every
    village as a dict first cost the dashboard ~40 MB and a second.
    """
    return moral.points_totals_by_owner(session.db, until=today.isoformat())


def _cases(
    session: Session, village: str, *, town_code: str
) -> tuple[dict[str, int], dict[str, int], int]:
    """(cases per type, cases per state, escalations awaiting the town's reply).

    The state is replayed from the events (the village's own and the town's
    replies), the same fold the village's case page makes; a history the
    replay refuses falls back to the state the case row carries.
    """
    events: dict[str, list[CaseEvent]] = defaultdict(list)
    rows = sync_ledger.rows_of_owner(session.db, "mediation_events", village, limit=_ALL_ROWS)
    replies = [
        r
        for r in sync_ledger.rows_of_owner(
            session.db, "mediation_events", town_code, limit=_ALL_ROWS
        )
        if r["addressee"] == village
    ]
    for row in sorted(rows + replies, key=lambda r: (r["on"], r["recorded_at"], r["rev"])):
        events[str(row["case_id"])].append(CaseEvent.from_record(row))
    by_type: Counter[str] = Counter()
    by_state: Counter[str] = Counter()
    awaiting = 0
    for row in mediation_store.list_cases(session.db, owner=village):
        case = Case.from_record(row)
        by_type[case.dispute_type or msg("未分类", "unclassified")] += 1
        try:
            state = replay(case_history(events[case.id], village))
        except RefusedError:
            by_state[case.state] += 1
            continue
        by_state[state.state.value] += 1
        awaiting += state.awaiting_reply
    return dict(by_type), dict(by_state), awaiting
