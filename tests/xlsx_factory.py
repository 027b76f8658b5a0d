"""Building small .xlsx files for import tests, the way Excel would store them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from sanzhi_desktop.services.roster_xlsx import ROSTER_COLUMNS
from tests.factories import valid_id_number

HEADERS = [header for _, header in ROSTER_COLUMNS]


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], *, title: str = "Sheet1") -> Path:
    """Write ``rows`` (the first is usually the header) into the first sheet of ``path``.

    Python ints and floats become number cells, strings text cells, dates date
    cells: exactly the types a clerk's Excel would produce for that input.
    """
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def roster_row(
    household_no: str = "001",
    head_name: str = "张建国",
    group_no: object = 3,
    name: str = "张建国",
    *,
    address: str = "3组12号",
    sex: object = "",
    ethnicity: str = "汉族",
    birth_date: object = "",
    id_number: object = None,
    phone: object = "",
    relation: str = "",
    note: str = "",
) -> list[object]:
    """One person's row in :data:`ROSTER_COLUMNS` order (ID number valid unless given)."""
    if id_number is None:
        id_number = valid_id_number()
    return [
        household_no,
        head_name,
        group_no,
        address,
        name,
        sex,
        ethnicity,
        birth_date,
        id_number,
        phone,
        relation,
        note,
    ]
