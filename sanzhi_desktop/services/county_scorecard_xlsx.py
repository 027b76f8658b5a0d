"""``sanzhi county scorecard --out F.xlsx``: the county's scorecard as a workbook that prints.

Two sheets, as the 通报: 乡镇 (a line per town, ranked by its villages' mean
score) and 各村 (every village, with its town, its rank in the county and in
its town). Figures are numbers (a rate a fraction formatted as %), each cell
filled with its grade's colour, A3 landscape like the town's workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sanzhi_desktop.domain.scorecard import Cell
from sanzhi_desktop.services.county_scorecard import CountyScorecard
from sanzhi_desktop.services.roster_xlsx import save_workbook_atomically
from sanzhi_desktop.services.scorecard_xlsx import FILLS
from sanzhi_desktop.services.xlsx_print import PERCENT_FORMAT, apply_print_setup


def _value(cell: Cell) -> object:
    value = cell.figure.value
    if value is None:
        return "—"
    return value / 100 if cell.item.unit == "%" else value


def _sheet(book: Any, name: str, title: str, headers: list[str], first_item: int) -> Any:
    from openpyxl.styles import Alignment, Font

    sheet = book.create_sheet(name)
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet["A1"].font = Font(size=14, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    from openpyxl.utils import get_column_letter

    # by name: sheet.cell(row=3) would make row 3 and push the first append below it
    sheet.freeze_panes = f"{get_column_letter(first_item)}3"
    return sheet


def _graded_row(sheet: Any, leading: list[object], cells: list[Cell], tail: list[object]) -> None:
    from openpyxl.styles import PatternFill

    sheet.append([*leading, *[_value(c) for c in cells], *tail])
    for offset, cell in enumerate(cells):
        target = sheet.cell(row=sheet.max_row, column=len(leading) + 1 + offset)
        target.fill = PatternFill("solid", fgColor=FILLS[cell.grade.value])
        if cell.item.unit == "%" and isinstance(target.value, float):
            target.number_format = PERCENT_FORMAT


def write_county_scorecard_xlsx(card: CountyScorecard, path: Path, *, title: str) -> None:
    from openpyxl import Workbook

    items = [f"{i.title}（{i.target}）" for i in card.items]
    book = Workbook()
    book.remove(book.active)
    towns = _sheet(book, "乡镇", title, ["名次", "乡镇", *items, "村均分", "村数"], 3)
    for town in card.towns:
        _graded_row(towns, [town.rank, town.name], town.cells, [town.total, len(town.villages)])
    headers = ["全县名次", "镇内名次", "乡镇", "村", *items, "总分", "数据截至"]
    villages = _sheet(book, "各村", title, headers, 5)
    in_town = {v.code: v.rank for t in card.towns for v in t.villages}
    names = {t.code: t.name for t in card.towns}
    for village in card.villages():
        leading: list[object] = [
            village.rank,
            in_town[village.code],
            names.get(village.code[:9], village.code[:9]),
            village.name,
        ]
        _graded_row(villages, leading, village.cells, [village.total, village.last_file[:10]])
    for sheet, lead in ((towns, [6, 14]), (villages, [8, 8, 12, 14])):
        widths = [*lead, *([14] * (sheet.max_column - len(lead)))]
        apply_print_setup(sheet, title=title, header_row=2, widths=widths)
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    save_workbook_atomically(book, Path(path))
