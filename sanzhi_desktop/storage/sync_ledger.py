"""Storage for the sync bookkeeping: enrolled peers, export and import ledgers, acks, conflicts.

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m006_sync``:

- ``sync_peers``: the offices whose cards this office enrolled (a village: its
  town; a town: its villages), with ``revoked_at`` once a key is revoked;
- ``sync_exports``: every file this office wrote (seq, receiver, revs, hash);
- ``sync_imports``: every file applied, by file hash and by sender+seq, with
  the rev range it covers — from which the acks are computed;
- ``sync_acks``: per peer, the highest rev of ours the peer said it holds;
- ``sync_conflicts``: losing versions written on another PC of the same office;
- ``sync_alerts``: things the clerk must know (e.g. two PCs sharing one site id);
- ``key_revocations``: a *synced*, town-owned table (addressee ``'*'``), so a
  revocation travels to every village in the town's next files.

The record queries are generic over the registry of synced tables: nothing
here knows a table of another part by name.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage import fulltext
from sanzhi_desktop.storage.records import (
    SYNCED_TABLES,
    SyncedTable,
    create_synced_table,
    get_meta,
    register_synced_table,
    set_meta,
)

if TYPE_CHECKING:
    from pathlib import Path

    import sqlite_utils

KEY_REVOCATIONS = register_synced_table(
    SyncedTable("key_revocations", "密钥吊销", "key revocations", town_only=True)
)


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m006_sync``)."""
    db.execute(
        """
        CREATE TABLE sync_peers (
            code TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('village', 'town')),
            name TEXT NOT NULL,
            age_recipient TEXT NOT NULL,
            minisign_public_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            enrolled_at TEXT NOT NULL,
            revoked_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sync_exports (
            seq INTEGER PRIMARY KEY,
            receiver TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL DEFAULT '',
            since_rev INTEGER NOT NULL,
            max_rev INTEGER NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            written INTEGER NOT NULL DEFAULT 0,
            acknowledged_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_sync_exports_receiver ON sync_exports(receiver, seq)")
    db.execute(
        """
        CREATE TABLE sync_imports (
            file_sha256 TEXT PRIMARY KEY,
            sender TEXT NOT NULL,
            seq INTEGER NOT NULL,
            sender_site_id TEXT NOT NULL,
            manifest_sha256 TEXT NOT NULL,
            since_rev INTEGER NOT NULL,
            max_rev INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX idx_sync_imports_sender_seq ON sync_imports(sender, seq)")
    db.execute(
        """
        CREATE TABLE sync_acks (
            peer TEXT PRIMARY KEY,
            acked_rev INTEGER NOT NULL DEFAULT 0,
            acked_seqs TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            owner TEXT NOT NULL,
            winner_rev INTEGER NOT NULL,
            winner_site TEXT NOT NULL,
            loser_rev INTEGER NOT NULL,
            loser_site TEXT NOT NULL,
            loser TEXT NOT NULL,
            source TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            UNIQUE (table_name, record_id, loser_rev, loser_site)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sync_alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            peer TEXT NOT NULL,
            detail TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            UNIQUE (kind, peer, detail)
        )
        """
    )
    create_synced_table(
        db,
        KEY_REVOCATIONS.name,
        {
            "addressee": str,
            "code": str,
            "fingerprint": str,
            "revoked_at": str,
            "reason": str,
        },
        not_null={"addressee", "code", "fingerprint", "revoked_at"},
        defaults={"addressee": "*", "reason": ""},
    )


# --- peers ----------------------------------------------------------------------


@dataclass(frozen=True)
class PeerRow:
    code: str
    kind: str
    name: str
    age_recipient: str
    minisign_public_key: str
    fingerprint: str
    enrolled_at: str
    revoked_at: str | None


def upsert_peer(db: sqlite_utils.Database, peer: PeerRow) -> None:
    db.execute(
        "INSERT INTO sync_peers(code, kind, name, age_recipient, minisign_public_key, "
        "fingerprint, enrolled_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
        "age_recipient = excluded.age_recipient, "
        "minisign_public_key = excluded.minisign_public_key, "
        "fingerprint = excluded.fingerprint, enrolled_at = excluded.enrolled_at, "
        "revoked_at = excluded.revoked_at",
        [
            peer.code,
            peer.kind,
            peer.name,
            peer.age_recipient,
            peer.minisign_public_key,
            peer.fingerprint,
            peer.enrolled_at,
            peer.revoked_at,
        ],
    )


def get_peer(db: sqlite_utils.Database, code: str) -> PeerRow | None:
    rows = _peers(db, "WHERE code = ?", [code])
    return rows[0] if rows else None


def list_peers(db: sqlite_utils.Database, *, kind: str | None = None) -> list[PeerRow]:
    if kind is None:
        return _peers(db, "", [])
    return _peers(db, "WHERE kind = ?", [kind])


def set_peer_revoked(db: sqlite_utils.Database, code: str, revoked_at: str | None) -> None:
    db.execute("UPDATE sync_peers SET revoked_at = ? WHERE code = ?", [revoked_at, code])


def _peers(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[PeerRow]:
    cursor = db.execute(
        "SELECT code, kind, name, age_recipient, minisign_public_key, fingerprint, "
        f"enrolled_at, revoked_at FROM sync_peers {where} ORDER BY code",
        params,
    )
    return [PeerRow(*row) for row in cursor.fetchall()]


def revoked_fingerprints(db: sqlite_utils.Database, code: str, *, issued_by: str) -> set[str]:
    """Fingerprints of ``code``'s keys revoked by ``issued_by`` (the town).

    Only the town's own revocation rows count: a village can write a
    key_revocations row in its own file (it owns it), and that must never
    revoke another village's key.
    """
    rows = db.execute(
        "SELECT fingerprint FROM key_revocations WHERE code = ? AND owner = ? AND deleted = 0",
        [code, issued_by],
    ).fetchall()
    return {str(r[0]) for r in rows}


def list_revocations(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _dicts(
        db, "SELECT * FROM key_revocations WHERE deleted = 0 ORDER BY revoked_at DESC", []
    )


# --- export ledger ----------------------------------------------------------------


def reserve_export(
    db: sqlite_utils.Database,
    *,
    receiver: str,
    since_rev: int,
    max_rev: int,
    created_at: str,
) -> int:
    """Take the next seq (1, 2, 3 … per sender) for a file about to be written."""
    seq = int(get_meta(db, "sync_last_seq", "0")) + 1
    set_meta(db, "sync_last_seq", str(seq))
    db.execute(
        "INSERT INTO sync_exports(seq, receiver, since_rev, max_rev, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [seq, receiver, since_rev, max_rev, created_at],
    )
    return seq


def note_acknowledged_seq(db: sqlite_utils.Database, seq: int) -> None:
    """Raise (never lower) this office's last export seq to one the other side has seen.

    A re-installed office (a new data file) or one restored from an older
    backup would otherwise start again below seqs its town already holds, and
    the town would see two different files with one seq.
    """
    if seq > int(get_meta(db, "sync_last_seq", "0")):
        set_meta(db, "sync_last_seq", str(seq))


def mark_export_written(
    db: sqlite_utils.Database, seq: int, *, file_name: str, file_sha256: str, counts: dict[str, int]
) -> None:
    db.execute(
        "UPDATE sync_exports SET written = 1, file_name = ?, file_sha256 = ?, counts = ? "
        "WHERE seq = ?",
        [file_name, file_sha256, json.dumps(counts, sort_keys=True), seq],
    )


def list_exports(db: sqlite_utils.Database, *, receiver: str | None = None) -> list[dict[str, Any]]:
    where, params = ("WHERE receiver = ?", [receiver]) if receiver else ("", [])
    return _dicts(db, f"SELECT * FROM sync_exports {where} ORDER BY seq DESC", params)


def mark_exports_acknowledged(
    db: sqlite_utils.Database, receiver: str, *, max_rev: int, seqs: list[int], at: str
) -> None:
    """Exports the receiver holds: those it named, and those wholly below its watermark."""
    marks = ",".join("?" * len(seqs)) or "NULL"
    db.execute(
        "UPDATE sync_exports SET acknowledged_at = ? WHERE receiver = ? "
        f"AND acknowledged_at IS NULL AND written = 1 AND (max_rev <= ? OR seq IN ({marks}))",
        [at, receiver, max_rev, *seqs],
    )


# --- import ledger ---------------------------------------------------------------


def import_by_hash(db: sqlite_utils.Database, file_sha256: str) -> dict[str, Any] | None:
    rows = _dicts(db, "SELECT * FROM sync_imports WHERE file_sha256 = ?", [file_sha256])
    return rows[0] if rows else None


def imports_by_sender_seq(db: sqlite_utils.Database, sender: str, seq: int) -> list[dict[str, Any]]:
    return _dicts(db, "SELECT * FROM sync_imports WHERE sender = ? AND seq = ?", [sender, seq])


def record_import(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    db["sync_imports"].insert(  # type: ignore[union-attr]
        {**row, "counts": json.dumps(row.get("counts", {}), sort_keys=True)}
    )


def list_imports(db: sqlite_utils.Database, *, sender: str | None = None) -> list[dict[str, Any]]:
    where, params = ("WHERE sender = ?", [sender]) if sender else ("", [])
    return _dicts(
        db, f"SELECT * FROM sync_imports {where} ORDER BY imported_at DESC, seq DESC", params
    )


def held_rev(db: sqlite_utils.Database, sender: str) -> int:
    """The highest rev up to which we hold *all* of ``sender``'s records meant for us.

    Each imported file covers ``(since_rev, max_rev]``; the watermark grows from 0
    through every file that starts at or below it, so a lost file is covered by
    a later one (which starts lower, since it carries all that was unacknowledged)
    and a gap is never papered over.
    """
    intervals = db.execute(
        "SELECT since_rev, max_rev FROM sync_imports WHERE sender = ? ORDER BY since_rev",
        [sender],
    ).fetchall()
    watermark = 0
    for since, top in intervals:
        if since > watermark:
            break
        watermark = max(watermark, int(top))
    return watermark


def imported_seqs(db: sqlite_utils.Database, sender: str) -> list[int]:
    rows = db.execute(
        "SELECT DISTINCT seq FROM sync_imports WHERE sender = ? ORDER BY seq", [sender]
    ).fetchall()
    return [int(r[0]) for r in rows]


# --- acks -------------------------------------------------------------------------


def acked_rev(db: sqlite_utils.Database, peer: str) -> int:
    row = db.execute("SELECT acked_rev FROM sync_acks WHERE peer = ?", [peer]).fetchone()
    return int(row[0]) if row else 0


def record_ack(db: sqlite_utils.Database, peer: str, *, rev: int, seqs: list[int], at: str) -> None:
    """Raise (never lower) what ``peer`` holds of ours; an older file cannot undo an ack."""
    row = db.execute(
        "SELECT acked_rev, acked_seqs FROM sync_acks WHERE peer = ?", [peer]
    ).fetchone()
    old_rev, old_seqs = (int(row[0]), json.loads(row[1])) if row else (0, [])
    merged = sorted({*old_seqs, *seqs})
    db.execute(
        "INSERT INTO sync_acks(peer, acked_rev, acked_seqs, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(peer) DO UPDATE SET acked_rev = excluded.acked_rev, "
        "acked_seqs = excluded.acked_seqs, updated_at = excluded.updated_at",
        [peer, max(old_rev, rev), json.dumps(merged), at],
    )


# --- records (generic over the synced tables) ---------------------------------------


def table_columns(db: sqlite_utils.Database, table: str) -> list[str]:
    _check(table)
    return [str(r[1]) for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


@dataclass(frozen=True)
class ColumnInfo:
    """A column as ``PRAGMA table_info`` describes it."""

    name: str
    declared_type: str
    not_null: bool
    has_default: bool
    primary_key: bool


def column_info(db: sqlite_utils.Database, table: str) -> list[ColumnInfo]:
    """The columns of a synced table: what a record of it in a sync file may hold."""
    _check(table)
    return [
        ColumnInfo(str(name), str(kind or ""), bool(notnull), default is not None, bool(pk))
        for _cid, name, kind, notnull, default, pk in db.execute(
            f"PRAGMA table_info([{table}])"
        ).fetchall()
    ]


class FileIds:
    """The ids one import has met, per table, to refuse an id that comes twice in a file.

    The first :data:`FILE_IDS_IN_MEMORY` ids are kept in a dictionary (a
    village's file never holds more); past that, all of them move to a private
    temporary database (SQLite's ``""`` file name: on disk, deleted when
    closed), where a file within the limits — millions of ids — costs a small
    page cache instead of all of them in memory. Its own connection, so the
    data file, and what the office's connection counts as changed, is untouched.
    """

    def __init__(self) -> None:
        self._memory: dict[tuple[str, str], int] = {}
        self._conn: sqlite3.Connection | None = None

    def add(self, table: str, ids: Sequence[tuple[str, int]]) -> tuple[str, int, int] | None:
        """Note ``(id, line)`` pairs; the first repeated one as ``(id, line, first line)``."""
        if self._conn is None and len(self._memory) + len(ids) <= FILE_IDS_IN_MEMORY:
            memory = self._memory
            for record_id, line in ids:
                first = memory.setdefault((table, record_id), line)
                if first != line:
                    return record_id, line, first
            return None
        return self._add_on_disk(table, ids)

    def _add_on_disk(
        self, table: str, ids: Sequence[tuple[str, int]]
    ) -> tuple[str, int, int] | None:
        conn = self._disk()
        conn.execute("BEGIN")
        try:
            conn.executemany(
                "INSERT INTO ids(tbl, id, line) VALUES (?, ?, ?)",
                ((table, record_id, line) for record_id, line in ids),
            )
        except sqlite3.IntegrityError:
            conn.execute("ROLLBACK")
            return self._first_repeat(conn, table, ids)
        conn.execute("COMMIT")
        return None

    def _disk(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect("", isolation_level=None)
            conn.execute("PRAGMA journal_mode = MEMORY")  # one batch: ROLLBACK must work
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute(
                "CREATE TABLE ids (tbl TEXT NOT NULL, id TEXT NOT NULL, line INTEGER NOT NULL, "
                "PRIMARY KEY (tbl, id)) WITHOUT ROWID"
            )
            with conn:
                conn.executemany(
                    "INSERT INTO ids(tbl, id, line) VALUES (?, ?, ?)",
                    ((t, i, n) for (t, i), n in self._memory.items()),
                )
            self._memory = {}
            self._conn = conn
        return self._conn

    @staticmethod
    def _first_repeat(
        conn: sqlite3.Connection, table: str, ids: Sequence[tuple[str, int]]
    ) -> tuple[str, int, int] | None:
        seen: dict[str, int] = {}
        for record_id, line in ids:
            if record_id in seen:
                return record_id, line, seen[record_id]
            row = conn.execute(
                "SELECT line FROM ids WHERE tbl = ? AND id = ?", [table, record_id]
            ).fetchone()
            if row is not None:
                return record_id, line, int(row[0])
            seen[record_id] = line
        return None

    def close(self) -> None:
        self._memory = {}
        if self._conn is not None:
            self._conn.close()

    def __enter__(self) -> FileIds:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


#: Ids of one import kept in memory before they move to a temporary database (~15 MB).
FILE_IDS_IN_MEMORY = 100_000


def synced_table_names() -> list[str]:
    return sorted(SYNCED_TABLES)


def rows_since(
    db: sqlite_utils.Database,
    table: str,
    *,
    owner: str,
    since_rev: int,
    addressees: tuple[str, ...] | None = None,
) -> list[dict[str, Any]]:
    """Rows of ``table`` owned by ``owner`` with ``rev > since_rev``, tombstones included.

    With ``addressees``, only rows whose ``addressee`` is one of them (and none
    at all from a table without that column): what a town sends one village.
    """
    _check(table)
    sql = f"SELECT * FROM [{table}] WHERE owner = ? AND rev > ?"
    params: list[Any] = [owner, since_rev]
    if addressees is not None:
        if "addressee" not in table_columns(db, table):
            return []
        sql += f" AND addressee IN ({','.join('?' * len(addressees))})"
        params.extend(addressees)
    return _dicts(db, sql + " ORDER BY rev, id", params)


def count_since(db: sqlite_utils.Database, table: str, *, owner: str, since_rev: int) -> int:
    _check(table)
    row = db.execute(
        f"SELECT count(*) FROM [{table}] WHERE owner = ? AND rev > ?", [owner, since_rev]
    ).fetchone()
    return int(row[0])


def get_row(db: sqlite_utils.Database, table: str, record_id: str) -> dict[str, Any] | None:
    _check(table)
    rows = _dicts(db, f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    return rows[0] if rows else None


def write_row(db: sqlite_utils.Database, table: str, row: dict[str, Any], *, exists: bool) -> None:
    """Write a row exactly as received (its rev and rev_site kept).

    An UPDATE for a row already held (not INSERT OR REPLACE, whose hidden
    delete would skip the full-text triggers), so columns the sender's older
    program does not know keep their values here.
    """
    _check(table)
    columns = list(row)
    if exists:
        db.execute(
            f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in columns)} WHERE id = ?",
            [*(row[c] for c in columns), row["id"]],
        )
    else:
        db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            [row[c] for c in columns],
        )


def get_rows(
    db: sqlite_utils.Database, table: str, record_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """The held rows among ``record_ids``, by id: :func:`get_row` for a whole file's records.

    One query per :data:`_ID_CHUNK` ids instead of one per id (an import of
    200,000 records otherwise spends its time in round trips), and chunked so
    that no query passes more parameters than SQLite allows.
    """
    _check(table)
    held: dict[str, dict[str, Any]] = {}
    wanted = sorted(record_ids)
    for start in range(0, len(wanted), _ID_CHUNK):
        chunk = wanted[start : start + _ID_CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in _dicts(db, f"SELECT * FROM [{table}] WHERE id IN ({marks})", chunk):
            held[row["id"]] = row
    return held


def write_rows(
    db: sqlite_utils.Database, table: str, rows: Sequence[tuple[dict[str, Any], bool]]
) -> None:
    """:func:`write_row` for each ``(row, exists)`` in order, as few statements as possible.

    Consecutive rows of one kind (INSERT or UPDATE) with the same columns go
    through one ``executemany``; the order is kept, so the rows meet the
    unique indexes exactly as they would one by one, and the first row that
    breaks one raises :class:`sqlite3.IntegrityError` as :func:`write_row`
    would (the caller rolls the batch back and retries one by one).
    A batch's full-text terms are indexed in two statements rather than by
    the triggers row by row (:mod:`~sanzhi_desktop.storage.fulltext`).
    """
    _check(table)
    index = fulltext.trigger_kept_index(db.conn, table)
    if index is None or len(rows) < fulltext.BULK_MIN_ROWS:
        _write_groups(db.conn, table, rows)
        return
    with fulltext.indexed_in_bulk(
        db.conn,
        index,
        updated_ids=(row["id"] for row, exists in rows if exists),
        written_ids=(row["id"] for row, _ in rows),
    ):
        _write_groups(db.conn, table, rows)


def _write_groups(
    conn: sqlite3.Connection, table: str, rows: Sequence[tuple[dict[str, Any], bool]]
) -> None:
    for (exists, columns), group in groupby(rows, key=lambda item: (item[1], tuple(item[0]))):
        names = list(columns)
        if exists:
            sql = f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in names)} WHERE id = ?"
            values = itemgetter(*names, "id")
        else:
            sql = (
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) "
                f"VALUES ({', '.join('?' * len(names))})"
            )
            # a tuple of the values (every row holds the six sync columns: never one name)
            values = itemgetter(*names)
        conn.executemany(sql, (values(row) for row, _ in group))


#: Ids per ``IN (…)`` query of :func:`get_rows` (SQLite's parameter limit is far above).
_ID_CHUNK = 500


def counts_by_owner(db: sqlite_utils.Database, table: str) -> dict[str, int]:
    """Live rows of ``table`` per owner (the town dashboard's figures)."""
    _check(table)
    rows = db.execute(
        f"SELECT owner, count(*) FROM [{table}] WHERE deleted = 0 GROUP BY owner"
    ).fetchall()
    return {str(owner): int(n) for owner, n in rows}


def rows_of_owner(
    db: sqlite_utils.Database, table: str, owner: str, *, limit: int = 500
) -> list[dict[str, Any]]:
    _check(table)
    return _dicts(
        db,
        f"SELECT * FROM [{table}] WHERE owner = ? AND deleted = 0 ORDER BY rev DESC LIMIT ?",
        [owner, limit],
    )


# --- conflicts and alerts ---------------------------------------------------------


def record_conflict(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    db.execute(
        "INSERT OR IGNORE INTO sync_conflicts(table_name, record_id, owner, winner_rev, "
        "winner_site, loser_rev, loser_site, loser, source, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            row["table_name"],
            row["record_id"],
            row["owner"],
            row["winner_rev"],
            row["winner_site"],
            row["loser_rev"],
            row["loser_site"],
            json.dumps(row["loser"], ensure_ascii=False, sort_keys=True),
            row["source"],
            row["detected_at"],
        ],
    )


def list_conflicts(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _dicts(db, "SELECT * FROM sync_conflicts ORDER BY id DESC", [])


def record_alert(db: sqlite_utils.Database, *, kind: str, peer: str, detail: str, at: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO sync_alerts(kind, peer, detail, detected_at) VALUES (?, ?, ?, ?)",
        [kind, peer, detail, at],
    )


def list_alerts(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _dicts(db, "SELECT * FROM sync_alerts ORDER BY id DESC", [])


# --- helpers ----------------------------------------------------------------------


def _check(table: str) -> None:
    if table not in SYNCED_TABLES:
        raise ValueError(f"{table} is not a registered synced table")


def _dicts(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def copy_office_rows(db: sqlite_utils.Database, *, source: Path, owner: str, town: str) -> int:
    """Copy every synced row of ``owner`` (and ``town``'s rows for it) from ``source`` into ``db``.

    For a town's read-only look at one village through the village's own
    services (the binder): the source file is attached read-only, rows go
    across table by table in one transaction; returns how many rows.
    """
    db.execute("ATTACH DATABASE ? AS src", [str(source)])
    copied = 0
    try:
        with db.atomic():
            for table in synced_table_names():
                columns = table_columns(db, table)
                names = ", ".join(f"[{c}]" for c in columns)
                where = "owner = ?"
                params: list[Any] = [owner]
                if "addressee" in columns:
                    where = "(owner = ? OR (owner = ? AND addressee IN (?, '*')))"
                    params = [owner, town, owner]
                cursor = db.execute(
                    f"INSERT OR REPLACE INTO main.[{table}] ({names}) "
                    f"SELECT {names} FROM src.[{table}] WHERE {where}",
                    params,
                )
                copied += cursor.rowcount
    finally:
        db.execute("DETACH DATABASE src")
    return copied
