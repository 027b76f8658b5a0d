"""Any list the program shows, saved as an .xlsx sheet (UI.md: every list can be exported).

The pages hand over what the clerk sees — the headers and the cells as text,
masked where the page masks — so this module knows nothing about boards,
cases or stars, and cannot leak a value the screen hid. The roster has its own
export (:mod:`services.roster_xlsx`) because its file must read back in.

Excel traps handled here, as for the roster:

- a text cell such as "0101" (户号) or an 18-digit ID number is written as
  text with the "@" format, so Excel neither drops the leading zero nor turns
  the number into 6.10722E+17; only real numbers (int, float) become numbers;
- a cell that starts with "=" stays text, never a formula;
- a shown percentage ("50.0%") is written as a number formatted as %, a shown
  date ("2026年11月28日", "2026-11-28") as a real date (:mod:`xlsx_print`);
- control characters the xlsx format refuses are dropped;
- the file is written to a temp file and renamed, so a full USB stick leaves
  no half-written workbook.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.roster_xlsx import save_workbook_atomically
from sanzhi_desktop.services.xlsx_print import apply_print_setup, typed_value

#: Excel refuses these in a sheet name; longer names than 31 characters too.
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31
DEFAULT_SHEET_NAME = "导出"
_MIN_WIDTH = 6
_MAX_WIDTH = 50
_PROGRESS_EVERY = 500


def sheet_name(title: str) -> str:
    """``title`` made a valid Excel sheet name: no []:*?/\\, ≤ 31 characters, not blank.

    Excel also refuses a name that starts or ends with an apostrophe, and keeps
    "History" for itself.
    """
    name = _SHEET_NAME_FORBIDDEN.sub("-", " ".join(title.split()))
    name = name[:SHEET_NAME_MAX].strip().strip("'").strip()
    if not name or name.casefold() == "history":
        return DEFAULT_SHEET_NAME
    return name


def _display_width(text: str) -> int:
    """Columns a text needs in Excel: a Chinese character is as wide as two digits."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_value(value: object, illegal: re.Pattern[str]) -> object:
    """What goes in the cell: numbers stay numbers, everything else is text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    text = illegal.sub("", str(value))
    return text if text != "" else None


#: Row 1 holds the title, row 2 the headers, the rows start on row 3.
TITLE_ROW, HEADER_ROW = 1, 2


def export_table_xlsx(
    path: Path,
    *,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    progress: Progress = no_progress,
) -> int:
    """Write ``headers`` and ``rows`` as one sheet named after ``title``; returns rows written.

    Text cells are written as text ("@"), so ID-like digit strings keep their
    zeros and digits; ints and floats are numbers Excel can add up, shown
    percentages and dates become numbers and dates. The title is row 1; the
    header row (row 2) is bold, frozen, repeated on printed pages and carries
    an autofilter; the sheet prints one page wide with page numbers.
    A missing or unwritable folder, or a file open in Excel, is refused with a
    Chinese message and leaves any older file as it was.
    """
    if not headers:
        raise RefusedError(msg("没有可导出的列。", "There are no columns to export."))
    path = Path(path)
    if not path.parent.is_dir():
        raise RefusedError(
            msg(
                f"文件夹“{path.parent}”不存在，请选择其他位置保存。",
                f"The folder '{path.parent}' does not exist; choose another place.",
            )
        )
    # openpyxl (about 0.1 s to import) is loaded only when a clerk exports.
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    illegal: re.Pattern[str] = ILLEGAL_CHARACTERS_RE
    workbook = Workbook()
    sheet: Any = workbook.active
    sheet.title = sheet_name(title)
    columns = len(headers)
    widths = [_display_width(str(header)) for header in headers]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    centre = Alignment(horizontal="center", vertical="center")
    title_cell = sheet.cell(row=TITLE_ROW, column=1, value=_cell_value(title, illegal))
    title_cell.font = Font(bold=True, size=14)
    title_cell.alignment = centre
    if columns > 1:
        sheet.merge_cells(
            start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=columns
        )
    sheet.row_dimensions[TITLE_ROW].height = 24
    for c, header in enumerate(headers, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=c, value=_cell_value(header, illegal))
        cell.font = bold
        cell.fill = fill
        cell.alignment = centre
    total = len(rows)
    first = HEADER_ROW + 1
    for r, values in enumerate(rows, start=first):
        if (r - first) % _PROGRESS_EVERY == 0:
            done = r - first
            progress(done, total, msg(f"正在写入第{done + 1}行…", f"Writing row {done + 1}…"))
        for c, raw in enumerate(values[:columns], start=1):
            value = _cell_value(raw, illegal)
            if value is None:
                continue
            shown = value if isinstance(value, str) else f"{value:,}"
            number_format = None
            if isinstance(value, str):
                value, number_format = typed_value(value)
            cell = sheet.cell(row=r, column=c, value=value)
            if number_format:
                cell.number_format = number_format
            elif isinstance(value, str):
                cell.data_type = "s"  # "=…" is text, not a formula
                cell.number_format = "@"
            widths[c - 1] = max(widths[c - 1], _display_width(shown))
    column_widths = [min(max(width, _MIN_WIDTH) + 2, _MAX_WIDTH) for width in widths]
    for c, width in enumerate(column_widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    last = get_column_letter(columns)
    sheet.freeze_panes = f"A{first}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{total + HEADER_ROW}"
    apply_print_setup(sheet, title=title, header_row=HEADER_ROW, widths=column_widths)
    progress(total, total, msg("正在保存文件…", "Saving…"))
    save_workbook_atomically(workbook, path)
    return total
