"""Test helper: a town's synced rows copied as they are into the county's PostgreSQL tables.

The county's own ingest (sync files, signatures, upserts) is tested by the
ingest's tests; the scorecard's tests only need the same rows on both sides,
so this copies a town's file row for row (``town`` = ``owner[:9]``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sanzhi_desktop.storage.records import SYNCED_TABLES

_TYPES = {"INTEGER": "bigint", "REAL": "double precision", "FLOAT": "double precision"}


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(r[1], str(r[2]).upper()) for r in conn.execute(f"PRAGMA table_info([{table}])")]


def create_tables(pg: Any, town_db: Path) -> None:
    """The town's synced tables in PostgreSQL (same columns, plus ``town``), and ``towns``."""
    with sqlite3.connect(town_db) as conn:
        for table in SYNCED_TABLES:
            cols = ", ".join(
                f'"{name}" {_TYPES.get(kind, "text")}' for name, kind in _columns(conn, table)
            )
            pg.execute(
                f'CREATE TABLE IF NOT EXISTS "{table}" (town text NOT NULL, {cols}, '
                "PRIMARY KEY (town, id))"
            )
    pg.execute("CREATE TABLE IF NOT EXISTS towns (code text PRIMARY KEY, name text NOT NULL)")


def copy_town(pg: Any, town_db: Path, *, town_code: str, town_name: str) -> int:
    """Copy every synced row of ``town_db`` into ``pg``; the number of rows copied."""
    copied = 0
    with sqlite3.connect(town_db) as conn:
        for table in SYNCED_TABLES:
            names = [name for name, _ in _columns(conn, table)]
            quoted = ", ".join(f'"{n}"' for n in names)
            rows = conn.execute(f"SELECT {quoted} FROM [{table}]").fetchall()
            owner = names.index("owner")
            with (
                pg.cursor() as cursor,
                cursor.copy(f'COPY "{table}" (town, {quoted}) FROM STDIN') as copy,
            ):
                for row in rows:
                    copy.write_row([str(row[owner])[:9], *row])
            copied += len(rows)
    pg.execute(
        "INSERT INTO towns (code, name) VALUES (%s, %s) ON CONFLICT (code) DO NOTHING",
        [town_code, town_name],
    )
    return copied
