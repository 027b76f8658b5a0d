"""The generic .xlsx export of a shown list: text stays text, headers, refusals, no temp file."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services.table_export import export_table_xlsx, sheet_name

openpyxl = pytest.importorskip("openpyxl")

ID_NUMBER = "610722198001010011"


def test_round_trip_keeps_headers_rows_and_text(tmp_path: Path) -> None:
    target = tmp_path / "list.xlsx"
    count = export_table_xlsx(
        target,
        title="红黑榜",
        headers=["户号", "姓名", "身份证号", "积分"],
        rows=[["0101", "王大明", ID_NUMBER, 12], ["0201", "=SUM(A1)", "6107**********0011", 3.5]],
    )
    assert count == 2
    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "红黑榜"
    assert sheet["A1"].value == "红黑榜" and sheet["A1"].font.bold  # the title row
    assert [c.value for c in sheet[2]] == ["户号", "姓名", "身份证号", "积分"]
    assert [c.value for c in sheet[3]] == ["0101", "王大明", ID_NUMBER, 12]
    assert [c.value for c in sheet[4]] == ["0201", "=SUM(A1)", "6107**********0011", 3.5]
    assert sheet["A3"].data_type == "s" and sheet["A3"].number_format == "@"
    assert sheet["C3"].data_type == "s" and sheet["C3"].number_format == "@"
    assert sheet["B4"].data_type == "s"  # never a formula
    assert sheet["D3"].data_type == "n"
    assert sheet["A2"].font.bold
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == "A2:D4"
    assert sheet.column_dimensions["C"].width >= len(ID_NUMBER)
    assert sheet.column_dimensions["D"].width < sheet.column_dimensions["C"].width


def test_the_sheet_prints_one_page_wide_with_its_header_and_page_numbers(tmp_path: Path) -> None:
    target = tmp_path / "wide.xlsx"
    headers = [f"第{n}列的标题" for n in range(12)]
    export_table_xlsx(target, title="问题墙", headers=headers, rows=[["内容"] * 12])
    sheet = openpyxl.load_workbook(target).active
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.orientation == "landscape"  # twelve columns do not fit upright
    assert sheet.print_title_rows == "$2:$2"
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"
    narrow = tmp_path / "narrow.xlsx"
    export_table_xlsx(narrow, title="公告", headers=["标题", "日期"], rows=[["通知", "今天"]])
    assert openpyxl.load_workbook(narrow).active.page_setup.orientation == "portrait"


def test_shown_rates_are_percent_numbers_and_shown_dates_real_dates(tmp_path: Path) -> None:
    target = tmp_path / "typed.xlsx"
    export_table_xlsx(
        target,
        title="调解",
        headers=["村", "调解成功率", "受理日期", "期限", "户号", "不是日期"],
        rows=[["小营村", "50.0%", "2026年11月28日", "2026-12-01", "0101", "2026年2月30日"]],
    )
    sheet = openpyxl.load_workbook(target).active
    rate, received, deadline, number, odd = (sheet.cell(3, c) for c in range(2, 7))
    assert rate.value == 0.5 and rate.number_format == "0.0%"
    assert received.value == datetime(2026, 11, 28) and received.number_format.startswith("yyyy")
    assert deadline.value == datetime(2026, 12, 1)
    assert number.value == "0101" and number.data_type == "s"
    assert odd.value == "2026年2月30日" and odd.data_type == "s"


def test_empty_list_writes_the_title_and_header_only(tmp_path: Path) -> None:
    target = tmp_path / "empty.xlsx"
    assert export_table_xlsx(target, title="公告", headers=["标题"], rows=[]) == 0
    sheet = openpyxl.load_workbook(target).active
    assert sheet.max_row == 2 and sheet["A1"].value == "公告" and sheet["A2"].value == "标题"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Red/black board", "Red-black board"),
        ("a[b]c:d*e?f\\g", "a-b-c-d-e-f-g"),
        ("很" * 40, "很" * 31),
        ("'quoted'", "quoted"),
        ("   ", "导出"),
        ("History", "导出"),
    ],
)
def test_sheet_name_follows_excel_rules(title: str, expected: str) -> None:
    assert sheet_name(title) == expected


def test_missing_folder_is_refused_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match=r"文件夹.*不存在"):
        export_table_xlsx(tmp_path / "nope" / "x.xlsx", title="t", headers=["a"], rows=[["1"]])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_unwritable_folder_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(RefusedError, match="不能在文件夹"):
            export_table_xlsx(folder / "x.xlsx", title="t", headers=["a"], rows=[["1"]])
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_folder_without_write_permission_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same refusal where chmod cannot lock a folder (running as root, Windows)."""

    def no_permission(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("sanzhi_desktop.services.roster_xlsx.tempfile.mkstemp", no_permission)
    with pytest.raises(RefusedError, match="没有写入权限"):
        export_table_xlsx(tmp_path / "x.xlsx", title="t", headers=["a"], rows=[["1"]])
    assert not (tmp_path / "x.xlsx").exists()


def test_failed_save_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "list.xlsx"
    export_table_xlsx(target, title="t", headers=["a"], rows=[["old"]])
    before = target.read_bytes()
    blocker = tmp_path / "dir.xlsx"
    blocker.mkdir()  # os.replace onto a folder fails
    with pytest.raises(RefusedError, match=r"保存|不能写入"):
        export_table_xlsx(blocker, title="t", headers=["a"], rows=[["new"]])
    assert target.read_bytes() == before
    left = sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".xlsx", ".tmp"})
    assert left == ["dir.xlsx", "list.xlsx"]


def test_no_columns_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="没有可导出的列"):
        export_table_xlsx(tmp_path / "x.xlsx", title="t", headers=[], rows=[])
