"""SIGKILL at random moments: N=10 here, ``benchmarks/fault_kill.py --runs 200`` for figures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.fault_kill import run


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_ten_kills_lose_nothing_and_leave_no_bad_file(tmp_path: Path) -> None:
    figures = run(10, seed=7, work=tmp_path / "work", max_wait=0.4, gui_share=0.4)
    assert figures.runs == 10
    assert figures.kills == 10 and figures.died_on_their_own == 0
    assert figures.commits_reported > 0  # the child did real work before being killed
    assert figures.updates > 0 and figures.gui_saves > 0  # not only inserts, not only services
    assert figures.final_files_checked > 0
    assert figures.corruptions == 0
    assert figures.lost_commits == 0
    assert figures.broken_final_files == 0
    assert figures.bad_files_accepted == 0
