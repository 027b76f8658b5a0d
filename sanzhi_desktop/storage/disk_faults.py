"""What went wrong with the disk, said so that a clerk knows what to do.

A full disk and a read-only disk reach the program in many shapes: Python's
``OSError`` with errno 28 or 30, SQLite's "database or disk is full", and —
worse — SQLite's "disk I/O error" while it sizes the WAL's shared-memory file
on a disk without a free byte, or "unable to open database file" when a
read-only folder cannot take the ``-wal`` file. Left alone those two read like
a damaged file, and the clerk would be told to restore a backup over a
perfectly good one. So every such error is looked at once more here: which
disk, is it full, is it writable; and the message names the disk and the
remedy. The checks look at the disk only (``statvfs``, ``access``), never at
the data file's content, so they are safe on any file.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg

#: Below this much free space a disk counts as full: SQLite needs a few pages
#: (its WAL index is 32 KiB) before it can report anything more precise.
FULL_BELOW_BYTES = 256 * 1024

_SQLITE_FULL = 13
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CANTOPEN = 14


class DiskFullError(RefusedError):
    """The disk (or USB stick) that holds a file being written has no room left."""


class ReadOnlyError(RefusedError):
    """A file or folder that must be written is read-only (mount, attribute, permission)."""


def _existing(path: Path) -> Path:
    """``path`` or its nearest existing parent (statvfs needs something that exists)."""
    probe = Path(path)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return probe


def disk_is_full(path: Path) -> bool:
    """Whether the disk that holds ``path`` has (almost) no free space left."""
    try:
        return shutil.disk_usage(_existing(path)).free < FULL_BELOW_BYTES
    except OSError:
        return False


def is_read_only(path: Path) -> bool:
    """Whether ``path`` (or, when it does not exist, its folder) cannot be written.

    ``os.access`` also sees a read-only mount and the immutable attribute,
    which stop even an administrator.
    """
    probe = Path(path)
    if not probe.exists():
        probe = _existing(probe)
    try:
        if os.name == "posix" and os.statvfs(probe).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(probe, os.W_OK)


def full_message(target: Path | None) -> str:
    """Which disk is full and what to do; ``target`` None when the error named no file."""
    if target is None:
        return msg(
            "磁盘已满（或U盘已满），无法写入。请删除不需要的文件（或换一个有空间的U盘）后再试；"
            "已保存的数据没有丢失。",
            "The disk is full. Free some space (or use another drive) and try again; "
            "nothing saved was lost.",
        )
    return msg(
        f"磁盘已满：{_disk_of(target)} 上没有剩余空间，无法写入 {target}。"
        "请删除不需要的文件（或换一个有空间的U盘）后再试；已保存的数据没有丢失。",
        f"The disk holding {target} is full ({_disk_of(target)}). Free some space "
        "(or use another drive) and try again; nothing saved was lost.",
    )


def read_only_message(target: Path | None, *, data_file: bool = False) -> str:
    if target is None:
        return msg(
            "要写入的位置是只读的，或者没有权限写入（U盘写保护？）。请换一个文件夹后再试。",
            "The place to write is read-only or forbidden; choose another folder.",
        )
    if data_file:
        return msg(
            f"数据文件只读，无法保存修改：{target}。"
            "请去掉文件的只读属性、把它复制到可以写入的文件夹，或检查U盘的写保护开关后再打开。"
            "数据文件没有损坏，也没有被改动。",
            f"The data file is read-only, changes cannot be saved: {target}. Clear the "
            "read-only attribute, copy it to a writable folder or check the drive's write "
            "protection. The file is not damaged and was not changed.",
        )
    return msg(
        f"{target} 所在的位置是只读的，或者没有权限写入（U盘写保护？），无法写入。"
        "请换一个文件夹，或去掉写保护后再试。",
        f"{target} is read-only (no permission, or a write-protected drive). Choose "
        "another folder or remove the protection.",
    )


def _disk_of(target: Path) -> str:
    """The mount point (Linux) or drive (Windows) that holds ``target``: which disk is full."""
    probe = _existing(Path(target)).absolute()
    if os.name != "posix":
        return probe.anchor or str(probe)
    while not os.path.ismount(probe) and probe != probe.parent:
        probe = probe.parent
    return str(probe)


def from_os_error(
    exc: OSError, target: Path | None, *, data_file: bool = False
) -> RefusedError | None:
    """A clerk's message for a full or read-only target; None for any other error."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(full_message(target))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError(read_only_message(target, data_file=data_file))
    return None


def from_sqlite_error(exc: sqlite3.Error, path: Path) -> RefusedError | None:
    """A clerk's message when ``exc`` came from a full or read-only disk; None otherwise.

    ``SQLITE_FULL`` and ``SQLITE_READONLY`` say so themselves; an I/O error
    or "cannot open" is a disk fault only when the disk is found full or
    read-only now — otherwise it may well be damage, and the caller says that.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == _SQLITE_FULL or "disk is full" in text:
        return DiskFullError(full_message(path))
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyError(read_only_message(path, data_file=True))
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN, None):
        if disk_is_full(path):
            return DiskFullError(full_message(path))
        if is_read_only(path) or is_read_only(path.parent):
            return ReadOnlyError(read_only_message(path, data_file=True))
    return None
