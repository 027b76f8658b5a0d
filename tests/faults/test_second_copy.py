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


def test_a_symlink_or_another_spelling_finds_the_same_lock(
    session: Session, tmp_path: Path
) -> None:
    import os

    import pytest

    from sanzhi_desktop.services.session import open_session
    from sanzhi_desktop.storage.lock import AlreadyRunningError

    link = tmp_path / "link.db"
    link.symlink_to(session.path)
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(session.path.parent, target_is_directory=True)
    other_spellings = [
        link,
        folder_link / session.path.name,
        session.path.parent / ".." / session.path.parent.name / session.path.name,
        Path(os.path.relpath(session.path)),
    ]
    for spelling in other_spellings:
        with pytest.raises(AlreadyRunningError):
            open_session(spelling, auto_backup=False)
    session.close()
    with open_session(link, auto_backup=False) as again:  # free once the first is closed
        assert again.profile is not None
