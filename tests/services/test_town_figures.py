"""The town dashboard's figures, from records two villages made with the parts' services.

The villages work as a clerk would (post notices, a finance quarter, red and
black entries, star ratings, points, mediation cases), export, and the town
imports; the figures are then compared with what each village sees of itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.domain.star_rating import StarRating
from sanzhi_desktop.services import (
    finance,
    mediation,
    notices,
    points,
    red_black,
    star_rating,
    sync,
    town_figures,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.town_figures import FIGURE_COLUMNS, TownFigures
from tests.mediation_factory import freeze_today, new_case, villagers
from tests.moral_factories import black_entry, make_village, posted, red_entry
from tests.sync.helpers import OTHER_VILLAGE, VILLAGE_CODE, Pair, enrol_both, pair
from tests.sync.helpers import make_village as make_village_office

TODAY = date(2026, 11, 28)
STARS = ["爱党爱国星", "诚实守信星"]


def post(session: Session, notice: Notice, on: date) -> Notice:
    notices.submit_for_review(session, notice.id)
    notices.record_review(session, notice.id, reviewer="李监委", on=on)
    return notices.post_notice(session, notice.id, on=on, publicity_days=7)


def boards_and_lists(village: Session) -> None:
    """小营村: two posted notices and a draft, Q2 finance posted (Q3 not), lists, stars, points."""
    post(
        village,
        notices.create_notice(village, Notice(category="村务", title="低保公示", body="拟评定5户")),
        date(2026, 6, 1),
    )
    notices.create_notice(village, Notice(category="村务", title="草稿，不算", body="还没送审"))
    lines = [FinanceLine("income", "补助收入", 10_000), FinanceLine("expense", "管理费用", 3_000)]
    finance.save_finance(
        village,
        FinanceDisclosure(year=2026, quarter=2, opening_fen=50_000, closing_fen=57_000).with_lines(
            lines
        ),
    )
    post(village, finance.make_finance_notice(village, 2026, 2), date(2026, 7, 10))
    mv = make_village(village)
    posted(village, red_entry(mv))  # on November's board
    posted(village, black_entry(mv))  # on November's board
    posted(village, red_entry(mv, deed="上月的好事"), month="2026-10")  # red: its month only
    star_rating.rate_household(
        village,
        StarRating(
            household_id=mv.red_household.id, cycle=2025, rated_date="2025-12-01", stars=STARS
        ),
    )
    star_rating.rate_household(  # an older cycle: not counted
        village,
        StarRating(
            household_id=mv.black_household.id, cycle=2024, rated_date="2024-12-01", stars=STARS
        ),
    )
    points.add_points(
        village, mv.red_household.id, "A01", approved_by="村委会", entry_date="2026-03-01"
    )
    points.add_points(
        village, mv.black_household.id, "C01", approved_by="村委会", entry_date="2026-03-02"
    )


def cases(village: Session) -> list[str]:
    """大营村: 邻里 escalated (awaits), 合同 escalated (the town will reply), 邻里 registered."""
    people = villagers(village)
    first = new_case(village, people=people)
    mediator = first.mediators[0]
    second = new_case(village, people=people, dispute_type="合同", mediator_id=mediator)
    third = new_case(village, people=people, mediator_id=mediator)
    for case in (first, second):
        mediation.accept_case(village, case.id, on="2026-11-03")
        mediation.escalate_case(village, case.id, on="2026-11-04", reason="涉及多户，村里调不了")
    return [first.id, second.id, third.id]


@dataclass
class Town:
    pair: Pair
    other: Session
    case_ids: list[str]

    def figures(self) -> TownFigures:
        return town_figures.town_figures(self.pair.town, today=TODAY)


@pytest.fixture
def town(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Town]:
    freeze_today(monkeypatch)
    with pair(tmp_path) as p:
        other = make_village_office(tmp_path, OTHER_VILLAGE, "大营村")
        try:
            enrol_both(p.town, other)
            boards_and_lists(p.village)
            case_ids = cases(other)
            files = [sync.export_sync_file(v, p.stick).path for v in (p.village, other)]
            reports = sync.import_sync_files(p.town, files)
            assert all(r.status is sync.ImportStatus.IMPORTED for r in reports)
            yield Town(p, other, case_ids)
        finally:
            other.close()


def test_boards_and_moral_figures_of_a_village(town: Town) -> None:
    figures = town.figures()
    assert [v.code for v in figures.villages] == [VILLAGE_CODE, OTHER_VILLAGE]
    xiaoying = figures.villages[0]
    assert xiaoying.name == "小营村"
    assert xiaoying.notices_posted == 2  # the draft does not count
    assert xiaoying.finance_overdue_periods == ["2026Q3"]  # Q2 posted, Q3 due 2026-10-15
    assert (xiaoying.red_on_board, xiaoying.black_on_board) == (1, 1)
    assert (xiaoying.star_cycle, xiaoying.star_households) == (2025, 1)
    village = town.pair.village
    households = {str(e["household_id"]) for e in points.list_entries(village)}
    expected_points = sum(points.balance(village, h) for h in households)
    assert xiaoying.points_total == expected_points != 0
    assert xiaoying.cases == 0 and xiaoying.cases_by_type == {}


def test_the_village_and_the_town_agree_on_the_board(town: Town) -> None:
    board = red_black.compose_board(town.pair.village, "2026-11")
    xiaoying = town.figures().villages[0]
    assert (xiaoying.red_on_board, xiaoying.black_on_board) == (len(board.red), len(board.black))


def test_mediation_figures_replayed_from_events(town: Town) -> None:
    daying = town.figures().villages[1]
    assert daying.cases_by_type == {"邻里": 2, "合同": 1}
    assert daying.cases_by_state == {"accepted": 2, "registered": 1}
    assert daying.cases == daying.cases_in_progress == 3
    assert daying.awaiting_reply == 2
    assert daying.star_cycle is None and daying.points_total == 0
    assert daying.finance_overdue_periods == []  # enrolled today: nothing was due since

    mediation.reply_to_escalation(town.pair.town, town.case_ids[1], "镇司法所下周派人协助")
    figures = town.figures()
    assert figures.villages[1].awaiting_reply == 1
    assert figures.cases_by_type() == [("邻里", 2), ("合同", 1)]
    assert figures.cases_by_state() == [("已登记", 1), ("已受理", 2)]


def test_totals_and_column_values(town: Town) -> None:
    figures = town.figures()
    assert figures.total("cases") == 3
    assert figures.total("red_on_board") == 1
    assert figures.total("finance_overdue") == 1
    for key, table in FIGURE_COLUMNS:
        assert figures.total(key) == sum(v.value(key) for v in figures.villages)
        assert table
    with pytest.raises(KeyError):
        figures.villages[0].value("name")


def test_a_later_month_leaves_red_entries_off_the_board(town: Town) -> None:
    later = town_figures.town_figures(town.pair.town, today=date(2026, 12, 5))
    xiaoying = later.villages[0]
    assert xiaoying.red_on_board == 0  # red entries stay one month
    assert xiaoying.black_on_board == 1  # black entries stay until closed


def test_a_deleted_case_is_not_counted(town: Town) -> None:
    from sanzhi_desktop.storage import records

    with town.other.db.atomic():
        records.delete_record(
            town.other.db, "mediation_cases", town.case_ids[2], author=town.other.author
        )
    sync.import_sync_files(
        town.pair.town, [sync.export_sync_file(town.other, town.pair.stick).path]
    )
    assert town.figures().villages[1].cases_by_type == {"邻里": 1, "合同": 1}


def test_refused_in_a_village(town: Town) -> None:
    with pytest.raises(RefusedError, match="汇总只在镇里使用"):
        town_figures.town_figures(town.pair.village)


def test_sql_sums_match_the_row_by_row_rules(town: Town) -> None:
    """Points totals and star households are aggregated in SQL; the rules stay those of
    ``domain.points.balance`` and ``moral.list_ratings`` applied row by row."""
    from collections import defaultdict

    from sanzhi_desktop.domain.points import LedgerEntry, balance
    from sanzhi_desktop.storage import moral

    db = town.pair.town.db
    by_owner: dict[str, list[LedgerEntry]] = defaultdict(list)
    for row in moral.list_points_entries(db, until=TODAY.isoformat()):
        by_owner[str(row["owner"])].append(LedgerEntry.from_record(row))
    expected_points = {owner: balance(entries) for owner, entries in by_owner.items()}
    assert town_figures._points_totals(town.pair.town, TODAY) == expected_points
    assert expected_points  # the fixture has points: the comparison is not empty
    # an earlier "today" leaves out the later entries
    assert town_figures._points_totals(town.pair.town, date(2000, 1, 1)) == {}

    ratings = moral.list_ratings(db)
    latest = max(int(r["cycle"]) for r in ratings)
    holders = {
        r["household_id"]
        for r in ratings
        if int(r["cycle"]) == latest and r["status"] in {"rated", "plaqued"} and r["stars"]
    }
    assert town_figures._star_households(town.pair.town) == {VILLAGE_CODE: (latest, len(holders))}
