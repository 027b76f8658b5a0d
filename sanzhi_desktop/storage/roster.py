"""Roster queries: the person table with its household, search and filters.

Search follows DESIGN.md §5: three characters or more go through the trigram
FTS index on persons; one- and two-character terms (张三, 王) fall back to LIKE
on the base tables, which trigram cannot serve. Household fields (户号, 户主,
address) are always matched with LIKE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.domain.roster import RosterFilter

if TYPE_CHECKING:
    import sqlite_utils

PERSON_COLUMNS = (
    "p.id, p.name, p.sex, p.ethnicity, p.birth_date, p.id_number, p.phone, p.relation, "
    "p.note, p.household_id, h.household_no, h.head_name, h.group_no, h.address, p.updated_at"
)


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_persons(db: sqlite_utils.Database, query: RosterFilter) -> list[dict[str, Any]]:
    """Live persons with their household's fields, ordered by group, 户号, relation."""
    where = ["p.deleted = 0"]
    params: list[Any] = []
    text = query.text.strip()
    if text:
        household_match = (
            "(h.household_no LIKE ? ESCAPE '\\' OR h.head_name LIKE ? ESCAPE '\\' "
            "OR h.address LIKE ? ESCAPE '\\')"
        )
        like = _like(text)
        if len(text) >= 3:
            where.append(
                "(p.rowid IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?) "
                f"OR {household_match})"
            )
            params.extend(['"' + text.replace('"', '""') + '"', like, like, like])
        else:
            where.append(
                "(p.name LIKE ? ESCAPE '\\' OR p.id_number LIKE ? ESCAPE '\\' "
                f"OR p.phone LIKE ? ESCAPE '\\' OR {household_match})"
            )
            params.extend([like] * 6)
    if query.group_no is not None:
        where.append("h.group_no = ?")
        params.append(query.group_no)
    if query.household_id is not None:
        where.append("p.household_id = ?")
        params.append(query.household_id)
    sql = (
        f"SELECT {PERSON_COLUMNS} FROM persons p JOIN households h ON h.id = p.household_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY h.group_no, h.household_no, p.relation != '户主', p.birth_date"
    )
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)}"
    return _rows(db.execute(sql, params))


def list_households(
    db: sqlite_utils.Database, *, group_no: int | None = None
) -> list[dict[str, Any]]:
    """Live households with their member count, in group and 户号 order."""
    where, params = ["h.deleted = 0"], []
    if group_no is not None:
        where.append("h.group_no = ?")
        params.append(group_no)
    sql = (
        "SELECT h.id, h.household_no, h.head_name, h.group_no, h.address, h.note, "
        "(SELECT count(*) FROM persons p WHERE p.household_id = h.id AND p.deleted = 0) "
        "AS members FROM households h "
        f"WHERE {' AND '.join(where)} ORDER BY h.group_no, h.household_no"
    )
    return _rows(db.execute(sql, params))


def list_group_numbers(db: sqlite_utils.Database) -> list[int]:
    rows = db.execute(
        "SELECT DISTINCT group_no FROM households WHERE deleted = 0 ORDER BY group_no"
    ).fetchall()
    return [int(r[0]) for r in rows]


def find_household_by_no(
    db: sqlite_utils.Database, owner: str, household_no: str
) -> dict[str, Any] | None:
    rows = _rows(
        db.execute(
            "SELECT * FROM households WHERE owner = ? AND household_no = ? AND deleted = 0",
            [owner, household_no],
        )
    )
    return rows[0] if rows else None


def find_person_by_id_number(db: sqlite_utils.Database, id_number: str) -> dict[str, Any] | None:
    rows = _rows(
        db.execute(
            # "id_number != ''" lets SQLite use the partial unique index (else: a full scan)
            "SELECT * FROM persons WHERE id_number = ? AND id_number != '' AND deleted = 0",
            [id_number],
        )
    )
    return rows[0] if rows else None


def live_member_ids(db: sqlite_utils.Database, household_id: str) -> list[str]:
    rows = db.execute(
        "SELECT id FROM persons WHERE household_id = ? AND deleted = 0", [household_id]
    ).fetchall()
    return [str(r[0]) for r in rows]
