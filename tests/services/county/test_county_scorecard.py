"""The county's scorecard equals the town's, cell by cell, for the same records."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from benchmarks import county_data
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services import county_scorecard, scorecard
from sanzhi_desktop.services.demo.town import TOWN_CODE, TOWN_NAME, create_demo_town
from sanzhi_desktop.services.session import open_session
from tests.pg_fixture import PgServer

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.pg
SECOND_TOWN = "610722200"


@pytest.fixture(scope="module")
def demo_town(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo town: three villages of one year, the second posting its finance late."""
    out = tmp_path_factory.mktemp("demo")
    return create_demo_town(out, villages=3, years=1).town_path


@pytest.fixture(scope="module")
def county_url(pg_server: PgServer, demo_town: Path) -> Iterator[str]:
    """A county database holding the demo town's rows (one for the module: they only read)."""
    name = f"{pg_server.county_template}_equality"
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_server.county_template}"')
    url = pg_server.url(name)
    try:
        with psycopg.connect(url, autocommit=True) as pg:
            copied = county_data.copy_town(pg, demo_town, town_code=TOWN_CODE, town_name=TOWN_NAME)
            assert copied > 100
            # the same records again as a second town: the county keeps towns apart
            county_data.copy_town(
                pg, demo_town, town_code=TOWN_CODE, town_name="第二镇", as_town=SECOND_TOWN
            )
        yield url
    finally:
        with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _day(town: Path) -> date:
    with open_session(town) as session:
        session.apply_reference_day()
        from sanzhi_desktop.storage import clock

        return clock.today()


@pytest.mark.parametrize("end_of", ["today", "june", "last_year"])
def test_every_cell_of_every_village_equals_the_towns(
    demo_town: Path, county_url: str, end_of: str
) -> None:
    # Given the same records in the town's SQLite file and in the county's PostgreSQL
    today = _day(demo_town)
    year = today.year - 1 if end_of == "last_year" else today.year
    when = date(year, 6, 30) if end_of == "june" and today > date(year, 6, 30) else today
    with open_session(demo_town) as session:
        town = scorecard.compute_scorecard(session, year, today=when)
        assert town.default_catalogue  # the county grades by the shipped catalogue too
    # When the county computes its scorecard
    with county_scorecard.open_county(county_url) as county:
        card = county_scorecard.compute_county_scorecard(county, year, today=when)
    # Then the town's villages carry the same figure, grade and points in every cell
    liulin, second = sorted(card.towns, key=lambda t: t.code)
    assert (liulin.name, second.code) == (TOWN_NAME, SECOND_TOWN)
    assert [v.code for v in liulin.villages] == [v.code for v in town.cards]
    assert [v.code[9:] for v in second.villages] == [v.code[9:] for v in town.cards]
    assert [v.total for v in second.villages] == [v.total for v in town.cards]
    assert second.total == liulin.total and second.rank == liulin.rank == 1
    assert len(town.cards) == 3
    compared = 0
    for ours, theirs in zip(liulin.villages, town.cards, strict=True):
        assert (ours.rank, ours.total) == (theirs.rank, theirs.total)
        for a, b in zip(ours.cells, theirs.cells, strict=True):
            assert a.item.code == b.item.code
            assert (a.figure, a.grade, a.points) == (b.figure, b.grade, b.points), (
                ours.code,
                a.item.code,
            )
            compared += 1
    assert compared == 3 * len(town.items)
    # and the villages differ (the comparison is not of empty cards)
    assert len({v.total for v in town.cards}) > 1


def test_a_cells_records_are_the_towns(demo_town: Path, county_url: str) -> None:
    today = _day(demo_town)
    with open_session(demo_town) as session:
        town = scorecard.compute_scorecard(session, today.year, today=today)
        village = town.cards[0].code
        for item in town.items:
            table, rows = scorecard.records_behind(
                session, village, today.year, item.code, today=today
            )
            with county_scorecard.open_county(county_url) as county:
                pg_table, pg_rows = county_scorecard.records_behind(
                    county, village, today.year, item.code, today=today
                )
            assert pg_table == table
            assert sorted(r["id"] for r in pg_rows) == sorted(r["id"] for r in rows), item.code


def test_a_town_line_pools_its_villages(demo_town: Path, county_url: str) -> None:
    today = _day(demo_town)
    with county_scorecard.open_county(county_url) as county:
        card = county_scorecard.compute_county_scorecard(county, today.year, today=today)
    liulin = next(t for t in card.towns if t.code == TOWN_CODE)
    assert liulin.total == round(sum(v.total for v in liulin.villages) / 3, 1)
    for index, item in enumerate(card.items):
        cells = [v.cells[index] for v in liulin.villages]
        if item.unit == "%" and all(c.figure.value is not None for c in cells):
            numerator = sum(c.figure.numerator for c in cells)
            denominator = sum(c.figure.denominator for c in cells)
            if denominator:
                expected = round(100.0 * numerator / denominator, 1)
                assert liulin.cells[index].figure.value == expected


def test_the_county_connection_cannot_write(county_url: str) -> None:
    with (
        county_scorecard.open_county(county_url) as county,
        pytest.raises(psycopg.errors.ReadOnlySqlTransaction),
    ):
        county.conn.execute("DELETE FROM households")


def test_an_unreachable_server_is_a_chinese_refusal(tmp_path: Path) -> None:
    url = f"host={tmp_path} port=1 user=sanzhi dbname=county"
    with (
        pytest.raises(RefusedError, match="连不上县级数据库服务器"),
        county_scorecard.open_county(url),
    ):
        pass


def test_a_database_that_is_not_a_countys_is_refused(pg_empty_url: str) -> None:
    with (
        pytest.raises(RefusedError, match="还不是县级数据库"),
        county_scorecard.open_county(pg_empty_url),
    ):
        pass


def test_each_town_is_held_to_its_own_finance_deadlines(
    pg_url: str, demo_town: Path, tmp_path: Path
) -> None:
    # Given a second town with the same records whose finance deadline is the 1st, not the 15th
    from dataclasses import replace

    from sanzhi_desktop.services import disclosure_catalogue

    strict = tmp_path / "strict-town.db"
    shutil.copy(demo_town, strict)
    today = _day(strict)
    with open_session(strict) as session:
        items = [
            replace(i, due_day=1) if i.code == disclosure_catalogue.FINANCE_ITEM_CODE else i
            for i in disclosure_catalogue.default_catalogue()
        ]
        disclosure_catalogue.replace_town_catalogue(session, items)
        town = scorecard.compute_scorecard(session, today.year, today=today)
    with psycopg.connect(pg_url, autocommit=True) as pg:
        county_data.copy_town(pg, demo_town, town_code=TOWN_CODE, town_name=TOWN_NAME)
        county_data.copy_town(
            pg, strict, town_code=TOWN_CODE, town_name="严镇", as_town=SECOND_TOWN
        )
    # When the county computes both
    with county_scorecard.open_county(pg_url) as county:
        card = county_scorecard.compute_county_scorecard(county, today.year, today=today)
    liulin, severe = sorted(card.towns, key=lambda t: t.code)
    # Then the strict town's finance cells are its own town's figures, and differ from 柳林镇's
    finance = next(i.code for i in card.items if i.rule == "finance_on_time")
    theirs = [v.cell(finance).figure for v in town.cards]
    assert [v.cell(finance).figure for v in severe.villages] == theirs
    assert [v.cell(finance).figure for v in liulin.villages] != theirs
