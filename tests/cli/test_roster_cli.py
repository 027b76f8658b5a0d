"""``sanzhi roster``: template, import (dry run, bad file, good file), export."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli import init_village, run
from tests.xlsx_factory import roster_row


def test_template_import_export_round(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    template = tmp_path / "template.xlsx"
    code, _, err = run(capsys, "roster", "template", "--out", str(template))
    assert code == 0, err
    workbook = load_workbook(template)  # the clerk adds a row below the example
    workbook["村民档案"].append(roster_row("002", "李四", 2, "李四"))
    workbook.save(template)
    code, out, _ = run(
        capsys, "--db", str(db), "--json", "roster", "import", str(template), "--dry-run"
    )
    assert code == 0 and json.loads(out)["imported"] is False
    code, out, _ = run(capsys, "--db", str(db), "--json", "info")
    assert json.loads(out)["counts"]["persons"] == 0
    code, out, err = run(capsys, "--db", str(db), "--json", "roster", "import", str(template))
    assert code == 0 and json.loads(out)["persons"] == 1  # 李四; the example is skipped
    assert "第2行是模板的示例行" in err
    exported = tmp_path / "out.xlsx"
    code, out, _ = run(
        capsys, "--db", str(db), "--json", "roster", "export", "--out", str(exported)
    )
    assert code == 0 and json.loads(out)["rows"] == 1
    sheet = load_workbook(exported).active
    assert sheet is not None and sheet.max_row == 3  # title, header, one person


def test_a_bad_file_reports_cells_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from sanzhi_desktop.services.roster_xlsx import HEADERS
    from tests.xlsx_factory import roster_row, write_xlsx

    db = tmp_path / "x.db"
    init_village(capsys, db)
    bad = write_xlsx(
        tmp_path / "bad.xlsx",
        [list(HEADERS.values()), roster_row(id_number="610722198001010014")],
    )
    code, out, err = run(capsys, "--db", str(db), "roster", "import", str(bad))
    assert code == 1
    assert "第2行" in out and "身份证号" in out and "没有导入" in err
    code, out, _ = run(capsys, "--db", str(db), "--json", "info")
    counts = json.loads(out)["counts"]
    assert (counts["households"], counts["persons"]) == (0, 0)
