"""``sanzhi town scorecard --out F.xlsx``: the scorecard as a spreadsheet that prints.

Figures are numbers (a rate is a fraction formatted as %, so a town office
can sort and sum it), each cell filled with its grade's colour; the sheet
has a title row, the header repeated on every printed page, landscape A3
fitted to one page wide and page numbers in the footer.
"""

from __future__ import annotations

from pathlib import Path

from sanzhi_desktop.services.roster_xlsx import save_workbook_atomically
from sanzhi_desktop.services.scorecard import Scorecard, scorecard_table
from sanzhi_desktop.services.xlsx_print import PERCENT_FORMAT, apply_print_setup

FILLS = {"met": "E2F0D9", "near": "FFF2CC", "missed": "F8CBAD", "no_data": "EDEDED"}


def write_scorecard_xlsx(card: Scorecard, path: Path, *, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    headers, rows = scorecard_table(card)
    book = Workbook()
    sheet = book.active
    sheet.title = "考核"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet["A1"].font = Font(size=14, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for village, row in zip(card.cards, rows, strict=True):
        sheet.append(row)
        for offset, graded in enumerate(village.cells):
            target = sheet.cell(row=sheet.max_row, column=3 + offset)
            target.fill = PatternFill("solid", fgColor=FILLS[graded.grade.value])
            if graded.item.unit == "%" and isinstance(target.value, float):
                target.number_format = PERCENT_FORMAT
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 14
    for column in range(3, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    sheet.freeze_panes = "C3"
    widths = [6, 14, *([14] * (len(headers) - 2))]
    apply_print_setup(sheet, title=title, header_row=2, widths=widths)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3  # the 通报's size: forty villages fit
    save_workbook_atomically(book, Path(path))
