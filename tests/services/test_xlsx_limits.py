"""Roster .xlsx input: bounded work whatever the file holds, and the sheets clerks really send.

The files are real .xlsx zips, made small on disk and big inside, as a
broken export or a malicious file would be.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services import xlsx_limits
from sanzhi_desktop.services.roster_xlsx import read_roster_xlsx, write_roster_template
from sanzhi_desktop.services.session import Session
from tests.xlsx_factory import HEADERS, roster_row, write_xlsx


def _rewrite_member(path: Path, member: str, change: object) -> None:
    """Replace ``member`` of the zip at ``path`` by ``change(old bytes)``."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == member:
                data = change(data)  # type: ignore[operator]
            target.writestr(info.filename, data)


def _no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the reader gets as far as openpyxl."""
    import openpyxl

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("openpyxl was asked to read a file that should be refused")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def test_a_small_file_that_unpacks_to_a_huge_sheet(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The limits scaled down 8×, so that the test makes 13 MB instead of 100 MB of XML.
    monkeypatch.setattr(xlsx_limits, "MAX_MEMBER_BYTES", xlsx_limits.MAX_MEMBER_BYTES // 8)
    monkeypatch.setattr(xlsx_limits, "MAX_TOTAL_BYTES", xlsx_limits.MAX_TOTAL_BYTES // 8)
    path = write_xlsx(tmp_path / "炸弹.xlsx", [HEADERS, roster_row()])
    row = b'<row><c t="inlineStr"><is><t>' + b"x" * 100 + b"</t></is></c></row>"
    repeat = (xlsx_limits.MAX_MEMBER_BYTES // len(row)) + 1_000

    def huge(data: bytes) -> bytes:
        head, tail = data.split(b"</sheetData>")
        return head + row * repeat + b"</sheetData>" + tail

    _rewrite_member(path, "xl/worksheets/sheet1.xml", huge)
    assert path.stat().st_size < 512 * 1024  # small on disk
    _no_openpyxl(monkeypatch)
    with pytest.raises(RefusedError, match="解压后有"):
        read_roster_xlsx(session, path)


@pytest.mark.parametrize(("ref", "words"), [("A1:L1048576", "1048576行"), ("A1:XFD20", "16384列")])
def test_declared_dimensions_beyond_a_roster(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ref: str, words: str
) -> None:
    path = write_xlsx(tmp_path / "大.xlsx", [HEADERS, roster_row()])
    _rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda data: re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), data),
    )
    _no_openpyxl(monkeypatch)
    with pytest.raises(RefusedError, match=words):
        read_roster_xlsx(session, path)


def test_too_many_shared_strings(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "字.xlsx", [HEADERS, roster_row()])
    count = xlsx_limits.MAX_SHARED_STRINGS + 1
    sst = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="{count}" uniqueCount="{count}"><si><t>x</t></si></sst>'
    ).encode()
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", sst)
    _no_openpyxl(monkeypatch)
    with pytest.raises(RefusedError, match="不同的文字"):
        read_roster_xlsx(session, path)


def test_a_cell_far_longer_than_any_roster_entry(session: Session, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "长.xlsx", [HEADERS, roster_row(address="村" * (xlsx_limits.MAX_CELL_CHARS + 1))]
    )
    with pytest.raises(RefusedError, match=r"第2行第4列"):
        read_roster_xlsx(session, path)


def test_the_roster_on_another_sheet_is_named(session: Session, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    cover = workbook.active
    cover.title = "封面"
    cover.append(["小营村村民花名册"])
    cover.append(["2026年11月"])
    table = workbook.create_sheet("花名册")
    table.append(HEADERS)
    table.append(roster_row())
    path = tmp_path / "两张表.xlsx"
    workbook.save(path)
    with pytest.raises(RefusedError, match="工作表“花名册”上") as caught:
        read_roster_xlsx(session, path)
    assert "缺少这一列" not in str(caught.value)


def test_formulas_without_saved_results_are_named(session: Session, tmp_path: Path) -> None:
    # openpyxl, like many programs that generate workbooks, stores the formula only.
    row = roster_row()
    row[HEADERS.index("姓名")] = '="张"&"建国"'
    path = write_xlsx(tmp_path / "公式.xlsx", [HEADERS, row])
    with pytest.raises(RefusedError, match="没有保存公式的计算结果") as caught:
        read_roster_xlsx(session, path)
    assert "第2行“姓名”" in str(caught.value)


def test_the_templates_sample_row_is_never_imported(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_roster_template(path)
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook["村民档案"]
    note = sheet.cell(row=2, column=HEADERS.index("备注") + 1).value
    assert str(note).startswith("示例行")  # marked as a sample where the clerk sees it
    sheet.append(roster_row("002", "李四", 2, "李四"))
    workbook.save(path)
    preview = read_roster_xlsx(session, path)
    assert preview.ok, preview.errors
    assert preview.sample_rows == [2]
    assert [h.head_name for h in preview.households] == ["李四"]
    assert [p.name for _, p, _ in preview.persons] == ["李四"]
