"""Wall-clock time, in one place so that tests can set it."""

from __future__ import annotations

import time
from datetime import datetime


def now() -> datetime:
    """The local time with its UTC offset (what people see in the change log)."""
    return datetime.now().astimezone()


def now_iso() -> str:
    return now().isoformat(timespec="seconds")


def now_ms() -> int:
    """Milliseconds since the epoch: the physical part of the hybrid logical clock."""
    return time.time_ns() // 1_000_000
