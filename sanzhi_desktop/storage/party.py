"""Storage for the 党建 part: members, meetings, the yearly cycle, posts, training, cadres.

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m009_party``. All are
synced tables. Membership lives beside the roster: ``party_members`` has one
row per person (its id the natural key of the person), so the persons table
itself is unchanged. Two tables are catalogues the township may replace and
carry ``addressee``: ``party_points_rules`` and ``party_settings`` (the
meeting rhythm and the targets). The points ledger and the fulfilment
records only ever grow.

Names copied into rows (members, pledges, posts, cadres) are personal
fields, blanked by a privacy erase; a review's votes and grade are never
printed publicly (the printing layer is never handed them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table

if TYPE_CHECKING:
    import sqlite_utils

MEMBERS = register_synced_table(
    SyncedTable("party_members", "党员名册", "party members", personal=("name", "flow_place"))
)
BRANCH = register_synced_table(SyncedTable("party_branch", "党组织信息", "party branch"))
MEETINGS = register_synced_table(SyncedTable("party_meetings", "三会一课", "party meetings"))
PLEDGES = register_synced_table(
    SyncedTable("party_pledges", "党员承诺", "party pledges", personal=("name",))
)
FULFILMENTS = register_synced_table(
    SyncedTable("party_fulfilments", "党员践诺", "pledge fulfilment")
)
POINTS_RULES = register_synced_table(
    SyncedTable("party_points_rules", "党员积分规则", "party points rules", town_only=True)
)
POINTS = register_synced_table(SyncedTable("party_points", "党员积分", "party points ledger"))
REVIEWS = register_synced_table(SyncedTable("party_reviews", "民主评议", "party reviews"))
POSTS = register_synced_table(
    SyncedTable("party_posts", "党员示范岗", "model posts", personal=("name",))
)
TRAINING = register_synced_table(SyncedTable("party_training", "书记培训", "secretary training"))
CADRES = register_synced_table(
    SyncedTable("party_cadres", "雏雁与致富带头人", "reserve cadres", personal=("name",))
)
SETTINGS = register_synced_table(
    SyncedTable("party_settings", "党建设置", "party settings", town_only=True)
)

#: The town catalogues of this part, with the column they are ordered by.
CATALOGUES = {"party_points_rules": "code", "party_settings": "name"}


def _text(*names: str) -> dict[str, type]:
    return dict.fromkeys(names, str)


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m009_party``)."""
    member_text = (
        "full_date", "flow_place", "transfer_in_date", "transfer_in_from",
        "transfer_out_date", "transfer_out_to", "note",
    )  # fmt: skip
    create_synced_table(
        db,
        "party_members",
        {
            "person_id": str, "name": str, "group_no": int, "status": str, "joined_date": str,
            "flowing": int, **_text(*member_text),
        },
        not_null={"person_id", "name", "status", "joined_date"},
        defaults={"group_no": 0, "flowing": 0, **dict.fromkeys(member_text, "")},
    )  # fmt: skip
    db.execute("CREATE INDEX idx_party_members_person ON party_members(person_id)")
    create_synced_table(
        db,
        "party_branch",
        {**_text("branch_name", "secretary", "chair", "note"), "dual_post": int},
        not_null={"branch_name"},
        defaults={"secretary": "", "chair": "", "note": "", "dual_post": 0},
    )
    create_synced_table(
        db,
        "party_meetings",
        {
            **_text("kind", "held_on", "topic", "host", "attendees", "absent_note", "minutes"),
            "expected": int, "present": int,
        },
        not_null={"kind", "held_on", "topic"},
        defaults={
            "host": "", "attendees": "[]", "absent_note": "", "minutes": "", "expected": 0,
            "present": 0,
        },
    )  # fmt: skip
    db.execute("CREATE INDEX idx_party_meetings_day ON party_meetings(owner, held_on)")
    db["party_meetings"].enable_fts(  # type: ignore[union-attr]
        ["topic", "minutes"], tokenize="trigram", create_triggers=True
    )
    create_synced_table(
        db,
        "party_pledges",
        {**_text("member_id", "name", "content", "made_date"), "year": int},
        not_null={"member_id", "name", "year", "content"},
        defaults={"made_date": ""},
    )
    db.execute("CREATE INDEX idx_party_pledges_year ON party_pledges(owner, year)")
    create_synced_table(
        db,
        "party_fulfilments",
        {**_text("member_id", "done_on", "content"), "year": int},
        not_null={"member_id", "year", "done_on", "content"},
    )
    db.execute("CREATE INDEX idx_party_fulfilments ON party_fulfilments(member_id, year)")
    create_synced_table(
        db,
        "party_points_rules",
        {**_text("addressee", "code", "category", "description"), "points": int},
        not_null={"addressee", "code", "category", "points", "description"},
    )
    create_synced_table(
        db,
        "party_points",
        {
            **_text("member_id", "entry_date", "kind", "rule_code", "note", "approved_by"),
            "points": int,
        },
        not_null={"member_id", "entry_date", "kind", "points"},
        defaults={"rule_code": "", "note": "", "approved_by": ""},
    )
    db.execute("CREATE INDEX idx_party_points ON party_points(owner, entry_date)")
    create_synced_table(
        db,
        "party_reviews",
        {
            **_text("member_id", "reviewed_on", "grade", "note"), "year": int,
            "votes_excellent": int, "votes_qualified": int, "votes_basic": int,
            "votes_unqualified": int,
        },
        not_null={"member_id", "year", "grade"},
        defaults={
            "reviewed_on": "", "note": "", "votes_excellent": 0, "votes_qualified": 0,
            "votes_basic": 0, "votes_unqualified": 0,
        },
    )  # fmt: skip
    db.execute("CREATE INDEX idx_party_reviews_year ON party_reviews(owner, year)")
    create_synced_table(
        db,
        "party_posts",
        _text("post", "member_id", "name", "duties", "set_date", "ended_date"),
        not_null={"post", "member_id", "name", "set_date"},
        defaults={"duties": "", "ended_date": ""},
    )
    create_synced_table(
        db,
        "party_training",
        {**_text("trainee", "start_date", "organiser", "topic"), "days": int},
        not_null={"trainee", "start_date", "days"},
        defaults={"organiser": "", "topic": ""},
    )
    create_synced_table(
        db,
        "party_cadres",
        {**_text("kind", "person_id", "name", "chosen_date", "note"), "group_no": int, "year": int},
        not_null={"kind", "person_id", "name", "year"},
        defaults={"chosen_date": "", "note": "", "group_no": 0},
    )
    create_synced_table(
        db,
        "party_settings",
        _text("addressee", "name", "value"),
        not_null={"addressee", "name", "value"},
    )


# --- reading ------------------------------------------------------------------------


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_members(db: sqlite_utils.Database, *, owner: str) -> list[dict[str, Any]]:
    """Memberships of ``owner`` whose person is still in the roster, with today's name/group.

    A person deleted from the roster (moved away, died) no longer counts: the
    count is the roster's. The name and group are read from the roster when
    the person is there (the copy in the row is for a printed list's sake).
    """
    return _rows(
        db.execute(
            "SELECT m.*, coalesce(p.name, m.name) AS name, coalesce(h.group_no, m.group_no) "
            "AS group_no FROM party_members m "
            "JOIN persons p ON p.id = m.person_id AND p.deleted = 0 "
            "LEFT JOIN households h ON h.id = p.household_id "
            "WHERE m.deleted = 0 AND m.owner = ? ORDER BY m.joined_date, m.rev",
            [owner],
        )
    )


def rows_by_owner(
    db: sqlite_utils.Database,
    table: str,
    *,
    owner: str,
    year_column: str = "",
    year: int | None = None,
    order: str = "rev",
) -> list[dict[str, Any]]:
    """Live rows of one of this part's tables for ``owner`` (optionally one year's)."""
    assert table.startswith("party_")
    where, params = ["deleted = 0", "owner = ?"], list[Any]([owner])
    if year is not None and year_column:
        if year_column == "year":
            where.append("year = ?")
            params.append(year)
        else:
            where.append(f"substr([{year_column}], 1, 4) = ?")
            params.append(f"{year:04d}")
    return _rows(
        db.execute(f"SELECT * FROM [{table}] WHERE {' AND '.join(where)} ORDER BY {order}", params)
    )


def town_catalogue_rows(
    db: sqlite_utils.Database, table: str, *, village_code: str, town_code: str
) -> list[dict[str, Any]]:
    """The town's live rows of a catalogue for this village: its own address first, then '*'."""
    order = CATALOGUES[table]
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


def points_totals(
    db: sqlite_utils.Database, *, owner: str, since: str, until: str
) -> list[dict[str, Any]]:
    """Per member: points earned and deducted in [since, until] and the year's total to until."""
    return _rows(
        db.execute(
            """
            SELECT member_id,
              coalesce(sum(CASE WHEN entry_date BETWEEN :since AND :until AND points > 0
                  THEN points END), 0) AS earned,
              coalesce(sum(CASE WHEN entry_date BETWEEN :since AND :until AND points < 0
                  THEN points END), 0) AS deducted,
              coalesce(sum(CASE WHEN entry_date BETWEEN :year_start AND :until
                  THEN points END), 0) AS year_total
            FROM party_points WHERE deleted = 0 AND owner = :owner
            GROUP BY member_id
            """,
            {"since": since, "until": until, "year_start": since[:4] + "-01-01", "owner": owner},
        )
    )


def finance_lines(db: sqlite_utils.Database, *, owner: str, year: int) -> list[dict[str, Any]]:
    """The year's finance disclosures of ``owner``: quarter and lines (JSON text)."""
    return _rows(
        db.execute(
            "SELECT quarter, lines FROM finance_disclosures "
            "WHERE deleted = 0 AND owner = ? AND year = ? ORDER BY quarter",
            [owner, year],
        )
    )


def search_meetings(db: sqlite_utils.Database, text: str, *, owner: str) -> list[dict[str, Any]]:
    """Meetings whose topic or minutes hold ``text``: trigram FTS for ≥ 3 characters, else LIKE."""
    text = text.strip()
    if not text:
        return []
    if len(text) >= 3:
        match = "rowid IN (SELECT rowid FROM party_meetings_fts WHERE party_meetings_fts MATCH ?)"
        params: list[Any] = ['"' + text.replace('"', '""') + '"']
    else:
        match = "(topic LIKE ? ESCAPE '\\' OR minutes LIKE ? ESCAPE '\\')"
        params = [_like(text)] * 2
    return _rows(
        db.execute(
            f"SELECT * FROM party_meetings WHERE deleted = 0 AND {match} AND owner = ? "
            "ORDER BY held_on DESC LIMIT 200",
            [*params, owner],
        )
    )


def search_text(
    db: sqlite_utils.Database, table: str, columns: tuple[str, ...], text: str, *, owner: str
) -> list[dict[str, Any]]:
    """Rows of a small table of this part with ``text`` in one of ``columns`` (LIKE)."""
    assert table.startswith("party_")
    like = _like(text.strip())
    match = " OR ".join(f"[{c}] LIKE ? ESCAPE '\\'" for c in columns)
    return _rows(
        db.execute(
            f"SELECT * FROM [{table}] WHERE deleted = 0 AND owner = ? AND ({match}) LIMIT 200",
            [owner, *([like] * len(columns))],
        )
    )
