"""The data file's health when opening it: a cheap check first, the full one in the background.

``PRAGMA quick_check`` reads every page: 20 ms for a village's ten years, seconds
for a town's 300 MB file on an old disk. Making the clerk wait for it on every
start buys little when the program itself closed the file cleanly last time,
so opening is split in two:

* before anything else, :func:`header_problems`: the first 100 bytes say
  "SQLite format 3", a page size SQLite can have, a file that is a whole
  number of pages long, and (in :func:`schema_problems`) a schema that reads;
* the full ``quick_check`` — before opening when the file was *not* closed
  cleanly (a crash, a power cut, a file copied in from elsewhere: see
  :mod:`storage.lock`, whose lock file keeps the marker), otherwise on a
  thread of its own (:class:`HealthCheck`) while the clerk already works.

Nothing may be written to a damaged file, so while that background check has
not passed, every connection of the session carries a :class:`WriteGate`: the
first statement that would write waits for the verdict, and after a bad
verdict SQLite refuses it ("not authorized"); the GUI then also makes the
connection read-only and offers the newest good backup.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def header_problems(path: Path) -> list[str]:
    """What is wrong with the file's header and length (no SQLite, a few bytes read).

    An empty or missing file has no problem here (SQLite makes it a new database;
    :func:`services.session.refuse_emptied_file` deals with a file emptied by accident).
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return []
        with open(path, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        return []
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return ["not a SQLite database (file header)"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return [f"invalid page size {page_size}"]
    if size % page_size:
        return [f"file size {size} is not a whole number of {page_size}-byte pages"]
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its version number matches the
    # change counter (SQLite ≥ 3.7.0 keeps both); a file shorter than it lost its end.
    counter_valid = header[24:28] == header[92:96]
    if counter_valid and pages and pages * page_size > size:
        return [f"file truncated: {size // page_size} of {pages} pages"]
    return []


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """Whether the schema reads (it is parsed in full by the first statement)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        raise  # busy or locked: not a verdict on the file
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return []


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Problems reported by ``PRAGMA quick_check``; empty when the file is sound."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


class HealthCheck:
    """``PRAGMA quick_check`` of ``path`` on a thread of its own, over a read-only connection.

    :meth:`start` begins it (again a no-op); :meth:`wait` starts it if needed and
    returns the problems found. A check that could not run at all (no access,
    the file busy) reports no problem: it is not a verdict, and the next start
    checks again.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._problems: list[str] | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> HealthCheck:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="health-check", daemon=True)
                self._thread.start()
        return self

    @property
    def done(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    def wait(self) -> list[str]:
        """Block until the verdict is known; the problems found (empty: sound)."""
        thread = self.start()._thread
        assert thread is not None
        if thread is not threading.current_thread():
            thread.join()
        return list(self._problems or [])

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def sound(self) -> bool:
        """Whether the finished check found no damage (False while it runs)."""
        return self.done and not self._problems

    @property
    def damaged(self) -> bool:
        """Whether the finished check found damage (False while it runs)."""
        return self.done and bool(self._problems)

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=10)
        except sqlite3.Error:
            self._problems = []
            return
        try:
            self._problems = quick_check(conn)
        except sqlite3.OperationalError:
            self._problems = []  # busy, or no access to the -shm file: not a verdict
        except sqlite3.DatabaseError as exc:  # malformed
            self._problems = [str(exc)]
        finally:
            conn.close()


#: Authorizer actions that change the main database (temp tables are the session's own).
_WRITES = frozenset(
    getattr(sqlite3, name)
    for name in (
        "SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_CREATE_INDEX",
        "SQLITE_CREATE_TABLE", "SQLITE_CREATE_TRIGGER", "SQLITE_CREATE_VIEW",
        "SQLITE_DROP_INDEX", "SQLITE_DROP_TABLE", "SQLITE_DROP_TRIGGER", "SQLITE_DROP_VIEW",
        "SQLITE_ALTER_TABLE", "SQLITE_REINDEX", "SQLITE_ANALYZE", "SQLITE_CREATE_VTABLE",
        "SQLITE_DROP_VTABLE",
    )
)  # fmt: skip


_SCHEMA_TABLES = frozenset({"sqlite_master", "sqlite_schema"})


class WriteGate:
    """An SQLite authorizer that holds every write until :class:`HealthCheck` has a verdict.

    Reads pass at once, so the window fills while the check runs; a statement
    that would write waits for the check (it is usually long done by the time
    a clerk saves anything) and is refused by SQLite when the file is damaged.
    SQLite asks the authorizer only when it prepares a statement, so the cost
    is a few Python calls per distinct statement.
    """

    def __init__(self, check: HealthCheck) -> None:
        self.check = check

    def install(self, conn: sqlite3.Connection) -> None:
        conn.set_authorizer(self)

    def __call__(
        self, action: int, table: str | None, _arg2: str | None, database: str | None, _s: object
    ) -> int:
        if action not in _WRITES or database == "temp":
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and table in _SCHEMA_TABLES:
            # SQLite reports this while it reads the schema for some SELECTs; a real
            # change of the schema comes as CREATE/DROP/ALTER, which are gated.
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY if self.check.wait() else sqlite3.SQLITE_OK
