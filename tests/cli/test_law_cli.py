"""``sanzhi print law|law-honours|constitution`` and ``sanzhi law …`` over the real services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services.session import Session
from tests.law_factory import freeze, make_village
from tests.pdf_tools import pdf_text


@pytest.fixture
def village_db(session: Session, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    freeze(monkeypatch)
    make_village(session)
    session.close()
    return db_path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_a_clerk_records_the_year_and_prints_its_three_sheets(
    village_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(village_db, "law", "add-learner", "--name", "王建国", "--category", "cadre") == 0
    assert "已关联村民档案" in capsys.readouterr().out
    assert (
        run(
            village_db,
            "law",
            "add-session",
            "--date",
            "2026-03-05",
            "--form",
            "考试",
            "--topic",
            "学法考试",
            "--hours",
            "1",
            "--attendee",
            "王建国",
            "--attendee",
            "张大山",
            "--score",
            "王建国=95",
        )
        == 0
    )
    assert "2人参加" in capsys.readouterr().out
    assert run(village_db, "law", "visit", "--household", "0101", "--year", "2026",
               "--date", "2026-04-01", "--by", "网格员") == 0  # fmt: skip
    assert run(village_db, "law", "add-honour", "--kind", "law_savvy", "--household", "0201",
               "--person", "张大山", "--year", "2026", "--basis", "培训合格") == 0  # fmt: skip
    capsys.readouterr()
    assert run(village_db, "--json", "law", "counts", "--year", "2026") == 0
    [count] = json.loads(capsys.readouterr().out)
    assert (count["name"], count["attended"], count["target"], count["scores"]) == (
        "王建国", 1, 4, [95]
    )  # fmt: skip
    assert run(village_db, "law", "coverage", "--year", "2026") == 0
    assert "合计\t1/4户\t25.0%" in capsys.readouterr().out
    for sheet, title in (("law", "学法普法台账"), ("law-honours", "示范户公示"),
                         ("constitution", "宪法入户宣传覆盖情况")):  # fmt: skip
        out = tmp_path / f"{sheet}.pdf"
        assert run(village_db, "print", sheet, "--year", "2026", "--out", str(out)) == 0
        assert title in pdf_text(out.read_bytes())
    out = tmp_path / "sessions.xlsx"
    assert run(village_db, "law", "export", "sessions", "--year", "2026", "--out", str(out)) == 0
    assert out.exists()


def test_an_unknown_attendee_is_refused_in_chinese_and_nothing_is_written(
    village_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(village_db, "law", "add-session", "--date", "2026-03-05", "--form", "讲座",
               "--topic", "宪法", "--hours", "1", "--attendee", "不存在")  # fmt: skip
    assert code == 1
    assert "学法名单和村民档案里都没有“不存在”" in capsys.readouterr().err
    assert run(village_db, "--json", "law", "sessions") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_score_for_someone_absent_is_refused(
    village_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(village_db, "law", "add-session", "--date", "2026-03-05", "--form", "考试",
               "--topic", "考试", "--hours", "1", "--attendee", "王建国",
               "--score", "刘芳=80")  # fmt: skip
    assert code == 1 and "不在参加人员中" in capsys.readouterr().err


def test_self_check_sites_and_title(village_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(village_db, "law", "self-check", "--year", "2026", "--date", "2026-12-01",
               "--by", "村支书", "--met", "无访=镇信访办证明", "--met", "无邪")  # fmt: skip
    assert code == 1 and "“无邪”请写明依据" in capsys.readouterr().err
    code = run(village_db, "law", "self-check", "--year", "2026", "--date", "2026-12-01",
               "--by", "村支书", "--met", "无访=证明", "--not-met", "无讼=待核实")  # fmt: skip
    assert code == 0 and "1/6项达标" in capsys.readouterr().out
    assert run(village_db, "law", "add-site", "--name", "法治广场", "--area", "280",
               "--service", "人民调解室") == 0  # fmt: skip
    capsys.readouterr()
    assert run(village_db, "law", "sites") == 0
    out = capsys.readouterr().out
    assert "合计室外面积280平方米" in out and "社区矫正工作站" in out
    assert run(village_db, "law", "title", "--level", "县级", "--year", "2024") == 0
