"""USB sync between a village and its town: export and import of sync files (DESIGN.md §3).

The only module that joins :mod:`sanzhi_desktop.sync` (the file format, pure)
with storage. It is generic over ``SYNCED_TABLES``: every table another part
registers travels without a line here.

Export (:func:`export_sync_file`): everything this office owns with a rev
above what the receiver acknowledged — tombstones included — plus the acks
for the receiver's files; a town sends a village only its own rows addressed
to that village or ``'*'``. The seq is reserved in the database *before* the
file is written, so an interrupted export leaves a harmless gap, never two
different files with one seq.

Import (:func:`import_sync_file`) applies the checks in the order of §3 and
writes only in the last step, in one transaction; a refused file changes
nothing and says why in Chinese.

"Upgrade" of a file made by an older schema: its records may lack columns that
later migrations added. They are accepted; a new record gets those columns'
defaults and a record already held keeps its values for them. A file from a
newer schema is refused ("please update").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Any

from sanzhi_desktop import __version__
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import keys
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, connection, migrations, sync_ledger
from sanzhi_desktop.storage.records import (
    SYNC_COLUMNS,
    SYNCED_TABLES,
    Author,
    ChangeEntry,
    get_meta,
    log_changes,
    note_seen_rev,
    site_id,
)
from sanzhi_desktop.storage.sync_ledger import PeerRow
from sanzhi_desktop.sync import SyncFileError, archive, merge, syncfile
from sanzhi_desktop.sync.archive import DEFAULT_LIMITS, Limits
from sanzhi_desktop.sync.manifest import FILE_SUFFIX, Manifest, file_name
from sanzhi_desktop.sync.syncfile import Acks, Opened

ALL_VILLAGES = "*"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    receiver: str
    seq: int
    since_rev: int
    max_rev: int
    counts: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "receiver": self.receiver,
            "seq": self.seq,
            "since_rev": self.since_rev,
            "max_rev": self.max_rev,
            "counts": self.counts,
        }


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    ALREADY = "already"
    REFUSED = "refused"
    #: Found while scanning a drive but meant for another office: not an error.
    SKIPPED = "skipped"


@dataclass
class ImportReport:
    path: Path
    status: ImportStatus
    message: str = ""
    sender: str = ""
    seq: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    changed: int = 0
    conflicts: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "status": self.status.value,
            "message": self.message,
            "sender": self.sender,
            "seq": self.seq,
            "counts": self.counts,
            "changed": self.changed,
            "conflicts": self.conflicts,
            "warnings": self.warnings,
        }


# --- export -----------------------------------------------------------------------


def export_targets(session: Session) -> list[PeerRow]:
    """Whom this office can export to: its town, or every enrolled, unrevoked village."""
    profile = session.require_profile()
    if profile.kind is OfficeKind.VILLAGE:
        town = keys.town_peer(session)
        return [town] if town is not None and not keys.is_revoked(session, town) else []
    return [
        p
        for p in sync_ledger.list_peers(session.db, kind="village")
        if not keys.is_revoked(session, p)
    ]


def export_sync_file(
    session: Session,
    out_dir: Path,
    *,
    to: str | None = None,
    progress: Progress = no_progress,
) -> ExportResult:
    """Write one sync file for ``to`` (a village: always its town) into ``out_dir``."""
    profile = session.require_profile()
    own = keys.ensure_keys(session)
    receiver = _receiver(session, to)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise RefusedError(
            msg(f"找不到文件夹 {out_dir}（U盘插好了吗？）", f"No such folder: {out_dir}")
        )
    db = session.db
    since = sync_ledger.acked_rev(db, receiver.code)
    addressees = None if profile.kind is OfficeKind.VILLAGE else (receiver.code, ALL_VILLAGES)
    tables: dict[str, list[dict[str, Any]]] = {}
    now = clock.now()
    with db.atomic():
        names = sync_ledger.synced_table_names()
        for done, table in enumerate(names):
            progress(done, len(names) + 1, msg(f"正在读取：{_label(table)}", f"Reading {table}"))
            tables[table] = sync_ledger.rows_since(
                db, table, owner=profile.code, since_rev=since, addressees=addressees
            )
        top = max((r["rev"] for rows in tables.values() for r in rows), default=0)
        max_rev = max(int(get_meta(db, "last_rev", "0")), top, since)
        seq = sync_ledger.reserve_export(
            db,
            receiver=receiver.code,
            since_rev=since,
            max_rev=max_rev,
            created_at=now.isoformat(timespec="seconds"),
        )
        acks = _acks_for(db, receiver.code)
    manifest = Manifest(
        schema_version=migrations.schema_version(db),
        app_version=__version__,
        sender_code=profile.code,
        sender_site_id=site_id(db),
        receiver_code=receiver.code,
        receiver_fingerprint=receiver.fingerprint,
        seq=seq,
        since_rev=since,
        max_rev=max_rev,
        created_at=now.isoformat(timespec="seconds"),
    )
    progress(len(tables), len(tables) + 1, msg("正在加密并写入……", "Encrypting and writing…"))
    data = syncfile.seal(
        manifest,
        tables,
        acks,
        secret_key=own.minisign_secret,
        recipient=receiver.age_recipient,
    )
    path = out_dir / file_name(profile.code, now.date(), seq)
    syncfile.write_atomically(path, data)
    counts = {t: len(rows) for t, rows in tables.items() if rows}
    with db.atomic():
        sync_ledger.mark_export_written(
            db, seq, file_name=path.name, file_sha256=archive.sha256_hex(data), counts=counts
        )
    return ExportResult(path, receiver.code, seq, since, max_rev, counts)


def export_all(
    session: Session, out_dir: Path, *, progress: Progress = no_progress
) -> list[ExportResult]:
    """A village: its one file for the town. A town: one file for every enrolled village."""
    targets = export_targets(session)
    if not targets:
        raise _no_peer(session)
    return [export_sync_file(session, out_dir, to=p.code, progress=progress) for p in targets]


def _receiver(session: Session, to: str | None) -> PeerRow:
    profile = session.require_profile()
    if profile.kind is OfficeKind.VILLAGE:
        peer = keys.town_peer(session)
        if peer is None:
            raise _no_peer(session)
        if to not in (None, peer.code):
            raise RefusedError(
                msg(
                    "村里的同步文件只能发给本镇。",
                    "A village exports only to its town.",
                )
            )
    else:
        if not to:
            raise RefusedError(
                msg("请指定要发给哪个村（--to 村代码）。", "Name the village (--to CODE).")
            )
        peer = sync_ledger.get_peer(session.db, to)
        if peer is None:
            raise RefusedError(msg(f"还没有登记{to}的密钥卡。", f"No card enrolled for {to}."))
    if keys.is_revoked(session, peer):
        raise RefusedError(
            msg(f"{peer.name}（{peer.code}）的密钥已被吊销。", f"{peer.code}'s key is revoked.")
        )
    return peer


def _no_peer(session: Session) -> RefusedError:
    if session.require_profile().kind is OfficeKind.VILLAGE:
        return RefusedError(
            msg(
                "还没有登记镇里的密钥卡，不能导出。请先在“同步”页登记（sanzhi keys enroll）。",
                "Enrol the town's card first (sanzhi keys enroll).",
            )
        )
    return RefusedError(msg("还没有登记任何村的密钥卡。", "No village card is enrolled yet."))


def _acks_for(db: Any, peer: str) -> Acks:
    imported = [
        {"seq": int(r["seq"]), "sha256": r["file_sha256"], "file_name": r["file_name"]}
        for r in sorted(sync_ledger.list_imports(db, sender=peer), key=lambda r: r["seq"])
    ]
    return Acks(imported=imported, max_rev=sync_ledger.held_rev(db, peer))


# --- import -----------------------------------------------------------------------


@dataclass
class _Prepared:
    """A file that passed steps 1–3: its tables are read and checked as they are applied."""

    path: Path
    file_sha256: str
    opened: Opened
    peer: PeerRow
    tables: dict[str, bytes]
    acks: Acks
    limits: Limits


def find_sync_files(root: Path, *, depth: int = 2) -> list[Path]:
    """``*.sanzhi`` files in ``root`` and up to ``depth`` folders below (a whole USB drive)."""
    found: list[Path] = []

    def walk(folder: Path, level: int) -> None:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_file() and entry.name.endswith(FILE_SUFFIX):
                found.append(entry)
            elif entry.is_dir() and level < depth:
                walk(entry, level + 1)

    walk(Path(root), 0)
    return found


def import_sync_files(
    session: Session,
    paths: Iterable[Path],
    *,
    progress: Progress = no_progress,
    limits: Limits = DEFAULT_LIMITS,
) -> list[ImportReport]:
    """Import files and folders (a folder: every sync file in it not made by this office)."""
    own = session.require_profile().code
    reports: list[ImportReport] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for found in find_sync_files(path):
                if found.name.startswith(f"{own}-"):
                    continue  # our own exports, waiting on the stick for the other side
                report = import_sync_file(session, found, progress=progress, limits=limits)
                if report.status is ImportStatus.REFUSED and report.message == _not_for_us():
                    report.status = ImportStatus.SKIPPED
                reports.append(report)
        else:
            reports.append(import_sync_file(session, path, progress=progress, limits=limits))
    return reports


def import_sync_file(
    session: Session,
    path: Path,
    *,
    progress: Progress = no_progress,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportReport:
    """Check and apply one file; a refusal is a report, not an exception."""
    path = Path(path)
    try:
        prepared = _prepare(session, path, limits)
    except SyncFileError as exc:
        return ImportReport(path, ImportStatus.REFUSED, str(exc))
    except _Already as already:
        return already.report
    except OSError as exc:
        return ImportReport(
            path,
            ImportStatus.REFUSED,
            msg(f"读不出这个文件：{exc}", f"Cannot read the file: {exc}"),
        )
    try:
        return _apply(session, prepared, progress)
    except SyncFileError as exc:  # a bad record: the transaction was rolled back
        return ImportReport(path, ImportStatus.REFUSED, str(exc))


class _Already(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def _not_for_us() -> str:
    return str(
        SyncFileError(
            msg(
                "无法解密：这个文件不是发给本单位的，或者文件已损坏（复制不完整）。",
                "Cannot decrypt: the file is not addressed to this office, or it is damaged.",
            )
        )
    )


def _prepare(session: Session, path: Path, limits: Limits) -> _Prepared:
    """Steps 1–3 of DESIGN.md §3; reads the database, never writes it."""
    profile = session.require_profile()
    db = session.db
    # 1. size limits (file here; members, ratios, names and lines while unzipping)
    if path.stat().st_size > limits.max_file_bytes:
        raise SyncFileError(msg("文件太大，超出安全限制。", "The file is too large."))
    data = path.read_bytes()
    file_sha256 = archive.sha256_hex(data)
    if (known := sync_ledger.import_by_hash(db, file_sha256)) is not None:
        raise _Already(_already_report(path, known))
    own = keys.ensure_keys(session)
    # 2. decrypt with our identity; verify against the enrolled key of the named sender
    opened = syncfile.open_sealed(data, own.age_identity, limits=limits)
    manifest = opened.manifest
    peer = sync_ledger.get_peer(db, manifest.sender_code)
    if peer is None:
        raise SyncFileError(
            msg(
                f"发件单位（{manifest.sender_code}）的密钥卡没有登记过，不能导入。"
                "请先当面核对指纹并登记它的密钥卡。",
                f"The sender {manifest.sender_code} is not enrolled.",
            )
        )
    if keys.is_revoked(session, peer):
        raise SyncFileError(
            msg(
                f"{peer.name}（{peer.code}）的密钥已被吊销，它的文件不再接受。",
                f"{peer.code}'s key is revoked; its files are refused.",
            )
        )
    syncfile.verify_signature(opened, peer.minisign_public_key)
    if not all(
        _storable(v) for v in (manifest.seq, manifest.since_rev, manifest.max_rev)
    ) or not all(_storable(v) for v in manifest.counts.values()):
        raise SyncFileError(
            msg("文件里的清单（manifest.json）不对，已拒绝。", "The file's manifest is not valid.")
        )
    if manifest.receiver_code != profile.code or manifest.receiver_fingerprint != own.fingerprint:
        raise SyncFileError(
            msg(
                f"这个文件是发给{manifest.receiver_code}的，不是发给本单位（{profile.code}）的。",
                f"The file is addressed to {manifest.receiver_code}, not to {profile.code}.",
            )
        )
    # 3. hashes, schema version, owners
    syncfile.check_hashes(opened)
    latest = migrations.latest_schema_version()
    if manifest.schema_version > latest:
        raise SyncFileError(
            msg(
                f"这个文件由更新版本的程序制作（数据版本{manifest.schema_version}，"
                f"本程序支持到{latest}），请先升级程序。",
                "Made by a newer version of the program, please update.",
            )
        )
    for earlier in sync_ledger.imports_by_sender_seq(db, peer.code, manifest.seq):
        if earlier["manifest_sha256"] == opened.manifest_sha256:
            raise _Already(_already_report(path, earlier))
    tables = opened.tables()
    for table in tables:
        if table not in SYNCED_TABLES:
            raise SyncFileError(
                msg(
                    f"文件里有本程序不认识的数据（{table}），请先升级程序。",
                    f"The file holds an unknown table ({table}): please update.",
                )
            )
    return _Prepared(path, file_sha256, opened, peer, tables, opened.acks(), limits)


def _already_report(path: Path, row: dict[str, Any]) -> ImportReport:
    return ImportReport(
        path,
        ImportStatus.ALREADY,
        msg(
            f"这个文件已经导入过了（{row['file_name']}，{row['imported_at'][:10]}）。",
            f"Already imported ({row['file_name']}).",
        ),
        sender=row["sender"],
        seq=int(row["seq"]),
    )


#: Records read, checked and merged at a time: memory stays flat however big the file.
#: (Each chunk is one savepoint; larger chunks re-journal fewer index pages: 5,000
#: cost 6 % more per record than 50,000 on a million-record file.)
IMPORT_CHUNK = 20_000


def _checked_chunks(
    session: Session, prepared: _Prepared, table: str
) -> Iterator[list[dict[str, Any]]]:
    """The records of ``table`` in the file, checked, ``IMPORT_CHUNK`` at a time.

    Step 3's record checks, made as the records are applied (inside the
    import's transaction): a bad record raises :class:`SyncFileError`, which
    rolls back everything, so a refused file still writes nothing. Holding
    one chunk rather than the whole file keeps a town's PC within its memory
    (a million records as dicts took 3.4 GB) and the cost per record flat.
    """
    profile = session.require_profile()
    sender = prepared.opened.manifest.sender_code
    from_town = prepared.peer.kind == "town"
    columns = set(sync_ledger.table_columns(session.db, table))
    rows = archive.iter_jsonl(prepared.tables[table], limits=prepared.limits)
    while chunk := list(islice(rows, IMPORT_CHUNK)):
        for row in chunk:
            _check_record(table, row, columns)
            if row["owner"] != sender:
                raise SyncFileError(
                    msg(
                        f"文件里有不属于发件单位（{sender}）的记录（属于{row['owner']}），已拒绝："
                        "一个村只能发送自己的记录。",
                        f"The file holds a record owned by {row['owner']}, not by {sender}.",
                    )
                )
            if from_town and row.get("addressee") not in (profile.code, ALL_VILLAGES):
                raise SyncFileError(
                    msg(
                        "文件里有发给其他村的记录，已拒绝。",
                        "The file holds records addressed to another village.",
                    )
                )
        yield chunk


def _check_record(table: str, row: dict[str, Any], columns: set[str]) -> None:
    """Refuse a record with an unknown column, a mistyped sync column or an unstorable value.

    Run on every record of every file, so the common case (the exact types
    ``json.loads`` gives) is tested first and the general test only on the rest.
    """
    known = columns.issuperset(row)
    types_ok = all(type(row.get(name)) is kind for name, kind in _SYNC_TYPES) or all(
        isinstance(row.get(name), kind) and not (kind is int and isinstance(row[name], bool))
        for name, kind in _SYNC_TYPES
    )
    storable = all(type(value) in _PLAIN or _storable(value) for value in row.values())
    if not known or not types_ok or not storable or row.get("deleted") not in (0, 1):
        raise SyncFileError(
            msg(
                f"文件里“{_label(table)}”的记录格式不对，已拒绝。",
                f"A record of {table} is malformed.",
            )
        )


_SQLITE_INT = range(-(2**63), 2**63)
_SYNC_TYPES = tuple(SYNC_COLUMNS.items())
#: Types always storable as they are (``int`` is not: it may exceed 64 bits).
_PLAIN = frozenset({str, float, type(None)})


def _storable(value: object) -> bool:
    """A value SQLite can store as sent (a list, or an int beyond 64 bits, cannot)."""
    if isinstance(value, int):
        return value in _SQLITE_INT
    return value is None or isinstance(value, str | float)


#: SQLite's page cache while a file is applied (see ``connection.page_cache``).
IMPORT_CACHE_MIB = 256


def _apply(session: Session, prepared: _Prepared, progress: Progress) -> ImportReport:
    """Step 4: one transaction — check and merge the records, conflicts, acks, the ledger."""
    db = session.db
    manifest = prepared.opened.manifest
    source = prepared.path.name
    report = ImportReport(
        prepared.path, ImportStatus.IMPORTED, sender=manifest.sender_code, seq=manifest.seq
    )
    total = sum(manifest.counts.get(table, 0) for table in prepared.tables)
    now = clock.now_iso()
    author = Author(operator=msg(f"同步导入：{source}", f"sync import: {source}"), owner="")
    with connection.page_cache(session.conn, IMPORT_CACHE_MIB), db.atomic():
        duplicates = [
            r
            for r in sync_ledger.imports_by_sender_seq(db, manifest.sender_code, manifest.seq)
            if r["manifest_sha256"] != prepared.opened.manifest_sha256
        ]
        if duplicates:
            _alert_copied_database(session, report, manifest, now)
        done = 0
        seen = manifest.max_rev
        for table in prepared.tables:
            report.counts[table] = 0
            for rows in _checked_chunks(session, prepared, table):
                _merge_table(
                    session,
                    table,
                    rows,
                    author,
                    report,
                    source=source,
                    now=now,
                    progress=progress,
                    done=done,
                    total=total,
                )
                done += len(rows)
                report.counts[table] += len(rows)
                seen = max([seen, *(int(row["rev"]) for row in rows)])
            if report.counts[table] != manifest.counts.get(table):
                raise SyncFileError(msg("文件里的记录数与清单不符。", "Record count mismatch."))
        note_seen_rev(db, seen)
        acks = prepared.acks
        sync_ledger.record_ack(db, manifest.sender_code, rev=acks.max_rev, seqs=acks.seqs, at=now)
        sync_ledger.mark_exports_acknowledged(
            db, manifest.sender_code, max_rev=acks.max_rev, seqs=acks.seqs, at=now
        )
        sync_ledger.record_import(
            db,
            {
                "file_sha256": prepared.file_sha256,
                "sender": manifest.sender_code,
                "seq": manifest.seq,
                "sender_site_id": manifest.sender_site_id,
                "manifest_sha256": prepared.opened.manifest_sha256,
                "since_rev": manifest.since_rev,
                "max_rev": manifest.max_rev,
                "file_name": source,
                "created_at": manifest.created_at,
                "imported_at": now,
                "counts": report.counts,
            },
        )
        progress(total, total, msg("导入完成", "Imported"))
    report.message = msg(
        f"已导入：{total}条记录，其中{report.changed}条有更新",
        f"Imported {total} records, {report.changed} changed",
    ) + (
        msg(f"，{report.conflicts}处冲突", f", {report.conflicts} conflicts")
        if report.conflicts
        else ""
    )
    return report


@dataclass(frozen=True)
class _Planned:
    """An incoming row, the version we hold (trimmed to the row's columns) and the verdict."""

    row: dict[str, Any]
    stored: dict[str, Any] | None
    decision: merge.Decision


def _merge_table(
    session: Session,
    table: str,
    rows: list[dict[str, Any]],
    author: Author,
    report: ImportReport,
    *,
    source: str,
    now: str,
    progress: Progress,
    done: int,
    total: int,
) -> None:
    """Merge one table's records of a file: the result of merging them one by one, in batches.

    The held versions are read in chunks, the merge decided for every row,
    then the rows to write go in ``executemany`` batches with their change-log
    rows, under one savepoint. Only a unique index (two PCs of a village both
    created 户号 0101) can refuse a row: then the savepoint is rolled back and
    the table is merged again one row at a time, each in its own savepoint,
    so that the refused row becomes a conflict and the others are kept —
    exactly what the row-by-row merge did. A file never holds one record
    twice; a hand-made one that does is merged one row at a time, so that
    the second copy meets the first as it would.
    """
    db = session.db
    text = msg(f"正在导入：{_label(table)}", f"Importing {table}")
    ids = [row["id"] for row in rows]
    held = sync_ledger.get_rows(db, table, ids) if len(set(ids)) == len(ids) else None
    if held is None:
        for number, row in enumerate(rows, start=done):
            progress(number, total, text)
            stored = sync_ledger.get_row(db, table, row["id"])
            planned = _plan(row, stored)
            if _record_verdict(session, table, planned, report, source=source, now=now):
                _write_one(db, table, planned, author, report, source=source, now=now)
        return
    plans = []
    for number, row in enumerate(rows, start=done):
        progress(number, total, text)
        plans.append(_plan(row, held.get(row["id"])))
    before = (report.changed, report.conflicts, list(report.warnings))
    try:
        with db.atomic():
            writes = [
                p
                for p in plans
                if _record_verdict(session, table, p, report, source=source, now=now)
            ]
            sync_ledger.write_rows(db, table, [(p.row, p.stored is not None) for p in writes])
            log_changes(db, (_change_entry(table, p, author) for p in writes), at=now)
        report.changed += len(writes)
    except sqlite3.IntegrityError:
        report.changed, report.conflicts, report.warnings = before
        for planned in plans:
            if _record_verdict(session, table, planned, report, source=source, now=now):
                _write_one(db, table, planned, author, report, source=source, now=now)


def _plan(row: dict[str, Any], stored: dict[str, Any] | None) -> _Planned:
    if stored is not None:
        stored = {k: v for k, v in stored.items() if k in row or k in SYNC_COLUMNS}
    return _Planned(row, stored, merge.decide(stored, row))


def _record_verdict(
    session: Session,
    table: str,
    planned: _Planned,
    report: ImportReport,
    *,
    source: str,
    now: str,
) -> bool:
    """Note the conflict or copied database a verdict reveals; True if the row is to be written."""
    row, stored, decision = planned.row, planned.stored, planned.decision
    if decision.outcome is merge.Outcome.SAME:
        if stored is not None and merge.same_version_differs(stored, row):
            _alert_copied_database(session, report, None, now, record=f"{table}/{row['id']}")
        return False
    loser = decision.conflict_loser
    if loser is not None:
        winner = row if decision.outcome is merge.Outcome.REPLACE else stored
        assert winner is not None
        _conflict(session.db, table, row, winner, dict(loser), source=source, now=now)
        report.conflicts += 1
    return decision.outcome is not merge.Outcome.KEEP


def _write_one(
    db: Any,
    table: str,
    planned: _Planned,
    author: Author,
    report: ImportReport,
    *,
    source: str,
    now: str,
) -> None:
    """Write one row and its change-log row; a row a unique index refuses becomes a conflict."""
    row, stored = planned.row, planned.stored
    try:
        with db.atomic():
            sync_ledger.write_row(db, table, row, exists=stored is not None)
            log_changes(db, [_change_entry(table, planned, author)], at=now)
        report.changed += 1
    except sqlite3.IntegrityError:
        # e.g. two PCs of one village both created 户号 0101: keep ours, show theirs
        winner = stored or {"rev": 0, "rev_site": ""}
        _conflict(db, table, row, winner, row, source=source, now=now)
        report.conflicts += 1


def _change_entry(table: str, planned: _Planned, author: Author) -> ChangeEntry:
    """The change-log row of an applied record: by the import, in the name of its owner."""
    row, stored = planned.row, planned.stored
    action = "delete" if row["deleted"] else ("update" if stored else "insert")
    return ChangeEntry(table, row["id"], action, stored, row, int(row["rev"]), author.operator)


def _conflict(
    db: Any,
    table: str,
    row: dict[str, Any],
    winner: dict[str, Any],
    loser: dict[str, Any],
    *,
    source: str,
    now: str,
) -> None:
    sync_ledger.record_conflict(
        db,
        {
            "table_name": table,
            "record_id": row["id"],
            "owner": row["owner"],
            "winner_rev": winner["rev"],
            "winner_site": winner["rev_site"],
            "loser_rev": loser["rev"],
            "loser_site": loser["rev_site"],
            "loser": loser,
            "source": source,
            "detected_at": now,
        },
    )


def _alert_copied_database(
    session: Session,
    report: ImportReport,
    manifest: Manifest | None,
    now: str,
    *,
    record: str = "",
) -> None:
    sender = report.sender
    text = msg(
        f"发现两台电脑在使用{sender}的同一个数据文件副本（序号{report.seq}出现了两个不同的文件"
        f"{'，记录' + record if record else ''}）。请只保留一台电脑记账，另一台不要再导出。",
        f"Two PCs seem to use copies of {sender}'s data file (seq {report.seq} twice"
        f"{', record ' + record if record else ''}). Keep one PC only.",
    )
    detail = f"seq {report.seq}" if manifest is not None else f"record {record}"
    sync_ledger.record_alert(session.db, kind="duplicate_site", peer=sender, detail=detail, at=now)
    if text not in report.warnings:
        report.warnings.append(text)


def _label(table: str) -> str:
    spec = SYNCED_TABLES.get(table)
    return spec.label if spec else table


# --- what the pages show ----------------------------------------------------------


def list_conflicts(session: Session) -> list[dict[str, Any]]:
    return sync_ledger.list_conflicts(session.db)


def list_alerts(session: Session) -> list[dict[str, Any]]:
    return sync_ledger.list_alerts(session.db)


def list_exports(session: Session) -> list[dict[str, Any]]:
    return sync_ledger.list_exports(session.db)


def list_imports(session: Session, *, sender: str | None = None) -> list[dict[str, Any]]:
    return sync_ledger.list_imports(session.db, sender=sender)


def unacknowledged_count(session: Session, peer: str) -> int:
    """This office's records the peer has not acknowledged yet (what the next file carries)."""
    profile = session.require_profile()
    since = sync_ledger.acked_rev(session.db, peer)
    return sum(
        sync_ledger.count_since(session.db, t, owner=profile.code, since_rev=since)
        for t in sync_ledger.synced_table_names()
    )


def refused_count(reports: Sequence[ImportReport]) -> int:
    return sum(1 for r in reports if r.status is ImportStatus.REFUSED)
