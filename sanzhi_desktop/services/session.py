"""A clerk's session on one data file: the open database, its lock and the operator.

Opening a session is where the safety rules of DESIGN.md §2 are applied, in
order: take the single-instance lock (a second copy is told plainly), run
``quick_check`` (a damaged file is refused before anything writes to it),
refuse a file made by a newer version, back up and migrate an older one.

``open_session(defer_check=True)`` (the GUI, ``sanzhi info``) moves the full
check of a file that was closed cleanly last time behind the window: only
the cheap header and schema checks run first, and until the background
check has passed every write waits for it (:mod:`storage.health`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError, SanzhiError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.office import OfficeProfile
from sanzhi_desktop.services.paths import backup_dir_for
from sanzhi_desktop.storage import clock, connection, migrations, office
from sanzhi_desktop.storage.health import HealthCheck, WriteGate
from sanzhi_desktop.storage.lock import InstanceLock
from sanzhi_desktop.storage.records import Author

if TYPE_CHECKING:
    import sqlite_utils

DEFAULT_OPERATOR = "文书"


class NotInitialisedError(RefusedError):
    """The data file has no office profile yet."""


class EmptiedFileError(connection.DamagedDatabaseError):
    """The data file is 0 bytes long although backups of it exist: its content is lost."""


def refuse_emptied_file(path: Path) -> None:
    """Refuse a 0-byte data file whose ``backups/`` holds copies, offering the newest.

    SQLite takes a 0-byte file for a new, empty database, so opening it would
    quietly make a new empty office over the clerk's lost one (a power cut
    or a full disk while another program rewrote it can leave 0 bytes). With
    copies in ``backups/`` the file certainly held data once: it is treated as
    damaged, never written, and the newest good copy is offered.
    """
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return
    if not empty:
        return
    from sanzhi_desktop.storage import backup  # only for an empty file

    if not backup.list_backup_files(backup_dir_for(path), stem=path.stem):
        return
    from sanzhi_desktop.services import backups  # backups builds on this module

    raise EmptiedFileError(
        msg(
            f"数据文件 {path} 是空的（0字节），但 backups 文件夹里有它的备份：它原来的内容已经丢失"
            "（可能是断电或磁盘已满时被清空）。程序没有对它做任何修改，也没有把它当作新文件。",
            f"The data file {path} is empty (0 bytes) although backups of it exist: its "
            "content was lost. Nothing was written to it.",
        )
        + "\n"
        + backups.damaged_file_offer(path)
    )


@dataclass
class Session:
    #: The open connection; most code uses :attr:`db`, its sqlite-utils view.
    conn: sqlite3.Connection
    path: Path
    operator: str = DEFAULT_OPERATOR
    lock: InstanceLock | None = None
    profile: OfficeProfile | None = field(default=None)
    migration_backup: Path | None = None
    #: The copy made at start-up (a day after the last), and why it failed if it did.
    startup_backup: Path | None = None
    startup_backup_error: str = ""
    #: The full health check still running in the background (``defer_check``), or None.
    health: HealthCheck | None = None
    _db: sqlite_utils.Database | None = field(default=None, repr=False)
    _sets_reference_day: bool = field(default=False, repr=False)

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite-utils ``Database``, made on first use.

        Importing sqlite-utils is the single largest cost of starting the
        program (~50 ms on the development machine, more on an old office PC),
        and nothing before the first paint of the main window needs it: those
        queries run on :attr:`conn`.
        """
        if self._db is None:
            self._db = connection.as_database(self.conn)
        return self._db

    @property
    def author(self) -> Author:
        """Who writes: refuses when the office has not been set up yet."""
        return Author(operator=self.operator, owner=self.require_profile().code)

    def require_profile(self) -> OfficeProfile:
        if self.profile is None:
            raise NotInitialisedError(
                msg(
                    "还没有设置本单位信息。请先运行“sanzhi init village …”或在程序里完成首次设置。",
                    "The office is not set up yet: run 'sanzhi init' or the first-run wizard.",
                )
            )
        return self.profile

    def require_own_record(self, owner: str) -> None:
        """Refuse to print or change a record another office owns.

        A town holds its villages' records (from their sync files) but must not
        publish them under its own name; a village holds the town's circulars
        read-only. ``owner`` "" is a record written before owners existed here.
        """
        own = self.author.owner
        if owner and owner != own:
            raise RefusedError(
                msg(
                    f"这条记录属于{owner}，不是本单位的，不能以本单位名义打印或修改。",
                    f"This record belongs to {owner}, not to this office.",
                )
            )

    def require_village(self, what_zh: str, what_en: str) -> OfficeProfile:
        """The profile of a village; refused in a town, which keeps no such list itself."""
        profile = self.require_profile()
        if profile.kind is OfficeKind.TOWN:
            raise RefusedError(
                msg(
                    f"{what_zh}由各村张贴，镇里不单独打印；请在村里的电脑上打印。",
                    f"Villages post their own {what_en}; the town prints none.",
                )
            )
        return profile

    def reload_profile(self) -> None:
        self.profile = office.read_profile(self.conn)

    def apply_reference_day(self) -> None:
        """A demo file keeps "today" at the day it was generated up to (``demo_as_of``).

        A demo village opened a month later must still show its notices in
        publicity and its cases on time, in the GUI and the CLI alike, so
        :func:`storage.clock.today` answers that day while this session is open;
        any other file clears what an earlier one set.
        """
        value = office.get_setting(self.conn, "demo_as_of")
        day = date.fromisoformat(value) if isinstance(value, str) and value else None
        clock.set_reference_day(day)
        self._sets_reference_day = day is not None

    def worker_copy(self) -> Session:
        """The same file, operator and profile on a new connection, without the lock.

        For a background thread: SQLite connections must not cross threads,
        and WAL lets the worker write while the GUI thread reads. The caller
        closes it.
        """
        conn = connection.connect_raw(self.path)
        if self.health is not None:
            WriteGate(self.health).install(conn)
        return Session(
            conn=conn,
            path=self.path,
            operator=self.operator,
            lock=None,
            profile=self.profile,
            health=self.health,
        )

    def health_problems(self) -> list[str]:
        """The background health check's problems, waiting for it; [] when checked at open."""
        return self.health.wait() if self.health is not None else []

    def make_read_only(self) -> None:
        """Refuse every write on this connection from now on (a damaged file)."""
        self.conn.execute("PRAGMA query_only = ON")

    def close(self) -> None:
        if self._sets_reference_day:
            self._sets_reference_day = False
            clock.set_reference_day(None)
        clean = False
        try:
            self.conn.close()
            # Clean: checked at open, or found sound, or never started (then nothing was
            # written: a write waits for the check). Damaged or unfinished: the next
            # start checks in full before opening.
            clean = self.health is None or self.health.sound or not self.health.started
        finally:
            if self.lock is not None:
                self.lock.release(clean=clean)
                self.lock = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_session(
    path: Path,
    *,
    operator: str = DEFAULT_OPERATOR,
    exclusive: bool = True,
    auto_backup: bool = True,
    early_check: connection.EarlyQuickCheck | None = None,
    defer_check: bool = False,
) -> Session:
    """Open ``path`` for work; ``exclusive`` takes the one-copy-per-file lock.

    ``early_check``: the health check of ``path`` started beforehand (the GUI
    starts it before importing Qt); without it the file is checked here.

    ``auto_backup``: :func:`run_startup_backup` before returning. The GUI
    passes False and runs it right after its window first paints instead.

    ``defer_check``: when this program closed the file cleanly last time (the
    marker in its lock file) and it needs no migration, check only its header
    and schema now and run the full ``quick_check`` in the background
    (:attr:`Session.health`, not yet started: the caller starts it when it
    suits, a write starts and waits for it).
    """
    path = Path(path)
    lock = InstanceLock(path).acquire() if exclusive else None
    try:
        refuse_emptied_file(path)
        deferred = defer_check and lock is not None and lock.was_clean
        if deferred:
            conn = connection.open_cheaply(path)
        else:
            conn = connection.open_checked(path, early=early_check)
        try:
            version = migrations.schema_version(conn)
            latest = migrations.latest_schema_version()
            if deferred and version != latest:  # a migration writes: check in full first
                deferred = False
                if problems := connection.quick_check(conn):
                    raise connection.DamagedDatabaseError(
                        connection.damaged_message(path, problems[0])
                    )
            if version > latest:
                raise RefusedError(
                    msg(
                        f"这个数据文件由更新版本的程序创建（数据版本{version}，本程序支持到"
                        f"{latest}），请先升级程序。",
                        f"This file was made by a newer version (schema {version} > {latest}); "
                        "please update the program.",
                    )
                )
            backup = migrations.migrate(conn, backup_dir=backup_dir_for(path), label=path.stem)
            session = Session(conn=conn, path=path, operator=operator, lock=lock)
            if deferred:
                session.health = HealthCheck(path)
                WriteGate(session.health).install(conn)
            session.migration_backup = backup
            session.reload_profile()
            if exclusive:  # the file the program works on (not a reader beside it)
                session.apply_reference_day()
            if auto_backup and exclusive:
                run_startup_backup(session)
            return session
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise connection.refusal(exc, path) from exc
        except BaseException:
            conn.close()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def run_startup_backup(session: Session) -> None:
    """Copy a set-up office's file to ``backups/`` when the newest copy is a day old.

    A failed copy (full disk) never stops the clerk from working: it is kept
    in ``startup_backup_error`` for the caller to show.
    """
    from sanzhi_desktop.services import backups  # backups builds on this module

    try:
        due = backups.auto_backup_due(session.path, has_profile=session.profile is not None)
        # Never copy a file not yet known to be sound over the rotation of good copies.
        if due and (problems := session.health_problems()):
            session.startup_backup_error = connection.damaged_message(session.path, problems[0])
            return
        if due:
            session.startup_backup = backups.backup_database(
                session.db, session.path, reason="auto"
            ).path
    except (SanzhiError, OSError, sqlite3.Error) as exc:
        session.startup_backup_error = str(exc)
