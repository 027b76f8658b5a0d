"""Storage for the moral-governance lists.

Village rules, red/black board, good deeds, stars, points, awards.

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m004_moral``. All of
them are synced tables (written through :mod:`storage.records`). Two are
catalogues the township may replace — ``star_catalogue`` and ``points_rules``
— and carry an ``addressee`` column: a row owned by the town code with
addressee ``'*'`` (all villages) or one village code. The points ledger and
the star events are append-only: rows are added, never changed.

Names of people (``name``) are copied into the list rows when an entry is made
so that a printed board can be reproduced; they are personal fields, blanked
by a privacy erase.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table

if TYPE_CHECKING:
    import sqlite_utils

RULES = register_synced_table(SyncedTable("village_rules", "村规民约", "village rules"))
CLAUSES = register_synced_table(
    SyncedTable("village_rule_clauses", "村规民约条款", "village rule clauses")
)
BOARD = register_synced_table(
    SyncedTable("red_black_entries", "红黑榜", "red/black board", personal=("name",))
)
DEEDS = register_synced_table(
    SyncedTable("good_deeds", "善行义举榜", "good deeds", personal=("name",))
)
STAR_CATALOGUE = register_synced_table(
    SyncedTable("star_catalogue", "星级目录", "star names", town_only=True)
)
RATINGS = register_synced_table(SyncedTable("star_ratings", "十星级文明户评定", "star ratings"))
STAR_EVENTS = register_synced_table(SyncedTable("star_events", "授牌摘星记录", "plaque events"))
POINTS_RULES = register_synced_table(
    SyncedTable("points_rules", "积分规则", "points rules", town_only=True)
)
LEDGER = register_synced_table(SyncedTable("points_entries", "积分记录", "points ledger"))
AWARDS = register_synced_table(SyncedTable("awards", "奖励与荣誉", "awards", personal=("name",)))


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m004_moral``)."""
    create_synced_table(
        db,
        "village_rules",
        {
            "title": str,
            "adopted_date": str,
            "review_date": str,
            "review_result": str,
            "status": str,
            "note": str,
        },
        not_null={"title", "status"},
        defaults={"adopted_date": "", "review_date": "", "review_result": "", "note": ""},
    )
    create_synced_table(
        db,
        "village_rule_clauses",
        {"version_id": str, "number": int, "chapter": str, "text": str},
        not_null={"version_id", "number", "text"},
        defaults={"chapter": ""},
    )
    db.execute("CREATE INDEX idx_clauses_version ON village_rule_clauses(version_id, number)")
    text_columns = [
        "person_id",
        "evidence",
        "clause_id",
        "clause_label",
        "requirement",
        "deadline",
        "reported_date",
        "reported_by",
        "verified_date",
        "verified_by",
        "verify_note",
        "review_date",
        "reviewers",
        "review_opinion",
        "month",
        "posted_date",
        "expires_on",
        "closed_date",
        "rectify_note",
        "removed_date",
        "removal_reason",
        "objection",
    ]
    create_synced_table(
        db,
        "red_black_entries",
        {
            "board": str,
            "household_id": str,
            "name": str,
            "group_no": int,
            "category": str,
            "deed": str,
            "status": str,
            **{c: str for c in text_columns},
        },
        not_null={"board", "household_id", "name", "group_no", "status"},
        defaults={c: "" for c in text_columns},
    )
    db.execute("CREATE INDEX idx_rb_month ON red_black_entries(month)")
    db.execute("CREATE INDEX idx_rb_household ON red_black_entries(household_id)")
    deed_text = [
        "nominated_by",
        "nominator",
        "nominated_date",
        "person_id",
        "review_date",
        "reviewers",
        "review_opinion",
        "month",
        "posted_date",
        "removed_date",
        "removal_reason",
    ]
    create_synced_table(
        db,
        "good_deeds",
        {
            "household_id": str,
            "name": str,
            "group_no": int,
            "virtue": str,
            "deed": str,
            "status": str,
            "shown_false": int,
            **{c: str for c in deed_text},
        },
        not_null={"household_id", "name", "group_no", "virtue", "status"},
        defaults={"shown_false": 0, **{c: "" for c in deed_text}},
    )
    db.execute("CREATE INDEX idx_deeds_month ON good_deeds(month)")
    db.execute("CREATE INDEX idx_deeds_household ON good_deeds(household_id)")
    create_synced_table(
        db,
        "star_catalogue",
        {"addressee": str, "position": int, "name": str, "description": str},
        not_null={"addressee", "position", "name"},
        defaults={"description": ""},
    )
    create_synced_table(
        db,
        "star_ratings",
        {
            "household_id": str,
            "cycle": int,
            "rated_date": str,
            "stars": str,  # JSON list of star names
            "reviewers": str,
            "disqualifiers": str,  # JSON list of codes
            "disqualify_note": str,
            "status": str,
            "plaque_date": str,
            "revoked_date": str,
            "revoke_reason": str,
            "note": str,
        },
        not_null={"household_id", "cycle", "status"},
        defaults={
            "stars": "[]",
            "disqualifiers": "[]",
            **{
                c: ""
                for c in [
                    "rated_date",
                    "reviewers",
                    "disqualify_note",
                    "plaque_date",
                    "revoked_date",
                    "revoke_reason",
                    "note",
                ]
            },
        },
    )
    db.execute("CREATE INDEX idx_ratings_household ON star_ratings(household_id, cycle)")
    create_synced_table(
        db,
        "star_events",
        {
            "rating_id": str,
            "household_id": str,
            "kind": str,
            "star": str,
            "reason": str,
            "event_date": str,
        },
        not_null={"rating_id", "household_id", "kind", "event_date"},
        defaults={"star": "", "reason": ""},
    )
    db.execute("CREATE INDEX idx_star_events_household ON star_events(household_id)")
    create_synced_table(
        db,
        "points_rules",
        {
            "addressee": str,
            "code": str,
            "category": str,
            "points": int,
            "description": str,
            "evidence": str,
        },
        not_null={"addressee", "code", "category", "points", "description"},
        defaults={"evidence": ""},
    )
    create_synced_table(
        db,
        "points_entries",
        {
            "household_id": str,
            "entry_date": str,
            "kind": str,
            "points": int,
            "rule_code": str,
            "note": str,
            "approved_by": str,
            "item": str,
            "cash_fen": int,
        },
        not_null={"household_id", "entry_date", "kind", "points"},
        defaults={"rule_code": "", "note": "", "approved_by": "", "item": "", "cash_fen": 0},
    )
    db.execute("CREATE INDEX idx_points_household ON points_entries(household_id, entry_date)")
    db.execute("CREATE INDEX idx_points_date ON points_entries(entry_date)")
    create_synced_table(
        db,
        "awards",
        {
            "household_id": str,
            "person_id": str,
            "name": str,
            "group_no": int,
            "year": int,
            "kind": str,
            "category": str,
            "title": str,
            "amount_fen": int,
            "approved_by": str,
            "approved_date": str,
            "note": str,
        },
        not_null={"household_id", "name", "group_no", "year", "kind", "category"},
        defaults={
            "person_id": "",
            "title": "",
            "amount_fen": 0,
            "approved_by": "",
            "approved_date": "",
            "note": "",
        },
    )
    db.execute("CREATE INDEX idx_awards_household ON awards(household_id, year)")


# --- reading ------------------------------------------------------------------------


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_rules_versions(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM village_rules WHERE deleted = 0 "
            "ORDER BY status = 'in_force' DESC, adopted_date DESC, updated_at DESC"
        )
    )


def list_clauses(db: sqlite_utils.Database, version_id: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM village_rule_clauses WHERE deleted = 0 AND version_id = ? "
            "ORDER BY number",
            [version_id],
        )
    )


def find_clause(db: sqlite_utils.Database, version_id: str, number: int) -> dict[str, Any] | None:
    rows = _rows(
        db.execute(
            "SELECT * FROM village_rule_clauses WHERE deleted = 0 AND version_id = ? "
            "AND number = ?",
            [version_id, number],
        )
    )
    return rows[0] if rows else None


def list_board_entries(
    db: sqlite_utils.Database,
    *,
    board: str | None = None,
    status: str | None = None,
    month: str | None = None,
    household_id: str | None = None,
    text: str = "",
) -> list[dict[str, Any]]:
    """Entries, newest report first; ``text`` matches name, category and deed with LIKE.

    The lists stay small (tens of entries a month), so LIKE is enough and
    works for one- and two-character names, which trigram FTS would miss.
    """
    where, params = ["deleted = 0"], list[Any]()
    for column, value in (
        ("board", board),
        ("status", status),
        ("month", month),
        ("household_id", household_id),
    ):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if text.strip():
        like = _like(text.strip())
        where.append(
            "(name LIKE ? ESCAPE '\\' OR category LIKE ? ESCAPE '\\' OR deed LIKE ? ESCAPE '\\')"
        )
        params.extend([like] * 3)
    return _rows(
        db.execute(
            f"SELECT * FROM red_black_entries WHERE {' AND '.join(where)} "
            "ORDER BY reported_date DESC, group_no, name",
            params,
        )
    )


def board_candidates(db: sqlite_utils.Database, month: str) -> list[dict[str, Any]]:
    """Entries that may be on ``month``'s board (the domain decides which are)."""
    return _rows(
        db.execute(
            "SELECT * FROM red_black_entries WHERE deleted = 0 AND month != '' AND month <= ? "
            "ORDER BY board DESC, group_no, posted_date, name",
            [month],
        )
    )


def list_deeds(
    db: sqlite_utils.Database,
    *,
    month: str | None = None,
    status: str | None = None,
    household_id: str | None = None,
    text: str = "",
) -> list[dict[str, Any]]:
    where, params = ["deleted = 0"], list[Any]()
    for column, value in (("month", month), ("status", status), ("household_id", household_id)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if text.strip():
        like = _like(text.strip())
        where.append("(name LIKE ? ESCAPE '\\' OR deed LIKE ? ESCAPE '\\')")
        params.extend([like] * 2)
    return _rows(
        db.execute(
            f"SELECT * FROM good_deeds WHERE {' AND '.join(where)} "
            "ORDER BY nominated_date DESC, group_no, name",
            params,
        )
    )


def town_catalogue_rows(
    db: sqlite_utils.Database, table: str, *, village_code: str, town_code: str
) -> list[dict[str, Any]]:
    """Live catalogue rows the town wrote for this village: its own address first.

    Rows addressed to this village replace those addressed to all villages
    (``'*'``); the caller falls back to the shipped default when none exist.
    """
    assert table in {"star_catalogue", "points_rules"}
    order = "position" if table == "star_catalogue" else "code"
    for addressee in (village_code, "*"):
        rows = _rows(
            db.execute(
                f"SELECT * FROM [{table}] WHERE deleted = 0 AND owner = ? AND addressee = ? "
                f"ORDER BY {order}",
                [town_code, addressee],
            )
        )
        if rows:
            return rows
    return []


def _decode_rating(row: dict[str, Any]) -> dict[str, Any]:
    return {
        **row,
        "stars": json.loads(row["stars"] or "[]"),
        "disqualifiers": json.loads(row["disqualifiers"] or "[]"),
    }


def encode_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def list_ratings(
    db: sqlite_utils.Database, *, cycle: int | None = None, household_id: str | None = None
) -> list[dict[str, Any]]:
    """Ratings with the household's 户号, head and group, in group and 户号 order."""
    where, params = ["r.deleted = 0"], list[Any]()
    if cycle is not None:
        where.append("r.cycle = ?")
        params.append(cycle)
    if household_id is not None:
        where.append("r.household_id = ?")
        params.append(household_id)
    rows = _rows(
        db.execute(
            "SELECT r.*, h.household_no, h.head_name, h.group_no FROM star_ratings r "
            "JOIN households h ON h.id = r.household_id "
            f"WHERE {' AND '.join(where)} ORDER BY r.cycle DESC, h.group_no, h.household_no",
            params,
        )
    )
    return [_decode_rating(r) for r in rows]


def get_rating_row(db: sqlite_utils.Database, rating_id: str) -> dict[str, Any] | None:
    rows = _rows(db.execute("SELECT * FROM star_ratings WHERE id = ? AND deleted = 0", [rating_id]))
    return _decode_rating(rows[0]) if rows else None


def list_star_events(
    db: sqlite_utils.Database, *, household_id: str | None = None, rating_id: str | None = None
) -> list[dict[str, Any]]:
    where, params = ["deleted = 0"], list[Any]()
    if household_id:
        where.append("household_id = ?")
        params.append(household_id)
    if rating_id:
        where.append("rating_id = ?")
        params.append(rating_id)
    return _rows(
        db.execute(
            f"SELECT * FROM star_events WHERE {' AND '.join(where)} ORDER BY event_date, rev",
            params,
        )
    )


def list_points_entries(
    db: sqlite_utils.Database,
    *,
    household_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    where, params = ["deleted = 0"], list[Any]()
    if household_id:
        where.append("household_id = ?")
        params.append(household_id)
    if since:
        where.append("entry_date >= ?")
        params.append(since)
    if until:
        where.append("entry_date <= ?")
        params.append(until)
    return _rows(
        db.execute(
            f"SELECT * FROM points_entries WHERE {' AND '.join(where)} ORDER BY entry_date, rev",
            params,
        )
    )


def points_balance(db: sqlite_utils.Database, household_id: str, *, until: str = "9999") -> int:
    row = db.execute(
        "SELECT coalesce(sum(points), 0) FROM points_entries "
        "WHERE deleted = 0 AND household_id = ? AND entry_date <= ?",
        [household_id, until],
    ).fetchone()
    return int(row[0])


def points_summary(db: sqlite_utils.Database, since: str, until: str) -> list[dict[str, Any]]:
    """Per live household: points earned, deducted and redeemed in the period, and balance."""
    return _rows(
        db.execute(
            """
            SELECT h.id AS household_id, h.household_no, h.head_name, h.group_no,
              coalesce(sum(CASE WHEN e.entry_date BETWEEN :since AND :until
                  AND e.kind IN ('rule', 'correction') AND e.points > 0 THEN e.points END), 0)
                  AS earned,
              coalesce(sum(CASE WHEN e.entry_date BETWEEN :since AND :until
                  AND e.kind IN ('rule', 'correction') AND e.points < 0 THEN e.points END), 0)
                  AS deducted,
              coalesce(sum(CASE WHEN e.entry_date BETWEEN :since AND :until
                  AND e.kind = 'redeem' THEN e.points END), 0) AS redeemed,
              coalesce(sum(CASE WHEN e.entry_date <= :until THEN e.points END), 0) AS balance,
              count(e.id) AS entries
            FROM households h
            LEFT JOIN points_entries e ON e.household_id = h.id AND e.deleted = 0
            WHERE h.deleted = 0
            GROUP BY h.id
            ORDER BY h.group_no, h.household_no
            """,
            {"since": since, "until": until},
        )
    )


def list_awards(
    db: sqlite_utils.Database, *, year: int | None = None, household_id: str | None = None
) -> list[dict[str, Any]]:
    where, params = ["deleted = 0"], list[Any]()
    if year is not None:
        where.append("year = ?")
        params.append(year)
    if household_id:
        where.append("household_id = ?")
        params.append(household_id)
    return _rows(
        db.execute(
            f"SELECT * FROM awards WHERE {' AND '.join(where)} "
            "ORDER BY year DESC, approved_date DESC, group_no, name",
            params,
        )
    )


def star_households_by_owner(
    db: sqlite_utils.Database, holding: tuple[str, ...]
) -> dict[str, tuple[int, int]]:
    """owner → (latest cycle, households whose rating in it has a status in ``holding``
    and at least one star) — live ratings of existing households, in one query."""
    marks = ", ".join("?" * len(holding))
    rows = db.execute(
        f"""
        WITH live AS (
            SELECT r.owner, r.cycle, r.household_id, r.status, r.stars FROM star_ratings r
            JOIN households h ON h.id = r.household_id WHERE r.deleted = 0
        ),
        latest AS (SELECT owner, max(cycle) AS cycle FROM live GROUP BY owner)
        SELECT latest.owner, latest.cycle, count(DISTINCT CASE
            WHEN live.status IN ({marks})
                AND json_array_length(coalesce(nullif(live.stars, ''), '[]')) > 0
            THEN live.household_id END)
        FROM latest JOIN live ON live.owner = latest.owner AND live.cycle = latest.cycle
        GROUP BY latest.owner, latest.cycle
        """,
        list(holding),
    ).fetchall()
    return {str(owner): (int(cycle), int(households)) for owner, cycle, households in rows}


def points_totals_by_owner(db: sqlite_utils.Database, *, until: str) -> dict[str, int]:
    """owner → the sum of its live points entries dated up to ``until`` (ISO date)."""
    rows = db.execute(
        "SELECT owner, coalesce(sum(points), 0) FROM points_entries "
        "WHERE deleted = 0 AND entry_date <= ? GROUP BY owner",
        [until],
    ).fetchall()
    return {str(owner): int(total) for owner, total in rows}
