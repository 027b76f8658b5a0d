"""One running copy of the program per data file.

Two programs writing one SQLite file would both be correct at the SQL level,
but a clerk who opens the program twice is confused about which window holds
what, and an export from one while the other writes is surprising. So the
first copy holds an OS-level lock on ``<db>.lock`` for as long as it runs and
a second copy is told plainly. The OS releases the lock when the process dies,
so a crash or power loss never leaves a stale lock behind.

The lock file also keeps the clean-close marker (see :mod:`storage.health`):
``open <pid>`` while a copy works on the file, ``closed`` once it closed the
database cleanly. A crash, ``kill -9`` or a power cut leaves ``open …``; a
file copied in from elsewhere (no lock file) or last used by a version that
wrote only the pid is not known to be clean either. The marker lives beside
the file, not in it: writing "open" into the database before its health is
known would be a write to a possibly damaged file, and the lock file is
already written at every start.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.storage import disk_faults


class AlreadyRunningError(RefusedError):
    """Another process holds the data file."""


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


#: The lock file's content after the database was closed cleanly.
CLEAN_MARK = "closed"


def closed_cleanly(db_path: Path) -> bool:
    """Whether the last copy that held ``db_path`` closed it cleanly (read without locking)."""
    try:
        text = lock_path_for(Path(db_path).resolve()).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return text.strip() == CLEAN_MARK


class InstanceLock:
    """An exclusive, non-blocking lock on ``<db>.lock``; release with :meth:`release`."""

    def __init__(self, db_path: Path) -> None:
        # The real path: a symlink, a relative path, ``..`` or another spelling
        # of the same file must find the same lock, or a second writer gets in.
        self.path = lock_path_for(Path(db_path).resolve())
        self._file: IO[str] | None = None
        #: Whether the copy before this one closed the file cleanly (known after acquire()).
        self.was_clean = False

    def acquire(self) -> InstanceLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        except OSError as exc:
            # The lock lives beside the data file: a read-only or full disk there is
            # the data file's problem, and said so.
            data_file = self.path.with_name(self.path.name.removesuffix(".lock"))
            fault = disk_faults.from_os_error(exc, data_file, data_file=True)
            if fault is None:
                raise
            raise fault from exc
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyRunningError(
                msg(
                    "本程序已经在运行，并正在使用这个数据文件。请切换到已打开的窗口，"
                    "或先关闭它再打开。",
                    "The program is already running on this data file. Switch to the open "
                    "window, or close it first.",
                )
            ) from None
        handle.seek(0)
        self.was_clean = handle.read().strip() == CLEAN_MARK
        handle.seek(0)
        handle.truncate()
        handle.write(f"open {os.getpid()}")
        handle.flush()
        self._file = handle
        return self

    def release(self, *, clean: bool = False) -> None:
        """Unlock; ``clean``: the database was closed cleanly (the marker says so)."""
        if self._file is not None:
            try:
                if clean:
                    with contextlib.suppress(OSError):  # a full disk: the next start checks
                        self._file.seek(0)
                        self._file.truncate()
                        self._file.write(CLEAN_MARK)
                        self._file.flush()
                _unlock(self._file)
            finally:
                self._file.close()
                self._file = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
