"""Real small disks for the fault tests: a tmpfs of a few hundred KiB, filled or read-only.

Faults are made for real, not by patching: a full tmpfs fails inside SQLite
exactly where a full USB stick does. Mounting needs root (CI runs as root);
elsewhere the tests that need it are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FILLER = "filler"


def _run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True, timeout=30)


@contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` KiB mounted on ``folder`` (made), unmounted afterwards."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("making a small real disk needs root and mount (CI runs as root)")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0755", "tmpfs", str(folder))
    except (subprocess.CalledProcessError, OSError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield folder
    finally:
        for attempt in range(3):
            try:
                subprocess.run(["chattr", "-R", "-i", str(folder)], capture_output=True, timeout=30)
                _run("umount", str(folder))
                break
            except subprocess.CalledProcessError:
                if attempt == 2:
                    _run("umount", "-l", str(folder))


def fill(disk: Path, *, leave_kib: int = 0) -> None:
    """Fill ``disk`` to the last byte with files of 4 KiB, then free ``leave_kib`` KiB."""
    folder = disk / FILLER
    folder.mkdir(exist_ok=True)
    n = 0
    try:
        while True:
            with open(folder / f"{n:06d}", "wb", buffering=0) as handle:
                handle.write(b"\0" * 4096)
            n += 1
    except OSError:
        pass
    last = folder / f"{n:06d}"
    if last.exists():
        try:
            with open(last, "ab", buffering=0) as handle:
                while True:
                    handle.write(b"\0" * 512)
        except OSError:
            pass
    for i in range(leave_kib // 4):
        (folder / f"{n - 1 - i:06d}").unlink(missing_ok=True)


def free(disk: Path) -> None:
    """Give the space back, as a clerk who deleted old files would."""
    shutil.rmtree(disk / FILLER, ignore_errors=True)


def set_read_only(disk: Path, read_only: bool = True) -> None:
    _run("mount", "-o", f"remount,{'ro' if read_only else 'rw'}", str(disk))


def immutable(path: Path, on: bool = True) -> None:
    """``chattr +i``: even root cannot write it (root ignores chmod)."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    try:
        _run("chattr", "+i" if on else "-i", str(path))
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"this filesystem has no immutable attribute: {exc.stderr!r}")
