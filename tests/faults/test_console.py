"""What a console can do to a command: Ctrl-C, a closed pipe, a GBK code page.

Each runs the real ``python -m sanzhi_desktop`` in a child process, because
the faults live in the process's own streams and signals.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.services import operators, roster
from sanzhi_desktop.services.session import Session

REPO = Path(__file__).resolve().parents[2]
RARE = "𪚥"  # CJK Extension B: outside the BMP and outside GBK


def _sanzhi(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO), **kwargs.pop("env", {})}  # type: ignore[dict-item]
    return subprocess.Popen(
        [sys.executable, "-m", "sanzhi_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
        **kwargs,  # type: ignore[call-overload]
    )


def _many_people(session: Session, n: int) -> None:
    household = roster.add_household(
        session, Household(household_no="0101", head_name="王" + RARE, group_no=1)
    )
    with session.db.atomic():
        for i in range(n):
            roster.add_person(
                session,
                Person(name=f"王{RARE}{'〇' * (i % 3)}", sex="男", household_id=household.id),
            )


def _wait_until_importing(pid: int) -> None:
    """Until the program's own imports run (SQLite's module is mapped): a Ctrl-C in
    the interpreter's own start-up, before any code of the program, is Python's."""
    maps = Path(f"/proc/{pid}/maps")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if "_sqlite3" in maps.read_text():
                return
        except OSError:
            return  # no /proc here, or the process has ended
        time.sleep(0.005)


def test_a_closed_pipe_is_a_quiet_exit(session: Session) -> None:
    _many_people(session, 400)
    session.close()
    proc = _sanzhi("--db", str(session.path), "--json", "log", "--limit", "5000")
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)  # `| head -c 100`
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert "BrokenPipe" not in err, err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX here")
@pytest.mark.parametrize("after", [0.0, 2.0], ids=["while-importing", "while-writing"])
def test_ctrl_c_is_a_quiet_exit(tmp_path: Path, after: float) -> None:
    db = tmp_path / "demo.db"
    proc = _sanzhi("--db", str(db), "demo", "--no-gui", "--years", "10")
    _wait_until_importing(proc.pid)
    time.sleep(after)
    proc.send_signal(signal.SIGINT)
    _out, err_bytes = proc.communicate(timeout=120)
    err = err_bytes.decode("utf-8", "replace")
    assert proc.returncode in (0, 130), (proc.returncode, err)  # 0: it was already done
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    if db.exists():  # whatever was written is whole
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()


def test_a_gbk_console_never_crashes_on_a_rare_name(session: Session) -> None:
    _many_people(session, 3)
    operators.add_operator(session, "王" + RARE)
    session.close()
    env = {"PYTHONIOENCODING": "gbk"}
    text = _sanzhi("--db", str(session.path), "operators", "list", env=env)
    out, err = text.communicate(timeout=60)
    assert text.returncode == 0, err.decode("gbk", "replace")
    assert "王?".encode("gbk") in out  # shown as far as the console can
    as_json = _sanzhi("--db", str(session.path), "--json", "log", env=env)
    out, err = as_json.communicate(timeout=60)
    assert as_json.returncode == 0, err.decode("gbk", "replace")
    assert RARE in json.dumps(json.loads(out.decode("gbk")), ensure_ascii=False)
