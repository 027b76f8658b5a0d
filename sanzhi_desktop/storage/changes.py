"""Reading the change log (操作日志): who changed what, when, before and after."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sanzhi_desktop.storage.connection import SqlRunner


@dataclass(frozen=True)
class ChangeRow:
    seq: int
    rev: int
    table_name: str
    record_id: str
    action: str
    operator: str
    at: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def list_changes(
    db: SqlRunner,
    *,
    table: str | None = None,
    since: str | None = None,
    until: str | None = None,
    record_id: str | None = None,
    limit: int = 1000,
) -> list[ChangeRow]:
    """Newest first. ``since``/``until`` are ISO dates, both inclusive.

    Plain SQL on any :class:`SqlRunner`: ``sanzhi log`` passes the bare connection
    and so never imports sqlite-utils.
    """
    where, params = ["1 = 1"], []
    if table:
        where.append("table_name = ?")
        params.append(table)
    if record_id:
        where.append("record_id = ?")
        params.append(record_id)
    if since:
        where.append("substr(at, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append("substr(at, 1, 10) <= ?")
        params.append(until)
    sql = (
        "SELECT seq, rev, table_name, record_id, action, operator, at, before, after "
        f"FROM changes WHERE {' AND '.join(where)} ORDER BY seq DESC LIMIT ?"
    )
    rows = db.execute(sql, [*params, limit]).fetchall()
    return [
        ChangeRow(
            seq=r[0],
            rev=r[1],
            table_name=r[2],
            record_id=r[3],
            action=r[4],
            operator=r[5],
            at=r[6],
            before=json.loads(r[7]) if r[7] else None,
            after=json.loads(r[8]) if r[8] else None,
        )
        for r in rows
    ]


def count_changes(db: SqlRunner) -> int:
    return int(db.execute("SELECT count(*) FROM changes").fetchone()[0])


def last_seq(db: SqlRunner) -> int:
    """The newest change-log row's number (0 for an empty log): a mark to read changes after."""
    return int(db.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0])


def tables_since(db: SqlRunner, seq: int) -> frozenset[str]:
    """The tables of the change-log rows written after mark ``seq``."""
    rows = db.execute("SELECT DISTINCT table_name FROM changes WHERE seq > ?", [seq]).fetchall()
    return frozenset(str(r[0]) for r in rows)


def counts_by_table(db: SqlRunner, *, start: str, end: str) -> list[tuple[str, str, int]]:
    """(table, action, count) of the change log between two ISO dates (the year's summary)."""
    rows = db.execute(
        "SELECT table_name, action, COUNT(*) FROM changes "
        "WHERE substr(at, 1, 10) BETWEEN ? AND ? GROUP BY table_name, action "
        "ORDER BY table_name, action",
        [start, end],
    )
    return [(str(t), str(a), int(n)) for t, a, n in rows.fetchall()]
