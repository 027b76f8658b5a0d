"""Opening the data file: pragmas, the health check, and the damaged-file refusal.

A file that fails ``PRAGMA quick_check`` (or is not SQLite at all) is refused
before anything writes to it: writing to a damaged file can make a repairable
file unrepairable, and the clerk's last good backup may be all that is left.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.storage import disk_faults

if TYPE_CHECKING:
    import sqlite_utils


class SqlRunner(Protocol):
    """What runs one SQL statement: a ``sqlite3.Connection`` or a sqlite-utils ``Database``.

    The queries a window needs before it first paints (the health check, the
    schema version, the profile, the settings, the counts) take this, so that
    they run on the bare connection: importing sqlite-utils (with click,
    dateutil and pluggy behind it) costs more than all of them together, and
    the session only wraps its connection in a ``Database`` on first use.
    """

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


class DamagedDatabaseError(SanzhiError):
    """The data file is not a healthy SQLite database."""


def damaged_message(path: Path, detail: str) -> str:
    return msg(
        f"数据文件 {path} 已损坏或不是本程序的数据文件（{detail}）。程序没有对它做任何修改。"
        "请从备份恢复，或联系镇上的技术人员。",
        f"The data file {path} is damaged or not a sanzhi data file ({detail}). Nothing was "
        "written to it. Restore a backup or ask the township's technician.",
    )


def refusal(exc: sqlite3.DatabaseError, path: Path) -> SanzhiError:
    """What to tell the clerk about ``exc`` met on ``path``: a full or read-only disk
    when that is what it is (never "damaged, restore a backup"), else damage."""
    return disk_faults.from_sqlite_error(exc, path) or DamagedDatabaseError(
        damaged_message(path, str(exc))
    )


def connect(path: Path) -> sqlite_utils.Database:
    """Open (or create) ``path`` as :func:`connect_raw` does, as a sqlite-utils ``Database``."""
    return as_database(connect_raw(path))


def as_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """``conn`` as a sqlite-utils ``Database`` (the same connection, the same transactions)."""
    import sqlite_utils

    # No sqlite-utils plugins are used; looking them up costs ~14 ms per connection.
    return sqlite_utils.Database(conn, execute_plugins=False)


def connect_raw(path: Path) -> sqlite3.Connection:
    """Open (or create) ``path`` in WAL mode with foreign keys and a busy timeout.

    The driver's implicit transactions are off (``isolation_level=None``):
    every write happens inside an explicit ``db.atomic()`` block, so what is
    one transaction is visible in the code, not left to the driver.

    A read-only file or folder is refused here with a message that says so:
    SQLite would open it, fail to make its ``-wal`` file and report "unable to
    open database file", which reads like damage. Memory-mapped I/O stays off
    (``mmap_size = 0``): a write into a mapped page of a file that the full
    disk cannot extend kills the process with a bus error instead of an error
    SQLite can report.
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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise (disk_faults.from_os_error(exc, path, data_file=True) or exc) from exc
    if disk_faults.is_read_only(path) or (path.exists() and disk_faults.is_read_only(path.parent)):
        raise disk_faults.ReadOnlyError(disk_faults.read_only_message(path, data_file=True))
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    except sqlite3.Error as exc:
        if fault := disk_faults.from_sqlite_error(exc, path):
            raise fault from exc
        raise SanzhiError(
            msg(
                f"无法打开数据文件 {path}（{exc}）：请检查文件夹是否存在、是否有写入权限。",
                f"Cannot open the data file {path} ({exc}): check the folder and its permissions.",
            )
        ) from exc
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA mmap_size = 0")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.DatabaseError(f"journal_mode={mode}")
        # FULL keeps the last committed transaction through a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise refusal(exc, path) from exc
    return conn


def connect_memory() -> sqlite_utils.Database:
    """An in-memory database with the same settings, for tests and previews."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return as_database(conn)


def quick_check(db: SqlRunner) -> list[str]:
    """Problems reported by ``PRAGMA quick_check``; empty when the file is sound."""
    rows = [str(r[0]) for r in db.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


@contextmanager
def page_cache(conn: sqlite3.Connection, mib: int) -> Iterator[None]:
    """Let SQLite keep up to ``mib`` MiB of pages for a bulk write, then its default again.

    The default cache is 2 MiB. A sync import of 100,000 records or more
    writes to indexes far larger than that, at random places where they are
    keyed by ids made before ids were time-ordered, so each row would fetch
    its index pages again from the file; with a cache that holds them the
    cost per record stays nearly flat from 10,000 to 1,000,000 records.
    Pages are only taken as they are read, so a small import uses little of
    it; afterwards the cache shrinks back.
    """
    (previous,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-int(mib) * 1024}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(previous)}")


def integrity_check(db: SqlRunner) -> list[str]:
    """Problems reported by the thorough ``PRAGMA integrity_check``."""
    rows = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


class EarlyQuickCheck:
    """``PRAGMA quick_check`` of an existing file, started on a thread of its own.

    The check reads the whole file (15–25 ms for ten years of a village, more
    on an old disk) and SQLite lets other Python code run meanwhile, so the
    GUI starts it before importing Qt and collects the verdict when it opens
    the file: the check costs the clerk no waiting. It opens the file
    read-only and never creates it. When it could not run (no file, no
    access), :func:`open_checked` simply checks again itself.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._problems: list[str] | None = None
        self._error: sqlite3.DatabaseError | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        if self.path.is_file():
            self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=10)
        except sqlite3.Error:
            return  # e.g. no access: open_checked finds out and says so
        try:
            self._problems = quick_check(conn)
        except sqlite3.OperationalError:
            pass  # busy, or no access to the -shm file: not a verdict; checked again later
        except sqlite3.DatabaseError as exc:  # not a database, malformed
            self._error = exc
        finally:
            conn.close()

    def verdict(self, path: Path) -> list[str] | None:
        """The problems found in ``path``; None when this check did not cover it.

        Raises the ``sqlite3.DatabaseError`` the check met (not a database).
        """
        if Path(path).absolute() != self.path.absolute() or not self._thread.ident:
            return None
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


def open_checked(path: Path, *, early: EarlyQuickCheck | None = None) -> sqlite3.Connection:
    """Connect and run ``quick_check``; raise :class:`DamagedDatabaseError` on damage.

    ``early``: a check of the same file started beforehand, whose verdict is
    used instead of checking again.
    """
    db = connect_raw(path)
    try:
        problems = early.verdict(path) if early is not None else None
        if problems is None:
            problems = quick_check(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise refusal(exc, path) from exc
    if problems:
        db.close()
        raise DamagedDatabaseError(damaged_message(path, problems[0]))
    return db


def open_cheaply(path: Path) -> sqlite3.Connection:
    """Connect after the cheap checks only: the header, the length, a readable schema.

    For a file the program closed cleanly last time (``storage.lock``); its full
    ``quick_check`` then runs in the background (:class:`storage.health.HealthCheck`).
    Raises :class:`DamagedDatabaseError` (never writing) when a cheap check fails.
    """
    from sanzhi_desktop.storage import health

    problems = health.header_problems(path)
    if problems:
        raise DamagedDatabaseError(damaged_message(path, problems[0]))
    db = connect_raw(path)
    try:
        problems = health.schema_problems(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise refusal(exc, path) from exc
    if problems:
        db.close()
        raise DamagedDatabaseError(damaged_message(path, problems[0]))
    return db


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the live database to ``target`` with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target
