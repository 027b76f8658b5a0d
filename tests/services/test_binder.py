"""The year-end 台账 binder: every ledger in order, contents with pages, bookmarks, a valid PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from sanzhi_desktop.domain.councils import Council, CouncilMeeting
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services import binder, councils, sync
from sanzhi_desktop.services.demo.village import create_demo_village
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import clock
from tests.pdf_tools import pdf_text
from tests.sync.helpers import VILLAGE_CODE, add_household, pair

TODAY = date(2026, 11, 28)


def _outline(pdf: bytes) -> list[object]:
    """The bookmarks' titles (nested lists for children); every one must lead to a page."""
    reader = PdfReader(BytesIO(pdf))

    def titles(items: list[object]) -> list[object]:
        found: list[object] = []
        for item in items:
            if isinstance(item, list):
                found.append(titles(item))
            else:
                assert reader.get_destination_page_number(item) is not None, item  # type: ignore[arg-type]
                found.append(item.title)  # type: ignore[attr-defined]
        return found

    return titles(reader.outline)


def test_a_demo_villages_binder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "demo.db"
    create_demo_village(path, seed=3, years=1, today=TODAY)
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    seen: list[str] = []
    with open_session(path) as session:
        made = binder.make_binder(session, 2026, progress=lambda d, t, text="": seen.append(text))
    reader = PdfReader(BytesIO(made.pdf))
    assert len(reader.pages) == made.pages > 40
    outline = _outline(made.pdf)
    parts = [t for t in outline if isinstance(t, str)]
    # in the order an inspector checks them, the change log last
    assert parts[:5] == ["目录", "村务公开", "财务公开", "德治", "人民调解"]
    assert parts[-1] == "操作日志"
    assert {"党建", "平安与信用", "自治·德治"} <= set(parts)
    kept = [s for s in made.sheets if s.pages]
    assert len(kept) >= 30 and any(s.skipped for s in made.sheets)  # a future month is left out
    contents = pdf_text(made.pdf).split("操作日志")[0]
    assert "本年无" in contents and "11月红黑榜" in contents
    assert seen and seen[-1] == "正在装订……"
    summary = pdf_text(made.pdf).rsplit("数据变更汇总", 1)[1]
    assert "单位信息" in summary and "office" not in summary  # clerks' words, not table names
    if shutil.which("qpdf"):  # scripts/setup.sh installs it; the structure check of PDFs
        (tmp_path / "binder.pdf").write_bytes(made.pdf)
        check = subprocess.run(
            ["qpdf", "--check", str(tmp_path / "binder.pdf")], capture_output=True
        )
        assert check.returncode == 0, check.stdout


def test_the_town_binds_a_villages_records_and_a_village_only_its_own(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        add_household(p.village, "0101")
        council = councils.set_up_council(
            p.village, Council(kind="red_white", set_up_date="2026-03-01")
        )
        councils.record_meeting(p.village, CouncilMeeting(council.id, "", "2026-05-01", "标准"))
        sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
        own = binder.make_binder(p.village, 2026)
        town = binder.make_binder_for_village(p.town, 2026, VILLAGE_CODE)
        assert [(s.title, s.pages) for s in town.sheets] == [(s.title, s.pages) for s in own.sheets]
        assert "红白理事会" in pdf_text(town.pdf)
        with pytest.raises(RefusedError):
            binder.make_binder(p.town, 2026)  # a town binds a village, not itself
        with pytest.raises(RefusedError):
            binder.make_binder_for_village(p.town, 2026, "610722100299")
        with pytest.raises(RefusedError):
            binder.make_binder_for_village(p.village, 2026, VILLAGE_CODE)
