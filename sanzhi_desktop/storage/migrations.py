"""The schema, as an append-only list of migrations.

Each migration is a function registered on :data:`MIGRATIONS` (sqlite-utils'
``Migrations``), applied in its own transaction together with its record in
``_sqlite_migrations``. Never edit a migration that has shipped: add the next
one. The schema version reported by ``sanzhi info`` and written into sync
manifests is the number of migrations applied.

Before migrating a file that already holds data, :func:`migrate` copies it to
the backup directory, so a migration bug can never cost the clerk a record.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from sanzhi_desktop.storage import boards, clock, mediation, moral, sync_ledger
from sanzhi_desktop.storage.connection import backup_to
from sanzhi_desktop.storage.records import (
    SyncedTable,
    create_synced_table,
    new_id,
    register_synced_table,
    set_meta,
)

MIGRATIONS = Migrations("sanzhi")


HOUSEHOLDS = register_synced_table(
    SyncedTable("households", "户", "households", personal=("address",))
)
PERSONS = register_synced_table(
    SyncedTable("persons", "村民", "persons", personal=("id_number", "phone", "birth_date"))
)


@MIGRATIONS()
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


@MIGRATIONS()
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
MIGRATIONS(name="m003_boards")(boards.create_schema)
MIGRATIONS(name="m004_moral")(moral.create_schema)
MIGRATIONS(name="m005_mediation")(mediation.create_schema)
MIGRATIONS(name="m006_sync")(sync_ledger.create_schema)


def schema_version(db: sqlite_utils.Database) -> int:
    """How many migrations this file has had applied."""
    return len(MIGRATIONS.applied(db))


def latest_schema_version() -> int:
    return len(MIGRATIONS._migrations)


def migrate(db: sqlite_utils.Database, *, backup_dir: Path, label: str = "data") -> Path | None:
    """Apply pending migrations; back the file up first if it already holds a schema.

    Returns the backup's path, or None when none was needed (a new file, or
    nothing pending).
    """
    pending = MIGRATIONS.pending(db)
    if not pending:
        return None
    backup: Path | None = None
    if MIGRATIONS.applied(db):
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_to(db, backup_dir / f"{label}-before-{pending[0].name}-{stamp}.db")
    MIGRATIONS.apply(db)
    return backup
