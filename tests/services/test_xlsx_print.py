"""The report sheets' common opening and print setup (services/xlsx_print.py)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from sanzhi_desktop.services.xlsx_print import save_printable, titled_sheet


def test_a_titled_sheet_prints_with_its_header_on_every_page(tmp_path: Path) -> None:
    # Given a report sheet opened by the helper, with two rows
    book, sheet = titled_sheet("汇总", "小营村月报表", ["村", "受理（件）", "成功率"])
    sheet.append(["小营村", 3, 0.5])
    sheet.append(["大营村", 1, 1.0])
    # When it is saved with its widths on A3
    target = tmp_path / "r.xlsx"
    save_printable(book, sheet, target, title="小营村月报表", widths=[14, 10, 10], a3=True)
    # Then the title is merged over the columns, the header row repeats, A3, widths kept
    saved = load_workbook(target).active
    assert saved.title == "汇总" and saved["A1"].value == "小营村月报表"
    assert "A1:C1" in {str(r) for r in saved.merged_cells.ranges}
    assert [c.value for c in saved[2]] == ["村", "受理（件）", "成功率"]
    assert saved["A2"].font.bold and saved["A1"].font.size == 14
    assert saved.print_title_rows == "$2:$2" and saved.page_setup.fitToWidth == 1
    assert str(saved.page_setup.paperSize) == saved.PAPERSIZE_A3
    assert saved.column_dimensions["A"].width == 14 and saved.column_dimensions["C"].width == 10
    assert not list(tmp_path.glob(".*.part"))
