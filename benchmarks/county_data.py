"""A county's PostgreSQL filled from town data files, row for row (benchmarks and tests).

The county's own ingest (bundles, signatures, upserts) has its own tests and
benchmark; the scorecard only needs the same rows in both places, so this
enrolls a town (a ``county_towns`` row and its partitions, by
:mod:`storage.pg.schema`) and COPYs its file's synced rows in. ``as_town``
copies one town file as another town (every ``owner`` and village code
given the new town's nine digits): twenty towns from one file, for the
400-village benchmark, with ids kept (the key is ``(town, id)``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sanzhi_desktop.storage.pg import schema

#: Columns holding an office code, rewritten by ``as_town``.
CODE_COLUMNS = ("owner", "village_code", "addressee")


def copy_town(pg: Any, town_db: Path, *, town_code: str, town_name: str, as_town: str = "") -> int:
    """Copy every synced row of ``town_db`` into ``pg`` (autocommit); the rows copied."""
    target = as_town or town_code
    pg.execute(
        "INSERT INTO county_towns (code, name, fingerprint, card) VALUES (%s, %s, '', '{}') "
        "ON CONFLICT (code) DO NOTHING",
        [target, town_name],
    )
    schema.add_town_partition(pg, target)
    copied = 0
    with sqlite3.connect(town_db) as conn:
        for table in schema.town_tables():
            names = table.column_names
            quoted = ", ".join(f'"{n}"' for n in names)
            rows = conn.execute(f"SELECT {quoted} FROM [{table.name}]").fetchall()
            recode = [i for i, n in enumerate(names) if n in CODE_COLUMNS]
            owner = names.index("owner")
            with (
                pg.cursor() as cursor,
                cursor.copy(f'COPY "{table.name}" (town, {quoted}) FROM STDIN') as copy,
            ):
                for row in rows:
                    values = list(row)
                    for i in recode:
                        if isinstance(values[i], str) and values[i].startswith(town_code):
                            values[i] = target + values[i][len(town_code) :]
                    copy.write_row([str(values[owner])[:9], *values])
            copied += len(rows)
    return copied


def synthetic_county(url: str, folder: Path, towns: dict[str, str], *, villages: int = 3) -> None:
    """Fill the county at ``url`` with ``towns`` (code → name), each a copy of one synthetic
    town (benchmarks/scorecard.py's: ``villages`` villages, this year's records)."""
    import psycopg

    from benchmarks.scorecard import TOWN, make_town
    from sanzhi_desktop.storage import clock

    town_db = folder / f"synthetic-town-{villages}.db"
    if not town_db.exists():
        make_town(town_db, villages=villages, years=1, last_year=clock.today().year)
    with psycopg.connect(url, autocommit=True) as pg:
        for code, name in towns.items():
            copy_town(pg, town_db, town_code=TOWN, town_name=name, as_town=code)
