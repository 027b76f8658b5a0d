"""A second process on the same data file is refused while the first holds it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sanzhi_desktop.services.session import Session

REPO = Path(__file__).resolve().parents[2]


def test_a_second_process_is_refused_with_a_message(session: Session) -> None:
    before = session.db.execute("SELECT count(*) FROM changes").fetchone()[0]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "sanzhi_desktop",
            "--db",
            str(session.path),
            "operators",
            "add",
            "李四",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "已经在运行" in proc.stderr
    assert session.db.execute("SELECT count(*) FROM changes").fetchone()[0] == before
    # once the first copy lets go, the second one works
    session.close()
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "sanzhi_desktop",
            "--db",
            str(session.path),
            "operators",
            "add",
            "李四",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert again.returncode == 0, again.stderr
