"""Full-text indexes brought up to date a batch at a time instead of a row at a time.

Every trigram index (``<table>_fts``, FTS5 over the table's own rows) is kept
by the three triggers sqlite-utils' ``enable_fts`` creates (``<table>_ai``,
``_ad``, ``_au``). That suits a clerk's edits. It does not suit a sync import
writing 20,000 rows at once: a trigger writing to an FTS5 table makes every
row a statement transaction of its own, FTS5 writes its pending terms to disk
at each one, and every row becomes a small segment to merge later. Measured on
a town importing persons: ~30 µs of ~60 µs per record at 10,000 records,
~37 µs at 1,000,000; one ``INSERT … SELECT`` for the whole batch costs ~2.5 µs
per row and grows far less.

:func:`indexed_in_bulk` does that for a batch writer. Inside a savepoint it
drops the triggers, removes the old terms of the rows about to be updated,
lets the caller write, indexes every written row and re-creates the triggers
from their own SQL. Any error rolls back to the savepoint, triggers included:
the index is never left without its triggers, nor out of step with its table.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

#: Below this many rows the triggers cost less than dropping and re-creating
#: them (each drop or create makes SQLite re-read the schema).
BULK_MIN_ROWS = 200

_TRIGGER_SUFFIXES = ("_ai", "_ad", "_au")


@dataclass(frozen=True)
class TriggerKeptIndex:
    """A table's FTS5 index and the triggers that keep it (their ``CREATE`` statements)."""

    table: str
    fts: str
    columns: tuple[str, ...]
    triggers: tuple[tuple[str, str], ...]


def trigger_kept_index(conn: sqlite3.Connection, table: str) -> TriggerKeptIndex | None:
    """The full-text index of ``table`` kept by exactly its three FTS triggers, else None.

    A table with any other trigger is left to its triggers: dropping them
    would skip work this module does not know how to redo.
    """
    fts = f"{table}_fts"
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [fts]).fetchone() is None:
        return None
    triggers = tuple(
        (str(name), str(sql))
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "ORDER BY name",
            [table],
        )
    )
    expected = {table + suffix for suffix in _TRIGGER_SUFFIXES}
    if {name for name, _ in triggers} != expected or any(fts not in sql for _, sql in triggers):
        return None
    columns = tuple(str(row[1]) for row in conn.execute(f"PRAGMA table_info([{fts}])"))
    return TriggerKeptIndex(table, fts, columns, triggers)


@contextmanager
def indexed_in_bulk(
    conn: sqlite3.Connection,
    index: TriggerKeptIndex,
    *,
    updated_ids: Iterable[str],
    written_ids: Iterable[str],
) -> Iterator[None]:
    """Write rows of ``index.table`` in the block; the index follows in two statements.

    ``updated_ids`` are the held rows the block will change (their current
    terms are removed first, as the update trigger would); ``written_ids``
    every row it inserts or updates (indexed afterwards). Rows are found by
    ``id``, so it does not matter which rowid SQLite gives a new row.
    """
    names = ", ".join(f"[{column}]" for column in index.columns)
    values = ", ".join(f"t.[{column}]" for column in index.columns)
    conn.execute("SAVEPOINT fulltext_bulk")
    try:
        for name, _ in index.triggers:
            conn.execute(f"DROP TRIGGER [{name}]")
        _for_ids(
            conn,
            f"INSERT INTO [{index.fts}] ([{index.fts}], rowid, {names}) "
            f"SELECT 'delete', t.rowid, {values} FROM {{ids}} JOIN [{index.table}] AS t "
            "ON t.id = ids.value ORDER BY t.rowid",
            updated_ids,
        )
        yield
        _for_ids(
            conn,
            f"INSERT INTO [{index.fts}] (rowid, {names}) "
            f"SELECT t.rowid, {values} FROM {{ids}} JOIN [{index.table}] AS t "
            "ON t.id = ids.value ORDER BY t.rowid",
            written_ids,
        )
        for _, sql in index.triggers:
            conn.execute(sql)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK TO SAVEPOINT fulltext_bulk")
            conn.execute("RELEASE SAVEPOINT fulltext_bulk")
        raise
    conn.execute("RELEASE SAVEPOINT fulltext_bulk")


def _for_ids(conn: sqlite3.Connection, sql: str, ids: Iterable[str]) -> None:
    """Run ``sql`` once, ``{ids}`` standing for a table of ``ids`` (each once) named ``ids``.

    One statement in rowid order: FTS5 writes its pending terms to disk at
    the end of every statement and whenever a rowid comes lower than the one
    before, so both would mean more, smaller segments (measured: by ``id IN``
    lists of 500, in id order, 13 µs per row; one statement in rowid order, 3 µs).
    """
    unique = sorted(set(ids))
    if unique:
        conn.execute(sql.format(ids="json_each(?) AS ids"), [json.dumps(unique)])
