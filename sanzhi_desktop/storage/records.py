"""Synced records: the columns every synced table carries and the one way to write them.

DESIGN.md §2 in code. Every synced table has ``id`` (UUID), ``owner``,
``rev``, ``rev_site``, ``updated_at`` and ``deleted``; every write to one goes
through :func:`insert_record`, :func:`update_record` or :func:`delete_record`,
which (in one transaction)

1. take the next ``rev`` from the hybrid logical clock
   ``rev = max(now_ms, local_max + 1, seen_max + 1)``, so revs only grow, even
   after a restore or a clock set back;
2. write the row with ``owner``, ``rev``, ``rev_site`` (this database's site
   id) and ``updated_at``;
3. append the change-log row (rev, table, id, operator, time, before/after
   JSON), which is both the audit trail and what the sync export reads.

Tables register themselves in :data:`SYNCED_TABLES` when their migration is
defined, so sync and the change-log page work for every table without knowing
it by name.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from sanzhi_desktop.domain.errors import NotFoundError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.storage import clock

if TYPE_CHECKING:
    import sqlite_utils

    from sanzhi_desktop.storage.connection import SqlRunner

SYNC_COLUMNS: dict[str, type] = {
    "id": str,
    "owner": str,
    "rev": int,
    "rev_site": str,
    "updated_at": str,
    "deleted": int,
}


@dataclass(frozen=True)
class SyncedTable:
    """A table that travels in sync files; ``personal`` fields are blanked on erase."""

    name: str
    label_zh: str
    label_en: str
    personal: tuple[str, ...] = ()
    #: Only the town writes it (catalogues, key revocations): a village's file may not carry it.
    town_only: bool = False
    #: Enumerated columns and their values, held to them when a sync file brings a row.
    choices: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def label(self) -> str:
        return msg(self.label_zh, self.label_en)


SYNCED_TABLES: dict[str, SyncedTable] = {}


def register_synced_table(spec: SyncedTable) -> SyncedTable:
    SYNCED_TABLES[spec.name] = spec
    return spec


@dataclass(frozen=True)
class Author:
    """Who writes: the operator at the keyboard and the office that owns the record."""

    operator: str
    owner: str


def new_id() -> str:
    """A new record id: a UUID version 7 (RFC 9562), time-ordered, written as usual.

    Its first 48 bits are the Unix time in milliseconds, the next 12 (after
    the version) the fraction of that millisecond, the last 62 random. Ids
    made one after another sort one after another, so a new record lands at
    the end of every index keyed by its id — the primary key, the change log
    by record, the other tables' references to it — instead of on a random
    page of each. At a town holding a million records that random page was
    the larger part of what an import's cost per record grew by (README,
    Benchmarks, "Third round"). A clock set back only costs
    that order, never uniqueness: the 62 random bits keep ids apart.
    """
    nanoseconds = time.time_ns()
    milliseconds, rest = divmod(nanoseconds, 1_000_000)
    fraction = rest * 4096 // 1_000_000  # 12 bits of sub-millisecond time
    random_bits = int.from_bytes(os.urandom(8), "big") & _RANDOM_62
    value = (milliseconds & _MS_48) << 80 | 0x7 << 76 | fraction << 64 | 0b10 << 62 | random_bits
    digits = f"{value:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


_MS_48 = (1 << 48) - 1
_RANDOM_62 = (1 << 62) - 1


#: Namespace of the ids derived from natural keys (never change it: ids would change).
NATURAL_KEY_NAMESPACE = "5a1e7c2e-3b1f-4d1e-9c55-7a9d2b3f6e01"


def natural_id(table: str, owner: str, *key: object) -> str:
    """``uuid5`` of a natural key, e.g. ``natural_id("finance_disclosures", code, 2026, 3)``.

    Two offline creations of the same thing (a quarter's finance disclosure,
    a household's star rating for a year) get the same id and so become one
    record when they meet (DESIGN.md §2). Pass it to :func:`insert_record`'s
    ``record_id``.
    """
    name = "\x1f".join([table, owner, *(str(part) for part in key)])
    import uuid  # here: it brings ``platform`` along, ~2 ms a start need not pay

    return str(uuid.uuid5(uuid.UUID(NATURAL_KEY_NAMESPACE), name))


def create_synced_table(
    db: sqlite_utils.Database,
    name: str,
    columns: dict[str, type],
    *,
    not_null: set[str] | None = None,
    defaults: dict[str, Any] | None = None,
) -> None:
    """Create a synced table: the sync columns first, then ``columns``.

    Its one index by ``rev`` leads with the owner: every read by ``rev``
    (exports, the town's per-village lists) names the owner. (Files made
    before m007 also had an index on ``rev`` alone; m007 drops it.)
    """
    all_columns = {**SYNC_COLUMNS, **columns}
    db.create_table(
        name,
        all_columns,
        pk="id",
        not_null={"owner", "rev", "rev_site", "updated_at", "deleted", *(not_null or set())},
        defaults={"deleted": 0, **(defaults or {})},
    )
    db.execute(f"CREATE INDEX idx_{name}_owner_rev ON [{name}](owner, rev)")


# --- the hybrid logical clock -------------------------------------------------


def get_meta(db: SqlRunner, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else default


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def site_id(db: SqlRunner) -> str:
    return get_meta(db, "site_id")


def next_rev(db: sqlite_utils.Database) -> int:
    """Advance and return the clock; call only inside a write transaction.

    One statement reads both maxima, advances ``last_rev`` and returns it: it
    runs for every record written, where three statements were a tenth of a
    record's cost.
    """
    row = db.execute(
        "INSERT INTO meta(key, value) VALUES ('last_rev', "
        " max(?, coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_rev'), 0) + 1,"
        "  coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'seen_max_rev'), 0) + 1)) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value RETURNING value",
        [clock.now_ms()],
    ).fetchone()
    return int(row[0])


def note_seen_rev(db: sqlite_utils.Database, rev: int) -> None:
    """Remember a rev seen from elsewhere (import, town ack) so ours stay above it."""
    if rev > int(get_meta(db, "seen_max_rev", "0")):
        set_meta(db, "seen_max_rev", str(rev))


# --- reading ------------------------------------------------------------------


def get_record(
    db: sqlite_utils.Database, table: str, record_id: str, *, include_deleted: bool = False
) -> dict[str, Any]:
    """The row as a dict; :class:`NotFoundError` if missing or (by default) deleted."""
    _check_table(table)
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        raise NotFoundError(msg("找不到这条记录，可能已被删除", "Record not found"))
    record = dict(zip([c[0] for c in cursor.description], row, strict=True))
    if record["deleted"] and not include_deleted:
        raise NotFoundError(msg("这条记录已被删除", "This record was deleted"))
    return record


# --- writing ------------------------------------------------------------------


def insert_record(
    db: sqlite_utils.Database,
    table: str,
    values: dict[str, Any],
    *,
    author: Author,
    record_id: str | None = None,
) -> dict[str, Any]:
    """Insert a new record and its change-log row; returns the stored row."""
    _check_table(table)
    with db.atomic():
        rev = next_rev(db)
        record = {
            **{k: v for k, v in values.items() if k not in SYNC_COLUMNS},
            "id": record_id or values.get("id") or new_id(),
            "owner": author.owner,
            "rev": rev,
            "rev_site": site_id(db),
            "updated_at": clock.now_iso(),
            "deleted": 0,
        }
        _insert_row(db, table, record)
        log_change(db, table, record["id"], "insert", None, record, rev=rev, author=author)
    return record


def update_record(
    db: sqlite_utils.Database,
    table: str,
    record_id: str,
    values: dict[str, Any],
    *,
    author: Author,
) -> dict[str, Any]:
    """Change fields of a live record; a no-op change writes nothing and returns the row."""
    with db.atomic():
        before = get_record(db, table, record_id)
        changes = {k: v for k, v in values.items() if k not in SYNC_COLUMNS and before.get(k) != v}
        if not changes:
            return before
        rev = next_rev(db)
        stamp = {"rev": rev, "rev_site": site_id(db), "updated_at": clock.now_iso()}
        _update_row(db, table, record_id, {**changes, **stamp})
        after = {**before, **changes, **stamp}
        log_change(db, table, record_id, "update", before, after, rev=rev, author=author)
    return after


def delete_record(
    db: sqlite_utils.Database,
    table: str,
    record_id: str,
    *,
    author: Author,
    erase_personal: bool = False,
) -> dict[str, Any]:
    """Tombstone a record (``deleted = 1``); with ``erase_personal`` blank its personal fields.

    The row stays so that the deletion can travel to the town and the change
    log can show it; a privacy erase also blanks the fields named in the
    table's ``personal`` tuple, in the row and in the new change-log row.
    """
    with db.atomic():
        before = get_record(db, table, record_id)
        rev = next_rev(db)
        changes: dict[str, Any] = {
            "deleted": 1,
            "rev": rev,
            "rev_site": site_id(db),
            "updated_at": clock.now_iso(),
        }
        personal = SYNCED_TABLES[table].personal if erase_personal else ()
        changes.update({f: "" for f in personal})
        _update_row(db, table, record_id, changes)
        after = {**before, **changes}
        log_change(db, table, record_id, "delete", before, after, rev=rev, author=author)
        if personal:
            _scrub_change_log(db, table, record_id, personal)
    return after


def _sql_value(value: Any) -> Any:
    """A value as SQLite stores it: a list or dict (a record's lines) as JSON text.

    The one conversion sqlite-utils' ``Table.insert`` made for what callers
    hand in, kept when records stopped going through it, so that no row
    changes. (A date or other object could never reach here: the change
    log's JSON of the same record refuses it first.)
    """
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, default=repr)
    return value


def _insert_row(db: sqlite_utils.Database, table: str, row: dict[str, Any]) -> None:
    """One INSERT statement for ``row``.

    Plain SQL rather than sqlite-utils' ``Table.insert``, which looks the
    table's columns up and builds its statement anew on every call: a third
    of the time of every record written one by one (the demo village writes
    some 15,000; docs/benchmarks-printdemo.md).
    """
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" * len(row))
    db.execute(
        f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", [_sql_value(v) for v in row.values()]
    )


def _update_row(
    db: sqlite_utils.Database, table: str, record_id: str, changes: dict[str, Any]
) -> None:
    """One UPDATE statement of ``changes`` for the row ``record_id`` (read just before)."""
    assignments = ", ".join(f"[{c}] = ?" for c in changes)
    db.execute(
        f"UPDATE [{table}] SET {assignments} WHERE id = ?",
        [*(_sql_value(v) for v in changes.values()), record_id],
    )


def _scrub_change_log(
    db: sqlite_utils.Database, table: str, record_id: str, personal: tuple[str, ...]
) -> None:
    """Blank erased personal fields in every change-log row of the record, too."""
    rows = db.execute(
        "SELECT seq, before, after FROM changes WHERE table_name = ? AND record_id = ?",
        [table, record_id],
    ).fetchall()
    for seq, before, after in rows:
        scrubbed = [_blank_json(before, personal), _blank_json(after, personal)]
        db.execute("UPDATE changes SET before = ?, after = ? WHERE seq = ?", [*scrubbed, seq])


def _blank_json(text: str | None, personal: tuple[str, ...]) -> str | None:
    if text is None:
        return None
    record = json.loads(text)
    record.update({f: "" for f in personal if f in record})
    return _to_json(record)


def _check_table(table: str) -> None:
    if table not in SYNCED_TABLES:
        raise ValueError(f"{table} is not a registered synced table")


def log_change(
    db: sqlite_utils.Database,
    table: str,
    record_id: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    *,
    rev: int,
    author: Author,
) -> None:
    db.execute(
        "INSERT INTO changes(rev, table_name, record_id, action, operator, at, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            rev,
            table,
            record_id,
            action,
            author.operator,
            clock.now_iso(),
            _to_json(before),
            _to_json(after),
        ],
    )


class ChangeEntry(NamedTuple):
    """One change-log row for :func:`log_changes` (the arguments of :func:`log_change`)."""

    table: str
    record_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    rev: int
    operator: str


def log_changes(db: sqlite_utils.Database, entries: Iterable[ChangeEntry], *, at: str) -> None:
    """:func:`log_change` for many rows in one ``executemany``, all stamped ``at``.

    For a sync import, which logs every record it applies: the same rows and
    the same JSON as :func:`log_change`, without a statement, a clock read and
    a new JSON encoder per row.
    """
    encode = _encode
    db.conn.executemany(
        "INSERT INTO changes(rev, table_name, record_id, action, operator, at, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                e.rev,
                e.table,
                e.record_id,
                e.action,
                e.operator,
                at,
                None if e.before is None else encode(e.before),
                None if e.after is None else encode(e.after),
            )
            for e in entries
        ),
    )


def log_received(
    db: sqlite_utils.Database,
    table: str,
    rows: Iterable[tuple[dict[str, Any], dict[str, Any] | None]],
    *,
    operator: str,
    at: str,
) -> None:
    """The change-log rows of records of ``table`` written as received: ``(row, held before)``.

    What :func:`log_changes` writes for them — the action from the row (a
    tombstone is a delete; a record held before is an update), its own rev,
    the same JSON — without a :class:`ChangeEntry` per record: a sync import
    logs every record it applies, and the change log is the largest part of
    its cost after the records themselves (docs/benchmarks-imp.md).
    """
    encode = _encode
    db.conn.executemany(
        "INSERT INTO changes(rev, table_name, record_id, action, operator, at, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                int(row["rev"]),
                table,
                row["id"],
                "delete" if row["deleted"] else ("update" if before else "insert"),
                operator,
                at,
                None if before is None else encode(before),
                encode(row),
            )
            for row, before in rows
        ),
    )


#: What :func:`_to_json` writes (``json.dumps`` with these options builds one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _one_encoder() -> Callable[[dict[str, Any]], str]:
    """``_ENCODER.encode`` without building the C encoder again for every record.

    ``JSONEncoder.encode`` makes a new ``c_make_encoder`` object per call; one
    made once, with the same options, writes the same text (a third faster on
    a record of fifteen fields). Without the C accelerator: ``_ENCODER.encode``.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _ENCODER.encode
    iterencode = make(
        None, None, json.encoder.encode_basestring, None, ": ", ", ", True, False, True
    )
    return lambda record: "".join(iterencode(record, 0))


_encode = _one_encoder()


def _to_json(record: dict[str, Any] | None) -> str | None:
    if record is None:
        return None
    return json.dumps(record, ensure_ascii=False, sort_keys=True)
