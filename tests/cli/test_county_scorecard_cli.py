"""``sanzhi county scorecard --pg URL``: the county's 考核 as text, JSON, .xlsx and the A3 通报."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from benchmarks import county_data
from sanzhi_desktop.cli import build_parser, main, wants_gui
from tests.pdf_tools import pdf_text

pytest.importorskip("psycopg")
TOWNS = {"610722101": "柳林镇", "610722102": "杨树镇"}


@pytest.mark.pg
def test_the_countys_scorecard_every_way(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    county_data.synthetic_county(pg_url, tmp_path, TOWNS)
    assert main(["county", "scorecard", "--pg", pg_url]) == 0
    text = capsys.readouterr().out
    assert "柳林镇" in text and "杨树镇" in text and "村均" in text
    assert main(["county", "scorecard", "--pg", pg_url, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(t["name"] for t in data["towns"]) == sorted(TOWNS.values())
    assert all(len(t["villages"]) == 3 for t in data["towns"])
    xlsx = tmp_path / "县考核.xlsx"
    assert main(["county", "scorecard", "--pg", pg_url, "--out", str(xlsx)]) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["乡镇", "各村"]
    assert book["乡镇"].max_row == 2 + 2  # title, header, two towns
    assert book["各村"].max_row == 2 + 6
    assert book["各村"]["C3"].value in TOWNS.values()
    pdf = tmp_path / "通报.pdf"
    assert main(["county", "scorecard", "--pg", pg_url, "--month", "6", "--out", str(pdf)]) == 0
    sheet = pdf_text(pdf.read_bytes())
    assert "考核通报" in sheet and "各乡镇排名" in sheet and "杨树镇" in sheet
    assert "各村情况" in sheet


@pytest.mark.pg
def test_a_wrong_output_or_server_is_refused_in_chinese(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.docx"
    assert main(["county", "scorecard", "--pg", pg_url, "--out", str(out)]) == 1
    assert ".xlsx" in capsys.readouterr().err and not out.exists()
    gone = f"host={tmp_path} port=1 user=sanzhi dbname=county"
    assert main(["county", "scorecard", "--pg", gone]) == 1
    assert "连不上县级数据库服务器" in capsys.readouterr().err


def test_sanzhi_pg_opens_the_county_window() -> None:
    for argv in (["--pg", "host=x"], ["gui", "--pg", "host=x"]):
        assert wants_gui(argv)
        args = build_parser(modules=["core"]).parse_args(argv)
        assert args.pg == "host=x"
