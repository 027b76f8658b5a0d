"""``sanzhi town scorecard --out F.xlsx``: the scorecard as a spreadsheet that prints.

Figures are numbers (a rate is a fraction formatted as %, so a town office
can sort and sum it), each cell filled with its grade's colour; the sheet
has a title row, the header repeated on every printed page, landscape A3
fitted to one page wide and page numbers in the footer.
"""

from __future__ import annotations

from pathlib import Path

from sanzhi_desktop.services.scorecard import Scorecard, scorecard_table
from sanzhi_desktop.services.xlsx_print import PERCENT_FORMAT, save_printable, titled_sheet

FILLS = {"met": "E2F0D9", "near": "FFF2CC", "missed": "F8CBAD", "no_data": "EDEDED"}


def write_scorecard_xlsx(card: Scorecard, path: Path, *, title: str) -> None:
    from openpyxl.styles import PatternFill

    headers, rows = scorecard_table(card)
    book, sheet = titled_sheet("考核", title, headers)
    for village, row in zip(card.cards, rows, strict=True):
        sheet.append(row)
        for offset, graded in enumerate(village.cells):
            target = sheet.cell(row=sheet.max_row, column=3 + offset)
            target.fill = PatternFill("solid", fgColor=FILLS[graded.grade.value])
            if graded.item.unit == "%" and isinstance(target.value, float):
                target.number_format = PERCENT_FORMAT
    sheet.freeze_panes = "C3"
    widths = [6, 14, *([14] * (len(headers) - 2))]
    save_printable(book, sheet, Path(path), title=title, widths=widths, a3=True)
