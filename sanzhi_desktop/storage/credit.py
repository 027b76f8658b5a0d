"""Storage for 信用: credit files, yearly ratings and the town's criteria catalogue.

Created by :func:`create_schema`, called by migration ``m010_safety_credit``
together with :func:`storage.safety.create_schema`. ``credit_files`` has one
row per household and ``credit_ratings`` one per household and year, each
with an id derived from that natural key. ``credit_criteria`` is the town's
catalogue (``addressee``). The facts a file holds and the credit line of a
rating are personal: blanked by a privacy erase, never on a public sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table
from sanzhi_desktop.storage.safety import rows

if TYPE_CHECKING:
    import sqlite_utils

CRITERIA = register_synced_table(
    SyncedTable("credit_criteria", "信用评定标准", "credit criteria", town_only=True)
)
FILES = register_synced_table(
    SyncedTable(
        "credit_files",
        "信用农户档案",
        "credit files",
        personal=("income_note", "assets_note", "loan_need", "note"),
    )
)
RATINGS = register_synced_table(
    SyncedTable(
        "credit_ratings", "信用农户评级", "credit ratings", personal=("bad_faith", "bank", "note")
    )
)


def create_schema(db: sqlite_utils.Database) -> None:
    """Create the 信用 tables (part of migration ``m010_safety_credit``)."""
    create_synced_table(
        db,
        "credit_criteria",
        {"addressee": str, "code": str, "description": str, "points": int},
        not_null={"addressee", "code", "description", "points"},
    )
    file_text = ["industry", "income_note", "assets_note", "loan_need", "note"]
    create_synced_table(
        db,
        "credit_files",
        {"household_id": str, "filed_date": str, "labourers": int, **{c: str for c in file_text}},
        not_null={"household_id", "filed_date"},
        defaults={"labourers": 0, **{c: "" for c in file_text}},
    )
    db.execute("CREATE INDEX idx_credit_files_household ON credit_files(household_id)")
    rating_text = ["criteria", "adjustments", "bad_faith", "bank", "line_date", "note"]
    create_synced_table(
        db,
        "credit_ratings",
        {
            "household_id": str,
            "year": int,
            "rated_date": str,
            "panel": str,
            "score": int,
            "base_grade": str,
            "grade": str,
            "credit_line_fen": int,
            **{c: str for c in rating_text},
        },
        not_null={"household_id", "year", "rated_date", "panel", "grade"},
        defaults={
            "score": 0,
            "base_grade": "未评",
            "credit_line_fen": 0,
            **{c: "" for c in rating_text},
        },
    )
    db.execute("CREATE INDEX idx_credit_ratings_year ON credit_ratings(owner, year)")


def list_files(db: sqlite_utils.Database, *, owner: str) -> list[dict[str, Any]]:
    """Live files of live households, with 户号, head and group, in group and 户号 order."""
    return rows(
        db.execute(
            "SELECT f.*, h.household_no, h.head_name, h.group_no FROM credit_files f "
            "JOIN households h ON h.id = f.household_id AND h.deleted = 0 "
            "WHERE f.deleted = 0 AND f.owner = ? ORDER BY h.group_no, h.household_no",
            [owner],
        )
    )


def list_ratings(
    db: sqlite_utils.Database, *, owner: str, year: int | None = None
) -> list[dict[str, Any]]:
    where, params = ["r.deleted = 0", "r.owner = ?"], list[Any]([owner])
    if year is not None:
        where.append("r.year = ?")
        params.append(year)
    return rows(
        db.execute(
            "SELECT r.*, h.household_no, h.head_name, h.group_no FROM credit_ratings r "
            "JOIN households h ON h.id = r.household_id AND h.deleted = 0 "
            f"WHERE {' AND '.join(where)} ORDER BY r.year DESC, h.group_no, h.household_no",
            params,
        )
    )


def coverage_counts(db: sqlite_utils.Database, *, owner: str, year: int) -> tuple[int, int, int]:
    """(live households, of them filed, of the filed rated in ``year``) of one office."""
    row = db.execute(
        """
        SELECT count(*),
          count(f.id),
          count(CASE WHEN f.id IS NOT NULL AND EXISTS (
              SELECT 1 FROM credit_ratings r WHERE r.deleted = 0 AND r.owner = h.owner
              AND r.household_id = h.id AND r.year = ?) THEN 1 END)
        FROM households h
        LEFT JOIN credit_files f ON f.household_id = h.id AND f.deleted = 0
        WHERE h.deleted = 0 AND h.owner = ?
        """,
        [year, owner],
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def grades_of_year(db: sqlite_utils.Database, *, owner: str, year: int) -> dict[str, int]:
    """grade → filed live households holding it in ``year``."""
    found = db.execute(
        "SELECT r.grade, count(*) FROM credit_ratings r "
        "JOIN households h ON h.id = r.household_id AND h.deleted = 0 "
        "JOIN credit_files f ON f.household_id = h.id AND f.deleted = 0 "
        "WHERE r.deleted = 0 AND r.owner = ? AND r.year = ? GROUP BY r.grade",
        [owner, year],
    ).fetchall()
    return {str(grade): int(n) for grade, n in found}


def household_by_no(db: sqlite_utils.Database, household_no: str, *, owner: str) -> str | None:
    row = db.execute(
        "SELECT id FROM households WHERE deleted = 0 AND owner = ? AND household_no = ?",
        [owner, household_no],
    ).fetchone()
    return str(row[0]) if row else None
