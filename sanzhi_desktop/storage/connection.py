"""Opening the data file: pragmas, the health check, and the damaged-file refusal.

A file that fails ``PRAGMA quick_check`` (or is not SQLite at all) is refused
before anything writes to it: writing to a damaged file can make a repairable
file unrepairable, and the clerk's last good backup may be all that is left.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.lang import msg


class DamagedDatabaseError(SanzhiError):
    """The data file is not a healthy SQLite database."""


def damaged_message(path: Path, detail: str) -> str:
    return msg(
        f"数据文件 {path} 已损坏或不是本程序的数据文件（{detail}）。程序没有对它做任何修改。"
        "请从备份恢复，或联系镇上的技术人员。",
        f"The data file {path} is damaged or not a sanzhi data file ({detail}). Nothing was "
        "written to it. Restore a backup or ask the township's technician.",
    )


def connect(path: Path) -> sqlite_utils.Database:
    """Open (or create) ``path`` in WAL mode with foreign keys and a busy timeout.

    The driver's implicit transactions are off (``isolation_level=None``):
    every write happens inside an explicit ``db.atomic()`` block, so what is
    one transaction is visible in the code, not left to the driver.
    """
    if path.is_dir():
        raise SanzhiError(
            msg(
                f"{path} 是一个文件夹，不是数据文件。"
                f"请用 --db 指定数据文件（例如 {path / 'sanzhi.db'}）。",
                f"{path} is a folder, not a data file; "
                f"give --db a file such as {path / 'sanzhi.db'}.",
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    except sqlite3.Error as exc:
        raise SanzhiError(
            msg(
                f"无法打开数据文件 {path}（{exc}）：请检查文件夹是否存在、是否有写入权限。",
                f"Cannot open the data file {path} ({exc}): check the folder and its permissions.",
            )
        ) from exc
    # No sqlite-utils plugins are used; looking them up costs ~14 ms per connection.
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        db.execute("PRAGMA busy_timeout = 10000")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.DatabaseError(f"journal_mode={mode}")
        # FULL keeps the last committed transaction through a power cut.
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedDatabaseError(damaged_message(path, str(exc))) from exc
    return db


def connect_memory() -> sqlite_utils.Database:
    """An in-memory database with the same settings, for tests and previews."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """Problems reported by ``PRAGMA quick_check``; empty when the file is sound."""
    rows = [str(r[0]) for r in db.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    """Problems reported by the thorough ``PRAGMA integrity_check``."""
    rows = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def open_checked(path: Path) -> sqlite_utils.Database:
    """Connect and run ``quick_check``; raise :class:`DamagedDatabaseError` on damage."""
    db = connect(path)
    try:
        problems = quick_check(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DamagedDatabaseError(damaged_message(path, str(exc))) from exc
    if problems:
        db.close()
        raise DamagedDatabaseError(damaged_message(path, problems[0]))
    return db


def backup_to(db: sqlite_utils.Database, target: Path) -> Path:
    """Copy the live database to ``target`` with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target
