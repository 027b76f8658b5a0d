"""The dialect layer: each rule written once, spelt for SQLite and for PostgreSQL."""

from __future__ import annotations

import re
import sqlite3

from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import scorecard
from sanzhi_desktop.storage.sql_dialect import POSTGRESQL, SQLITE, pyformat


def test_parameters_become_psycopgs_and_casts_stay() -> None:
    sql = "SELECT x::date, CAST(:due AS jsonb) FROM t WHERE a = :end AND b LIKE '5%'"
    assert pyformat(sql) == (
        "SELECT x::date, CAST(%(due)s AS jsonb) FROM t WHERE a = %(end)s AND b LIKE '5%%'"
    )


def test_a_condition_counts_as_a_number_in_both() -> None:
    conn = sqlite3.connect(":memory:")
    counted = f"SELECT SUM({SQLITE.flag('1 = 1')}), {SQLITE.flag('1 = 2')}"
    assert conn.execute(counted).fetchone() == (1, 0)
    assert POSTGRESQL.flag("a = 'b'") == "(CASE WHEN a = 'b' THEN 1 ELSE 0 END)"


def test_no_sqlite_only_function_reaches_postgresql() -> None:
    sqlite_only = re.compile(r"\b(julianday|json_each|json_extract|strftime|group_concat|date)\(")
    for rule in scorecard.RULES.values():
        for sql in (rule.figure(POSTGRESQL), rule.drill(POSTGRESQL)):
            assert not sqlite_only.search(sql), (rule.name, sql)


def test_the_sqlite_spelling_runs_on_a_town_file(session: Session) -> None:
    """Every rule's SQLite statements prepare against the migrated schema."""
    params = {
        "year": 2026, "start": "2026-01-01", "end": "2026-11-28", "due": "[[1, \"2026-04-10\"]]",
        "periods": "[\"2026-01-1\"]", "cadre_target": 4, "backbone_target": 2, "owner": "x",
    }  # fmt: skip
    for rule in scorecard.RULES.values():
        session.conn.execute(rule.figure_sql, params).fetchall()
        session.conn.execute(rule.drill_sql, params).fetchall()
