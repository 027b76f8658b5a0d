"""Test helper: a town's synced rows copied as they are into the county's PostgreSQL tables.

The county's own ingest (bundles, signatures, upserts) is tested by the
ingest's tests; the scorecard's tests only need the same rows on both sides,
so this enrolls the town (a row of ``county_towns`` and its partitions, made
by :mod:`storage.pg.schema`) and copies its file row for row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sanzhi_desktop.storage.pg import schema


def copy_town(pg: Any, town_db: Path, *, town_code: str, town_name: str) -> int:
    """Copy every synced row of ``town_db`` into ``pg``; the number of rows copied."""
    pg.execute(
        "INSERT INTO county_towns (code, name, fingerprint, card) VALUES (%s, %s, '', '{}') "
        "ON CONFLICT (code) DO NOTHING",
        [town_code, town_name],
    )
    schema.add_town_partition(pg, town_code)
    copied = 0
    with sqlite3.connect(town_db) as conn:
        for table in schema.town_tables():
            names = table.column_names
            quoted = ", ".join(f'"{n}"' for n in names)
            rows = conn.execute(f"SELECT {quoted} FROM [{table.name}]").fetchall()
            owner = names.index("owner")
            with (
                pg.cursor() as cursor,
                cursor.copy(f'COPY "{table.name}" (town, {quoted}) FROM STDIN') as copy,
            ):
                for row in rows:
                    copy.write_row([str(row[owner])[:9], *row])
            copied += len(rows)
    return copied
