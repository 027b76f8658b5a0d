"""Backups and restore: what the clerk does so that no record is ever lost.

- :func:`backup_now` — a verified copy into ``backups/`` beside the data file
  (or any folder: "back up to USB"); copies in ``backups/`` are rotated
  (14 daily, 12 monthly).
- :func:`auto_backup_due` — asked when a session opens: a copy is made when the
  newest is older than a day (only for a set-up office: an empty file has
  nothing to lose).
- :func:`restore_backup` — shows nothing, decides nothing: the caller has
  shown :func:`inspect_backup`'s summary and asked. It copies the current
  file first, restores into a temporary file, verifies it, gives it a *new
  site id* with the clock and export seq kept above the replaced file's (so
  records written after the restore are never confused with ones the town
  already holds, DESIGN.md §2), then replaces the content. A damaged file is
  never written: it is moved aside as ``<name>.damaged-<time>`` and the
  restored file takes its place.

Disk errors (full, read-only, no permission) become :class:`RefusedError`
messages in Chinese; the data file and the older copies are left untouched.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.paths import backup_dir_for
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.storage import backup, clock, connection, disk_faults, migrations
from sanzhi_desktop.storage import office as office_store
from sanzhi_desktop.storage.lock import InstanceLock
from sanzhi_desktop.storage.records import SYNCED_TABLES, get_meta, new_id, site_id

if TYPE_CHECKING:
    import sqlite_utils

    from sanzhi_desktop.services.session import Session

AUTO_BACKUP_AGE = timedelta(days=1)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds."""

    path: Path
    reason: str
    taken_at: datetime | None
    size: int
    office_code: str
    office_name: str
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def when(self) -> str:
        if self.taken_at is None:
            return msg("时间不详", "unknown time")
        return f"{self.taken_at:%Y-%m-%d %H:%M}"

    def describe(self) -> str:
        """One paragraph for a confirmation: date, office, counts per table."""
        labels = {name: spec.label for name, spec in SYNCED_TABLES.items()}
        parts = [f"{labels.get(table, table)}{n}" for table, n in self.counts.items() if n] or [
            msg("没有记录", "no records")
        ]
        office = f"{self.office_name}（{self.office_code}）" if self.office_code else "—"
        return msg(
            f"备份时间：{self.when()}；单位：{office}；共{self.total}条记录：" + "，".join(parts),
            f"Taken {self.when()}; office {office}; {self.total} records: " + ", ".join(parts),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "reason": self.reason,
            "taken_at": self.taken_at.isoformat(timespec="seconds") if self.taken_at else None,
            "size": self.size,
            "office_code": self.office_code,
            "office_name": self.office_name,
            "schema_version": self.schema_version,
            "counts": self.counts,
            "ok": self.ok,
            "problems": self.problems[:5],
        }


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: Path | None
    damaged_moved_to: Path | None
    new_site_id: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "restored": self.restored.to_dict(),
            "safety_copy": str(self.safety_copy) if self.safety_copy else None,
            "damaged_moved_to": str(self.damaged_moved_to) if self.damaged_moved_to else None,
            "new_site_id": self.new_site_id,
        }


# --- disk errors ---------------------------------------------------------------


def disk_error(exc: OSError | sqlite3.Error, target: Path) -> RefusedError:
    """A full, read-only or forbidden target, said plainly in Chinese (which disk, what to do).

    SQLite's own "database or disk is full" counts: the backup API writes the
    copy through SQLite, so a full stick is reported by it, not by Python.
    """
    if isinstance(exc, OSError):
        fault = disk_faults.from_os_error(exc, target)
    else:
        fault = disk_faults.from_sqlite_error(exc, target)
    unchanged = msg(
        "数据文件和原有的备份都没有改动。", " The data file and the older copies are unchanged."
    )
    if fault is not None:
        return type(fault)(str(fault) + unchanged)
    return RefusedError(
        msg(f"写入 {target} 时出错：{exc}。", f"Cannot write {target}: {exc}.") + unchanged
    )


# --- making copies -------------------------------------------------------------


def backups_dir(db_path: Path) -> Path:
    return backup_dir_for(Path(db_path))


def _local_now() -> datetime:
    return clock.now().replace(tzinfo=None, microsecond=0)


def backup_now(
    session: Session,
    *,
    reason: str = "manual",
    out_dir: Path | None = None,
    progress: Progress = no_progress,
) -> BackupInfo:
    """A verified copy of the open data file; rotated when it goes to ``backups/``."""
    return backup_database(
        session.db, session.path, reason=reason, out_dir=out_dir, progress=progress
    )


def backup_database(
    db: sqlite_utils.Database,
    db_path: Path,
    *,
    reason: str = "manual",
    out_dir: Path | None = None,
    progress: Progress = no_progress,
) -> BackupInfo:
    db_path = Path(db_path)
    home = backups_dir(db_path)
    directory = Path(out_dir) if out_dir is not None else home
    if out_dir is not None and not directory.is_dir():
        raise RefusedError(
            msg(f"找不到文件夹 {directory}（U盘插好了吗？）", f"No such folder: {directory}")
        )
    progress(0, 2, msg("正在备份……", "Backing up…"))
    name = backup.backup_file_name(db_path.stem, reason, _local_now())
    target = backup.free_name(directory, name)
    try:
        backup.write_backup(db, target)
    except (OSError, sqlite3.OperationalError) as exc:
        raise disk_error(exc, target) from exc
    progress(1, 2, msg("正在整理旧备份……", "Rotating old copies…"))
    if directory.resolve() == home.resolve():
        rotate(db_path, newest=target)
    progress(2, 2, msg("备份完成", "Backed up"))
    return inspect_backup(target, verify=False)


def rotate(
    db_path: Path, *, daily: int = 14, monthly: int = 12, newest: Path | None = None
) -> list[Path]:
    """Delete the automatic/manual copies beyond 14 daily and 12 monthly; returns them."""
    db_path = Path(db_path)
    found = backup.list_backup_files(backups_dir(db_path), stem=db_path.stem)
    victims = backup.rotation_victims(found, daily=daily, monthly=monthly, newest=newest)
    for path in victims:
        path.unlink(missing_ok=True)
    return victims


def newest_backup_time(db_path: Path) -> datetime | None:
    found = backup.list_backup_files(backups_dir(db_path), stem=Path(db_path).stem)
    return found[0][1].taken_at if found else None


def auto_backup_due(
    db_path: Path, *, has_profile: bool, max_age: timedelta = AUTO_BACKUP_AGE
) -> bool:
    """Whether the start-up copy is due: the office is set up, its newest copy older than
    ``max_age``."""
    if not has_profile:
        return False
    newest = newest_backup_time(db_path)
    return newest is None or _local_now() - newest >= max_age


# --- reading copies --------------------------------------------------------------


def inspect_backup(path: Path, *, verify: bool = True) -> BackupInfo:
    """What a backup holds; :class:`RefusedError` when it is not a readable data file."""
    path = Path(path)
    if path.is_dir():
        raise RefusedError(
            msg(
                f"{path} 是一个文件夹，不是备份文件。请选择文件夹里的备份文件（.db）。",
                f"{path} is a folder, not a backup: choose a backup file (.db) in it.",
            )
        )
    if not path.is_file():
        raise RefusedError(msg(f"找不到备份文件 {path}。", f"No such backup: {path}"))
    problems = backup.verify_file(path) if verify else []
    try:
        summary = backup.read_summary(path)
    except sqlite3.Error as exc:
        raise RefusedError(
            msg(
                f"{path.name} 不是本程序的数据文件或备份，或者已损坏（{exc}）。",
                f"{path.name} is not a sanzhi backup, or it is damaged ({exc}).",
            )
        ) from exc
    parsed = backup.parse_backup_name(path.name)
    taken = parsed.taken_at if parsed else datetime.fromtimestamp(path.stat().st_mtime)
    office = summary.office or {}
    return BackupInfo(
        path=path,
        reason=parsed.reason if parsed else "",
        taken_at=taken.replace(microsecond=0),
        size=path.stat().st_size,
        office_code=str(office.get("code", "")),
        office_name=str(office.get("name", "")),
        schema_version=summary.schema_version,
        counts=summary.counts,
        problems=problems,
    )


def list_backups(db_path: Path, *, verify: bool = False) -> list[BackupInfo]:
    """The copies in ``backups/`` beside ``db_path``, newest first (unreadable ones skipped)."""
    infos: list[BackupInfo] = []
    for path, _name in backup.list_backup_files(backups_dir(db_path), stem=Path(db_path).stem):
        try:
            infos.append(inspect_backup(path, verify=verify))
        except (RefusedError, OSError):
            continue
    return infos


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest copy that passes ``integrity_check`` and holds an office."""
    for path, _name in backup.list_backup_files(backups_dir(db_path), stem=Path(db_path).stem):
        try:
            info = inspect_backup(path, verify=True)
        except (RefusedError, OSError):
            continue
        if info.ok and info.office_code:
            return info
    return None


# --- restore ---------------------------------------------------------------------


def restore_backup(
    db_path: Path, backup_path: Path, *, session: Session | None = None
) -> RestoreResult:
    """Replace the data file's content by a backup's (the caller has asked the clerk).

    ``session``: the open session on ``db_path`` (or its worker copy) when the
    file is healthy and in use; without it the file is locked here, and a
    missing or damaged file is replaced (the damaged one moved aside, never
    written).
    """
    db_path = Path(db_path).absolute()
    info = inspect_backup(backup_path)
    _check_restorable(info)
    if session is not None:
        return _restore_live(session.db, db_path, info, current_code=_code_of(session))
    lock = InstanceLock(db_path).acquire()
    try:
        if not db_path.exists():
            min_rev, min_seq = _highest_in_backups(db_path, info.office_code)
            new_site = _install_new_file(db_path, info, min_rev=min_rev, min_seq=min_seq)
            return RestoreResult(info, None, None, new_site)
        if db_path.stat().st_size == 0:  # emptied: nothing in it to keep or to write to
            return _restore_over_damaged(db_path, info)
        try:
            db = connection.as_database(connection.open_checked(db_path))
        except connection.DamagedDatabaseError:
            return _restore_over_damaged(db_path, info)
        if connection.integrity_check(db):
            # quick_check passed but an index is damaged (what ``sanzhi check``
            # finds): no verified safety copy can be made of it, and it must not
            # be written, so it is moved aside like any damaged file.
            db.close()
            return _restore_over_damaged(db_path, info)
        try:
            current = backup_meta_code(db)
            return _restore_live(db, db_path, info, current_code=current)
        finally:
            db.close()
    finally:
        lock.release()


def _highest_in_backups(db_path: Path, office_code: str) -> tuple[int, int]:
    """The highest clock and export seq among the office's backups beside ``db_path``.

    A restore onto a deleted data file has no current file to carry them from;
    the clerk may pick an older backup than the newest, and its seq would
    restart below files the town already holds (a false "two PCs" alert).
    """
    min_rev = min_seq = 0
    for found in list_backups(db_path):
        if found.office_code != office_code:
            continue
        min_rev = max(
            min_rev,
            backup.read_meta_int(found.path, "last_rev"),
            backup.read_meta_int(found.path, "seen_max_rev"),
        )
        min_seq = max(min_seq, backup.read_meta_int(found.path, "sync_last_seq"))
    return min_rev, min_seq


def _code_of(session: Session) -> str:
    return session.profile.code if session.profile is not None else ""


def backup_meta_code(db: sqlite_utils.Database) -> str:
    """The office code of an open data file, "" when it has none (or no office table)."""
    try:
        profile = office_store.read_profile(db)
    except sqlite3.Error:
        return ""
    return profile.code if profile else ""


def _check_restorable(info: BackupInfo) -> None:
    if not info.ok:
        raise RefusedError(
            msg(
                f"这份备份已损坏（{info.problems[0]}），不能用来恢复。请换一份备份。",
                f"This backup is damaged ({info.problems[0]}); choose another.",
            )
        )
    if not info.office_code:
        raise RefusedError(
            msg("这份备份里没有单位信息（是空文件），不能用来恢复。", "The backup is empty.")
        )
    latest = migrations.latest_schema_version()
    if info.schema_version > latest:
        raise RefusedError(
            msg(
                f"这份备份由更新版本的程序制作（数据版本{info.schema_version}），请先升级程序。",
                "The backup was made by a newer version; please update.",
            )
        )


def _restore_live(
    db: sqlite_utils.Database, db_path: Path, info: BackupInfo, *, current_code: str
) -> RestoreResult:
    if current_code and current_code != info.office_code:
        raise RefusedError(
            msg(
                f"这份备份是“{info.office_name}”（{info.office_code}）的，"
                f"而当前数据文件属于{current_code}，不能用它恢复。",
                f"The backup belongs to {info.office_code}, this file to {current_code}.",
            )
        )
    safety = backup_database(db, db_path, reason="before-restore").path
    min_rev = max(int(get_meta(db, "last_rev", "0")), int(get_meta(db, "seen_max_rev", "0")))
    min_seq = int(get_meta(db, "sync_last_seq", "0"))
    temp = _prepared_copy(db_path, info, min_rev=min_rev, min_seq=min_seq)
    try:
        backup.copy_into_live(temp, db)
    except OSError as exc:
        raise disk_error(exc, db_path) from exc
    finally:
        temp.unlink(missing_ok=True)
    return RestoreResult(info, safety, None, site_id(db))


def _restore_over_damaged(db_path: Path, info: BackupInfo) -> RestoreResult:
    min_rev = max(
        backup.read_meta_int(db_path, "last_rev"), backup.read_meta_int(db_path, "seen_max_rev")
    )
    min_seq = backup.read_meta_int(db_path, "sync_last_seq")
    temp = _prepared_copy(db_path, info, min_rev=min_rev, min_seq=min_seq)
    stamp = _local_now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    try:
        for suffix in ("", "-wal", "-shm"):
            part = db_path.with_name(db_path.name + suffix)
            if part.exists():
                os.replace(part, aside.with_name(aside.name + suffix))
        os.replace(temp, db_path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise disk_error(exc, db_path) from exc
    backup.fsync_directory(db_path.parent)
    return RestoreResult(info, None, aside, _site_of(db_path))


def _install_new_file(db_path: Path, info: BackupInfo, *, min_rev: int, min_seq: int) -> str:
    temp = _prepared_copy(db_path, info, min_rev=min_rev, min_seq=min_seq)
    os.replace(temp, db_path)
    backup.fsync_directory(db_path.parent)
    return _site_of(db_path)


def _site_of(path: Path) -> str:
    return backup.read_summary(path).site_id


def _prepared_copy(db_path: Path, info: BackupInfo, *, min_rev: int, min_seq: int) -> Path:
    """The backup copied beside the data file, migrated, re-identified and verified."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        temp.unlink(missing_ok=True)
        backup.copy_database_file(info.path, temp)
        db = backup.open_restore_copy(temp)
        try:
            migrations.migrate(db, backup_dir=backups_dir(db_path), label=db_path.stem)
            backup.restamp(db, site=new_id(), min_rev=min_rev, min_seq=min_seq)
            problems = connection.integrity_check(db)
        finally:
            db.close()
        if problems:
            raise RefusedError(
                msg(
                    f"恢复出的文件校验不通过（{problems[0]}），没有替换数据文件。",
                    f"The restored copy failed its check ({problems[0]}); nothing replaced.",
                )
            )
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise disk_error(exc, temp) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def damaged_file_offer(db_path: Path) -> str:
    """What to tell a clerk whose file is damaged: the newest good copy and the command."""
    good = newest_good_backup(db_path)
    if good is None:
        return msg(
            "没有找到可用的备份。如果有U盘备份，请用 sanzhi restore 备份文件 恢复。",
            "No good backup found. If you have one on a USB drive: sanzhi restore FILE.",
        )
    return msg(
        f"最新的完好备份：{good.path}（{good.when()}，{good.total}条记录）。\n"
        f'恢复：sanzhi restore "{good.path}"',
        f"Newest good backup: {good.path} ({good.when()}, {good.total} records).\n"
        f'Restore: sanzhi restore "{good.path}"',
    )
