"""Recovery from the town: a village whose PC died gets its records back.

The town holds every record the village ever sent it. :func:`write_recovery_file`
(town) puts all of them — tombstones included, exactly as the town holds them
— into one file, together with the town's own records addressed to that
village or to all, encrypted to the village's *newly enrolled* key and signed
by the town. :func:`import_recovery_file` (the re-installed village: new keys,
initialised with the same code, the town's card pinned) checks it like a sync
file and writes everything in one transaction.

The file is a sync file (DESIGN.md §3, format 1) with two additions to
``manifest.json``, which older readers ignore:

- ``"purpose": "recovery"`` — refused by the ordinary import (its records are
  owned by the receiver, not the sender), accepted only here;
- ``"recovery": {"village_code", "last_seq", "village_max_rev"}`` — the
  highest seq of the village's files the town imported and the highest rev of
  the village the town has seen.

``acks.json`` means what it means in every sync file: the village's files the
town imported and the rev up to which it holds them. After the import the
village is itself again, on a new PC: its clock continues above
``village_max_rev`` (so every later write wins over the old PC's), its next
export takes seq ``last_seq + 1`` and carries only what the town lacks, and it
acknowledges everything of the town's up to the file's ``max_rev``. The file is
named ``<village>-recovery-<YYYYMMDD>.sanzhi-recovery``: not ``*.sanzhi``, so
an ordinary import of a whole drive never trips over it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sanzhi_desktop import __version__
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import keys
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, migrations, sync_ledger
from sanzhi_desktop.storage.records import (
    SYNC_COLUMNS,
    SYNCED_TABLES,
    Author,
    get_meta,
    log_change,
    note_seen_rev,
    set_meta,
    site_id,
)
from sanzhi_desktop.sync import SyncFileError, archive, crypto, merge, record_checks, syncfile
from sanzhi_desktop.sync.archive import ACKS, DEFAULT_LIMITS, MANIFEST, SIGNATURE, Limits
from sanzhi_desktop.sync.manifest import Manifest
from sanzhi_desktop.sync.syncfile import Acks

PURPOSE = "recovery"
RECOVERY_SUFFIX = ".sanzhi-recovery"
ALL_VILLAGES = "*"


@dataclass(frozen=True)
class RecoveryFile:
    path: Path
    village: str
    own_records: int
    town_records: int
    last_seq: int
    village_max_rev: int

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path)}


@dataclass(frozen=True)
class RecoveryResult:
    path: Path
    records: int
    own_records: int
    town_records: int
    next_seq: int
    seen_rev: int
    site_id: str

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "path": str(self.path)}


# --- the town writes ------------------------------------------------------------


def write_recovery_file(session: Session, code: str, out_dir: Path) -> RecoveryFile:
    """Town: one village's records as the town holds them, for its re-enrolled key."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("只有镇里才能制作恢复文件。", "Only a town writes recovery files."))
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise RefusedError(
            msg(f"找不到文件夹 {out_dir}（U盘插好了吗？）", f"No such folder: {out_dir}")
        )
    db = session.db
    peer = sync_ledger.get_peer(db, code)
    if peer is None or peer.kind != "village":
        raise RefusedError(
            msg(
                f"还没有登记{code}的密钥卡。请先登记这个村重新安装后的新密钥卡，再制作恢复文件。",
                f"No card enrolled for {code}: enrol the re-installed village's new card first.",
            )
        )
    if keys.is_revoked(session, peer):
        raise RefusedError(
            msg(f"{peer.name}的密钥已被吊销，请先登记新的密钥卡。", f"{code}'s key is revoked.")
        )
    own = keys.ensure_keys(session)
    tables: dict[str, list[dict[str, Any]]] = {}
    own_records = town_records = 0
    with db.atomic():
        for table in sync_ledger.synced_table_names():
            village_rows = sync_ledger.rows_since(db, table, owner=code, since_rev=0)
            town_rows = sync_ledger.rows_since(
                db, table, owner=profile.code, since_rev=0, addressees=(code, ALL_VILLAGES)
            )
            own_records += len(village_rows)
            town_records += len(town_rows)
            tables[table] = village_rows + town_rows
        imports = sync_ledger.list_imports(db, sender=code)
        held = sync_ledger.held_rev(db, code)
        last_seq = max((int(r["seq"]) for r in imports), default=0)
        village_max_rev = max(
            [held, *(int(r["max_rev"]) for r in imports)]
            + [int(r["rev"]) for rows in tables.values() for r in rows if r["owner"] == code]
        )
        town_max_rev = max(
            [int(get_meta(db, "last_rev", "0"))]
            + [int(r["rev"]) for rows in tables.values() for r in rows if r["owner"] != code]
        )
        acks = Acks(
            imported=[
                {"seq": int(r["seq"]), "sha256": r["file_sha256"], "file_name": r["file_name"]}
                for r in sorted(imports, key=lambda r: int(r["seq"]))
            ],
            max_rev=held,
        )
    now = clock.now()
    manifest = Manifest(
        schema_version=migrations.schema_version(db),
        app_version=__version__,
        sender_code=profile.code,
        sender_site_id=site_id(db),
        receiver_code=code,
        receiver_fingerprint=peer.fingerprint,
        seq=0,
        since_rev=0,
        max_rev=town_max_rev,
        created_at=now.isoformat(timespec="seconds"),
    )
    extra = {
        "purpose": PURPOSE,
        "recovery": {
            "village_code": code,
            "last_seq": last_seq,
            "village_max_rev": village_max_rev,
        },
    }
    data = _seal(manifest, extra, tables, acks, own.minisign_secret, peer.age_recipient)
    path = out_dir / f"{code}-recovery-{now:%Y%m%d}{RECOVERY_SUFFIX}"
    syncfile.write_atomically(path, data)
    return RecoveryFile(path, code, own_records, town_records, last_seq, village_max_rev)


def _seal(
    manifest: Manifest,
    extra: dict[str, Any],
    tables: dict[str, list[dict[str, Any]]],
    acks: Acks,
    secret_key: str,
    recipient: str,
) -> bytes:
    """:func:`syncfile.seal` with extra manifest fields (same members, hashes, signature)."""
    members: dict[str, bytes] = {ACKS: acks.to_json()}
    counts: dict[str, int] = {}
    for table, records in sorted(tables.items()):
        if records:
            members[archive.data_member(table)] = archive.jsonl(records)
            counts[table] = len(records)
    fields = asdict(manifest)
    fields.update(counts=counts, sha256={n: archive.sha256_hex(d) for n, d in members.items()})
    fields.update(extra)
    manifest_bytes = (
        json.dumps(fields, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    ).encode()
    trusted = f"sanzhi-recovery {manifest.sender_code} for {manifest.receiver_code}"
    members[MANIFEST] = manifest_bytes
    members[SIGNATURE] = crypto.sign(manifest_bytes, secret_key, trusted_comment=trusted)
    return crypto.encrypt(archive.build_zip(members), recipient)


# --- the village imports -----------------------------------------------------------


def import_recovery_file(
    session: Session, path: Path, *, limits: Limits = DEFAULT_LIMITS
) -> RecoveryResult:
    """A fresh village install takes back its records; refused files change nothing."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.VILLAGE:
        raise RefusedError(msg("恢复文件只能导入到村里。", "Recovery files are for villages."))
    path = Path(path)
    db = session.db
    try:
        if path.stat().st_size > limits.max_file_bytes:
            raise SyncFileError(msg("文件太大，超出安全限制。", "The file is too large."))
        data = path.read_bytes()
    except OSError as exc:
        raise RefusedError(msg(f"读不出这个文件：{exc}", f"Cannot read the file: {exc}")) from exc
    own = keys.ensure_keys(session)
    opened = syncfile.open_sealed(data, own.age_identity, limits=limits)
    manifest = opened.manifest
    town = keys.town_peer(session)
    if town is None:
        raise RefusedError(
            msg(
                "还没有登记镇里的密钥卡。请先登记（sanzhi keys enroll），再导入恢复文件。",
                "Pin the town's card first (sanzhi keys enroll).",
            )
        )
    if manifest.sender_code != town.code:
        raise SyncFileError(
            msg(
                f"这个文件不是本镇（{town.code}）制作的。",
                f"The file was not made by the town {town.code}.",
            )
        )
    syncfile.verify_signature(opened, town.minisign_public_key)
    if manifest.receiver_code != profile.code or manifest.receiver_fingerprint != own.fingerprint:
        raise SyncFileError(
            msg(
                f"这个恢复文件是给{manifest.receiver_code}（另一把密钥）的，不是给本机的。"
                "请让镇里先登记本机的新密钥卡，再重新制作。",
                "The recovery file is for another key or office.",
            )
        )
    syncfile.check_hashes(opened)
    info = _recovery_fields(opened.manifest_bytes, profile.code)
    latest = migrations.latest_schema_version()
    if manifest.schema_version > latest:
        raise SyncFileError(
            msg("这个文件由更新版本的程序制作，请先升级程序。", "Made by a newer version.")
        )
    records = _checked_records(session, opened, town.code)
    for table in sync_ledger.synced_table_names():
        if sync_ledger.count_since(db, table, owner=profile.code, since_rev=0):
            raise RefusedError(
                msg(
                    "这个数据文件里已经有本村的记录，恢复只能导入到新安装的数据文件。"
                    "请用一个新的数据文件（sanzhi --db 新文件 init village …）再导入。",
                    "This file already holds the village's records; recover into a new file.",
                )
            )
    acks = opened.acks()
    now = clock.now_iso()
    author_name = msg(f"从镇恢复：{path.name}", f"recovered from the town: {path.name}")
    own_count = town_count = 0
    with db.atomic():
        for table, rows in records.items():
            for row in rows:
                note_seen_rev(db, int(row["rev"]))
                stored = sync_ledger.get_row(db, table, row["id"])
                if stored is not None and merge.version(stored) >= merge.version(row):
                    continue
                sync_ledger.write_row(db, table, row, exists=stored is not None)
                log_change(
                    db,
                    table,
                    row["id"],
                    "delete" if row["deleted"] else ("update" if stored else "insert"),
                    stored,
                    row,
                    rev=int(row["rev"]),
                    author=Author(operator=author_name, owner=row["owner"]),
                )
                if row["owner"] == profile.code:
                    own_count += 1
                else:
                    town_count += 1
        note_seen_rev(db, info["village_max_rev"])
        note_seen_rev(db, manifest.max_rev)
        last_seq = max(int(get_meta(db, "sync_last_seq", "0")), info["last_seq"])
        set_meta(db, "sync_last_seq", str(last_seq))
        sync_ledger.record_ack(db, town.code, rev=acks.max_rev, seqs=acks.seqs, at=now)
        sync_ledger.record_import(
            db,
            {
                "file_sha256": archive.sha256_hex(data),
                "sender": town.code,
                "seq": 0,
                "sender_site_id": manifest.sender_site_id,
                "manifest_sha256": opened.manifest_sha256,
                "since_rev": 0,
                "max_rev": manifest.max_rev,
                "file_name": path.name,
                "created_at": manifest.created_at,
                "imported_at": now,
                "counts": {t: len(r) for t, r in records.items()},
            },
        )
    return RecoveryResult(
        path=path,
        records=sum(len(r) for r in records.values()),
        own_records=own_count,
        town_records=town_count,
        next_seq=last_seq + 1,
        seen_rev=int(get_meta(db, "seen_max_rev", "0")),
        site_id=site_id(db),
    )


def _recovery_fields(manifest_bytes: bytes, own_code: str) -> dict[str, int]:
    raw = json.loads(manifest_bytes)
    if raw.get("purpose") != PURPOSE:
        raise SyncFileError(
            msg(
                "这不是恢复文件（是普通同步文件？请用 sanzhi import 导入）。",
                "Not a recovery file (an ordinary sync file? use sanzhi import).",
            )
        )
    fields = raw.get("recovery")
    if (
        not isinstance(fields, dict)
        or fields.get("village_code") != own_code
        or type(fields.get("last_seq")) is not int
        or type(fields.get("village_max_rev")) is not int
        or not 0 <= fields["last_seq"] <= record_checks.MAX_SEQ
        or not 0 <= fields["village_max_rev"] <= _max_rev()
        or not 0 <= raw["max_rev"] <= _max_rev()
    ):
        raise SyncFileError(msg("恢复文件的清单不对，已拒绝。", "Bad recovery manifest."))
    return {"last_seq": fields["last_seq"], "village_max_rev": fields["village_max_rev"]}


def _max_rev() -> int:
    """No rev from the town's file may push this office's clock more than a day ahead."""
    return clock.now_ms() + record_checks.MAX_SKEW_MS


def _checked_records(
    session: Session, opened: syncfile.Opened, town_code: str
) -> dict[str, list[dict[str, Any]]]:
    own = session.require_profile().code
    records: dict[str, list[dict[str, Any]]] = {}
    for table in opened.tables():
        if table not in SYNCED_TABLES:
            raise SyncFileError(
                msg(f"文件里有本程序不认识的数据（{table}），请先升级程序。", f"Unknown {table}.")
            )
        columns = set(sync_ledger.table_columns(session.db, table))
        data = opened.reader.read(archive.data_member(table))
        rows = list(archive.iter_jsonl(data))
        if len(rows) != opened.manifest.counts.get(table):
            raise SyncFileError(msg("文件里的记录数与清单不符。", "Record count mismatch."))
        for row in rows:
            types_ok = all(
                isinstance(row.get(name), kind)
                and not (kind is int and isinstance(row[name], bool))
                for name, kind in SYNC_COLUMNS.items()
            )
            storable = all(
                v is None or isinstance(v, str | float) or (type(v) is int and abs(v) < 2**63)
                for v in row.values()
            )
            if (
                set(row) - columns
                or not types_ok
                or not storable
                or row.get("deleted") not in (0, 1)
                or not 0 < row["rev"] <= _max_rev()
            ):
                raise SyncFileError(
                    msg(f"文件里“{table}”的记录格式不对，已拒绝。", f"Malformed {table} record.")
                )
            mine = row["owner"] == own
            addressed = row["owner"] == town_code and row.get("addressee") in (own, ALL_VILLAGES)
            if not (mine or addressed):
                raise SyncFileError(
                    msg(
                        "恢复文件里有不属于本村的记录，已拒绝。",
                        "The file holds records of another office.",
                    )
                )
        records[table] = rows
    return records
