"""The county's PostgreSQL schema, made from the town's (issue 24).

**The record tables are generated, not written.** :func:`town_tables` migrates
an empty SQLite database in memory — exactly what a new town's file is — and
reads every synced table back with ``PRAGMA table_info`` and
``PRAGMA index_list``. So a migration added for the towns reaches the county
the next time ``sanzhi county init`` (or an ingest) runs: new tables are
created, new columns added, nothing here to edit.

How a SQLite table becomes a PostgreSQL one:

- types by SQLite's declared type: INTEGER → ``bigint`` (SQLite's integers are
  64-bit), TEXT → ``text``, REAL → ``double precision``, BLOB → ``bytea``; a
  declared type outside these is an error here, not a guess;
- every text column is ``COLLATE "C"``: byte order, which for UTF-8 is code
  point order — SQLite's BINARY collation. Comparisons, ``ORDER BY`` and the
  merge's ``(rev, rev_site)`` order are then the town's, whatever locale the
  county's database was created with;
- NOT NULL and literal defaults (numbers, quoted strings) as declared;
- a leading ``town`` column (the first 9 digits of ``owner``, checked) and
  the primary key ``(town, id)``: the table is **list-partitioned by town**,
  one partition per enrolled town (:func:`add_town_partition`). A town's
  ingest then touches its own partition's indexes only, a town's figures read
  one partition, and a later Citus can distribute on the same key;
- the town's indexes, on the same columns. A UNIQUE index becomes a plain
  one: the county never writes a record, uniqueness is the writer's rule
  (checked where the record is made), and versions arriving in any order may
  pass through states the writer never had (a deleted household and its
  successor under one number);
- one more index, on ``id`` alone: the import check "a row already stored
  under that id has the same owner" looks an id up across towns.

County tables beside them: ``county_meta`` (schema version), ``county_towns``
(enrolled town cards), ``county_ingests`` (the ledger: one row per bundle file
by its SHA-256, its town, seq, status and counts), ``county_payloads`` (the
signed files inside the bundles that were imported) and ``county_refusals``
(every refusal, with its Chinese reason).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage import connection, migrations
from sanzhi_desktop.storage.records import SYNCED_TABLES

if TYPE_CHECKING:
    import psycopg

#: How a town code looks (6 county + 3 town digits): it names partitions.
TOWN_CODE = re.compile(r"^[0-9]{9}$")

#: SQLite's declared type → PostgreSQL's.
PG_TYPES = {
    "INTEGER": "bigint",
    "TEXT": "text",
    "REAL": "double precision",
    "BLOB": "bytea",
}

#: A default PostgreSQL reads as SQLite does: a number or a quoted string.
_LITERAL_DEFAULT = re.compile(r"^(?:-?[0-9]+(?:\.[0-9]+)?|'(?:[^']|'')*')$")

#: Bumped when the county's own tables change (the record tables follow the town's).
COUNTY_TABLES_VERSION = 2


@dataclass(frozen=True)
class PgColumn:
    """A column of a town table, as SQLite declares it and as PostgreSQL gets it."""

    name: str
    declared_type: str
    not_null: bool
    #: The SQLite default as SQL text (a literal), None when there is none.
    default: str | None

    @property
    def pg_type(self) -> str:
        return PG_TYPES[self.declared_type.upper()]

    @property
    def has_default(self) -> bool:
        return self.default is not None


@dataclass(frozen=True)
class PgTable:
    """A synced town table as the county holds it."""

    name: str
    columns: tuple[PgColumn, ...]
    #: (index name, its columns), the town's indexes.
    indexes: tuple[tuple[str, tuple[str, ...]], ...]
    town_only: bool

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def partition(self, town_code: str) -> str:
        return partition_name(self.name, town_code)


def partition_name(table: str, town_code: str) -> str:
    """``notices_t610722100``: the partition of ``table`` holding one town's rows."""
    return f"{table}_t{check_town_code(town_code)}"


def check_town_code(code: str) -> str:
    if not TOWN_CODE.match(code):
        raise ValueError(f"not a 9-digit town code: {code!r}")
    return code


@functools.cache
def town_tables() -> tuple[PgTable, ...]:
    """Every synced table of a freshly migrated town database, in name order."""
    conn = sqlite3.connect(":memory:")
    try:
        migrations.runner().apply(connection.as_database(conn))
        return tuple(_read_table(conn, name) for name in sorted(SYNCED_TABLES))
    finally:
        conn.close()


def town_table(name: str) -> PgTable:
    for table in town_tables():
        if table.name == name:
            return table
    raise KeyError(name)


def _read_table(conn: sqlite3.Connection, name: str) -> PgTable:
    columns = []
    for _cid, col, declared, notnull, default, _pk in conn.execute(f"PRAGMA table_info([{name}])"):
        if str(declared).upper() not in PG_TYPES:
            raise ValueError(f"{name}.{col}: no PostgreSQL type for SQLite's {declared!r}")
        if default is not None and not _LITERAL_DEFAULT.match(str(default)):
            raise ValueError(f"{name}.{col}: default {default!r} is not a literal")
        columns.append(PgColumn(str(col), str(declared), bool(notnull), default))
    indexes = []
    for _seq, index, _unique, origin, _partial in conn.execute(f"PRAGMA index_list([{name}])"):
        if origin == "pk":
            continue  # the primary key is (town, id) here
        cols = tuple(str(r[2]) for r in conn.execute(f"PRAGMA index_info([{index}])"))
        indexes.append((str(index), cols))
    return PgTable(name, tuple(columns), tuple(sorted(indexes)), SYNCED_TABLES[name].town_only)


# --- DDL ------------------------------------------------------------------------------


def _column_ddl(column: PgColumn) -> str:
    parts = [_ident(column.name), column.pg_type]
    if column.pg_type == "text":
        parts.append('COLLATE "C"')
    if column.default is not None:
        parts.append(f"DEFAULT {column.default}")
    if column.not_null:
        parts.append("NOT NULL")
    return " ".join(parts)


def _ident(name: str) -> str:
    """A quoted identifier (the schema's names are plain words; ``on`` is reserved)."""
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
        raise ValueError(f"unexpected identifier {name!r}")
    return f'"{name}"'


def table_ddl(table: PgTable) -> list[str]:
    """CREATE statements of one partitioned record table and its indexes (idempotent)."""
    columns = ",\n  ".join(_column_ddl(c) for c in table.columns)
    name = _ident(table.name)
    statements = [
        f'CREATE TABLE IF NOT EXISTS {name} (\n  "town" text COLLATE "C" NOT NULL,\n'
        f"  {columns},\n"
        f'  CONSTRAINT {_ident(table.name + "_town_owner")} CHECK ("town" = left("owner", 9)),\n'
        f'  PRIMARY KEY ("town", "id")\n) PARTITION BY LIST ("town")'
    ]
    for index, cols in (*table.indexes, (f"idx_{table.name}_id", ("id",))):
        statements.append(
            f"CREATE INDEX IF NOT EXISTS {_ident(index)} ON {name} "
            f"({', '.join(_ident(c) for c in cols)})"
        )
    return statements


COUNTY_DDL = (
    """CREATE TABLE IF NOT EXISTS county_meta (
  key text COLLATE "C" PRIMARY KEY,
  value text NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS county_towns (
  code text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),
  name text NOT NULL,
  fingerprint text NOT NULL,
  card jsonb NOT NULL,
  enrolled_at timestamptz NOT NULL DEFAULT now()
)""",
    # Village names, from the countersigned village cards that come with each town's file.
    """CREATE TABLE IF NOT EXISTS county_villages (
  code text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
  town text COLLATE "C" NOT NULL,
  name text NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS county_ingests (
  file_sha256 text COLLATE "C" PRIMARY KEY,
  file_name text NOT NULL,
  town text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('imported', 'refused')),
  message text NOT NULL DEFAULT '',
  counts jsonb NOT NULL DEFAULT '{}',
  payloads integer NOT NULL DEFAULT 0,
  changed bigint NOT NULL DEFAULT 0,
  at timestamptz NOT NULL DEFAULT now()
)""",
    "CREATE INDEX IF NOT EXISTS idx_county_ingests_town ON county_ingests (town, seq)",
    """CREATE TABLE IF NOT EXISTS county_payloads (
  manifest_sha256 text COLLATE "C" NOT NULL,
  sender text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  town text COLLATE "C" NOT NULL,
  file_sha256 text COLLATE "C" NOT NULL REFERENCES county_ingests (file_sha256),
  schema_version integer NOT NULL,
  max_rev bigint NOT NULL,
  counts jsonb NOT NULL,
  PRIMARY KEY (sender, manifest_sha256)
)""",
    # Raised from inside the upsert when a stored row's owner is not the incoming one's
    # (DESIGN.md §3): the check costs nothing for the rows that do not conflict.
    """CREATE OR REPLACE FUNCTION county_owner_clash(
  tbl text, rid text, stored text, incoming text
) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'SZ001', MESSAGE = 'owner clash',
    DETAIL = json_build_object('table', tbl, 'id', rid, 'stored', stored, 'incoming', incoming);
END
$$""",
    """CREATE TABLE IF NOT EXISTS county_refusals (
  id bigserial PRIMARY KEY,
  file_sha256 text COLLATE "C" NOT NULL,
  file_name text NOT NULL,
  town text COLLATE "C" NOT NULL DEFAULT '',
  reason text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
)""",
)


def create_county_schema(conn: psycopg.Connection[Any]) -> None:
    """Create — or bring up to this program's schema — every table of the county.

    Idempotent and additive: tables and indexes that exist stay, a column a
    later town migration added is added (with its default), a table it added
    is created with a partition for every enrolled town. Runs in one
    transaction.
    """
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(hashtext('sanzhi county schema'))")
        for statement in COUNTY_DDL:
            cur.execute(statement)
        cur.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        )
        existing: dict[str, set[str]] = {}
        for table_name, column_name in cur.fetchall():
            existing.setdefault(str(table_name), set()).add(str(column_name))
        cur.execute("SELECT code FROM county_towns ORDER BY code")
        towns = [str(row[0]) for row in cur.fetchall()]
        for table in town_tables():
            have = existing.get(table.name, set())
            for column in table.columns if have else ():
                if column.name not in have:
                    cur.execute(
                        f"ALTER TABLE {_ident(table.name)} ADD COLUMN {_column_ddl(column)}"
                    )
            for statement in table_ddl(table):
                cur.execute(statement)
            for town in towns:
                _create_partition(cur, table, town)
        cur.execute(
            "INSERT INTO county_meta (key, value) VALUES ('schema_version', %s), "
            "('county_tables_version', %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(migrations.latest_schema_version()), str(COUNTY_TABLES_VERSION)),
        )


def set_county_identity(conn: psycopg.Connection[Any], *, code: str, name: str) -> None:
    """The county's code and name in ``county_meta`` (what its sheets are headed with)."""
    conn.execute(
        "INSERT INTO county_meta (key, value) VALUES ('code', %s), ('name', %s)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (code, name),
    )


def schema_version(conn: psycopg.Connection[Any]) -> int | None:
    """The town schema version the county's tables were last brought to (None: not a county)."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('county_meta') IS NOT NULL")
        row = cur.fetchone()
        if not row or not row[0]:
            return None
        cur.execute("SELECT value FROM county_meta WHERE key = 'schema_version'")
        found = cur.fetchone()
        return int(found[0]) if found else None


def is_current(conn: psycopg.Connection[Any]) -> bool:
    """Whether the county's tables are this program's (else :func:`create_county_schema`)."""
    if schema_version(conn) != migrations.latest_schema_version():
        return False
    with conn.cursor() as cur:
        cur.execute("SELECT value FROM county_meta WHERE key = 'county_tables_version'")
        found = cur.fetchone()
    return found is not None and int(found[0]) == COUNTY_TABLES_VERSION


def add_town_partition(conn: psycopg.Connection[Any], town_code: str) -> None:
    """A partition of every record table for ``town_code`` (idempotent)."""
    check_town_code(town_code)
    with conn.transaction(), conn.cursor() as cur:
        for table in town_tables():
            _create_partition(cur, table, town_code)


def _create_partition(cur: psycopg.Cursor[Any], table: PgTable, town_code: str) -> None:
    cur.execute(
        f"CREATE TABLE IF NOT EXISTS {_ident(table.partition(town_code))} "
        f"PARTITION OF {_ident(table.name)} FOR VALUES IN ('{check_town_code(town_code)}')"
    )
