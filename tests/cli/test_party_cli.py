"""``sanzhi party …`` and ``sanzhi print party-…``: entries, lists, sheets; refusals exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services.session import Session
from tests.party_factory import freeze_today, people
from tests.pdf_tools import pdf_text


@pytest.fixture
def village_db(session: Session, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    freeze_today(monkeypatch)
    people(session)
    session.close()
    return db_path


def run(db: Path, *argv: str) -> int:
    return main(["--db", str(db), *argv])


def test_a_clerks_year_from_the_command_line(
    village_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("张建国", "李秀英", "王志强"):
        assert run(village_db, "party", "add-member", name, "--joined", "2010-07-01") == 0
    assert (
        run(village_db, "party", "add-member", "陈明", "--joined", "2026-03-01", "--probation") == 0
    )
    assert run(village_db, "party", "members") == 0
    out = capsys.readouterr().out
    assert "共4名党员" in out and "预备党员" in out
    assert (
        run(
            village_db,
            "party",
            "add-meeting",
            "--kind",
            "主题党日",
            "--date",
            "2026-08-15",
            "--topic",
            "重温入党誓词",
            "--absent",
            "王志强",
        )
        == 0
    )
    assert "应到4人，实到3人" in capsys.readouterr().out
    assert (
        run(village_db, "party", "pledge", "张建国", "--year", "2026", "--text", "帮扶困难户") == 0
    )
    assert (
        run(
            village_db,
            "party",
            "add-points",
            "张建国",
            "--rule",
            "P03",
            "--approved-by",
            "书记",
            "--date",
            "2026-08-16",
        )
        == 0
    )
    assert (
        run(
            village_db,
            "party",
            "review",
            "张建国",
            "--year",
            "2026",
            "--date",
            "2026-11-10",
            "--votes",
            "3",
            "1",
            "0",
            "0",
        )
        == 0
    )
    assert "优秀" in capsys.readouterr().out
    assert run(village_db, "--json", "party", "status", "--year", "2026") == 0
    status = json.loads(capsys.readouterr().out)
    assert status["status"] == "shell" and "training" in status["shortfalls"]
    for what, extra, expected in (
        ("party-pledges", [], "帮扶困难户"),
        ("party-meetings", [], "王志强"),  # absent
        ("party-points", ["--quarter", "3"], "张建国"),
    ):
        out_pdf = tmp_path / f"{what}.pdf"
        assert run(village_db, "print", what, "--year", "2026", *extra, "--out", str(out_pdf)) == 0
        assert expected in pdf_text(out_pdf.read_bytes())
    xlsx = tmp_path / "m.xlsx"
    assert (
        run(
            village_db,
            "party",
            "export",
            "--what",
            "meetings",
            "--year",
            "2026",
            "--out",
            str(xlsx),
        )
        == 0
        and xlsx.exists()
    )


def test_refusals_are_one_chinese_line_and_exit_1(
    village_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(village_db, "party", "add-member", "无名氏", "--joined", "2010-07-01") == 1
    assert "村民档案中没有“无名氏”" in capsys.readouterr().err
    run(village_db, "party", "add-member", "张建国", "--joined", "2010-07-01")
    assert run(village_db, "party", "add-member", "张建国", "--joined", "2010-07-01") == 1
    assert "已在党员名册中" in capsys.readouterr().err
    assert (
        run(
            village_db,
            "party",
            "add-meeting",
            "--kind",
            "茶话会",
            "--date",
            "2026-08-15",
            "--topic",
            "x",
        )
        == 1
    )
    assert "没有这种会议" in capsys.readouterr().err
    assert run(village_db, "party", "town") == 1
    assert "镇里使用" in capsys.readouterr().err
