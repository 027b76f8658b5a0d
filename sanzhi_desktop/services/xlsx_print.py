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
