"""Print setup and typed cells for every .xlsx the program writes (issue 22).

A clerk prints an exported list from Excel or WPS with Ctrl+P and expects
what a sheet from the office would look like: one page wide, landscape when
the columns are many, the header row on every page, the title on top and
"第 1 页，共 3 页" below. :func:`apply_print_setup` sets that on an openpyxl
worksheet, so every writer (lists, the roster, the mediation report) prints
alike.

:func:`typed_value` turns what a page showed as text into what Excel can
calculate with: "50.0%" becomes the number 0.5 shown as a percentage, and
"2026年11月28日" or "2026-11-28" a real date shown the Chinese way. Codes
(户号 "0101", ID numbers) are not touched: they stay text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

#: Excel's number format for a date, shown as 2026年11月28日.
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
PERCENT_FORMAT = "0.0%"
#: Wider than this (in Excel's character units) and the page turns landscape.
PORTRAIT_MAX_WIDTH = 95
PAGE_FOOTER = "第 &P 页，共 &N 页"

_PERCENT = re.compile(r"^(-?\d{1,3}(?:\.\d+)?)%$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CHINESE_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")


def typed_value(text: str) -> tuple[object, str | None]:
    """A shown text as the cell value and number format it should have in Excel.

    Returns ``(text, None)`` for anything that is not a percentage or a
    whole date, so a code or a sentence is written exactly as shown.
    """
    match = _PERCENT.match(text)
    if match:
        return round(float(match.group(1)) / 100, 6), PERCENT_FORMAT
    match = _ISO_DATE.match(text) or _CHINESE_DATE.match(text)
    if match:
        try:
            return date(*(int(part) for part in match.groups())), DATE_FORMAT
        except ValueError:  # "2026年2月30日" is text someone typed, not a date
            return text, None
    return text, None


def apply_print_setup(
    sheet: Any,
    *,
    title: str,
    header_row: int,
    widths: Sequence[float],
) -> None:
    """Fit one page wide, repeat ``header_row``, landscape when wide, title and page numbers."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    landscape = sum(widths) > PORTRAIT_MAX_WIDTH
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    # The title row heads page 1; later pages carry the title as their header.
    sheet.HeaderFooter.differentFirst = True
    sheet.oddHeader.center.text = title.replace("&", "&&")
    sheet.oddFooter.center.text = PAGE_FOOTER
    sheet.firstFooter.center.text = PAGE_FOOTER


def titled_sheet(sheet_name: str, title: str, headers: Sequence[str]) -> tuple[Any, Any]:
    """A new workbook whose one sheet opens as every report sheet does.

    Row 1 is ``title``, merged over the columns, large and bold; row 2 the
    ``headers``, bold, centred and wrapped. The caller appends the rows and
    ends with :func:`save_printable`. Returns ``(workbook, sheet)``.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(headers), 1))
    sheet["A1"].font = Font(size=14, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(list(headers))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    return book, sheet


def save_printable(
    book: Any,
    sheet: Any,
    path: Any,
    *,
    title: str,
    widths: Sequence[float],
    header_row: int = 2,
    a3: bool = False,
) -> None:
    """Give the columns their ``widths``, the print setup, and save (temp → fsync → rename).

    ``a3``: the town's 通报 size, where forty villages fit one page wide.
    """
    from openpyxl.utils import get_column_letter

    # Imported here: the roster's writer imports this module for its cells.
    from sanzhi_desktop.services.roster_xlsx import save_workbook_atomically

    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    apply_print_setup(sheet, title=title, header_row=header_row, widths=widths)
    if a3:
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    save_workbook_atomically(book, path)
