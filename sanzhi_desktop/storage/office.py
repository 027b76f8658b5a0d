"""The office profile row and the key/value settings (operators, language)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.domain.office import OfficeProfile

if TYPE_CHECKING:
    import sqlite_utils

    from sanzhi_desktop.storage.connection import SqlRunner


def read_profile(db: SqlRunner) -> OfficeProfile | None:
    cursor = db.execute("SELECT * FROM office WHERE id = 1")
    row = cursor.fetchone()
    if row is None:
        return None
    return OfficeProfile.from_record(
        dict(zip([c[0] for c in cursor.description], row, strict=True))
    )


def write_profile(db: sqlite_utils.Database, profile: OfficeProfile) -> None:
    """Insert the one profile row; the CHECK (id = 1) makes a second one impossible."""
    record = {"id": 1, **profile.to_record()}
    db["office"].insert(record)  # type: ignore[union-attr]


def get_setting(db: SqlRunner, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(db: SqlRunner, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False)],
    )


def table_counts(db: SqlRunner, tables: list[str]) -> dict[str, int]:
    """Live (not deleted) rows per synced table."""
    return {
        table: int(db.execute(f"SELECT count(*) FROM [{table}] WHERE deleted = 0").fetchone()[0])
        for table in tables
    }
