"""Stored pinyin sort keys, so a list sorted by name can be read from SQL a page at a time.

SQLite has no Chinese collation, and a lazy list (the roster of a town: 110,000
persons) must not read every row into Python to sort it. ``name_sort_keys``
maps each distinct text (a name, a household head, an ethnicity…) to
:func:`domain.names.pinyin_sort_key`, whose plain order is the pinyin order the
GUI's collator gives; a query joins it and orders by ``key``.

The table is local (not synced, no change log): it is a cache of a pure
function of the text, so any row may be rebuilt at any time. Keys are added
for the texts of one column when a list is first sorted by it
(:func:`add_missing_keys`), not by triggers: a trigger on ``persons`` would
cost every row of a sync import and keep the import from indexing its
full-text terms in bulk (``storage/fulltext.py`` leaves a table with other
triggers alone).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from sanzhi_desktop.domain.names import pinyin_sort_key

if TYPE_CHECKING:
    import sqlite_utils

TABLE = "name_sort_keys"
#: The texts that may be sorted by key: table → columns (a whitelist: names become SQL).
KEYED_COLUMNS: dict[str, tuple[str, ...]] = {
    "persons": ("name", "sex", "ethnicity", "relation"),
    "households": ("head_name", "address"),
    "mediation_cases": ("dispute_type",),
    "mediation_parties": ("name",),
}


#: (connection, table, column) → the file's state when its texts were last all keyed
_KEYED: dict[tuple[int, str, str], tuple[int, int]] = {}


def create_schema(db: sqlite_utils.Database) -> None:
    """The key table, filled for the names already held (m016_roster_sort_key)."""
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (text TEXT PRIMARY KEY, key TEXT NOT NULL) "
        "WITHOUT ROWID"
    )
    for table, columns in KEYED_COLUMNS.items():
        for column in columns:
            add_missing_keys(db, table, column)


def add_missing_keys(
    db: sqlite_utils.Database | sqlite3.Connection, table: str, column: str
) -> int:
    """Key every text of ``table.column`` that has none yet; how many were added.

    A file that cannot be written (a read-only folder) keeps what it has:
    the texts without a key sort after the others, in plain order.
    """
    if column not in KEYED_COLUMNS.get(table, ()):
        raise ValueError(f"{table}.{column} is not sorted by key")
    conn: sqlite3.Connection = getattr(db, "conn", db)  # type: ignore[arg-type]
    # Nothing written to the file since this column was last keyed on this connection
    # (no commit elsewhere: data_version; none here: total_changes): no scan needed.
    state = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    if _KEYED.get((id(conn), table, column)) == state:
        return 0
    missing = conn.execute(
        f"SELECT DISTINCT t.[{column}] FROM [{table}] t WHERE t.[{column}] IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM {TABLE} k WHERE k.text = t.[{column}])"
    ).fetchall()
    if not missing:
        _KEYED[(id(conn), table, column)] = state
        return 0
    rows = [(str(text), pinyin_sort_key(str(text))) for (text,) in missing]
    conn.execute("SAVEPOINT name_keys")
    try:
        conn.executemany(f"INSERT OR IGNORE INTO {TABLE} (text, key) VALUES (?, ?)", rows)
    except sqlite3.OperationalError:
        conn.execute("ROLLBACK TO name_keys")
        conn.execute("RELEASE name_keys")
        return 0
    conn.execute("RELEASE name_keys")
    _KEYED[(id(conn), table, column)] = (
        conn.execute("PRAGMA data_version").fetchone()[0],
        conn.total_changes,
    )
    return len(rows)


def key_of(alias: str, column: str, key_alias: str) -> tuple[str, str]:
    """The join and the ORDER BY term that sort ``alias.column`` in pinyin order."""
    join = f"LEFT JOIN {TABLE} {key_alias} ON {key_alias}.text = {alias}.[{column}]"
    return join, f"coalesce({key_alias}.key, char(1114111) || {alias}.[{column}])"
