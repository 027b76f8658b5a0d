"""``sanzhi safety …``, ``sanzhi credit …`` and their sheets; bad input exits 1 in Chinese."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services.session import Session
from tests.pdf_tools import pdf_text
from tests.safety_factories import make_village


@pytest.fixture
def village_db(session: Session, db_path: Path) -> Path:
    make_village(session)
    session.close()
    return db_path


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_sweep_nil_return_finding_and_register(
    village_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(village_db, "safety", "sweep", "--date", "2026-11-02", "--by", "治保主任") == 0
    assert "零报告" in capsys.readouterr().out
    finding = "邻里/高/张建国、外村刘某/两家因排水沟争吵"
    code = _run(
        village_db,
        "safety",
        "sweep",
        "--date",
        "2026-11-20",
        "--by",
        "网格员",
        "--finding",
        finding,
    )
    assert code == 0
    capsys.readouterr()
    assert _run(village_db, "--json", "safety", "findings", "--month", "2026-11") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["parties"] == ["张建国", "外村刘某"] and row["risk"] == "高"
    assert _run(village_db, "safety", "handle", row["id"][-8:], "--resolve", "当场化解") == 0
    out = tmp_path / "screening.pdf"
    assert _run(village_db, "print", "screening", "--month", "2026-11", "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    assert "零报告" in text and "就地化解" in text


def test_a_bad_finding_exits_1_with_a_chinese_message(
    village_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        village_db, "safety", "sweep", "--date", "2026-11-20", "--by", "网格员", "--finding", "邻里"
    )
    assert code == 1 and "纠纷类型/风险/当事人/简要情况" in capsys.readouterr().err


def test_credit_file_rate_line_coverage_and_public_sheet(
    village_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(village_db, "credit", "file-all") == 0
    assert "新建档3户" in capsys.readouterr().out
    met = ["C1", "C2", "C3", "C4", "C5", "C6"]
    assert (
        _run(
            village_db,
            "credit",
            "rate",
            "0101",
            "--year",
            "2026",
            "--panel",
            "评定小组",
            "--met",
            *met,
        )
        == 0
    )
    assert "信用等级：AAA" in capsys.readouterr().out
    line = [
        "credit",
        "line",
        "0101",
        "--year",
        "2026",
        "--amount",
        "86420",
        "--bank",
        "农商行",
        "--date",
        "2026-11-25",
    ]
    assert _run(village_db, *line) == 0
    assert _run(village_db, "credit", "coverage", "--year", "2026") == 0
    assert "未达到信用村标准" in capsys.readouterr().out
    out = tmp_path / "credit.pdf"
    assert _run(village_db, "print", "credit", "--year", "2026", "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    assert "张建国" in text and "AAA" in text and "86,420" not in text and "农商行" not in text
    xlsx = tmp_path / "credit.xlsx"
    assert (
        _run(village_db, "safety", "export", "credit", "--period", "2026", "--out", str(xlsx)) == 0
    )
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "信用农户评级"  # the title row (issue 22), then the header
    assert values[1][:3] == ["年度", "户号", "户主"] and "¥86,420.00" in values[2]
