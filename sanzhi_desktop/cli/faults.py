"""How a command ends when something outside it fails: one Chinese line, never a traceback.

Every exception a clerk can cause by what the machine is doing — a full or
read-only disk (seen by Python or inside SQLite), Ctrl-C, a reader that closed
the pipe (``sanzhi --json notices list | head``), a console that cannot show
a character (a Chinese Windows console speaks GBK, which has no 𪚥) — ends
here as one line on stderr and an exit code. Real bugs still show their
traceback: hiding them would hide what the township technician must report.
"""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from sanzhi_desktop.domain.errors import SanzhiError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.storage import disk_faults

EXIT_REFUSED = 1
#: 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C.
EXIT_INTERRUPTED = 130


def tolerant_console() -> None:
    """Let stdout replace what its encoding cannot show instead of raising.

    A GBK console (Chinese Windows) has no glyph for ideographs outside GB
    2312/GBK such as 𪚥; ``print`` would raise UnicodeEncodeError halfway
    through a listing. A replaced character ("?") is better than no listing;
    ``--json`` output escapes such characters instead (see ``cli.base.emit``).
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):  # already closed or detached
                continue


def interrupt_as_exception() -> None:
    """Put back Python's own Ctrl-C handler (``__main__`` ends the process on Ctrl-C
    while importing): from here a Ctrl-C unwinds, so transactions roll back and
    temporary files are removed, and :func:`run_guarded` says one line."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


def stdout_is_unicode() -> bool:
    """Whether stdout can carry every character (UTF-8 and friends)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return encoding.startswith("utf")


def _say(text: str) -> None:
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # stderr closed too: nothing left to tell


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at the null device, so the interpreter's own
    flush at exit finds nothing to write and prints no "Exception ignored"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def run_guarded(handler: Callable[[], int], *, db_path: Callable[[], Path]) -> int:
    """Run ``handler`` and turn every expected failure into a message and an exit code.

    ``db_path`` names the data file for SQLite's errors (called only then).
    """
    try:
        code = int(handler())
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _say(msg("已中断。没有保存到一半的修改。", "Interrupted; nothing half-saved."))
        return EXIT_INTERRUPTED
    except ValidationError as exc:
        _say(msg("错误：", "error: ") + str(exc))
    except SanzhiError as exc:
        _say(str(exc))
    except sqlite3.DatabaseError as exc:
        from sanzhi_desktop.storage.connection import refusal

        _say(str(refusal(exc, db_path())))
    except FileNotFoundError as exc:
        _say(msg(f"找不到文件：{exc.filename or exc}", f"File not found: {exc}"))
    except OSError as exc:
        target = Path(str(exc.filename)) if exc.filename else None
        fault = disk_faults.from_os_error(exc, target)
        _say(str(fault) if fault else msg(f"读写文件出错：{exc}", f"File error: {exc}"))
    return EXIT_REFUSED
