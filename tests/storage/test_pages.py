"""Rows read a page at a time from one query, and the pinyin keys the roster sorts by in SQL."""

from __future__ import annotations

import sqlite3

from sanzhi_desktop.domain.roster import Household, Person, RosterFilter
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import name_keys
from sanzhi_desktop.storage.pages import RowPages


def numbers(count: int) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (n INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(count)])
    conn.commit()
    return conn


def test_pages_hand_out_every_row_once_in_order() -> None:
    pages = RowPages(numbers(10), "SELECT n FROM t ORDER BY n DESC")
    assert [r["n"] for r in pages.fetch(4)] == [9, 8, 7, 6]
    assert [r["n"] for r in pages.fetch(4)] == [5, 4, 3, 2]
    assert not pages.done
    assert [r["n"] for r in pages.fetch(4)] == [1, 0]
    assert pages.done and pages.fetch(4) == []


def test_closed_pages_read_on_where_they_stopped() -> None:
    conn = numbers(7)
    pages = RowPages(
        conn, "SELECT n FROM t ORDER BY n", on_row=lambda r: r.update(twice=r["n"] * 2)
    )
    assert [r["n"] for r in pages.fetch(3)] == [0, 1, 2]
    pages.close()  # e.g. a hidden list let go of its statement
    assert [(r["n"], r["twice"]) for r in pages.fetch(3)] == [(3, 6), (4, 8), (5, 10)]


def test_persons_sort_by_name_in_pinyin_across_pages(session: Session) -> None:
    household = roster.add_household(
        session, Household(household_no="0101", head_name="王大明", group_no=1, address="小营村")
    )
    names = ["张三", "曾小华", "王大明", "李四", "安娜", "单田芳", "白雪"]
    for name in names:
        roster.add_person(session, Person(name=name, sex="男", household_id=household.id))
    pages = roster.person_pages(session, RosterFilter(), sort="name")
    read = [r["name"] for r in pages.fetch(3)] + [r["name"] for r in pages.fetch(3)]
    read += [r["name"] for r in pages.fetch(3)]
    assert read == ["安娜", "白雪", "李四", "单田芳", "王大明", "曾小华", "张三"]
    descending = roster.person_pages(session, RosterFilter(), sort="name", descending=True)
    assert [r["name"] for r in descending.fetch(10)] == list(reversed(read))
    # the keys are stored once per text, for the names sorted by
    held = session.db.execute(f"SELECT count(*) FROM {name_keys.TABLE}").fetchone()[0]
    assert held >= len(names)
    assert name_keys.add_missing_keys(session.db, "persons", "name") == 0
    # a name written since is keyed on the next sort (the cache sees the write)
    roster.add_person(session, Person(name="艾青", sex="男", household_id=household.id))
    again = roster.person_pages(session, RosterFilter(), sort="name").fetch(2)
    assert [r["name"] for r in again] == ["艾青", "安娜"]


def test_person_pages_search_and_count_in_sql(session: Session) -> None:
    household = roster.add_household(
        session, Household(household_no="0101", head_name="王大明", group_no=1, address="小营村")
    )
    for name in ["王大明", "王小明", "李四"]:
        roster.add_person(session, Person(name=name, sex="男", household_id=household.id))
    query = RosterFilter(text="小明")
    assert [r["name"] for r in roster.person_pages(session, query).fetch(10)] == ["王小明"]
    assert roster.count_persons(session, query) == 1
    assert roster.count_persons(session) == 3


def test_a_rollback_under_open_pages_loses_no_row() -> None:
    # Given pages half read on a connection,
    conn = numbers(600)
    pages = RowPages(conn, "SELECT n FROM t ORDER BY n")
    first = [r["n"] for r in pages.fetch(100)]
    # when a refused write rolls back on the same connection (a form's refusal),
    conn.execute("BEGIN")
    conn.execute("INSERT INTO t VALUES (-1)")
    conn.execute("ROLLBACK")
    # the pages read on where they were, every row once.
    rest: list[int] = []
    while not pages.done:
        rest += [r["n"] for r in pages.fetch(100)]
    assert first + rest == list(range(600))
