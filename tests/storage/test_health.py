"""The cheap checks before opening, the background check, the write gate, the clean-close marker."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sanzhi_desktop.storage import health
from sanzhi_desktop.storage.lock import InstanceLock, closed_cleanly, lock_path_for

PAGE = 4096


def make_file(path: Path, rows: int = 2000) -> None:
    """A plain SQLite file of a few hundred pages, checkpointed into the main file."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE filler (x TEXT)")
    conn.execute("BEGIN")
    for i in range(rows):
        conn.execute("INSERT INTO filler VALUES (?)", ["x" * 500 + str(i)])
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def damage_tail(path: Path, pages: int = 20) -> bytes:
    """Overwrite the last ``pages`` pages (table data, not the header or the schema)."""
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - pages * PAGE, len(data)):
        data[offset] = 0xFF if offset % 7 else 0x00
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_sound_file_and_a_new_one_pass_the_header_check(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    assert health.header_problems(path) == []  # not there yet: SQLite makes it
    path.touch()
    assert health.header_problems(path) == []  # empty: a new database
    path.unlink()
    make_file(path)
    assert health.header_problems(path) == []


def test_the_header_check_finds_what_a_few_bytes_show(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_file(path)
    good = path.read_bytes()
    path.write_bytes(b"PK\x03\x04" + good[4:])  # a zip file named .db
    assert "not a SQLite database" in health.header_problems(path)[0]
    path.write_bytes(good[:16] + b"\x03\x00" + good[18:])  # page size 768
    assert "page size" in health.header_problems(path)[0]
    path.write_bytes(good[: len(good) - 100])  # a copy broken off mid-page
    assert "whole number" in health.header_problems(path)[0]
    path.write_bytes(good[: len(good) - 10 * PAGE])  # ten whole pages missing at the end
    assert "truncated" in health.header_problems(path)[0]


def test_the_background_check_finds_damaged_pages(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_file(path)
    damaged = damage_tail(path)
    assert health.header_problems(path) == []  # the cheap check cannot see it
    check = health.HealthCheck(path)
    assert not check.started
    assert check.wait()  # started by wait(), and it finds the damage
    assert check.damaged and not check.sound
    assert path.read_bytes() == damaged


def test_the_gate_lets_reads_through_and_refuses_writes_to_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_file(path)
    damaged = damage_tail(path)
    conn = sqlite3.connect(path, isolation_level=None)
    check = health.HealthCheck(path)
    health.WriteGate(check).install(conn)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (1,)
    assert not check.started  # a read does not wait for the check
    conn.execute("CREATE TEMP TABLE scratch (x)")  # the session's own temp tables are free
    conn.execute("INSERT INTO scratch VALUES (1)")
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        conn.execute("INSERT INTO filler VALUES ('new')")
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        conn.execute("CREATE TABLE more (x)")
    conn.close()
    assert path.read_bytes() == damaged


def test_the_gate_lets_writes_through_once_the_file_is_sound(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_file(path, rows=10)
    conn = sqlite3.connect(path, isolation_level=None)
    check = health.HealthCheck(path)
    health.WriteGate(check).install(conn)
    conn.execute("INSERT INTO filler VALUES ('new')")  # waits for the check, which passes
    assert check.sound
    assert conn.execute("SELECT count(*) FROM filler").fetchone() == (11,)
    conn.close()


def test_the_lock_file_keeps_the_clean_close_marker(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    assert not closed_cleanly(path)  # never opened here: not known to be clean
    lock = InstanceLock(path).acquire()
    assert not lock.was_clean
    assert not closed_cleanly(path)  # open now
    lock.release(clean=True)
    assert closed_cleanly(path)
    again = InstanceLock(path).acquire()
    assert again.was_clean
    again.release()  # not clean (e.g. damage found): the next start checks in full
    assert not closed_cleanly(path)


def test_a_lock_file_of_an_older_version_is_not_taken_for_clean(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    lock_path_for(path).write_text("12345", encoding="utf-8")  # the pid alone
    assert not closed_cleanly(path)


def test_a_killed_process_leaves_the_file_marked_open(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    code = (
        "import sys, time\n"
        "from sanzhi_desktop.services.session import open_session\n"
        "session = open_session(sys.argv[1])\n"
        "print('OPEN', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "OPEN"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert not closed_cleanly(path)
    assert lock_path_for(path.resolve()).read_text(encoding="utf-8").startswith("open ")
