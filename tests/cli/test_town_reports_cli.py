"""The town's monthly reports over its villages: ``sanzhi report screening`` (PDF and .xlsx)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from sanzhi_desktop.cli import main
from sanzhi_desktop.domain.screening import Sweep
from sanzhi_desktop.services import screening, sync
from tests.pdf_tools import pdf_text
from tests.sync.helpers import pair


def test_the_towns_screening_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pair(tmp_path) as p:
        screening.record_sweep(p.village, Sweep(sweep_date="2026-11-05", swept_by="网格员"))
        sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
        town_db = str(p.town.path)
        p.town.close()
        pdf, xlsx = tmp_path / "排查.pdf", tmp_path / "排查.xlsx"
        assert main(["--db", town_db, "report", "screening", "--month", "2026-11",
                     "--out", str(pdf)]) == 0  # fmt: skip
        text = pdf_text(pdf.read_bytes())
        assert "小营村" in text and "合计" in text and "不得公开张贴" in text
        assert main(["--db", town_db, "report", "screening", "--month", "2026-11",
                     "--out", str(xlsx)]) == 0  # fmt: skip
        rows = [[c.value for c in r] for r in load_workbook(xlsx).active.iter_rows()]
        assert rows[-1][:3] == ["合计", 1, 1]  # one sweep, a 零报告
        capsys.readouterr()
        village_db = str(p.village.path)
        p.village.close()
        assert main(["--db", village_db, "report", "screening", "--month", "2026-11",
                     "--out", str(pdf)]) == 1  # fmt: skip
        assert "镇" in capsys.readouterr().err


def test_the_town_replaces_the_self_check_items(tmp_path: Path) -> None:
    from sanzhi_desktop.services import safety_catalogues

    with pair(tmp_path) as p:
        items = tmp_path / "十有十没有.txt"
        items.write_text("有村规民约\n有调解组织\n\n没有命案\n", encoding="utf-8")
        town_db = str(p.town.path)
        p.town.close()
        assert main(["--db", town_db, "safety", "set-items", str(items)]) == 0
        assert main(["--db", town_db, "safety", "set-rhythm", "month"]) == 0
        missing = tmp_path / "nope.txt"
        assert main(["--db", town_db, "safety", "set-items", str(missing)]) == 1
        from sanzhi_desktop.services.session import open_session

        with open_session(Path(town_db)) as town:
            [town_file] = sync.export_all(town, p.stick)
        sync.import_sync_files(p.village, [town_file.path])
        shipped = safety_catalogues.safe_village_items(p.village)
        assert [i.title for i in shipped.items] == ["有村规民约", "有调解组织", "没有命案"]
        assert safety_catalogues.screening_rhythm(p.village) == "month"
