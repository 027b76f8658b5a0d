"""Storage for the public-notice boards.

Notices (with town circulars), their objections, the disclosure catalogue,
quarterly finance disclosures, 四议两公开 matters and their steps, and the
issue wall. Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m003_boards``.

Search (DESIGN.md §5): notices, decisions and the issue wall each have a
trigram FTS index kept by triggers; terms of one or two characters go to LIKE
on the base tables, which trigram cannot serve.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table

if TYPE_CHECKING:
    import sqlite_utils

NOTICES = register_synced_table(SyncedTable("notices", "公开事项", "notices"))
OBJECTIONS = register_synced_table(
    SyncedTable("notice_objections", "公示异议", "objections", personal=("raised_by",))
)
CATALOGUE = register_synced_table(
    SyncedTable("disclosure_catalogue", "公开目录", "catalogue", town_only=True)
)
FINANCE = register_synced_table(SyncedTable("finance_disclosures", "财务公开", "finance"))
DECISIONS = register_synced_table(SyncedTable("decisions", "四议两公开", "decisions"))
DECISION_STEPS = register_synced_table(
    SyncedTable("decision_steps", "四议两公开步骤", "decision steps")
)
ISSUES = register_synced_table(
    SyncedTable("issue_wall", "问题墙", "issue wall", personal=("raised_by",))
)

#: Per searchable table: its text columns (FTS and LIKE) and the column used as title.
SEARCH_COLUMNS: dict[str, tuple[tuple[str, ...], str]] = {
    "notices": (("title", "body", "basis"), "title"),
    "decisions": (("title", "summary"), "title"),
    "issue_wall": (("content", "measures", "feedback"), "content"),
}


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m003_boards``)."""
    create_synced_table(
        db,
        "notices",
        {
            "category": str, "title": str, "body": str, "basis": str, "catalogue_item": str,
            "period": str, "attachments": str, "status": str, "reviewer": str,
            "review_opinion": str, "review_date": str, "approved_date": str, "posted_date": str,
            "publicity_days": int, "board": str, "archived_date": str, "supersedes": str,
            "superseded_by": str, "addressee": str, "circular_id": str, "created_on": str,
        },
        not_null={"category", "title", "status"},
        defaults={
            "body": "", "basis": "", "catalogue_item": "", "period": "", "attachments": "[]",
            "reviewer": "", "review_opinion": "", "review_date": "", "approved_date": "",
            "posted_date": "", "publicity_days": 7, "board": "", "archived_date": "",
            "supersedes": "", "superseded_by": "", "addressee": "", "circular_id": "",
            "created_on": "",
        },
    )  # fmt: skip
    db.execute("CREATE INDEX idx_notices_item ON notices(catalogue_item, period)")
    db.execute("CREATE INDEX idx_notices_addressee ON notices(addressee)")
    db["notices"].enable_fts(  # type: ignore[union-attr]
        ["title", "body", "basis"], tokenize="trigram", create_triggers=True
    )
    create_synced_table(
        db,
        "notice_objections",
        {
            "notice_id": str, "raised_by": str, "content": str, "raised_on": str,
            "answer": str, "answered_by": str, "answered_on": str,
        },
        not_null={"notice_id", "content"},
        defaults={"raised_by": "", "answer": "", "answered_by": "", "answered_on": ""},
    )  # fmt: skip
    db.execute("CREATE INDEX idx_objections_notice ON notice_objections(notice_id)")
    create_synced_table(
        db,
        "disclosure_catalogue",
        {
            "code": str, "item": str, "category": str, "legal_basis": str, "frequency": str,
            "due_rule": str, "due_day": int, "due_month": int, "publicity_days": int,
            "sort_order": int, "addressee": str,
        },
        not_null={"code", "item"},
        defaults={"addressee": "*", "due_day": 15, "due_month": 1, "publicity_days": 7},
    )  # fmt: skip
    create_synced_table(
        db,
        "finance_disclosures",
        {
            "year": int, "quarter": int, "opening_fen": int, "closing_fen": int, "lines": str,
            "review_opinion": str, "review_members": str, "supervision_opinion": str,
            "prepared_by": str, "notice_id": str,
        },
        not_null={"year", "quarter", "opening_fen", "closing_fen"},
        defaults={
            "lines": "[]", "review_opinion": "", "review_members": "",
            "supervision_opinion": "", "prepared_by": "", "notice_id": "",
        },
    )  # fmt: skip
    db.execute("CREATE INDEX idx_finance_quarter ON finance_disclosures(owner, year, quarter)")
    create_synced_table(
        db,
        "decisions",
        {"title": str, "source": str, "summary": str, "created_on": str},
        not_null={"title"},
        defaults={"source": "", "summary": "", "created_on": ""},
    )
    db["decisions"].enable_fts(  # type: ignore[union-attr]
        ["title", "summary"], tokenize="trigram", create_triggers=True
    )
    create_synced_table(
        db,
        "decision_steps",
        {
            "decision_id": str, "step": int, "merged": int, "held_on": str, "form": str,
            "expected": int, "present": int, "approve": int, "content": str, "outcome": str,
            "remarks": str, "notice_id": str,
        },
        not_null={"decision_id", "step"},
        defaults={
            "merged": 0, "form": "", "expected": 0, "present": 0, "approve": 0, "content": "",
            "outcome": "", "remarks": "", "notice_id": "",
        },
    )  # fmt: skip
    db.execute("CREATE INDEX idx_decision_steps ON decision_steps(decision_id, step)")
    create_synced_table(
        db,
        "issue_wall",
        {
            "category": str, "content": str, "raised_by": str, "raised_on": str,
            "responsible": str, "deadline": str, "measures": str, "feedback": str,
            "answered_on": str, "posted_on": str, "status": str,
        },
        not_null={"content", "status"},
        defaults={
            "category": "", "raised_by": "", "raised_on": "", "responsible": "", "deadline": "",
            "measures": "", "feedback": "", "answered_on": "", "posted_on": "",
        },
    )  # fmt: skip
    db["issue_wall"].enable_fts(  # type: ignore[union-attr]
        ["content", "measures", "feedback"], tokenize="trigram", create_triggers=True
    )


# --- queries ------------------------------------------------------------------------


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_notices(
    db: sqlite_utils.Database,
    *,
    owner: str,
    category: str = "",
    year: int | None = None,
) -> list[dict[str, Any]]:
    """The office's own notices, newest first (circulars excluded)."""
    where, params = ["deleted = 0", "owner = ?", "addressee = ''"], [owner]
    if category:
        where.append("category = ?")
        params.append(category)
    if year is not None:
        where.append("substr(coalesce(nullif(posted_date, ''), created_on), 1, 4) = ?")
        params.append(str(year))
    sql = (
        f"SELECT * FROM notices WHERE {' AND '.join(where)} "
        "ORDER BY coalesce(nullif(posted_date, ''), created_on) DESC, rev DESC"
    )
    return _rows(db.execute(sql, params))


def list_circulars(
    db: sqlite_utils.Database, *, village_code: str | None = None, town_code: str | None = None
) -> list[dict[str, Any]]:
    """Circulars a village received (addressed to it or '*'), or a town wrote."""
    if town_code is not None:
        sql = "SELECT * FROM notices WHERE deleted = 0 AND owner = ? AND addressee != ''"
        params = [town_code]
    else:
        sql = (
            "SELECT * FROM notices WHERE deleted = 0 AND addressee != '' "
            "AND (addressee = '*' OR addressee = ?)"
        )
        params = [village_code or ""]
    return _rows(db.execute(sql + " ORDER BY posted_date DESC, rev DESC", params))


def notices_posting_circular(db: sqlite_utils.Database, owner: str) -> set[str]:
    rows = db.execute(
        "SELECT circular_id FROM notices WHERE deleted = 0 AND owner = ? AND circular_id != ''",
        [owner],
    ).fetchall()
    return {str(r[0]) for r in rows}


def earliest_notice_date(db: sqlite_utils.Database, owner: str) -> str:
    """The oldest creation or posting date of the office's notices ('' if none)."""
    row = db.execute(
        "SELECT min(coalesce(nullif(posted_date, ''), created_on)) FROM notices "
        "WHERE deleted = 0 AND owner = ? AND coalesce(nullif(posted_date, ''), created_on) != ''",
        [owner],
    ).fetchone()
    return str(row[0] or "") if row else ""


def posted_periods(db: sqlite_utils.Database, owner: str) -> set[tuple[str, str]]:
    """(catalogue item, period) pairs fulfilled by a notice that has been posted."""
    rows = db.execute(
        "SELECT catalogue_item, period FROM notices WHERE deleted = 0 AND owner = ? "
        "AND catalogue_item != '' AND status IN ('posted', 'archived')",
        [owner],
    ).fetchall()
    return {(str(a), str(b)) for a, b in rows}


def ids_matching(db: sqlite_utils.Database, table: str, fragment: str) -> list[str]:
    """Live ids of ``table`` that start or end with ``fragment``; at most two ("ambiguous").

    The end is the short id listings show (``domain.record.short_id``); the
    start is a whole id, or what listings showed before ids were time-ordered.
    """
    text = fragment.replace("%", "").replace("_", "\\_")
    rows = db.execute(
        f"SELECT id FROM [{table}] WHERE deleted = 0 "
        "AND (id LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\') LIMIT 2",
        [text + "%", "%" + text],
    ).fetchall()
    return [str(r[0]) for r in rows]


def list_objections(db: sqlite_utils.Database, notice_id: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM notice_objections WHERE deleted = 0 AND notice_id = ? "
            "ORDER BY raised_on, rev",
            [notice_id],
        )
    )


def objection_counts(db: sqlite_utils.Database, owner: str) -> dict[str, tuple[int, int]]:
    """notice id → (objections, of which unanswered)."""
    rows = db.execute(
        "SELECT notice_id, count(*), sum(answer = '') FROM notice_objections "
        "WHERE deleted = 0 AND owner = ? GROUP BY notice_id",
        [owner],
    ).fetchall()
    return {str(r[0]): (int(r[1]), int(r[2] or 0)) for r in rows}


def unanswered_objections(db: sqlite_utils.Database, owner: str) -> list[dict[str, Any]]:
    """Open objections with their notice's title."""
    return _rows(
        db.execute(
            "SELECT o.*, n.title AS notice_title FROM notice_objections o "
            "JOIN notices n ON n.id = o.notice_id "
            "WHERE o.deleted = 0 AND o.owner = ? AND o.answer = '' ORDER BY o.raised_on",
            [owner],
        )
    )


def catalogue_rows(db: sqlite_utils.Database, *, town_code: str) -> list[dict[str, Any]]:
    """The town's catalogue rows for all its villages (empty: use the default)."""
    return _rows(
        db.execute(
            "SELECT * FROM disclosure_catalogue WHERE deleted = 0 AND owner = ? "
            "AND addressee = '*' ORDER BY sort_order, code",
            [town_code],
        )
    )


def list_finance(db: sqlite_utils.Database, *, owner: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT f.*, coalesce(n.status, '') AS notice_status, "
            "coalesce(n.posted_date, '') AS posted_date FROM finance_disclosures f "
            "LEFT JOIN notices n ON n.id = f.notice_id AND n.deleted = 0 "
            "WHERE f.deleted = 0 AND f.owner = ? ORDER BY f.year DESC, f.quarter DESC",
            [owner],
        )
    )


def list_decisions(db: sqlite_utils.Database, *, owner: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT d.*, (SELECT max(step) FROM decision_steps s WHERE s.decision_id = d.id "
            "AND s.deleted = 0) AS last_step FROM decisions d "
            "WHERE d.deleted = 0 AND d.owner = ? ORDER BY d.created_on DESC, d.rev DESC",
            [owner],
        )
    )


def list_decision_steps(db: sqlite_utils.Database, decision_id: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM decision_steps WHERE deleted = 0 AND decision_id = ? ORDER BY step",
            [decision_id],
        )
    )


def list_issues(db: sqlite_utils.Database, *, owner: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM issue_wall WHERE deleted = 0 AND owner = ? "
            "ORDER BY raised_on DESC, rev DESC",
            [owner],
        )
    )


def search(db: sqlite_utils.Database, table: str, text: str, *, owner: str) -> list[dict[str, Any]]:
    """Live rows of ``table`` matching ``text``: trigram FTS for ≥ 3 characters, else LIKE."""
    columns, _title = SEARCH_COLUMNS[table]
    text = text.strip()
    if not text:
        return []
    if len(text) >= 3:
        match = f"rowid IN (SELECT rowid FROM [{table}_fts] WHERE [{table}_fts] MATCH ?)"
        params: list[Any] = ['"' + text.replace('"', '""') + '"']
    else:
        match = "(" + " OR ".join(f"[{c}] LIKE ? ESCAPE '\\'" for c in columns) + ")"
        params = [_like(text)] * len(columns)
    owner_clause = "(owner = ? OR addressee IN ('*', ?))" if table == "notices" else "owner = ?"
    params += [owner, owner] if table == "notices" else [owner]
    sql = f"SELECT * FROM [{table}] WHERE deleted = 0 AND {match} AND {owner_clause} LIMIT 200"
    return _rows(db.execute(sql, params))
