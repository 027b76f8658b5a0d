"""``sanzhi print agreement|dossier`` and ``sanzhi report mediation`` (PDF and .xlsx)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sanzhi_desktop.services import mediation
from sanzhi_desktop.services.session import open_session
from tests.cli.test_cli import init_village, run
from tests.mediation_factory import (
    agreement,
    freeze_today,
    mediator,
    new_case,
    session_paper,
    villagers,
)
from tests.pdf_tools import pdf_text


@pytest.fixture
def village_db(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    freeze_today(monkeypatch)
    db = tmp_path / "x.db"
    init_village(capsys, db)
    with open_session(db) as session:
        people = villagers(session)
        mid = mediator(session).id
        case = new_case(session, people=people, mediator_id=mid)
        mediation.accept_case(session, case.id, on="2026-11-03")
        mediation.record_session(session, case.id, session_paper("2026-11-05"))
        mediation.record_agreement(session, case.id, agreement("2026-11-06"))
        other = new_case(
            session, registered_on="2026-11-10", dispute_type="房屋宅基地", people=people,
            mediator_id=mid,
        )  # fmt: skip
        mediation.accept_case(session, other.id, on="2026-11-10")
    return db


def test_print_agreement_by_dossier_number(
    capsys: pytest.CaptureFixture[str], village_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "a.pdf"
    code, stdout, err = run(
        capsys, "--db", str(village_db), "--json", "print", "agreement",
        "(2026)小营人调字第1号", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(stdout)["dossier_no"] == "(2026)小营人调字第1号"
    assert "经调解，自愿达成如下协议" in "".join(pdf_text(out.read_bytes()).split())


def test_print_agreement_refused_without_one(
    capsys: pytest.CaptureFixture[str], village_db: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--db", str(village_db), "print", "agreement", "(2026)小营人调字第2号",
        "--out", str(tmp_path / "b.pdf"),
    )  # fmt: skip
    assert code == 1 and "没有书面调解协议" in err
    code, _, err = run(
        capsys, "--db", str(village_db), "print", "dossier", "no-such-case",
        "--out", str(tmp_path / "c.pdf"),
    )  # fmt: skip
    assert code == 1 and "找不到" in err


def test_print_dossier(
    capsys: pytest.CaptureFixture[str], village_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "d.pdf"
    code, _, err = run(
        capsys, "--db", str(village_db), "print", "dossier", "(2026)小营人调字第1号",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    text = "".join(pdf_text(out.read_bytes()).split())
    assert "人民调解卷宗" in text and "人民调解受理登记表" in text and "人民调解记录" in text


def test_report_as_pdf_and_xlsx_with_the_same_figures(
    capsys: pytest.CaptureFixture[str], village_db: Path, tmp_path: Path
) -> None:
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    code, stdout, err = run(
        capsys, "--db", str(village_db), "--json", "report", "mediation",
        "--month", "2026-11", "--out", str(pdf),
    )  # fmt: skip
    assert code == 0, err
    figures = json.loads(stdout)
    assert figures["受理纠纷"] == 2 and figures["调解成功"] == 1
    assert figures["调解成功率"] == "100.0%" and figures["涉及金额（元）"] == "5000.00"
    text = "".join(pdf_text(pdf.read_bytes()).split())
    assert "小营村人民调解工作月报表" in text and "2026年11月" in text and "5,000.00" in text
    code, _, err = run(
        capsys, "--db", str(village_db), "report", "mediation", "--month", "2026-11",
        "--out", str(xlsx),
    )  # fmt: skip
    assert code == 0, err
    sheet = load_workbook(xlsx).active
    assert sheet["A1"].value == "小营村人民调解工作月报表"
    assert [sheet.cell(5, c).value for c in range(1, 7)][:2] == ["受理纠纷（件）", "调解成功（件）"]
    # the rate is a number Excel can compare, shown as a percentage
    assert [sheet.cell(6, c).value for c in range(1, 7)] == [2, 1, 0, 1.0, 5000.0, 0]
    assert sheet["D6"].number_format == "0.0%"
    assert sheet.page_setup.fitToWidth == 1 and sheet.print_title_rows
    assert "&P" in sheet.oddFooter.center.text
    rows = {
        sheet.cell(r, 2).value: (sheet.cell(r, 3).value, sheet.cell(r, 4).value)
        for r in range(17, 33)
    }
    assert rows["邻里"] == (1, 1) and rows["房屋宅基地"] == (1, 0) and rows["合计"] == (2, 1)


def test_report_refuses_bad_month_and_suffix(
    capsys: pytest.CaptureFixture[str], village_db: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--db", str(village_db), "report", "mediation", "--month", "2026-13",
        "--out", str(tmp_path / "r.pdf"),
    )  # fmt: skip
    assert code == 1 and "2026-11" in err
    code, _, err = run(
        capsys, "--db", str(village_db), "report", "mediation", "--month", "2026-11",
        "--out", str(tmp_path / "r.docx"),
    )  # fmt: skip
    assert code == 1 and ".xlsx" in err
