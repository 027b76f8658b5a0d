"""Storage for the 自治/德治 registers: 一约五会, 乡贤, 家规家训, 道德讲堂, 移风易俗.

Tables created by :func:`create_schema` (migration ``m011_civic``); all are
synced tables written through :mod:`storage.records`. Every query names the
owner, so the town asks a village's registers the same questions the village
asks of itself. A council's id is derived from (owner, kind): each village
has each of the five councils at most once.

The migration also gives the red/black board and the good-deeds list a
``review_meeting_id``: the 道德评议会 meeting that decided an entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table

if TYPE_CHECKING:
    import sqlite_utils

COUNCILS = register_synced_table(SyncedTable("councils", "一约五会", "councils"))
MEMBERS = register_synced_table(
    SyncedTable(
        "council_members", "五会成员", "council members", personal=("name", "outside_place")
    )
)
MEETINGS = register_synced_table(
    SyncedTable("council_meetings", "五会会议", "council meetings", personal=("attendees",))
)
WORTHIES = register_synced_table(
    SyncedTable("worthies", "乡贤", "local worthies", personal=("name", "lives_at", "work"))
)
CONTRIBUTIONS = register_synced_table(
    SyncedTable("worthy_contributions", "乡贤贡献", "worthies' contributions")
)
FAMILY_RULES = register_synced_table(
    SyncedTable("family_rules", "家规家训", "family rules", personal=("head_name",))
)
LECTURES = register_synced_table(SyncedTable("moral_lectures", "道德讲堂", "moral lectures"))
EVENTS = register_synced_table(
    SyncedTable("custom_events", "红白事登记", "weddings and funerals", personal=("head_name",))
)


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m011_civic``)."""
    create_synced_table(
        db,
        "councils",
        {"kind": str, "set_up_date": str, "charter": str, "note": str},
        not_null={"kind", "set_up_date"},
        defaults={"charter": "", "note": ""},
    )
    create_synced_table(
        db,
        "council_members",
        {
            "council_id": str,
            "name": str,
            "role": str,
            "household_id": str,
            "person_id": str,
            "group_no": int,
            "outside_place": str,
            "term_start": str,
            "term_end": str,
            "note": str,
        },
        not_null={"council_id", "name", "role", "term_start"},
        defaults=_blank("household_id", "person_id", "outside_place", "term_end", "note")
        | {"group_no": 0},
    )
    db.execute("CREATE INDEX idx_council_members_council ON council_members(council_id)")
    create_synced_table(
        db,
        "council_meetings",
        {
            "council_id": str,
            "kind": str,
            "held_on": str,
            "topic": str,
            "present_count": int,
            "expected_count": int,
            "attendees": str,
            "minutes": str,
            "decisions": str,
        },
        not_null={"council_id", "kind", "held_on", "topic"},
        defaults=_blank("attendees", "minutes", "decisions")
        | {"present_count": 0, "expected_count": 0},
    )
    db.execute("CREATE INDEX idx_council_meetings_held ON council_meetings(owner, held_on)")
    create_synced_table(
        db,
        "worthies",
        {
            "name": str,
            "field": str,
            "roles": str,
            "person_id": str,
            "household_id": str,
            "group_no": int,
            "lives_at": str,
            "work": str,
            "named_on": str,
            "status": str,
            "note": str,
        },
        not_null={"name", "field", "status"},
        defaults=_blank(
            "roles", "person_id", "household_id", "lives_at", "work", "named_on", "note"
        )
        | {"group_no": 0},
    )
    create_synced_table(
        db,
        "worthy_contributions",
        {
            "worthy_id": str,
            "made_on": str,
            "kind": str,
            "amount_fen": int,
            "project": str,
            "case_id": str,
            "note": str,
        },
        not_null={"worthy_id", "made_on", "kind"},
        defaults=_blank("project", "case_id", "note") | {"amount_fen": 0},
    )
    db.execute("CREATE INDEX idx_worthy_contributions ON worthy_contributions(worthy_id)")
    create_synced_table(
        db,
        "family_rules",
        {
            "household_id": str,
            "head_name": str,
            "group_no": int,
            "text": str,
            "collected_on": str,
            "excellent_year": int,
            "on_display": int,
            "note": str,
        },
        not_null={"household_id", "head_name", "group_no", "text", "collected_on"},
        defaults={"excellent_year": 0, "on_display": 0, "note": ""},
    )
    create_synced_table(
        db,
        "moral_lectures",
        {"held_on": str, "topic": str, "speaker": str, "attendance": int, "content": str},
        not_null={"held_on", "topic", "speaker"},
        defaults={"attendance": 0, "content": ""},
    )
    create_synced_table(
        db,
        "custom_events",
        {
            "household_id": str,
            "head_name": str,
            "group_no": int,
            "kind": str,
            "held_on": str,
            "tables": int,
            "cars": int,
            "betrothal_fen": int,
            "note": str,
            "finding": str,
            "handling": str,
            "handled_on": str,
            "handled_note": str,
            "red_black_entry_id": str,
        },
        not_null={"household_id", "head_name", "group_no", "kind", "held_on"},
        defaults=_blank(
            "note", "finding", "handling", "handled_on", "handled_note", "red_black_entry_id"
        )
        | {"tables": 0, "cars": 0, "betrothal_fen": 0},
    )
    for table in ("red_black_entries", "good_deeds"):
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN review_meeting_id TEXT NOT NULL DEFAULT ''")
    for table, columns in _SEARCHED.items():
        db[table].enable_fts(  # type: ignore[union-attr]
            list(columns), tokenize="trigram", create_triggers=True
        )


def _blank(*names: str) -> dict[str, Any]:
    return dict.fromkeys(names, "")


#: The text columns the search box reads, per table (topics and names).
_SEARCHED: dict[str, tuple[str, ...]] = {
    "council_meetings": ("topic", "decisions"),
    "worthies": ("name", "work", "lives_at"),
    "family_rules": ("head_name", "text"),
    "moral_lectures": ("topic", "speaker"),
}


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def live_rows(
    db: sqlite_utils.Database,
    table: str,
    *,
    owner: str,
    where: str = "",
    params: list[Any] | None = None,
    order: str = "rev",
) -> list[dict[str, Any]]:
    """The live rows of one of this part's tables owned by ``owner``, filtered and ordered."""
    if table not in _TABLES:
        raise ValueError(table)
    clause = f" AND ({where})" if where else ""
    return _rows(
        db.execute(
            f"SELECT * FROM [{table}] WHERE owner = ? AND deleted = 0{clause} ORDER BY {order}",
            [owner, *(params or [])],
        )
    )


def search(
    db: sqlite_utils.Database, text: str, *, owner: str, limit: int = 50
) -> list[tuple[str, dict[str, Any]]]:
    """Rows whose topics or names contain ``text``: (table, row) pairs, newest first.

    Terms of three characters and more go through the trigram index; one and
    two characters fall back to LIKE on the table (DESIGN.md §5).
    """
    term = text.strip()
    if not term:
        return []
    found: list[tuple[str, dict[str, Any]]] = []
    for table, columns in _SEARCHED.items():
        if len(term) >= 3:
            quoted = '"' + term.replace('"', '""') + '"'
            rows = _rows(
                db.execute(
                    f"SELECT t.* FROM [{table}] t JOIN [{table}_fts] f ON f.rowid = t.rowid "
                    f"WHERE [{table}_fts] MATCH ? AND t.owner = ? AND t.deleted = 0 "
                    "ORDER BY t.rev DESC LIMIT ?",
                    [quoted, owner, limit],
                )
            )
        else:
            like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            either = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns)
            rows = _rows(
                db.execute(
                    f"SELECT * FROM [{table}] WHERE owner = ? AND deleted = 0 AND ({either}) "
                    "ORDER BY rev DESC LIMIT ?",
                    [owner, *([like] * len(columns)), limit],
                )
            )
        found.extend((table, row) for row in rows)
    return found


_TABLES = frozenset(
    {
        "councils",
        "council_members",
        "council_meetings",
        "worthies",
        "worthy_contributions",
        "family_rules",
        "moral_lectures",
        "custom_events",
    }
)


def decisions_per_meeting(db: sqlite_utils.Database, *, owner: str) -> dict[str, int]:
    """How many red/black entries and good deeds each 道德评议会 meeting decided."""
    rows = db.execute(
        "SELECT review_meeting_id, COUNT(*) FROM ("
        "  SELECT review_meeting_id FROM red_black_entries"
        "  WHERE owner = ? AND deleted = 0 AND review_meeting_id != ''"
        "  UNION ALL SELECT review_meeting_id FROM good_deeds"
        "  WHERE owner = ? AND deleted = 0 AND review_meeting_id != ''"
        ") GROUP BY review_meeting_id",
        [owner, owner],
    ).fetchall()
    return {str(meeting): int(count) for meeting, count in rows}
