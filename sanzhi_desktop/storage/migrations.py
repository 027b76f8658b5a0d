"""The schema, as an append-only list of migrations.

Each migration is a function registered, in order, with :func:`migration`;
they are applied by sqlite-utils' ``Migrations``, each in its own transaction
together with its record in ``_sqlite_migrations``. Reading the schema
version is plain SQL on that table, so opening an up-to-date file does not
import sqlite-utils at all (the window paints sooner). Never edit a migration
that has shipped: add the next one. The schema version reported by
``sanzhi info`` and written into sync manifests is the number of migrations
applied.

Before migrating a file that already holds data, :func:`migrate` copies it to
the backup directory, so a migration bug can never cost the clerk a record.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sanzhi_desktop.storage import (
    boards,
    civic,
    clock,
    county_forward,
    credit,
    law,
    mediation,
    moral,
    name_keys,
    party,
    safety,
    scorecard,
    sync_ledger,
)
from sanzhi_desktop.storage.connection import SqlRunner, as_database, backup_to
from sanzhi_desktop.storage.records import (
    SyncedTable,
    create_synced_table,
    new_id,
    register_synced_table,
    set_meta,
)

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

#: The migration set's name in ``_sqlite_migrations`` (never changes).
MIGRATION_SET = "sanzhi"
MIGRATIONS_TABLE = "_sqlite_migrations"

Migration = Callable[["sqlite_utils.Database"], None]

#: (name, function) in the order they are applied; append only.
STEPS: list[tuple[str, Migration]] = []


def migration(fn: Migration, name: str = "") -> Migration:
    """Append ``fn`` to the schema's migrations (under ``name``, default its own)."""
    STEPS.append((name or fn.__name__, fn))
    return fn


HOUSEHOLDS = register_synced_table(
    SyncedTable("households", "户", "households", personal=("address",))
)
PERSONS = register_synced_table(
    SyncedTable("persons", "村民", "persons", personal=("id_number", "phone", "birth_date"))
)


@migration
def m001_core(db: sqlite_utils.Database) -> None:
    """meta (site id, clock), the change log, the office profile and settings."""
    db.create_table("meta", {"key": str, "value": str}, pk="key")
    set_meta(db, "site_id", new_id())
    set_meta(db, "last_rev", "0")
    set_meta(db, "seen_max_rev", "0")
    set_meta(db, "created_at", clock.now_iso())
    db.execute(
        """
        CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            rev INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            operator TEXT NOT NULL,
            at TEXT NOT NULL,
            before TEXT,
            after TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_changes_table_at ON changes(table_name, at)")
    db.execute("CREATE INDEX idx_changes_rev ON changes(rev)")
    db.execute("CREATE INDEX idx_changes_record ON changes(table_name, record_id)")
    db.execute(
        """
        CREATE TABLE office (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            kind TEXT NOT NULL CHECK (kind IN ('village', 'town')),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            town_name TEXT NOT NULL,
            town_code TEXT NOT NULL,
            supervision_phone TEXT NOT NULL DEFAULT '',
            town_supervision_phone TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )
        """
    )
    db.create_table("settings", {"key": str, "value": str}, pk="key")


@migration
def m002_roster(db: sqlite_utils.Database) -> None:
    """Households and persons, with trigram full-text search on persons."""
    create_synced_table(
        db,
        "households",
        {"household_no": str, "head_name": str, "group_no": int, "address": str, "note": str},
        not_null={"household_no", "head_name", "group_no"},
        defaults={"address": "", "note": ""},
    )
    db.execute(
        "CREATE UNIQUE INDEX idx_households_no ON households(owner, household_no) WHERE deleted = 0"
    )
    db.execute("CREATE INDEX idx_households_group ON households(group_no)")
    create_synced_table(
        db,
        "persons",
        {
            "household_id": str,
            "name": str,
            "sex": str,
            "ethnicity": str,
            "birth_date": str,
            "id_number": str,
            "phone": str,
            "relation": str,
            "note": str,
        },
        not_null={"household_id", "name", "sex"},
        defaults={
            "ethnicity": "汉族",
            "birth_date": "",
            "id_number": "",
            "phone": "",
            "relation": "其他",
            "note": "",
        },
    )
    db.execute("CREATE INDEX idx_persons_household ON persons(household_id)")
    db.execute(
        "CREATE UNIQUE INDEX idx_persons_id_number ON persons(id_number) "
        "WHERE deleted = 0 AND id_number != ''"
    )
    db["persons"].enable_fts(  # type: ignore[union-attr]
        ["name", "id_number", "phone", "note"], tokenize="trigram", create_triggers=True
    )


# Each part of the program keeps its schema beside its queries; the order here is
# the order of the migrations and never changes once released.
migration(boards.create_schema, "m003_boards")
migration(moral.create_schema, "m004_moral")
migration(mediation.create_schema, "m005_mediation")
migration(sync_ledger.create_schema, "m006_sync")


@migration
def m007_drop_rev_only_indexes(db: sqlite_utils.Database) -> None:
    """Drop the indexes on ``rev`` alone (``idx_<table>_rev``), the change log's included.

    No query uses them: reads of a synced table by ``rev`` also name the owner
    (``idx_<table>_owner_rev`` serves them) and the change log is read by table
    and time or by record. Each was one more index written with every record
    and every change-log row: about a tenth of the time of a sync import.
    """
    names = db.execute(
        "SELECT name FROM sqlite_master "
        "WHERE type = 'index' AND name = 'idx_' || tbl_name || '_rev'"
    ).fetchall()
    for (name,) in names:
        db.execute(f"DROP INDEX [{name}]")


# 法治: 学法, 普法, 宪法入户, the registers, sites, 六无村.
migration(law.create_schema, "m008_law")
# 党建: party members (beside the roster's persons), meetings, the yearly cycle, targets.
migration(party.create_schema, "m009_party")


@migration
def m010_safety_credit(db: sqlite_utils.Database) -> None:
    """平安 (screening, petitions, patrols, the safe-village check) and 信用 (files, ratings)."""
    safety.create_schema(db)
    credit.create_schema(db)


# The 自治/德治 registers (一约五会, 乡贤, 家规家训, 道德讲堂, 移风易俗).
migration(civic.create_schema, "m011_civic")
# The town's 考核: its target catalogue and on-site inspections.
migration(scorecard.create_schema, "m014_scorecard")
# The town's ledgers for its county: countersigned village cards, payloads kept as received.
migration(county_forward.create_schema, "m015_county_forward")
# The pinyin sort keys of names, so the roster's lazy lists sort by name in SQL.
migration(name_keys.create_schema, "m016_roster_sort_key")


def applied_names(db: SqlRunner) -> list[str]:
    """The names of the migrations this file has had applied, in order (plain SQL)."""
    try:
        rows = db.execute(
            f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        ).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []  # a new, empty file
        raise
    return [str(row[0]) for row in rows]


def schema_version(db: SqlRunner) -> int:
    """How many migrations this file has had applied."""
    return len(applied_names(db))


def latest_schema_version() -> int:
    return len(STEPS)


def pending_names(applied: Iterable[str]) -> list[str]:
    """The migrations not among ``applied`` (what :func:`applied_names` read), in order."""
    done = set(applied)
    return [name for name, _fn in STEPS if name not in done]


@functools.cache
def runner() -> Migrations:
    """sqlite-utils' runner over :data:`STEPS`, made when something is to be applied."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in STEPS:
        migrations(name=name)(fn)
    return migrations


def migrate(
    db: sqlite3.Connection | sqlite_utils.Database, *, backup_dir: Path, label: str = "data"
) -> Path | None:
    """Apply pending migrations; back the file up first if it already holds a schema.

    Returns the backup's path, or None when none was needed (a new file, or
    nothing pending).
    """
    conn = db if isinstance(db, sqlite3.Connection) else db.conn
    applied = applied_names(conn)
    pending = pending_names(applied)
    if not pending:
        return None
    backup: Path | None = None
    if applied:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_to(conn, backup_dir / f"{label}-before-{pending[0]}-{stamp}.db")
    runner().apply(as_database(conn))
    return backup
