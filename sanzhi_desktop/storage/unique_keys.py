"""The rows of a batch that a unique index may refuse, found before the batch is written.

A sync import writes a table's records 20,000 at a time with ``executemany``.
Besides the primary key, a table may have unique indexes (a village's 户号,
a person's ID number over the whole town), and two PCs of one village, or two
villages, can both hold one key under different ids. Such a row is a conflict,
not an error: the row is kept aside and the rest is written.

Finding it by letting the batch fail meant rolling back the whole batch and
writing it again row by row (a file with a few taken ID numbers cost 41 %
more than a clean one). :func:`contested_ids` finds them first, with one query
per unique index over the batch's keys and the stored rows holding those keys,
so the caller writes the others in bulk and only the contested rows one by one.

Which rows are contested: for every key (of every unique index) that two or
more ids would hold — among the rows to write (their new values) and the
stored rows (their current values) — every row to write whose id is one of
them. A row that is not contested neither takes a key another row wants nor
frees one: written in bulk, before or after the contested ones, it cannot fail
and cannot change whether another row fails. The contested rows, written one
by one in the file's order, meet the indexes exactly as they would have in a
row-by-row merge. Partial indexes (``WHERE deleted = 0``) are honoured by
evaluating their own condition, in SQL, on both sides.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class UniqueIndex:
    """A unique index other than the primary key: its key columns and its partial condition."""

    name: str
    columns: tuple[str, ...]
    #: The index's ``WHERE`` condition (``""`` for a full index).
    where: str
    #: Every column the condition names (and the key columns): what a row must carry.
    needed: tuple[str, ...]


_WHERE = re.compile(r"\bWHERE\b(.*)\Z", re.IGNORECASE | re.DOTALL)


def unique_indexes(conn: sqlite3.Connection, table: str) -> list[UniqueIndex] | None:
    """The table's unique indexes besides its primary key; None if one is on an expression."""
    found = []
    for _seq, name, unique, origin, partial in conn.execute(f"PRAGMA index_list([{table}])"):
        if not unique or origin == "pk":
            continue
        keys = [row[2] for row in conn.execute(f"PRAGMA index_info([{name}])")]
        if any(key is None for key in keys):
            return None  # an expression: not a column this module can read from a row
        where = ""
        if partial:
            row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()
            match = _WHERE.search(str(row[0] if row else ""))
            if match is None:
                return None
            where = match.group(1).strip()
        columns = [str(row[1]) for row in conn.execute(f"PRAGMA table_info([{table}])")]
        named = {c for c in columns if re.search(rf"\b{re.escape(c)}\b", where)}
        needed = tuple(dict.fromkeys([*keys, *sorted(named)]))
        found.append(UniqueIndex(str(name), tuple(str(k) for k in keys), where, needed))
    return found


def contested_ids(
    db: sqlite_utils.Database, table: str, rows: Sequence[dict[str, Any]]
) -> set[str] | None:
    """The ids among ``rows`` (about to be written) that a unique index may refuse.

    None when that cannot be told beforehand — an index on an expression, or
    a row without a column an index reads (a file from an older program: an
    update keeps the stored value, an insert takes the default) — and the
    caller writes the batch as before, falling back to one row at a time if
    it fails.
    """
    conn = db.conn
    indexes = unique_indexes(conn, table)
    if indexes is None:
        return None
    contested: set[str] = set()
    for index in indexes:
        found = _contested(conn, table, index, rows)
        if found is None:
            return None
        contested |= found
    return contested


def _contested(
    conn: sqlite3.Connection, table: str, index: UniqueIndex, rows: Sequence[dict[str, Any]]
) -> set[str] | None:
    needed = index.needed
    if any(column not in row for row in rows for column in needed):
        return None
    if not rows:
        return set()
    names = ", ".join(f"[{c}]" for c in ("id", *needed))
    picks = ", ".join(f"json_extract(value, '$[{n}]')" for n in range(len(needed) + 1))
    keys = ", ".join(f"[{c}]" for c in index.columns)
    not_null = " AND ".join(f"[{c}] IS NOT NULL" for c in index.columns)
    where = f"({index.where}) AND {not_null}" if index.where else not_null
    sql = (
        f"WITH incoming({names}) AS MATERIALIZED (SELECT {picks} FROM json_each(?)), "
        f"wanted AS MATERIALIZED (SELECT [id], {keys} FROM incoming WHERE {where}) "
        f"SELECT [id], {keys} FROM wanted UNION ALL "
        f"SELECT [id], {keys} FROM [{table}] WHERE {where} "
        f"AND ({keys}) IN (SELECT {keys} FROM wanted)"
    )
    batch = json.dumps([[row["id"], *(row[c] for c in needed)] for row in rows], ensure_ascii=False)
    holders: dict[tuple[Any, ...], set[str]] = {}
    for record_id, *key in conn.execute(sql, [batch]):
        holders.setdefault(tuple(key), set()).add(str(record_id))
    writing = {str(row["id"]) for row in rows}
    return {i for ids in holders.values() if len(ids) > 1 for i in ids if i in writing}
