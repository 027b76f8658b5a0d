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
nothing and says why in Chinese, naming the table, line and field of a bad
record (:mod:`sanzhi_desktop.sync.record_checks`). A signed file proves who
sent it, not that its records are sound: every value is held to its column,
revs to the receiver's clock, ids to their stored owner (issue 15). A folder
is imported file by file; nothing but the clerk's 取消 escapes as an exception.

"Upgrade" of a file made by an older schema: its records may lack columns that
later migrations added. They are accepted; a new record gets those columns'
defaults and a record already held keeps its values for them. A file from a
newer schema is refused ("please update").
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sanzhi_desktop import __version__
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import keys
from sanzhi_desktop.services.progress import Cancelled, Progress, no_progress
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, connection, migrations, sync_ledger, unique_keys
from sanzhi_desktop.storage.records import (
    SYNC_COLUMNS,
    SYNCED_TABLES,
    Author,
    get_meta,
    log_received,
    note_seen_rev,
    site_id,
)
from sanzhi_desktop.storage.sync_ledger import PeerRow
from sanzhi_desktop.sync import SyncFileError, archive, merge, record_checks, syncfile
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
    """A file that passed steps 1–3 but its records': they are checked as they are applied."""

    path: Path
    file_sha256: str
    opened: Opened
    peer: PeerRow
    tables: list[str]
    acks: Acks
    #: The highest rev believed from this file (the receiver's clock plus a day).
    max_rev: int


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
    """Import files and folders (a folder: every sync file in it not made by this office).

    Each file on its own, in its own transaction: a refused file is reported
    with its reason and the next one is still imported.
    """
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
    """Check and apply one file; a refusal is a report, not an exception.

    Only :class:`Cancelled` (the clerk pressed 取消) passes through: every
    other failure — a refused file, an unreadable one, an error nobody
    foresaw — is a report with a Chinese message, and the transaction rolled
    back, so the database is as it was.
    """
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
    except Exception as exc:  # no traceback for the clerk, ever
        return _unexpected(path, exc)
    try:
        report = _apply(session, prepared, progress)
        _keep_for_county(session, prepared, report)
        return report
    except SyncFileError as exc:  # a bad record: the transaction was rolled back
        return ImportReport(path, ImportStatus.REFUSED, str(exc))
    except Cancelled:
        raise
    except OSError as exc:
        return ImportReport(
            path,
            ImportStatus.REFUSED,
            msg(f"读不出这个文件：{exc}", f"Cannot read the file: {exc}"),
        )
    except Exception as exc:
        return _unexpected(path, exc)
    finally:
        prepared.opened.close()


def _keep_for_county(session: Session, prepared: _Prepared, report: ImportReport) -> None:
    """A town keeps an imported village file's signed payload for its county (docs/county.md).

    After the import's commit: the records are in either way, so a failure to
    keep is a warning, never a refusal.
    """
    if prepared.peer.kind != "village":
        return
    from sanzhi_desktop.services import county_forward  # only a town's import needs it

    try:
        county_forward.keep_received(session, prepared.path.name, prepared.opened)
    except (OSError, SyncFileError) as exc:
        report.warnings.append(
            msg(
                f"数据已导入，但没能留存原始文件以备报送县里（{exc}）。请另外保存好这个文件。",
                f"Imported, but the signed payload was not kept for the county ({exc}).",
            )
        )


def _unexpected(path: Path, exc: Exception) -> ImportReport:
    return ImportReport(
        path,
        ImportStatus.REFUSED,
        msg(
            f"导入这个文件时出了意外的错误（{type(exc).__name__}），这个文件没有导入，"
            "数据没有任何改动。请把这个文件交给技术人员检查。",
            f"Unexpected error ({type(exc).__name__}: {exc}); the file was not imported "
            "and nothing changed.",
        ),
    )


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


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def _prepare(session: Session, path: Path, limits: Limits) -> _Prepared:
    """Steps 1–3 of DESIGN.md §3 up to the records; reads the database, never writes it."""
    db = session.db
    # 1. size limits (file here; members, ratios, names and lines as they are read)
    if path.stat().st_size > limits.max_file_bytes:
        raise SyncFileError(msg("文件太大，超出安全限制。", "The file is too large."))
    file_sha256 = _file_sha256(path)
    if (known := sync_ledger.import_by_hash(db, file_sha256)) is not None:
        raise _Already(_already_report(path, known))
    own = keys.ensure_keys(session)
    # 2. decrypt with our identity; verify against the enrolled key of the named sender
    opened = syncfile.open_sealed_path(
        path, own.age_identity, limits=limits, spool_dir=session.path.parent
    )
    try:
        return _checked_envelope(session, path, file_sha256, opened, own.fingerprint)
    except BaseException:
        opened.close()
        raise


def _checked_envelope(
    session: Session, path: Path, file_sha256: str, opened: Opened, fingerprint: str
) -> _Prepared:
    profile = session.require_profile()
    db = session.db
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
    max_rev = clock.now_ms() + record_checks.MAX_SKEW_MS
    _check_manifest_numbers(manifest, max_rev)
    if manifest.receiver_code != profile.code or manifest.receiver_fingerprint != fingerprint:
        raise SyncFileError(
            msg(
                f"这个文件是发给{manifest.receiver_code}的，不是发给本单位（{profile.code}）的。",
                f"The file is addressed to {manifest.receiver_code}, not to {profile.code}.",
            )
        )
    # 3. hashes, schema version, tables (the records: as they are applied)
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
        if SYNCED_TABLES[table].town_only and peer.kind != "town":
            raise SyncFileError(
                msg(
                    f"文件里有“{_label(table)}”（{table}）的记录：这类记录只有镇里才能发送，"
                    f"{peer.name}（{peer.code}）不能发送，整个文件已拒绝。",
                    f"The file holds {table} records, which only the town may send.",
                )
            )
    if any(n and table not in tables for table, n in manifest.counts.items()):
        raise SyncFileError(msg("文件里的记录数与清单不符。", "Record count mismatch."))
    acks = opened.acks()
    if not record_checks.check_rev_bound(acks.max_rev, lowest=0, max_rev=max_rev) or not all(
        0 <= seq <= record_checks.MAX_SEQ
        for seq in acks.seqs  # 0: a recovery file
    ):
        raise SyncFileError(
            msg("文件里的回执（acks.json）不对，已拒绝。", "The file's acks.json is not valid.")
        )
    return _Prepared(path, file_sha256, opened, peer, tables, acks, max_rev)


def _check_manifest_numbers(manifest: Manifest, max_rev: int) -> None:
    """seq, since_rev, max_rev and counts within their bounds (DESIGN.md §3, step 3)."""
    bound = record_checks.check_rev_bound
    if not bound(manifest.seq, lowest=1, max_rev=record_checks.MAX_SEQ) or not all(
        bound(n, lowest=0, max_rev=record_checks.INT_MAX) for n in manifest.counts.values()
    ):
        raise SyncFileError(
            msg("文件里的清单（manifest.json）不对，已拒绝。", "The file's manifest is not valid.")
        )
    if not bound(manifest.max_rev, lowest=0, max_rev=max_rev) or not bound(
        manifest.since_rev, lowest=0, max_rev=manifest.max_rev
    ):
        raise SyncFileError(
            msg(
                "文件清单里的版本号（max_rev/since_rev）不在允许的范围：不能是负数，"
                "也不能比本机时钟超前一天以上（请核对两台电脑的日期和时间），已拒绝。",
                "The manifest's max_rev/since_rev is out of range "
                "(negative, or more than a day ahead of this PC's clock).",
            )
        )


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
#: …and at most this many bytes of JSON lines a chunk: lines may be up to 1 MiB
#: each, and 20,000 of those parsed would not fit in any clerk's PC.
IMPORT_CHUNK_BYTES = 8 * 1024 * 1024


@dataclass
class _Chunk:
    """Records of one table, checked, with the line each came from."""

    rows: list[dict[str, Any]]
    lines: list[int]


def table_rules(session: Session, table: str) -> record_checks.TableRules:
    """What a record of ``table`` in a sync file may hold, read from this database's schema."""
    columns = {}
    for info in sync_ledger.column_info(session.db, table):
        sync_column = info.name in SYNC_COLUMNS
        columns[info.name] = record_checks.Column(
            info.name,
            record_checks.Kind.of_declared(info.declared_type),
            not_null=info.not_null or sync_column,
            required=sync_column or (info.not_null and not info.has_default),
        )
    spec = SYNCED_TABLES[table]
    choices: dict[str, frozenset[object]] = {"deleted": frozenset({0, 1})}
    choices.update({name: frozenset(values) for name, values in spec.choices})
    return record_checks.TableRules(table, spec.label, columns, choices)


def _checked_chunks(
    session: Session, prepared: _Prepared, table: str, ids: sync_ledger.FileIds
) -> Iterator[_Chunk]:
    """The records of ``table`` in the file, checked, a chunk at a time.

    Step 3's record checks (:mod:`sanzhi_desktop.sync.record_checks`), made as
    the records are applied (inside the import's transaction): a bad record
    raises :class:`SyncFileError`, which rolls back everything, so a refused
    file still writes nothing. Holding one chunk rather than the whole file
    keeps a town's PC within its memory and the cost per record flat. The
    check that a stored row has the same owner is made by the merge, which
    reads the stored rows anyway.
    """
    profile = session.require_profile()
    sender = prepared.opened.manifest.sender_code
    from_town = prepared.peer.kind == "town"
    rules = table_rules(session, table)
    parse, check = record_checks.parse_line, record_checks.check_record
    rows: list[dict[str, Any]] = []
    numbers: list[int] = []
    size = 0
    for number, raw in prepared.opened.lines(table):
        if not raw or raw.isspace():  # (``strip`` would copy every line)
            continue
        row = parse(rules, number, raw)
        check(rules, number, raw, row, sender=sender, max_rev=prepared.max_rev)
        if from_town and row.get("addressee") not in (profile.code, ALL_VILLAGES):
            raise record_checks.RecordError(
                rules,
                number,
                "addressee",
                "是发给其他村的记录，不能导入本村",
                "addressed to another village",
            )
        rows.append(row)
        numbers.append(number)
        size += len(raw)
        if len(rows) >= IMPORT_CHUNK or size >= IMPORT_CHUNK_BYTES:
            _refuse_repeated_ids(rules, ids, rows, numbers)
            yield _Chunk(rows, numbers)
            rows, numbers, size = [], [], 0
    if rows:
        _refuse_repeated_ids(rules, ids, rows, numbers)
        yield _Chunk(rows, numbers)


def _refuse_repeated_ids(
    rules: record_checks.TableRules,
    ids: sync_ledger.FileIds,
    rows: list[dict[str, Any]],
    numbers: list[int],
) -> None:
    repeated = ids.add(rules.table, [(row["id"], n) for row, n in zip(rows, numbers, strict=True)])
    if repeated is not None:
        _record_id, line, first = repeated
        raise record_checks.RecordError(
            rules,
            line,
            "id",
            f"与第{first}行重复（同一条记录在一个文件里出现了两次）",
            f"repeats line {first}",
        )


#: SQLite's page cache while a file is applied (see ``connection.page_cache``).
#: 160 MiB, not the 256 it was: a file refused at its last record has filled the
#: cache first, and the import must stay within 300 MB whatever a file within the
#: limits holds (``benchmarks/refusal_memory.py``; ids are time-ordered now, so an
#: import's index pages are mostly at the end and a smaller cache serves it).
IMPORT_CACHE_MIB = 160


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
    with (
        sync_ledger.FileIds() as ids,
        connection.page_cache(session.conn, IMPORT_CACHE_MIB),
        db.atomic(),
    ):
        duplicates = [
            r
            for r in sync_ledger.imports_by_sender_seq(db, manifest.sender_code, manifest.seq)
            if r["manifest_sha256"] != prepared.opened.manifest_sha256
        ]
        if duplicates:
            _alert_seq_twice(session, report, manifest, duplicates, now)
        done = 0
        seen = manifest.max_rev
        for table in prepared.tables:
            report.counts[table] = 0
            for chunk in _checked_chunks(session, prepared, table, ids):
                rows = chunk.rows
                _merge_table(
                    session,
                    table,
                    chunk,
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
        # A re-installed or restored office learns the seqs the other side has seen of it,
        # so that its next file never reuses one (DESIGN.md §3; issue 15, rule 7).
        sync_ledger.note_acknowledged_seq(db, max(acks.seqs, default=0))
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
    chunk: _Chunk,
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

    The held versions are read in chunks; a record whose id is held under
    another owner (another village's or the town's record) refuses the whole
    file — no update, tombstone or re-creation of a record its sender does not
    own. Then the merge is decided for every row and the rows to write go in
    ``executemany`` batches with their change-log rows, under one savepoint.
    Only a unique index (two PCs of a village both created 户号 0101; an ID
    number another village holds) can refuse a row: the rows it may refuse
    are found first (:func:`~sanzhi_desktop.storage.unique_keys.contested_ids`,
    one query per index), the others go in bulk and those few one at a time,
    each in its own savepoint, so that a refused row becomes a conflict and
    the others are kept — exactly what the row-by-row merge did, without
    rolling back and rewriting the whole chunk for one taken key. Should the
    bulk write fail all the same (a constraint that check does not read), the
    savepoint is rolled back and the chunk merged one row at a time, as before.
    (A file with one id twice was refused before.)
    """
    db = session.db
    rows = chunk.rows
    text = msg(f"正在导入：{_label(table)}", f"Importing {table}")
    held = sync_ledger.get_rows(db, table, [row["id"] for row in rows])
    plans = []
    for number, (row, line) in enumerate(zip(rows, chunk.lines, strict=True), start=done):
        progress(number, total, text)
        stored = held.get(row["id"])
        if stored is not None and stored["owner"] != row["owner"]:
            raise record_checks.RecordError(
                table_rules(session, table),
                line,
                "id",
                f"在本机已经有一条属于{stored['owner']}的记录：发件单位不能改写、删除或"
                "重新创建别人的记录",
                f"is held here as a record of {stored['owner']}: the sender may not write it",
            )
        plans.append(_plan(row, stored))
    before = (report.changed, report.conflicts, list(report.warnings))
    try:
        with db.atomic():
            writes = [
                p
                for p in plans
                if _record_verdict(session, table, p, report, source=source, now=now)
            ]
            contested = unique_keys.contested_ids(db, table, [p.row for p in writes])
            bulk = [p for p in writes if contested is None or p.row["id"] not in contested]
            sync_ledger.write_rows(db, table, [(p.row, p.stored is not None) for p in bulk])
            log_received(
                db, table, ((p.row, p.stored) for p in bulk), operator=author.operator, at=now
            )
            report.changed += len(bulk)
            if contested:
                for planned in writes:
                    if planned.row["id"] in contested:
                        _write_one(db, table, planned, author, report, source=source, now=now)
    except sqlite3.IntegrityError:
        report.changed, report.conflicts, report.warnings = before
        for planned in plans:
            if _record_verdict(session, table, planned, report, source=source, now=now):
                _write_one(db, table, planned, author, report, source=source, now=now)


def _plan(row: dict[str, Any], stored: dict[str, Any] | None) -> _Planned:
    if stored is None:
        return _Planned(row, None, _INSERT)  # most rows of a town's import: nothing to decide
    stored = {k: v for k, v in stored.items() if k in row or k in SYNC_COLUMNS}
    return _Planned(row, stored, merge.decide(stored, row))


#: ``merge.decide(None, row)`` for every row: a record not held yet is inserted.
_INSERT = merge.Decision(merge.Outcome.INSERT)


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
            log_received(db, table, [(row, stored)], operator=author.operator, at=now)
        report.changed += 1
    except sqlite3.IntegrityError:
        # e.g. two PCs of one village both created 户号 0101: keep ours, show theirs
        winner = stored or {"rev": 0, "rev_site": ""}
        _conflict(db, table, row, winner, row, source=source, now=now)
        report.conflicts += 1


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
    """One (rev, rev_site) with two contents: two PCs share one data file's site id."""
    sender = report.sender
    text = msg(
        f"发现两台电脑在使用{sender}的同一个数据文件副本（记录{record}的同一个版本有两种内容）。"
        "请只保留一台电脑记账，另一台不要再导出。",
        f"Two PCs seem to use copies of {sender}'s data file (record {record}). Keep one PC only.",
    )
    detail = f"seq {report.seq}" if manifest is not None else f"record {record}"
    sync_ledger.record_alert(session.db, kind="duplicate_site", peer=sender, detail=detail, at=now)
    if text not in report.warnings:
        report.warnings.append(text)


def _alert_seq_twice(
    session: Session,
    report: ImportReport,
    manifest: Manifest,
    earlier: list[dict[str, Any]],
    now: str,
) -> None:
    """Two different files with one sender and seq, and how to tell its two causes apart.

    A restored or re-installed office takes a new site id; a data file copied
    to a second PC keeps the old one. So the same site id twice is two PCs on
    one file; two site ids is either a restore or re-install (the old site
    never sends again, and the next files carry higher seqs) or two PCs, one
    of them restored (both keep sending). The alert says which it is, or how
    the clerk can tell.
    """
    sender, seq = report.sender, report.seq
    sites = {str(r["sender_site_id"]) for r in earlier}
    if manifest.sender_site_id in sites:
        text = msg(
            f"发现两台电脑在使用{sender}的同一个数据文件副本（序号{seq}出现了两个内容不同的文件，"
            "且来自同一个数据文件）。请只保留一台电脑记账，另一台不要再导出。",
            f"Two PCs seem to use copies of {sender}'s data file (seq {seq} twice, "
            "same site id). Keep one PC only.",
        )
    else:
        old = "、".join(sorted(site[:8] for site in sites))
        text = msg(
            f"{sender}的序号{seq}出现了两个内容不同的文件，来自两个不同的数据文件"
            f"（站点标识 {old}… 和 {manifest.sender_site_id[:8]}…）。"
            "如果这个村最近恢复过备份或重新安装过程序，这是正常的：以后只会收到新站点标识的文件，"
            "序号会接着往后编。如果以后两个站点标识的文件都还在送来，说明有两台电脑在同时记账，"
            "请只保留一台。",
            f"{sender}'s seq {seq} came twice, from two data files (site ids {old}… and "
            f"{manifest.sender_site_id[:8]}…). After a restore or re-install this is expected "
            "and only the new site id sends from now on; if both keep sending, two PCs are "
            "in use: keep one.",
        )
    sync_ledger.record_alert(
        session.db, kind="duplicate_site", peer=sender, detail=f"seq {seq}", at=now
    )
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


def status_counts(reports: Sequence[ImportReport]) -> dict[ImportStatus, int]:
    """How many files of an import ended in each status (every status present, 0 or more)."""
    counts = dict.fromkeys(ImportStatus, 0)
    for report in reports:
        counts[report.status] += 1
    return counts


def summary(reports: Sequence[ImportReport]) -> str:
    """The line under an import's per-file list, for the CLI."""
    counts = status_counts(reports)
    calm = (
        "被拒绝的文件没有改动任何数据，其他文件照常导入。" if counts[ImportStatus.REFUSED] else ""
    )
    return msg(
        f"共{len(reports)}个文件：已导入{counts[ImportStatus.IMPORTED]}个，"
        f"已导入过{counts[ImportStatus.ALREADY]}个，已拒绝{counts[ImportStatus.REFUSED]}个，"
        f"已跳过{counts[ImportStatus.SKIPPED]}个。{calm}",
        f"{len(reports)} files: {counts[ImportStatus.IMPORTED]} imported, "
        f"{counts[ImportStatus.ALREADY]} already imported, {counts[ImportStatus.REFUSED]} refused, "
        f"{counts[ImportStatus.SKIPPED]} skipped.",
    )
