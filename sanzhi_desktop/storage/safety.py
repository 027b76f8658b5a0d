"""Storage for 平安: dispute screening, petitions, patrols and the safe-village self-check.

Its tables are created by :func:`create_schema`, called by the migration
``m010_safety_credit`` together with :func:`storage.credit.create_schema`.
All are synced tables (written through :mod:`storage.records`), owned by the
village that keeps them. Two are the town's: ``safe_village_items`` (the
"十有十没有" catalogue) and ``safety_settings`` (the sweep rhythm, the credit
grade lines and 信用村 thresholds); they carry ``addressee`` (``'*'`` or one
village code) and travel down in the town's sync file.

Findings, petitions and patrols are searchable with trigram FTS. The names
and the quarrels they hold are personal fields, blanked by a privacy erase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table

if TYPE_CHECKING:
    import sqlite_utils

SWEEPS = register_synced_table(SyncedTable("screening_sweeps", "矛盾纠纷排查", "screening sweeps"))
FINDINGS = register_synced_table(
    SyncedTable(
        "screening_findings",
        "排查发现",
        "screening findings",
        personal=("parties", "summary", "handled_note"),
    )
)
PETITIONS = register_synced_table(
    SyncedTable("petitions", "信访", "petitions", personal=("petitioner", "matter", "result"))
)
PETITION_STEPS = register_synced_table(
    SyncedTable("petition_steps", "信访办理", "petition steps", personal=("note",))
)
PATROLS = register_synced_table(SyncedTable("patrols", "巡逻", "patrols"))
SAFE_ITEMS = register_synced_table(
    SyncedTable("safe_village_items", "平安村自查目录", "safe-village items", town_only=True)
)
SAFE_CHECKS = register_synced_table(
    SyncedTable("safe_village_checks", "平安村自查", "safe-village checks")
)
SETTINGS = register_synced_table(
    SyncedTable("safety_settings", "平安与信用设置", "settings", town_only=True)
)

#: Per searchable table: its text columns (FTS and LIKE) and the column used as title.
SEARCH_COLUMNS: dict[str, tuple[tuple[str, ...], str]] = {
    "screening_findings": (("summary", "parties", "dispute_type"), "summary"),
    "petitions": (("petitioner", "matter", "case_owner"), "matter"),
    "patrols": (("route", "members", "findings"), "route"),
}


def create_schema(db: sqlite_utils.Database) -> None:
    """Create the 平安 tables (part of migration ``m010_safety_credit``)."""
    create_synced_table(
        db,
        "screening_sweeps",
        {
            "sweep_date": str,
            "period": str,
            "swept_by": str,
            "area": str,
            "nil_return": int,
            "note": str,
        },
        not_null={"sweep_date", "period", "swept_by", "nil_return"},
        defaults={"area": "", "note": "", "nil_return": 0},
    )
    db.execute("CREATE INDEX idx_sweeps_period ON screening_sweeps(owner, period)")
    finding_text = [
        "parties",
        "sweep_id",
        "patrol_id",
        "deadline",
        "handling",
        "handled_date",
        "handled_note",
        "case_id",
    ]
    create_synced_table(
        db,
        "screening_findings",
        {
            "found_date": str,
            "dispute_type": str,
            "summary": str,
            "risk": str,
            **{c: str for c in finding_text},
        },
        not_null={"found_date", "dispute_type", "summary", "risk"},
        defaults={c: "" for c in finding_text},
    )
    db.execute("CREATE INDEX idx_findings_date ON screening_findings(owner, found_date)")
    db.execute("CREATE INDEX idx_findings_sweep ON screening_findings(sweep_id)")
    db.execute("CREATE INDEX idx_findings_case ON screening_findings(case_id)")
    petition_text = ["person_id", "deadline", "result", "satisfaction", "closed_date"]
    create_synced_table(
        db,
        "petitions",
        {
            "petitioner": str,
            "matter": str,
            "received_date": str,
            "channel": str,
            "case_owner": str,
            "people": int,
            "status": str,
            **{c: str for c in petition_text},
        },
        not_null={"petitioner", "matter", "received_date", "channel", "case_owner", "status"},
        defaults={"people": 1, **{c: "" for c in petition_text}},
    )
    db.execute("CREATE INDEX idx_petitions_date ON petitions(owner, received_date)")
    create_synced_table(
        db,
        "petition_steps",
        {"petition_id": str, "kind": str, "step_date": str, "handler": str, "note": str},
        not_null={"petition_id", "kind", "step_date", "handler"},
        defaults={"note": ""},
    )
    db.execute("CREATE INDEX idx_petition_steps ON petition_steps(petition_id)")
    create_synced_table(
        db,
        "patrols",
        {
            "patrol_date": str,
            "shift": str,
            "members": str,
            "route": str,
            "findings": str,
            "finding_id": str,
            "note": str,
        },
        not_null={"patrol_date", "shift", "members", "route"},
        defaults={"findings": "", "finding_id": "", "note": ""},
    )
    db.execute("CREATE INDEX idx_patrols_date ON patrols(owner, patrol_date)")
    create_synced_table(
        db,
        "safe_village_items",
        {"addressee": str, "position": int, "title": str, "description": str},
        not_null={"addressee", "position", "title"},
        defaults={"description": ""},
    )
    create_synced_table(
        db,
        "safe_village_checks",
        {
            "year": int,
            "checked_date": str,
            "items": str,
            "catalogue_source": str,
            "stars_conferred": int,
            "conferred_date": str,
            "note": str,
        },
        not_null={"year", "checked_date", "items"},
        defaults={
            "catalogue_source": "default",
            "stars_conferred": -1,
            "conferred_date": "",
            "note": "",
        },
    )
    create_synced_table(
        db,
        "safety_settings",
        {"addressee": str, "key": str, "value": str},
        not_null={"addressee", "key", "value"},
    )
    for table, (columns, _title) in SEARCH_COLUMNS.items():
        db[table].enable_fts(  # type: ignore[union-attr]
            list(columns), tokenize="trigram", create_triggers=True
        )


# --- reading ------------------------------------------------------------------------


def rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _select(
    db: sqlite_utils.Database,
    table: str,
    *,
    owner: str | None,
    where: list[str],
    params: list[Any],
    order: str,
) -> list[dict[str, Any]]:
    clauses = ["deleted = 0", *where]
    if owner is not None:
        clauses.append("owner = ?")
        params = [*params, owner]
    return rows(
        db.execute(
            f"SELECT * FROM [{table}] WHERE {' AND '.join(clauses)} ORDER BY {order}", params
        )
    )


def list_sweeps(
    db: sqlite_utils.Database, *, owner: str | None, since: str = "", until: str = "9999"
) -> list[dict[str, Any]]:
    return _select(
        db,
        "screening_sweeps",
        owner=owner,
        where=["sweep_date >= ?", "sweep_date <= ?"],
        params=[since, until],
        order="sweep_date DESC, rev DESC",
    )


def swept_periods(db: sqlite_utils.Database, owner: str) -> set[str]:
    return {
        str(r[0])
        for r in db.execute(
            "SELECT DISTINCT period FROM screening_sweeps WHERE deleted = 0 AND owner = ?",
            [owner],
        ).fetchall()
    }


def first_sweep_date(db: sqlite_utils.Database, owner: str) -> str:
    row = db.execute(
        "SELECT min(sweep_date) FROM screening_sweeps WHERE deleted = 0 AND owner = ?", [owner]
    ).fetchone()
    return str(row[0] or "")


def list_findings(
    db: sqlite_utils.Database,
    *,
    owner: str | None,
    sweep_id: str | None = None,
    since: str = "",
    until: str = "9999",
) -> list[dict[str, Any]]:
    where, params = ["found_date >= ?", "found_date <= ?"], [since, until]
    if sweep_id is not None:
        where.append("sweep_id = ?")
        params.append(sweep_id)
    return _select(
        db,
        "screening_findings",
        owner=owner,
        where=where,
        params=params,
        order="found_date DESC, rev DESC",
    )


def finding_of_case(db: sqlite_utils.Database, case_id: str) -> dict[str, Any] | None:
    found = rows(
        db.execute("SELECT * FROM screening_findings WHERE deleted = 0 AND case_id = ?", [case_id])
    )
    return found[0] if found else None


def list_petitions(
    db: sqlite_utils.Database,
    *,
    owner: str | None,
    status: str | None = None,
    since: str = "",
    until: str = "9999",
) -> list[dict[str, Any]]:
    where, params = ["received_date >= ?", "received_date <= ?"], [since, until]
    if status:
        where.append("status = ?")
        params.append(status)
    return _select(
        db, "petitions", owner=owner, where=where, params=params, order="received_date DESC"
    )


def list_petition_steps(db: sqlite_utils.Database, petition_id: str) -> list[dict[str, Any]]:
    return _select(
        db,
        "petition_steps",
        owner=None,
        where=["petition_id = ?"],
        params=[petition_id],
        order="step_date, rev",
    )


def list_patrols(
    db: sqlite_utils.Database, *, owner: str | None, since: str = "", until: str = "9999"
) -> list[dict[str, Any]]:
    return _select(
        db,
        "patrols",
        owner=owner,
        where=["patrol_date >= ?", "patrol_date <= ?"],
        params=[since, until],
        order="patrol_date DESC, rev DESC",
    )


def list_checks(db: sqlite_utils.Database, *, owner: str | None) -> list[dict[str, Any]]:
    return _select(db, "safe_village_checks", owner=owner, where=[], params=[], order="year DESC")


def town_rows(
    db: sqlite_utils.Database, table: str, *, village_code: str, town_code: str
) -> list[dict[str, Any]]:
    """Live rows of a town catalogue for this village: its own address replaces ``'*'``."""
    assert table in {"safe_village_items", "safety_settings", "credit_criteria"}
    order = {"safe_village_items": "position", "safety_settings": "key"}.get(table, "code")
    for addressee in (village_code, "*"):
        found = rows(
            db.execute(
                f"SELECT * FROM [{table}] WHERE deleted = 0 AND owner = ? AND addressee = ? "
                f"ORDER BY {order}",
                [town_code, addressee],
            )
        )
        if found:
            return found
    return []


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
    return rows(db.execute(sql, [*params, owner]))


def settings_rows(
    db: sqlite_utils.Database, *, village_code: str, town_code: str
) -> list[dict[str, Any]]:
    """The town's settings rows for this village: ``'*'`` first, its own after (they win)."""
    return rows(
        db.execute(
            "SELECT * FROM safety_settings WHERE deleted = 0 AND owner = ? "
            "AND addressee IN ('*', ?) ORDER BY addressee = '*' DESC, key",
            [town_code, village_code],
        )
    )


def ids_ending(db: sqlite_utils.Database, table: str, fragment: str, *, owner: str) -> list[str]:
    """Live ids of this office's ``table`` rows ending with ``fragment`` (at most two)."""
    assert table in {"screening_findings", "screening_sweeps", "petitions", "patrols"}
    text = fragment.replace("%", "").replace("_", "")
    found = db.execute(
        f"SELECT id FROM [{table}] WHERE deleted = 0 AND owner = ? AND id LIKE ? LIMIT 2",
        [owner, "%" + text],
    ).fetchall()
    return [str(r[0]) for r in found]
