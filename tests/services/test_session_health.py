"""Opening with the full check behind the window (``open_session(defer_check=True)``)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sanzhi_desktop.services import operators
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage import connection
from sanzhi_desktop.storage.lock import closed_cleanly
from tests.storage.test_health import PAGE


def _fill_and_close(session: Session) -> Path:
    """Enough rows that the last pages hold table data only; closed cleanly."""
    path = session.path
    session.db.execute("CREATE TABLE filler (x TEXT)")
    with session.db.atomic():
        for i in range(2000):
            session.db.execute("INSERT INTO filler VALUES (?)", ["x" * 500 + str(i)])
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    assert closed_cleanly(path)
    return path


def _damage_tail(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 20 * PAGE, len(data)):
        data[offset] = 0xFF if offset % 7 else 0x00
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_cleanly_closed_file_opens_before_its_full_check(session: Session) -> None:
    path = _fill_and_close(session)
    with open_session(path, defer_check=True, auto_backup=False) as again:
        assert again.health is not None and not again.health.started
        assert again.profile is not None and again.profile.name == "小营村"
        operators.sign_in(again, "新来的文书")  # a write: waits for the check, which passes
        assert again.health.sound
    assert closed_cleanly(path)


def test_damage_found_behind_the_window_stops_every_write(session: Session) -> None:
    path = _fill_and_close(session)
    damaged = _damage_tail(path)
    opened = open_session(path, defer_check=True, auto_backup=False)  # the cheap checks pass
    try:
        assert opened.health_problems()  # the background check finds the pages
        with pytest.raises(sqlite3.DatabaseError):
            operators.sign_in(opened, "新来的文书")
        opened.make_read_only()  # what the GUI does: read-only even without the gate
        opened.conn.set_authorizer(None)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            opened.conn.execute("DELETE FROM filler")
    finally:
        opened.close()
    assert path.read_bytes() == damaged  # not one byte written
    assert not closed_cleanly(path)  # so the next start checks in full, before opening
    with pytest.raises(connection.DamagedDatabaseError):
        open_session(path, defer_check=True)


def test_the_daily_backup_never_copies_a_damaged_file(session: Session) -> None:
    path = _fill_and_close(session)
    _damage_tail(path)
    opened = open_session(path, defer_check=True, auto_backup=True)
    try:
        assert opened.startup_backup is None
        assert "损坏" in opened.startup_backup_error
    finally:
        opened.close()


def test_a_file_not_closed_cleanly_is_checked_in_full_before_opening(session: Session) -> None:
    path = _fill_and_close(session)
    code = (
        "import sys, time\n"
        "from sanzhi_desktop.services.session import open_session\n"
        "session = open_session(sys.argv[1], auto_backup=False)\n"
        "print('OPEN', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "OPEN"
        os.kill(child.pid, signal.SIGKILL)  # the power cut
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert not closed_cleanly(path)
    with open_session(path, defer_check=True, auto_backup=False) as sound:
        assert sound.health is None  # checked in full before it opened
    assert closed_cleanly(path)
    # The same crash, and the file damaged meanwhile: refused at once, nothing written
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
    damaged = _damage_tail(path)
    with pytest.raises(connection.DamagedDatabaseError):
        open_session(path, defer_check=True)
    assert path.read_bytes() == damaged
