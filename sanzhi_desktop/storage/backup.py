"""Backup copies of a data file: written safely, verified, named, listed and rotated.

Why each step:

- **SQLite's online backup API** copies a consistent snapshot while the
  program keeps running (a plain file copy of a WAL database can miss the
  last transactions or copy a half-written page).
- **temp → fsync → rename → fsync directory**: a power cut or a pulled USB
  stick leaves either the complete copy under its final name or a hidden
  ``.tmp`` file that nothing lists — never a half backup that looks whole.
- **integrity_check after writing**: a copy is only worth keeping if it can be
  read back; a copy that fails is deleted and the caller is told.
- **Rollback-journal mode in the copy**: a backup is a single self-contained
  file (no ``-wal``/``-shm`` companions), readable from a read-only stick.

Names are ``<stem>-<reason>-<YYYYMMDD>-<HHMMSS>[-n].db`` (``reason``: ``auto``,
``manual``, ``usb``, ``before-restore`` or ``before-<migration>``), so the
time a copy was taken survives copying the file around. Only ``auto`` and
``manual`` copies are rotated (14 daily, 12 monthly); the copies made before a
migration or a restore are the way back from that very step and are kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.storage.records import SYNCED_TABLES, get_meta, set_meta

if TYPE_CHECKING:
    import sqlite_utils

BACKUP_SUFFIX = ".db"
ROTATED_REASONS = ("auto", "manual")
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<reason>auto|manual|usb|before-restore|before-[a-z0-9_]+)"
    r"-(?P<day>\d{8})-(?P<time>\d{6})(?:-\d+)?\.db$"
)


class BackupVerifyError(RefusedError):
    """A copy failed its integrity check after writing (it was deleted)."""


@dataclass(frozen=True)
class BackupName:
    stem: str
    reason: str
    taken_at: datetime


def parse_backup_name(name: str) -> BackupName | None:
    """What a backup's name says (None for any other file)."""
    match = _NAME.match(name)
    if match is None:
        return None
    day, time = match["day"], match["time"]
    try:  # by hand rather than strptime, whose first use costs ~2 ms at every start
        taken = datetime(
            int(day[:4]), int(day[4:6]), int(day[6:8]),
            int(time[:2]), int(time[2:4]), int(time[4:6]),
        )  # fmt: skip
    except ValueError:
        return None
    return BackupName(match["stem"], match["reason"], taken)


def backup_file_name(stem: str, reason: str, taken_at: datetime) -> str:
    return f"{stem}-{reason}-{taken_at:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def free_name(directory: Path, name: str) -> Path:
    """``name`` in ``directory``, or ``<name>-2``, ``-3`` … when taken (two in one second)."""
    path = directory / name
    n = 2
    while path.exists():
        path = directory / f"{name[: -len(BACKUP_SUFFIX)]}-{n}{BACKUP_SUFFIX}"
        n += 1
    return path


def write_backup(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy the live database to ``target`` safely and verify it; returns ``target``.

    Raises :class:`BackupVerifyError` (copy removed) when the written copy
    fails ``integrity_check``, and ``OSError`` (nothing left behind, old files
    untouched) when the disk is full or read-only.
    """
    directory = target.parent
    directory.mkdir(parents=True, exist_ok=True)
    temp = directory / f".{target.name}.tmp"
    try:
        temp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(temp), isolation_level=None)
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            problems = _integrity(dest)
        finally:
            dest.close()
        if problems:
            raise BackupVerifyError(
                msg(
                    f"备份写好后校验不通过（{problems[0]}），这份备份已删除。"
                    "请检查磁盘或U盘后重试。",
                    f"The backup failed its check after writing ({problems[0]}); it was "
                    "deleted. Check the disk or drive and try again.",
                )
            )
        _fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        discard_with_journal(temp)
        raise
    fsync_directory(directory)
    return target


def discard_with_journal(temp: Path) -> None:
    """Remove a half-written copy and the rollback journal SQLite left beside it.

    A copy that fails midway (full disk) leaves ``<temp>-journal``; nothing
    lists it and nothing would ever delete it, so each failed daily backup
    would leave one more hidden file on a disk that is already full.
    """
    for part in (temp, temp.with_name(temp.name + "-journal")):
        with contextlib.suppress(OSError):  # read-only: nothing was written there either
            part.unlink(missing_ok=True)


def copy_database_file(source: Path, target: Path) -> None:
    """Copy a (backup) database file into a new file ``target`` with the backup API."""
    src = open_read_only(source)
    try:
        dest = sqlite3.connect(str(target), isolation_level=None)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes beside the file (a stick may be read-only)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def verify_file(path: Path) -> list[str]:
    """``integrity_check`` of a file opened read-only; problems, or [] when sound."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return _integrity(conn)
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def _integrity(conn: sqlite3.Connection) -> list[str]:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


@dataclass(frozen=True)
class FileSummary:
    """What a data file (or backup) holds, read without changing it."""

    office: dict[str, Any] | None
    schema_version: int
    site_id: str
    meta: dict[str, str]
    counts: dict[str, int] = field(default_factory=dict)


def read_summary(path: Path) -> FileSummary:
    """Office profile, schema version, meta and live rows per synced table.

    Raises ``sqlite3.Error`` when the file is not a readable database.
    """
    conn = open_read_only(path)
    try:
        tables = {
            str(r[0])
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        }
        if "meta" not in tables:
            raise sqlite3.DatabaseError("not a sanzhi data file (no meta table)")
        meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta").fetchall()}
        office: dict[str, Any] | None = None
        if "office" in tables:
            cursor = conn.execute("SELECT * FROM office WHERE id = 1")
            row = cursor.fetchone()
            if row is not None:
                office = dict(zip([c[0] for c in cursor.description], row, strict=True))
        version = 0
        if "_sqlite_migrations" in tables:
            version = int(conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0])
        counts = {
            name: int(
                conn.execute(f"SELECT count(*) FROM [{name}] WHERE deleted = 0").fetchone()[0]
            )
            for name in sorted(SYNCED_TABLES)
            if name in tables
        }
        return FileSummary(office, version, meta.get("site_id", ""), meta, counts)
    finally:
        conn.close()


def list_backup_files(directory: Path, *, stem: str | None = None) -> list[tuple[Path, BackupName]]:
    """Backups in ``directory`` (of data file ``stem`` if given), newest first."""
    try:
        entries = list(directory.iterdir())
    except OSError:
        return []
    found = [
        (entry, parsed)
        for entry in entries
        if entry.is_file()
        and (parsed := parse_backup_name(entry.name)) is not None
        and (stem is None or parsed.stem == stem)
    ]
    return sorted(found, key=lambda item: (item[1].taken_at, item[0].name), reverse=True)


def rotation_victims(
    backups: Iterable[tuple[Path, BackupName]],
    *,
    daily: int = 14,
    monthly: int = 12,
    newest: Path | None = None,
) -> list[Path]:
    """Which rotated copies to delete: keep the newest per day for the ``daily`` most
    recent days and the newest per month for the ``monthly`` most recent months.

    Copies made before a migration or a restore are never victims; ``newest``
    (the copy just written) counts as the newest of its second.
    """
    rotated = sorted(
        (item for item in backups if item[1].reason in ROTATED_REASONS),
        key=lambda item: (item[1].taken_at, item[0] == newest, item[0].name),
        reverse=True,
    )
    keep: set[Path] = set()
    days: list[str] = []
    months: list[str] = []
    for path, name in rotated:
        day = name.taken_at.strftime("%Y%m%d")
        month = name.taken_at.strftime("%Y%m")
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(path)
        if month not in months and len(months) < monthly:
            months.append(month)
            keep.add(path)
    return [path for path, _ in rotated if path not in keep]


def fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def read_meta_int(path: Path, key: str) -> int:
    """One integer from a file's ``meta`` (0 when unreadable: a damaged file is only read)."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return 0
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return int(row[0]) if row else 0
    except (sqlite3.Error, ValueError):
        return 0
    finally:
        conn.close()


def restamp(db: sqlite_utils.Database, *, site: str, min_rev: int, min_seq: int) -> None:
    """A restored file's new identity: a new site id; clock and export seq never go back.

    ``last_rev``/``seen_max_rev`` are raised to ``min_rev`` (the replaced
    file's clock), so records written after the restore get revs above every
    rev the town may already hold; ``sync_last_seq`` to ``min_seq``, so the
    next export never reuses a seq the town has seen.
    """
    with db.atomic():
        set_meta(db, "site_id", site)
        for key in ("last_rev", "seen_max_rev"):
            set_meta(db, key, str(max(int(get_meta(db, key, "0")), min_rev)))
        set_meta(db, "sync_last_seq", str(max(int(get_meta(db, "sync_last_seq", "0")), min_seq)))


def copy_into_live(source: Path, live: sqlite_utils.Database) -> None:
    """Replace the live database's content with ``source``'s, in one transaction.

    The backup API writes through the live connection: with WAL, a power cut
    in the middle leaves the old content (the transaction never committed), and
    other open connections simply see the new content at their next read — no
    file is renamed under an open connection.
    """
    src = open_read_only(source)
    try:
        src.backup(live.conn)
    finally:
        src.close()


def open_restore_copy(path: Path) -> sqlite_utils.Database:
    """A restore's working copy: rollback journal (one file to verify and move), no WAL."""
    from sanzhi_desktop.storage.connection import as_database

    db = as_database(sqlite3.connect(str(path), isolation_level=None))
    db.execute("PRAGMA journal_mode = DELETE")
    return db
