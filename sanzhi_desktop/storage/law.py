"""Storage for the 法治 part: 学法, 普法, 宪法入户, the registers, sites and 六无村.

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m008_law``. All are
synced tables written through :mod:`storage.records`, owned by the village
that keeps them — except ``law_duties``, the town's 普法责任清单, owned by the
town code and carrying ``addressee`` (``'*'`` or one village code) so it
travels down to its villages only.

Every read takes the ``owner`` it is about: a village reads its own rows, the
town reads each village's rows from the files they sent, with the same
queries. Names copied into rows (attendees, honours, learners) are personal
fields, blanked by a privacy erase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table

if TYPE_CHECKING:
    import sqlite_utils

    from sanzhi_desktop.storage.connection import SqlRunner

LEARNERS = register_synced_table(
    SyncedTable("law_learners", "学法人员名单", "law study list", personal=("name",))
)
SESSIONS = register_synced_table(
    SyncedTable("law_sessions", "学法记录", "law study sessions", personal=("attendees",))
)
ACTIVITIES = register_synced_table(SyncedTable("law_activities", "普法活动", "law publicity"))
DUTIES = register_synced_table(
    SyncedTable("law_duties", "普法责任清单", "publicity duties", town_only=True)
)
CONSTITUTION = register_synced_table(
    SyncedTable("law_constitution", "宪法入户", "constitution visits")
)
HONOURS = register_synced_table(
    SyncedTable("law_honours", "法治名册", "rule-of-law registers", personal=("name",))
)
SITES = register_synced_table(SyncedTable("law_sites", "法治阵地", "rule-of-law sites"))
TITLES = register_synced_table(SyncedTable("law_titles", "民主法治示范村", "model village titles"))
SIX_NIL = register_synced_table(SyncedTable("law_six_nil", "六无村自查", "six-nil checks"))

#: table → (columns the search box looks in, the column that titles a hit).
SEARCH_COLUMNS: dict[str, tuple[tuple[str, ...], str]] = {
    "law_sessions": (("topic", "lecturer", "attendees"), "topic"),
    "law_activities": (("topic", "organiser"), "topic"),
    "law_honours": (("name", "basis"), "name"),
}


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m008_law``)."""
    create_synced_table(
        db,
        "law_learners",
        {
            "name": str,
            "category": str,
            "post": str,
            "person_id": str,
            "group_no": int,
            "active": int,
            "note": str,
        },
        not_null={"name", "category"},
        defaults={"post": "", "person_id": "", "group_no": 0, "active": 1, "note": ""},
    )
    create_synced_table(
        db,
        "law_sessions",
        {
            "held_on": str,
            "form": str,
            "topic": str,
            "lecturer": str,
            "audience": str,
            "attendees": str,
            "hours": float,
            "materials": str,
            "note": str,
        },
        not_null={"held_on", "form", "topic"},
        defaults={
            "lecturer": "",
            "audience": "",
            "attendees": "[]",
            "hours": 0.0,
            "materials": "[]",
            "note": "",
        },
    )
    db.execute("CREATE INDEX idx_law_sessions_held ON law_sessions(owner, held_on)")
    create_synced_table(
        db,
        "law_activities",
        {
            "held_on": str,
            "audience": str,
            "topic": str,
            "form": str,
            "organiser": str,
            "participants": int,
            "duty_code": str,
            "note": str,
        },
        not_null={"held_on", "audience", "topic"},
        defaults={"form": "", "organiser": "", "participants": 0, "duty_code": "", "note": ""},
    )
    db.execute("CREATE INDEX idx_law_activities_held ON law_activities(owner, held_on)")
    create_synced_table(
        db,
        "law_duties",
        {
            "addressee": str,
            "code": str,
            "duty": str,
            "audience": str,
            "frequency": str,
            "basis": str,
            "sort_order": int,
        },
        not_null={"addressee", "code", "duty", "frequency"},
        defaults={"addressee": "*", "audience": "", "basis": "", "sort_order": 0},
    )
    create_synced_table(
        db,
        "law_constitution",
        {
            "household_id": str,
            "year": int,
            "reached": int,
            "reached_on": str,
            "reached_by": str,
            "note": str,
        },
        not_null={"household_id", "year"},
        defaults={"reached": 1, "reached_on": "", "reached_by": "", "note": ""},
    )
    db.execute("CREATE INDEX idx_law_constitution_year ON law_constitution(owner, year)")
    create_synced_table(
        db,
        "law_honours",
        {
            "kind": str,
            "household_id": str,
            "person_id": str,
            "name": str,
            "group_no": int,
            "year": int,
            "basis": str,
            "status": str,
            "revoked_on": str,
            "revoke_reason": str,
            "note": str,
        },
        not_null={"kind", "household_id", "name", "year", "status"},
        defaults={
            "person_id": "",
            "group_no": 0,
            "basis": "",
            "revoked_on": "",
            "revoke_reason": "",
            "note": "",
        },
    )
    db.execute("CREATE INDEX idx_law_honours_year ON law_honours(owner, year)")
    create_synced_table(
        db,
        "law_sites",
        {"name": str, "outdoor_area_m2": int, "services": str, "built_on": str, "note": str},
        not_null={"name"},
        defaults={"outdoor_area_m2": 0, "services": "[]", "built_on": "", "note": ""},
    )
    create_synced_table(
        db,
        "law_titles",
        {"level": str, "year": int, "note": str},
        not_null={"level", "year"},
        defaults={"note": ""},
    )
    create_synced_table(
        db,
        "law_six_nil",
        {"year": int, "items": str, "checked_on": str, "checked_by": str, "note": str},
        not_null={"year"},
        defaults={"items": "{}", "checked_on": "", "checked_by": "", "note": ""},
    )
    for table, (columns, _title) in SEARCH_COLUMNS.items():
        db[table].enable_fts(  # type: ignore[union-attr]
            list(columns), tokenize="trigram", create_triggers=True
        )


# --- reading ------------------------------------------------------------------------


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_learners(db: sqlite_utils.Database, owner: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM law_learners WHERE deleted = 0 AND owner = ? "
            "ORDER BY active DESC, category, group_no, name",
            [owner],
        )
    )


def list_sessions(
    db: sqlite_utils.Database, owner: str, *, year: int | None = None
) -> list[dict[str, Any]]:
    where, params = ["deleted = 0", "owner = ?"], [owner]
    if year is not None:
        where.append("held_on LIKE ?")
        params.append(f"{year:04d}-%")
    return _rows(
        db.execute(
            f"SELECT * FROM law_sessions WHERE {' AND '.join(where)} ORDER BY held_on, topic",
            params,
        )
    )


def list_activities(
    db: sqlite_utils.Database, owner: str, *, year: int | None = None
) -> list[dict[str, Any]]:
    where, params = ["deleted = 0", "owner = ?"], [owner]
    if year is not None:
        where.append("held_on LIKE ?")
        params.append(f"{year:04d}-%")
    return _rows(
        db.execute(
            f"SELECT * FROM law_activities WHERE {' AND '.join(where)} ORDER BY held_on, topic",
            params,
        )
    )


def duty_rows(db: sqlite_utils.Database, *, town_code: str, village_code: str) -> list[Any]:
    """The town's live duty list for this village: its own address first, else ``'*'``."""
    for addressee in (village_code, "*"):
        rows = _rows(
            db.execute(
                "SELECT * FROM law_duties WHERE deleted = 0 AND owner = ? AND addressee = ? "
                "ORDER BY sort_order, code",
                [town_code, addressee],
            )
        )
        if rows:
            return rows
    return []


def town_duty_rows(db: sqlite_utils.Database, town_code: str) -> list[dict[str, Any]]:
    """Every live duty row a town wrote (any addressee)."""
    return _rows(
        db.execute(
            "SELECT * FROM law_duties WHERE deleted = 0 AND owner = ? ORDER BY sort_order, code",
            [town_code],
        )
    )


def list_visits(db: sqlite_utils.Database, owner: str, year: int) -> list[dict[str, Any]]:
    """The year's visit rows, with the household's 户号, head and group."""
    return _rows(
        db.execute(
            "SELECT v.*, h.household_no, h.head_name, h.group_no FROM law_constitution v "
            "JOIN households h ON h.id = v.household_id "
            "WHERE v.deleted = 0 AND v.owner = ? AND v.year = ? "
            "ORDER BY h.group_no, h.household_no",
            [owner, year],
        )
    )


def live_households(db: sqlite_utils.Database, owner: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT id, household_no, head_name, group_no FROM households "
            "WHERE deleted = 0 AND owner = ? ORDER BY group_no, household_no",
            [owner],
        )
    )


def list_honours(
    db: sqlite_utils.Database,
    owner: str,
    *,
    year: int | None = None,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    where, params = ["deleted = 0", "owner = ?"], list[Any]([owner])
    if year is not None:
        where.append("year = ?")
        params.append(year)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    return _rows(
        db.execute(
            f"SELECT * FROM law_honours WHERE {' AND '.join(where)} "
            "ORDER BY kind, year DESC, group_no, name",
            params,
        )
    )


def list_sites(db: sqlite_utils.Database, owner: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute("SELECT * FROM law_sites WHERE deleted = 0 AND owner = ? ORDER BY name", [owner])
    )


def list_titles(db: sqlite_utils.Database, owner: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM law_titles WHERE deleted = 0 AND owner = ? ORDER BY year DESC", [owner]
        )
    )


def list_six_nil(db: sqlite_utils.Database, owner: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM law_six_nil WHERE deleted = 0 AND owner = ? ORDER BY year DESC",
            [owner],
        )
    )


def mediation_events_of_year(
    db: sqlite_utils.Database, owner: str, year: int, kinds: tuple[str, ...]
) -> list[dict[str, Any]]:
    """The village's mediation events of ``kinds`` dated in ``year`` (for 无讼/无案)."""
    marks = ", ".join("?" * len(kinds))
    return _rows(
        db.execute(
            f"SELECT case_id, kind, [on], data FROM mediation_events WHERE deleted = 0 "
            f"AND owner = ? AND kind IN ({marks}) AND [on] LIKE ?",
            [owner, *kinds, f"{year:04d}-%"],
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
    sql = f"SELECT * FROM [{table}] WHERE deleted = 0 AND {match} AND owner = ? LIMIT 200"
    return _rows(db.execute(sql, [*params, owner]))


def record_state(db: sqlite_utils.Database, table: str, record_id: str) -> str | None:
    """``"live"``, ``"deleted"`` or None (never written): for records with a natural id."""
    assert table in {"law_constitution", "law_titles", "law_six_nil"}
    row = db.execute(f"SELECT deleted FROM [{table}] WHERE id = ?", [record_id]).fetchone()
    if row is None:
        return None
    return "deleted" if row[0] else "live"


#: The tables a village fills when it keeps the 法治 ledger (not the town's duty list).
LEDGER_TABLES = (
    "law_learners",
    "law_sessions",
    "law_activities",
    "law_constitution",
    "law_honours",
    "law_sites",
    "law_titles",
    "law_six_nil",
)


def keeps_ledger(db: SqlRunner, owner: str) -> bool:
    """Whether ``owner`` has any live record in the 法治 tables."""
    for table in LEDGER_TABLES:
        row = db.execute(
            f"SELECT 1 FROM [{table}] WHERE owner = ? AND deleted = 0 LIMIT 1", [owner]
        ).fetchone()
        if row is not None:
            return True
    return False
