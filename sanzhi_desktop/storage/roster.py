"""Roster queries: the person table with its household, search and filters.

Search follows DESIGN.md §5: three characters or more go through the trigram
FTS index on persons; one- and two-character terms (张三, 王) fall back to LIKE
on the base tables, which trigram cannot serve. Household fields (户号, 户主,
address) are always matched with LIKE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.storage.name_keys import add_missing_keys, key_of
from sanzhi_desktop.storage.pages import RowPages

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


REGISTER_ORDER = "h.group_no, h.household_no, p.relation != '户主', p.birth_date, p.id"
#: The person list's sort keys (the GUI's column keys) → what SQL orders by; names in
#: pinyin through ``name_sort_keys``. A whitelist: nothing the clerk types becomes SQL.
PERSON_ORDERS: dict[str, tuple[str, str]] = {
    "name": ("p", "name"),
    "sex": ("p", "sex"),
    "ethnicity": ("p", "ethnicity"),
    "relation": ("p", "relation"),
    "head": ("h", "head_name"),
}
PERSON_PLAIN_ORDERS = {
    "birth": "p.birth_date = '', p.birth_date",
    "age": "p.birth_date = '', p.birth_date DESC",
    "id_number": "p.id_number",
    "phone": "p.phone",
    "household_no": "length(h.household_no), h.household_no",
    "group": "h.group_no",
}


def _person_where(query: RosterFilter) -> tuple[str, list[Any]]:
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
    return " AND ".join(where), params


def _flip(term: str) -> str:
    """The term in the other direction; "empty last" terms (``x = ''``) stay as they are."""
    if "=" in term:
        return term
    return term[: -len(" DESC")] if term.endswith(" DESC") else f"{term} DESC"


_PERSONS_FROM = "FROM persons p JOIN households h ON h.id = p.household_id"


def list_persons(db: sqlite_utils.Database, query: RosterFilter) -> list[dict[str, Any]]:
    """Live persons with their household's fields, ordered by group, 户号, relation."""
    where, params = _person_where(query)
    sql = f"SELECT {PERSON_COLUMNS} {_PERSONS_FROM} WHERE {where} ORDER BY {REGISTER_ORDER}"
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)}"
    return _rows(db.execute(sql, params))


def count_persons(db: sqlite_utils.Database, query: RosterFilter) -> int:
    """How many persons :func:`list_persons` would list (the lazy list's count line)."""
    if not query.text.strip() and query.group_no is None and query.household_id is None:
        # everyone: no join (a deleted household's members are deleted with it)
        return int(db.execute("SELECT count(*) FROM persons WHERE deleted = 0").fetchone()[0])
    where, params = _person_where(query)
    return int(db.execute(f"SELECT count(*) {_PERSONS_FROM} WHERE {where}", params).fetchone()[0])


def person_pages(
    db: sqlite_utils.Database, query: RosterFilter, *, sort: str = "", descending: bool = False
) -> RowPages:
    """The persons of :func:`list_persons`, read a page at a time, in the order asked.

    ``sort`` is a column key of :data:`PERSON_ORDERS` (pinyin, by stored key) or
    :data:`PERSON_PLAIN_ORDERS`; "" is the register's order. Ties keep the
    register's order, so a page boundary never reorders equal rows.
    """
    if sort in PERSON_ORDERS:
        alias, column = PERSON_ORDERS[sort]
        add_missing_keys(db, "persons" if alias == "p" else "households", column)
    sql, params = person_pages_sql(query, sort=sort, descending=descending)
    return RowPages(db.conn, sql, params)


def person_pages_sql(
    query: RosterFilter, *, sort: str = "", descending: bool = False
) -> tuple[str, list[Any]]:
    """The one statement :func:`person_pages` reads (the list benchmark's floor runs it too)."""
    where, params = _person_where(query)
    join, order = "", REGISTER_ORDER
    direction = " DESC" if descending else ""
    if sort in PERSON_ORDERS:
        alias, column = PERSON_ORDERS[sort]
        join, term = key_of(alias, column, "k")
        order = f"{term}{direction}, {REGISTER_ORDER}"
    elif sort in PERSON_PLAIN_ORDERS:
        terms = [_flip(t) if descending else t for t in PERSON_PLAIN_ORDERS[sort].split(", ")]
        order = f"{', '.join(terms)}, {REGISTER_ORDER}"
    elif descending:
        order = "h.group_no DESC, h.household_no DESC, p.relation = '户主', p.birth_date DESC"
    sql = f"SELECT {PERSON_COLUMNS} {_PERSONS_FROM} {join} WHERE {where} ORDER BY {order}"
    return sql, params


_HOUSEHOLD_COLUMNS = (
    "h.id, h.household_no, h.head_name, h.group_no, h.address, h.note, "
    "(SELECT count(*) FROM persons p WHERE p.household_id = h.id AND p.deleted = 0) AS members"
)
HOUSEHOLD_ORDER = "h.group_no, length(h.household_no), h.household_no, h.id"
HOUSEHOLD_PLAIN_ORDERS = {
    "household_no": "length(h.household_no), h.household_no",
    "group": "h.group_no",
    "members": "members",
}


def _household_where(group_no: int | None, text: str) -> tuple[str, list[Any]]:
    where: list[str] = ["h.deleted = 0"]
    params: list[Any] = []
    if group_no is not None:
        where.append("h.group_no = ?")
        params.append(group_no)
    if text.strip():
        like = _like(text.strip())
        where.append(
            "(h.household_no LIKE ? ESCAPE '\\' OR h.head_name LIKE ? ESCAPE '\\' "
            "OR h.address LIKE ? ESCAPE '\\' OR h.note LIKE ? ESCAPE '\\')"
        )
        params.extend([like] * 4)
    return " AND ".join(where), params


def list_households(
    db: sqlite_utils.Database, *, group_no: int | None = None
) -> list[dict[str, Any]]:
    """Live households with their member count, in group and 户号 order."""
    where, params = _household_where(group_no, "")
    sql = (
        f"SELECT {_HOUSEHOLD_COLUMNS} FROM households h WHERE {where} "
        "ORDER BY h.group_no, h.household_no"
    )
    return _rows(db.execute(sql, params))


def count_households(db: sqlite_utils.Database, *, group_no: int | None, text: str) -> int:
    where, params = _household_where(group_no, text)
    return int(db.execute(f"SELECT count(*) FROM households h WHERE {where}", params).fetchone()[0])


def household_pages(
    db: sqlite_utils.Database,
    *,
    group_no: int | None = None,
    text: str = "",
    sort: str = "",
    descending: bool = False,
) -> RowPages:
    """Households with their member count, a page at a time (heads and addresses in pinyin)."""
    where, params = _household_where(group_no, text)
    join, order = "", HOUSEHOLD_ORDER
    direction = " DESC" if descending else ""
    if sort in ("head", "address"):
        column = "head_name" if sort == "head" else "address"
        add_missing_keys(db, "households", column)
        join, term = key_of("h", column, "k")
        order = f"{term}{direction}, {HOUSEHOLD_ORDER}"
    elif sort in HOUSEHOLD_PLAIN_ORDERS:
        terms = [f"{t}{direction}" for t in HOUSEHOLD_PLAIN_ORDERS[sort].split(", ")]
        order = f"{', '.join(terms)}, {HOUSEHOLD_ORDER}"
    elif descending:
        order = "h.group_no DESC, length(h.household_no) DESC, h.household_no DESC"
    sql = f"SELECT {_HOUSEHOLD_COLUMNS} FROM households h {join} WHERE {where} ORDER BY {order}"
    return RowPages(db.conn, sql, params)


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
