"""``sanzhi print councils|worthies|family-rules`` and ``sanzhi civic figures``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.domain.councils import Council
from sanzhi_desktop.services import councils
from sanzhi_desktop.services.session import Session


def test_print_and_figures(
    session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    councils.set_up_council(session, Council(kind="red_white", set_up_date="2025-03-10"))
    db = str(session.path)
    session.close()
    out = tmp_path / "councils.pdf"
    assert main(["--db", db, "print", "councils", "--year", "2026", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", db, "--json", "civic", "figures", "--year", "2026"]) == 0
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert data["councils_set_up"] == 1 and data["meetings"] == 0
    empty = tmp_path / "worthies.pdf"
    assert main(["--db", db, "print", "worthies", "--out", str(empty)]) == 1
    assert "乡贤名录还是空的" in capsys.readouterr().err
    assert not empty.exists()
