"""村民档案 in Excel: importing a filled-in sheet, exporting the roster, the blank template.

Most villages already keep their roster (花名册) in Excel, and the town asks for
it in Excel, so this is how a roster enters and leaves the program. The sheet
has one row per person with the household's fields (户号, 户主, 村民小组, 住址)
repeated on every member's row: that is how clerks' sheets look, and it
survives sorting and filtering in Excel.

Import is two steps so that nothing half-happens:

1. :func:`read_roster_xlsx` reads and checks every cell against the same domain
   rules as the dialogs, writes nothing, and returns a preview: what would be
   created, and every problem as (row, column, value, reason) in the row
   numbers Excel shows, so the clerk can fix the sheet and read it again;
2. :func:`apply_roster_import` writes the preview in one transaction:
   everything is imported or nothing is.

Excel traps handled here:

- an 18-digit ID number typed into a "General" cell becomes a floating-point
  number (6.10722E+17) and silently loses its last digits, which no check can
  restore. Such a cell is refused with instructions, and the template and the
  export format the 户号, 出生日期, 身份证号 and 联系电话 columns as text so it
  does not happen again when the file goes back and forth;
- dates arrive as date cells, Excel serial numbers or written as 1980-01-01,
  1980/1/1, 19800101, 1980.01.01 or 1980年1月1日;
- villager groups are written "3", "3组", "第三组" or with full-width digits;
- a title row ("XX村村民花名册") above the header row, a 序号 column, extra
  columns and blank rows are tolerated.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import tempfile
import unicodedata
import warnings
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.domain.errors import FieldError, RefusedError, SanzhiError, ValidationError
from sanzhi_desktop.domain.idcard import check_char, mask_id_number
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.roster import (
    ETHNICITIES,
    RELATIONS,
    SEXES,
    Household,
    Person,
    RosterFilter,
    complete_from_id_number,
    validate_household,
    validate_person,
)
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.services import roster as roster_service
from sanzhi_desktop.services import xlsx_limits, xlsx_sheets
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, disk_faults
from sanzhi_desktop.storage import roster as roster_store

# openpyxl (about 0.1 s to import) is imported inside the functions that read or
# write a workbook: this module is imported at start-up (the CLI, the roster
# page), where no workbook is touched.
if TYPE_CHECKING:
    from openpyxl import Workbook

#: (field, Chinese header) in sheet order. The headers are what clerks call the columns.
ROSTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("household_no", "户号"),
    ("head_name", "户主"),
    ("group_no", "村民小组"),
    ("address", "住址"),
    ("name", "姓名"),
    ("sex", "性别"),
    ("ethnicity", "民族"),
    ("birth_date", "出生日期"),
    ("id_number", "身份证号"),
    ("phone", "联系电话"),
    ("relation", "与户主关系"),
    ("note", "备注"),
)

HEADERS: dict[str, str] = dict(ROSTER_COLUMNS)
SHEET_TITLE = "村民档案"
INSTRUCTIONS_TITLE = "填写说明"

#: A village has a few thousand people; a bigger sheet is a mistake (or a whole county).
MAX_DATA_ROWS = 20_000

#: 备注 of the template's example row; a row whose 备注 starts with SAMPLE_MARK is skipped.
SAMPLE_MARK = "示例行"
SAMPLE_NOTE = "示例行：导入时会自动跳过这一行，可以删除"

#: Without these a row cannot become a household and a person.
REQUIRED_FIELDS = ("household_no", "head_name", "group_no", "name")

#: Written as text cells ("@") so Excel keeps leading zeros and all 18 digits.
TEXT_FIELDS = frozenset({"household_no", "birth_date", "id_number", "phone"})

#: Other names clerks give the columns (after normalisation, see :func:`_header_key`).
HEADER_ALIASES: dict[str, str] = {
    "户编号": "household_no",
    "户主姓名": "head_name",
    "小组": "group_no",
    "组": "group_no",
    "组别": "group_no",
    "村民组": "group_no",
    "所在小组": "group_no",
    "家庭住址": "address",
    "地址": "address",
    "居住地址": "address",
    "出生年月日": "birth_date",
    "生日": "birth_date",
    "身份证号码": "id_number",
    "公民身份号码": "id_number",
    "身份证": "id_number",
    "电话": "phone",
    "电话号码": "phone",
    "手机": "phone",
    "手机号": "phone",
    "手机号码": "phone",
    "关系": "relation",
    "与户主的关系": "relation",
}

NUMERIC_ID_MESSAGE = (
    "身份证号被Excel存成了数字，后几位可能已丢失；请把这一列设为“文本”格式后重新填写"
)

_SEX_ALIASES = {"男性": "男", "女性": "女"}
_RELATION_ALIASES = {
    "本人": "户主",
    "妻": "配偶",
    "妻子": "配偶",
    "夫": "配偶",
    "丈夫": "配偶",
    "儿子": "子",
    "长子": "子",
    "次子": "子",
    "女儿": "女",
    "长女": "女",
    "次女": "女",
    "儿媳妇": "儿媳",
    "父": "父亲",
    "母": "母亲",
}
_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_GROUP_SUFFIXES = ("村民小组", "村民组", "小组", "组", "队", "社")
_DATE_TEXT = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME_TEXT = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)
_EXCEL_MAX_SERIAL = 2_958_465  # 9999-12-31
_HEADER_SCAN_ROWS = 5  # a title row or two may sit above the header row
#: Stop reading a sheet this long even before knowing which rows are data (序号-only rows
#: are not); the exact limit is applied to the data rows afterwards.
_READ_GUARD_ROWS = 3 * MAX_DATA_ROWS
_MAX_COLUMNS = 200
_MAX_DECLARED_COLUMNS = 1_000
_PROGRESS_EVERY = 200
_PLACEHOLDER_HOUSEHOLD = "(import)"


@dataclass(frozen=True)
class CellError:
    """One problem in the sheet, where Excel shows it."""

    row: int  # spreadsheet row number as Excel shows it (header = its own row number)
    column: str  # the Chinese header of the column ("" if the whole row)
    value: str  # what was in the cell, as text
    reason: str  # Chinese, says what is expected

    def __str__(self) -> str:
        where = msg(f"第{self.row}行", f"row {self.row}")
        if self.column:
            where += f"“{self.column}”"
        shown = f"（{self.value}）" if self.value else ""
        return f"{where}{shown}：{self.reason}"


@dataclass
class RosterImportPreview:
    """What importing a sheet would do; nothing is written until it is applied."""

    path: Path
    households: list[Household]  # new households to create
    persons: list[tuple[int, Person, str]]  # (row, person, household_no) to create
    existing_households: int  # households already in the DB that rows attach to
    errors: list[CellError]
    #: 户号 → the sheet row that introduced it, to name the row if applying fails.
    household_rows: dict[str, int] = field(default_factory=dict)
    #: Rows marked as the template's example (备注 starts with 示例行): never imported.
    sample_rows: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class RosterImportResult:
    households_added: int
    persons_added: int


# --- reading cells --------------------------------------------------------------


def cell_text(value: object) -> str:
    """A cell's value as the clerk would read it in Excel (numbers without ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if abs(value) >= 1e11:
            return f"{value:.5E}"  # as Excel shows it: 6.10722E+17
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def parse_group_no(value: object) -> int | None:
    """A villager group number from 3, "3", "3组", "第三组", "三队", "３"; None if unclear.

    Only a single number is accepted: "3-4组" or "三四组" could be either group
    and are left for the clerk to decide. The range (1–99) is the domain's check.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = clean_code(value)
    for suffix in _GROUP_SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    text = text.removeprefix("第")
    if text.isascii() and text.isdigit():
        return int(text)
    return _chinese_number(text)


def _chinese_number(text: str) -> int | None:
    """一 … 九十九 (also 两, 〇); None for anything else."""
    if not text:
        return None
    if "十" not in text:
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    ten = 1 if not tens else _CN_DIGITS.get(tens)
    one = 0 if not ones else _CN_DIGITS.get(ones)
    if not ten or one is None:
        return None
    return ten * 10 + one


def parse_date_cell(value: object) -> str | None:
    """An ISO date from a date cell or a written date; "" when empty, None when unreadable."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if float(value).is_integer() and 10_000_000 <= value <= 99_999_999:
            value = str(int(value))  # 19800101 typed into a number cell
        elif 1 <= value <= _EXCEL_MAX_SERIAL:
            from openpyxl.utils.datetime import from_excel

            converted = from_excel(value)  # a date cell that lost its date format
            return converted.date().isoformat() if isinstance(converted, datetime) else None
        else:
            return None
    parts = clean(value).split()
    if len(parts) == 2 and _TIME_TEXT.match(parts[1]):
        parts = parts[:1]  # "1980-01-01 00:00:00" from another program's export
    text = clean_code("".join(parts))
    if not text:
        return ""
    match = _DATE_DIGITS.match(text) or _DATE_TEXT.match(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def _header_key(value: object) -> str:
    """Normalise a header: full-width folded, spaces, ``*`` and (hints) dropped."""
    text = clean_code(cell_text(value))
    text = re.sub(r"\(.*?\)", "", text)  # NFKC turned （…） into (…)
    return text.strip("*:：")


_FIELD_BY_HEADER: dict[str, str] = {
    **{_header_key(header): name for name, header in ROSTER_COLUMNS},
    **{_header_key(alias): name for alias, name in HEADER_ALIASES.items()},
}


# --- reading the file -----------------------------------------------------------


@dataclass
class _Sheet:
    header_row: int
    columns: dict[str, int]  # field → 0-based column index
    rows: list[tuple[int, dict[str, object]]]  # (row number, field → raw cell value)
    errors: list[CellError]


def _refuse_unreadable(path: Path, detail: str = "") -> RefusedError:
    extra = f"（{detail}）" if detail else ""
    return RefusedError(
        msg(
            f"无法读取文件“{path.name}”{extra}：它不是有效的Excel文件（.xlsx），或者已经损坏。"
            "请在Excel或WPS里打开它，“另存为”Excel工作簿（.xlsx）后再导入。",
            f"Cannot read '{path.name}'{extra}: it is not a valid .xlsx file or it is damaged. "
            "Open it in Excel or WPS and save it as an Excel workbook (.xlsx).",
        )
    )


def _check_file(path: Path) -> None:
    """Refuse what openpyxl cannot read, with a reason the clerk can act on."""
    if not path.is_file():
        raise RefusedError(
            msg(f"找不到文件：{path}", f"File not found: {path}")
            if not path.exists()
            else msg(f"“{path}”不是文件", f"'{path}' is not a file")
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except PermissionError as exc:
        raise RefusedError(
            msg(
                f"没有权限读取文件“{path.name}”；如果它正在Excel里打开，请先关闭。",
                f"Cannot read '{path.name}': permission denied (is it open in Excel?).",
            )
        ) from exc
    except OSError as exc:
        raise _refuse_unreadable(path, exc.strerror or "") from exc
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # The OLE container: an old .xls workbook, or an .xlsx with an opening password.
        raise RefusedError(
            msg(
                f"“{path.name}”是旧版Excel文件（.xls）或设置了打开密码。请在Excel或WPS里"
                "打开它，去掉密码，“另存为”Excel工作簿（.xlsx）后再导入。",
                f"'{path.name}' is an old .xls workbook or is password-protected. Remove the "
                "password and save it as an Excel workbook (.xlsx).",
            )
        )
    if not head.startswith(b"PK"):
        raise _refuse_unreadable(path)


def _load_sheet(path: Path, progress: Progress) -> _Sheet:
    """Read the roster sheet's cells; only this part can meet a broken file."""
    _check_file(path)
    xlsx_limits.check_xlsx_bounds(
        path, max_rows=_READ_GUARD_ROWS + 1_000, max_columns=_MAX_DECLARED_COLUMNS
    )
    raw_rows: list[tuple[int, tuple[Any, ...]]] = []
    title = ""
    data_rows = 0
    header_seen = False
    try:
        with path.open("rb") as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            from openpyxl import load_workbook

            workbook = load_workbook(fh, read_only=True, data_only=True)
            try:
                sheet = (
                    workbook[SHEET_TITLE] if SHEET_TITLE in workbook.sheetnames else workbook.active
                )
                if sheet is None or not hasattr(sheet, "iter_rows"):
                    sheet = workbook.worksheets[0]
                title = str(sheet.title)
                estimate = int(sheet.max_row or 0)
                # Some programs write a wrong <dimension>; without this, cells are cut off.
                sheet.reset_dimensions()
                for number, values in enumerate(
                    sheet.iter_rows(min_row=1, values_only=True), start=1
                ):
                    values = tuple(values[:_MAX_COLUMNS])
                    for column, value in enumerate(values, start=1):
                        if isinstance(value, str) and len(value) > xlsx_limits.MAX_CELL_CHARS:
                            raise xlsx_limits.cell_too_long(path, number, column, len(value))
                    if all(cell_text(v).strip() == "" for v in values):
                        continue
                    raw_rows.append((number, values))
                    if header_seen:
                        data_rows += 1
                        if data_rows > _READ_GUARD_ROWS:
                            raise RefusedError(_too_many_rows_message())
                    header_seen = True
                    if number % _PROGRESS_EVERY == 0:
                        progress(
                            number,
                            max(estimate, number),
                            msg(f"正在读取第{number}行…", f"Reading row {number}…"),
                        )
            finally:
                workbook.close()
    except SanzhiError:
        raise
    except PermissionError as exc:
        raise RefusedError(
            msg(
                f"没有权限读取文件“{path.name}”；如果它正在Excel里打开，请先关闭。",
                f"Cannot read '{path.name}': permission denied (is it open in Excel?).",
            )
        ) from exc
    except Exception as exc:  # zip, XML and openpyxl errors all mean "not a readable xlsx"
        raise _refuse_unreadable(path) from exc
    found = _find_columns(path, raw_rows)
    if any(name not in found.columns for name in REQUIRED_FIELDS):
        xlsx_sheets.refuse_roster_elsewhere(path, title, _looks_like_header)
    elif any(
        cell_text(cells.get(name)).strip() == ""
        for _, cells in found.rows
        for name in REQUIRED_FIELDS
    ):
        xlsx_sheets.refuse_uncached_formulas(path, title, found.header_row, found.columns, HEADERS)
    return found


def _looks_like_header(values: tuple[Any, ...]) -> bool:
    """Whether a row names at least two of the required columns (a roster's header)."""
    keys = {_FIELD_BY_HEADER.get(_header_key(v)) for v in values}
    return sum(name in keys for name in REQUIRED_FIELDS) >= 2


def _too_many_rows_message() -> str:
    return msg(
        f"表格里的数据超过{MAX_DATA_ROWS}行，一次最多导入{MAX_DATA_ROWS}行。"
        "请把它分成几个文件（比如按村民小组）分别导入。",
        f"The sheet has more than {MAX_DATA_ROWS} data rows; import at most {MAX_DATA_ROWS} "
        "at a time (split the file, e.g. by villager group).",
    )


def _find_columns(path: Path, raw_rows: list[tuple[int, tuple[Any, ...]]]) -> _Sheet:
    """Pick the header row and map its headers to fields.

    The header row is the first non-empty row, unless one of the next few
    non-empty rows names more of our columns: many sheets carry a title row
    ("XX村村民花名册") above the header.
    """
    if not raw_rows:
        raise RefusedError(
            msg(
                f"“{path.name}”的表格是空的，没有可导入的内容。",
                f"The sheet in '{path.name}' is empty.",
            )
        )
    candidates = raw_rows[:_HEADER_SCAN_ROWS]
    scores = [sum(_header_key(v) in _FIELD_BY_HEADER for v in row) for _, row in candidates]
    best = next((i for i, s in enumerate(scores) if s >= 2 and s == max(scores)), 0)
    header_row, header_values = candidates[best]
    columns: dict[str, int] = {}
    errors: list[CellError] = []
    for index, value in enumerate(header_values):
        name = _FIELD_BY_HEADER.get(_header_key(value))
        if name is None:
            continue  # an extra column (序号, 工作单位 …): ignored
        if name in columns:
            errors.append(
                CellError(
                    header_row,
                    HEADERS[name],
                    cell_text(value),
                    msg(
                        f"“{HEADERS[name]}”有两列（第{columns[name] + 1}列和第{index + 1}列），"
                        "请删去多余的一列",
                        f"Two columns hold '{HEADERS[name]}'; delete one",
                    ),
                )
            )
            continue
        columns[name] = index
    for name in REQUIRED_FIELDS:
        if name not in columns:
            errors.append(
                CellError(header_row, HEADERS[name], "", msg("缺少这一列", "Column missing"))
            )
    rows = []
    for number, values in raw_rows[best + 1 :]:
        cells = {name: values[i] if i < len(values) else None for name, i in columns.items()}
        if any(cell_text(v).strip() for v in cells.values()):
            rows.append((number, cells))  # a row with only a 序号 or a stray note is empty
    if len(rows) > MAX_DATA_ROWS:
        raise RefusedError(_too_many_rows_message())
    return _Sheet(header_row=header_row, columns=columns, rows=rows, errors=errors)


# --- checking rows --------------------------------------------------------------


@dataclass
class _SeenHousehold:
    row: int
    head_name: str
    group_no: int | None
    address: str
    existing_id: str = ""


class _RowChecker:
    """Collects one row's errors, one per cell, skipping columns already reported."""

    def __init__(self, number: int, cells: dict[str, object], missing: set[str]) -> None:
        self.number = number
        self.cells = cells
        self.errors: list[CellError] = []
        self.reported: set[str] = set(missing)

    def text(self, name: str) -> str:
        return cell_text(self.cells.get(name))

    def add(self, name: str, reason: str, value: str | None = None) -> None:
        if name in self.reported:
            return
        self.reported.add(name)
        shown = self.text(name) if value is None else value
        self.errors.append(CellError(self.number, HEADERS.get(name, ""), shown.strip(), reason))

    def add_field_errors(self, errors: list[FieldError], person: Person | None = None) -> None:
        for error in errors:
            if error.field not in HEADERS:
                continue  # household_id: set by the import itself
            self.add(error.field, _import_reason(error, person))


def _import_reason(error: FieldError, person: Person | None) -> str:
    """The domain's message, reworded where it speaks of a dialog's drop-down list."""
    if person is None:
        return error.message
    if error.field == "sex" and not person.sex:
        return msg(
            "请填写性别（男或女）；填了身份证号的可以不填", "Enter the sex (or the ID number)"
        )
    if error.field == "sex" and person.sex not in SEXES:
        return msg("性别应填“男”或“女”", "Sex must be 男 or 女")
    if error.field == "relation" and person.relation not in RELATIONS:
        return msg(
            "与户主关系应为以下之一：" + "、".join(RELATIONS), "Relation must be one of the list"
        )
    if error.field == "ethnicity" and person.ethnicity not in ETHNICITIES:
        return msg("民族名称不对，应写全称，如“汉族”“回族”", "Write the full nationality name")
    return error.message


def _household_of(check: _RowChecker) -> tuple[Household, int | None]:
    raw_group = check.cells.get("group_no")
    group = parse_group_no(raw_group)
    if group is None:
        if check.text("group_no").strip():
            check.add(
                "group_no",
                msg(
                    "看不出是第几村民小组；请只写一个数字，如“3”或“3组”",
                    "Write one group number, e.g. 3 or 3组",
                ),
            )
        else:
            check.add("group_no", msg("请填写村民小组（数字，如3）", "Enter the villager group"))
    household = Household(
        household_no=check.text("household_no"),
        head_name=check.text("head_name"),
        group_no=group if group is not None else 0,
        address=check.text("address"),
    ).cleaned()
    errors = validate_household(household)
    for error in errors:
        if error.field == "household_no" and not household.household_no:
            check.add(
                "household_no",
                msg(
                    "请填写户号（每个人的行都要填户号、户主、村民小组；如果用了合并单元格，"
                    "请取消合并并向下填满）",
                    "Enter the household number on every member's row (unmerge cells)",
                ),
            )
    check.add_field_errors(errors)
    return household, group


def _person_of(check: _RowChecker, head_name: str) -> Person:
    raw_id = check.cells.get("id_number")
    id_text = check.text("id_number")
    if isinstance(raw_id, int | float) and not isinstance(raw_id, bool):
        check.add("id_number", NUMERIC_ID_MESSAGE)
        id_text = ""
    elif _SCIENTIFIC.match(clean_code(id_text)):
        check.add("id_number", NUMERIC_ID_MESSAGE)  # pasted from a sheet that already lost it
        id_text = ""
    birth = parse_date_cell(check.cells.get("birth_date"))
    if birth is None:
        check.add(
            "birth_date",
            msg(
                "看不懂这个出生日期；请写成1980-01-01、1980/1/1或19800101",
                "Write the birth date as 1980-01-01, 1980/1/1 or 19800101",
            ),
        )
        birth = ""
    person = Person(
        name=check.text("name"),
        sex=check.text("sex"),
        household_id=_PLACEHOLDER_HOUSEHOLD,
        relation=check.text("relation"),
        ethnicity=check.text("ethnicity"),
        birth_date=birth,
        id_number=id_text,
        phone=check.text("phone"),
        note=check.text("note"),
    ).cleaned()
    person.sex = _SEX_ALIASES.get(person.sex, person.sex)
    person.relation = _RELATION_ALIASES.get(person.relation, person.relation)
    if not person.relation:
        # An empty cell: the head's own row says so by the name, anyone else is 其他.
        person.relation = "户主" if head_name and person.name == head_name else "其他"
    if not person.ethnicity:
        person.ethnicity = "汉族"
    elif person.ethnicity not in ETHNICITIES and person.ethnicity + "族" in ETHNICITIES:
        person.ethnicity += "族"  # "汉" → "汉族"
    person = complete_from_id_number(person)
    check.add_field_errors(validate_person(person, today=clock.today()), person)
    return person


def read_roster_xlsx(
    session: Session, path: Path, *, progress: Progress = no_progress
) -> RosterImportPreview:
    """Read and check a roster sheet; writes nothing.

    Every cell is checked with the domain's rules (as in the dialogs), plus
    what only the whole file or the database can tell: a 户号 whose rows
    disagree on 户主, 村民小组 or 住址; a 户号 already in the roster under another
    户主 or group (rows with a 户号 already in the roster add members to that
    household); an ID number twice in the file or already in the roster.
    Unreadable files raise :class:`RefusedError`; problems in cells are
    returned in ``errors``, at most one per cell, sorted by row.
    """
    path = Path(path)
    owner = session.author.owner
    sheet = _load_sheet(path, progress)
    missing = {name for name in REQUIRED_FIELDS if name not in sheet.columns}
    errors = list(sheet.errors)
    households: list[Household] = []
    persons: list[tuple[int, Person, str]] = []
    seen: dict[str, _SeenHousehold] = {}
    new_by_no: dict[str, Household] = {}
    ids_seen: dict[str, int] = {}
    total = len(sheet.rows)
    samples: list[int] = []
    for index, (number, cells) in enumerate(sheet.rows):
        if index % _PROGRESS_EVERY == 0:
            progress(index, total, msg(f"正在检查第{number}行…", f"Checking row {number}…"))
        if cell_text(cells.get("note")).strip().startswith(SAMPLE_MARK):
            samples.append(number)
            continue
        check = _RowChecker(number, cells, missing)
        household, group = _household_of(check)
        person = _person_of(check, household.head_name)
        no = household.household_no
        if no and "household_no" not in check.reported:
            first = seen.get(no)
            if first is None:
                first = _SeenHousehold(number, household.head_name, group, household.address)
                seen[no] = first
                _compare_with_roster(session, owner, check, household, group, first)
                if not first.existing_id:
                    households.append(household)
                    new_by_no[no] = household
            else:
                _compare_with_first(check, household, group, first, new_by_no.get(no))
        person.household_id = seen[no].existing_id if no in seen else ""
        if person.id_number and "id_number" not in check.reported:
            _check_id_unique(session, check, person, ids_seen)
        persons.append((number, person, no))
        errors.extend(check.errors)
    progress(total, total, msg("检查完毕", "Checked"))
    order = {header: i for i, (_, header) in enumerate(ROSTER_COLUMNS)}
    errors.sort(key=lambda e: (e.row, order.get(e.column, -1)))
    return RosterImportPreview(
        path=path,
        households=households,
        persons=persons,
        existing_households=sum(1 for s in seen.values() if s.existing_id),
        errors=errors,
        household_rows={no: s.row for no, s in seen.items()},
        sample_rows=samples,
    )


def _compare_with_roster(
    session: Session,
    owner: str,
    check: _RowChecker,
    household: Household,
    group: int | None,
    first: _SeenHousehold,
) -> None:
    """A 户号 already in the roster: the rows join that household if it is the same one."""
    existing = roster_store.find_household_by_no(session.db, owner, household.household_no)
    if existing is None:
        return
    first.existing_id = str(existing["id"])
    hint = msg(
        f"档案里已有户号{household.household_no}（户主“{existing['head_name']}”，"
        f"第{existing['group_no']}组）；如是同一户请改成一致，如是新的一户请换一个户号",
        f"Household {household.household_no} already exists with head "
        f"{existing['head_name']}, group {existing['group_no']}",
    )
    if household.head_name and household.head_name != existing["head_name"]:
        check.add("head_name", hint)
    if group is not None and group != existing["group_no"]:
        check.add("group_no", hint)


def _compare_with_first(
    check: _RowChecker,
    household: Household,
    group: int | None,
    first: _SeenHousehold,
    new_household: Household | None,
) -> None:
    """Later rows of a 户号 must repeat the first row's household fields."""
    no = household.household_no

    def differ(label: str, before: object, now: object) -> str:
        return msg(
            f"同一户号“{no}”在第{first.row}行的{label}是“{before}”，这一行是“{now}”；"
            "同一户每一行的户主、村民小组、住址应一致",
            f"Household {no} has {label} '{before}' on row {first.row} but '{now}' here",
        )

    if household.head_name and first.head_name and household.head_name != first.head_name:
        check.add("head_name", differ("户主", first.head_name, household.head_name))
    if group is not None and first.group_no is not None and group != first.group_no:
        check.add("group_no", differ("村民小组", first.group_no, group))
    if household.address and first.address and household.address != first.address:
        check.add("address", differ("住址", first.address, household.address))
    elif household.address and not first.address:
        # The address may be written on one member's row only.
        first.address = household.address
        if new_household is not None:
            new_household.address = household.address


def _check_id_unique(
    session: Session, check: _RowChecker, person: Person, ids_seen: dict[str, int]
) -> None:
    existing = roster_store.find_person_by_id_number(session.db, person.id_number)
    if existing is not None:
        check.add(
            "id_number",
            msg(
                f"这个身份证号已登记在档案中的“{existing['name']}”名下",
                "This ID number is already in the roster",
            ),
        )
        return
    earlier = ids_seen.get(person.id_number)
    if earlier is not None:
        check.add(
            "id_number",
            msg(
                f"身份证号重复：第{earlier}行和第{check.number}行是同一个号码"
                f"（{mask_id_number(person.id_number)}）",
                f"Duplicate ID number on rows {earlier} and {check.number}",
            ),
        )
        return
    ids_seen[person.id_number] = check.number


# --- applying -------------------------------------------------------------------


def apply_roster_import(
    session: Session, preview: RosterImportPreview, *, progress: Progress = no_progress
) -> RosterImportResult:
    """Create the preview's households and persons in one transaction.

    Each record goes through :mod:`services.roster`, so it is checked again
    against the database as it is now (someone may have added a household
    since the preview was read). The first problem rolls everything back.
    """
    if preview.errors:
        raise RefusedError(
            msg(
                f"文件里还有{len(preview.errors)}处错误，没有导入任何数据。"
                "请在Excel里改正后重新读取文件。",
                f"The file still has {len(preview.errors)} errors; nothing was imported.",
            )
        )
    owner = session.author.owner
    total = len(preview.households) + len(preview.persons)
    household_ids: dict[str, str] = {}
    done = 0
    with session.db.atomic():
        for household in preview.households:
            if done % _PROGRESS_EVERY == 0:
                progress(done, total, msg("正在导入户…", "Importing households…"))
            row = preview.household_rows.get(household.household_no, 0)
            try:
                created = roster_service.add_household(session, replace(household, id=""))
            except ValidationError as exc:
                raise _apply_failed(row, exc) from exc
            household_ids[created.household_no] = created.id
            done += 1
        for row, person, household_no in preview.persons:
            if done % _PROGRESS_EVERY == 0:
                progress(done, total, msg("正在导入村民…", "Importing persons…"))
            household_id = household_ids.get(household_no)
            if household_id is None:
                existing = roster_store.find_household_by_no(session.db, owner, household_no)
                if existing is None:
                    raise _apply_failed(
                        row,
                        msg(
                            f"户号{household_no}的户在档案中已不存在",
                            f"household {household_no} no longer exists",
                        ),
                    )
                household_id = household_ids[household_no] = str(existing["id"])
            try:
                roster_service.add_person(session, replace(person, household_id=household_id))
            except ValidationError as exc:
                raise _apply_failed(row, exc) from exc
            done += 1
        progress(total, total, msg("导入完成", "Imported"))
    return RosterImportResult(
        households_added=len(preview.households), persons_added=len(preview.persons)
    )


def _apply_failed(row: int, reason: object) -> RefusedError:
    return RefusedError(
        msg(
            f"第{row}行：{reason}。档案在读取文件之后有了变化，本次没有导入任何数据；"
            "请重新读取文件。",
            f"Row {row}: {reason}. The roster changed since the file was read; nothing was "
            "imported. Read the file again.",
        )
    )


# --- writing --------------------------------------------------------------------

_MIN_WIDTH = {
    "sex": 6,
    "group_no": 9,
    "address": 20,
    "birth_date": 12,
    "id_number": 21,
    "phone": 14,
    "note": 16,
}
_MAX_WIDTH = 40


def _display_width(text: str) -> int:
    """Columns a text needs in Excel: a Chinese character is as wide as two digits."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _safe_text(value: str) -> str:
    """Drop control characters that openpyxl (and the xlsx format) refuse."""
    return str(_illegal_characters().sub("", value))


@cache
def _illegal_characters() -> re.Pattern[str]:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    pattern: re.Pattern[str] = ILLEGAL_CHARACTERS_RE
    return pattern


def _new_sheet(title: str = "") -> tuple[Workbook, Any]:
    """A roster sheet with its header row: row 1, or row 2 under ``title`` when given.

    The export carries a title row (it is printed); the template does not
    (填写说明 tells the clerk the first row holds the column names). The
    import finds the header row either way.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    header_row = 2 if title else 1
    if title:
        sheet.cell(row=1, column=1, value=_safe_text(title)).font = Font(bold=True, size=14)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ROSTER_COLUMNS))
        sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
        sheet.row_dimensions[1].height = 24
    for index, (_, header) in enumerate(ROSTER_COLUMNS, start=1):
        cell = sheet.cell(row=header_row, column=index, value=header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for index, (name, _) in enumerate(ROSTER_COLUMNS, start=1):
        if name in TEXT_FIELDS:
            # The column's own style: cells the clerk types later are text as well.
            sheet.column_dimensions[get_column_letter(index)].number_format = "@"
    sheet.freeze_panes = f"A{header_row + 1}"
    return workbook, sheet


def _write_row(sheet: Any, row: int, values: dict[str, object], widths: dict[str, int]) -> None:
    for index, (name, _) in enumerate(ROSTER_COLUMNS, start=1):
        value = values.get(name)
        if isinstance(value, str):
            value = _safe_text(value)
        elif name in TEXT_FIELDS and value is not None:
            value = str(value)
        cell = sheet.cell(row=row, column=index, value=value if value != "" else None)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # a note that starts with "=" is text, not a formula
        if name in TEXT_FIELDS:
            cell.number_format = "@"
        widths[name] = max(widths.get(name, 0), _display_width(cell_text(value)))


def _finish_sheet(
    sheet: Any, last_row: int, widths: dict[str, int], *, header_row: int = 1, title: str = ""
) -> None:
    from openpyxl.utils import get_column_letter

    from sanzhi_desktop.services.xlsx_print import apply_print_setup

    column_widths = []
    for index, (name, header) in enumerate(ROSTER_COLUMNS, start=1):
        width = max(widths.get(name, 0), _display_width(header), _MIN_WIDTH.get(name, 8)) + 2
        column_widths.append(min(width, _MAX_WIDTH))
        sheet.column_dimensions[get_column_letter(index)].width = column_widths[-1]
    last = get_column_letter(len(ROSTER_COLUMNS))
    sheet.auto_filter.ref = f"A{header_row}:{last}{max(last_row, header_row)}"
    apply_print_setup(
        sheet, title=title or SHEET_TITLE, header_row=header_row, widths=column_widths
    )


def export_roster_xlsx(
    session: Session,
    path: Path,
    *,
    query: RosterFilter | None = None,
    progress: Progress = no_progress,
) -> int:
    """Write the roster (or the persons ``query`` selects) to ``path``; returns rows written.

    The table page's display ``limit`` is ignored: an export holds every match.
    The file has the import's columns, so it can be edited and read back.
    """
    query = replace(query, limit=None) if query is not None else RosterFilter()
    rows = roster_service.list_persons(session, query)
    profile = session.profile
    title = f"{profile.name}村民档案" if profile is not None else SHEET_TITLE
    workbook, sheet = _new_sheet(title)
    widths: dict[str, int] = {}
    total = len(rows)
    for index, record in enumerate(rows):
        if index % 500 == 0:
            progress(index, total, msg(f"正在写入第{index + 1}行…", f"Writing row {index + 1}…"))
        _write_row(sheet, index + 3, record, widths)
    _finish_sheet(sheet, total + 2, widths, header_row=2, title=title)
    progress(total, total, msg("正在保存文件…", "Saving…"))
    save_workbook_atomically(workbook, Path(path))
    return total


def example_row() -> dict[str, object]:
    """The template's example: one valid head of household, marked as a sample in 备注.

    It is checked like any row (so it shows the clerk what a good row is) but
    never imported: a clerk who forgets to delete it must not get a 张建国 in
    the roster.
    """
    first17 = "61072219800101001"
    return {
        "household_no": "001",
        "head_name": "张建国",
        "group_no": 3,
        "address": "3组12号",
        "name": "张建国",
        "sex": "男",
        "ethnicity": "汉族",
        "birth_date": "1980-01-01",
        "id_number": first17 + check_char(first17),
        "phone": "13800000000",
        "relation": "户主",
        "note": SAMPLE_NOTE,
    }


_INSTRUCTIONS = (
    "村民档案导入模板 填写说明",
    "",
    "1. 每人一行。同一户的每个人都要填写户号、户主、村民小组、住址，内容要一致。",
    "2. 必填的列：户号、户主、村民小组、姓名。其他列可以空着。",
    "3. 村民小组填数字，如“3”，也可以写“3组”“第三组”。",
    "4. 身份证号、联系电话、户号、出生日期这几列已设为“文本”格式，请不要改成数字或常规格式，"
    "否则18位身份证号的后几位会丢失。",
    "5. 出生日期写成1980-01-01（也可以写1980/1/1或19800101）。填了身份证号的，"
    "出生日期和性别可以不填，程序会按身份证号补上。",
    "6. 性别填“男”或“女”；民族写全称，如“汉族”；与户主关系填：" + "、".join(RELATIONS) + "。",
    "7. 户号在档案里已有的，这些人会加到那一户；户主和村民小组要与档案一致。",
    f"8. 一次最多导入{MAX_DATA_ROWS}行。第2行是示例，导入前请删除。",
    "9. 表格的第一行是列名，列的顺序可以调换，多出的列不会导入。",
)


def write_roster_template(path: Path) -> None:
    """A workbook for clerks to fill: the headers, one example row and 填写说明.

    Drop-down lists for 性别, 民族 and 与户主关系 keep typing errors out; the
    text-formatted columns keep ID numbers whole.
    """
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook, sheet = _new_sheet()
    widths: dict[str, int] = {}
    _write_row(sheet, 2, example_row(), widths)
    _finish_sheet(sheet, 2, widths)
    column = {name: get_column_letter(i) for i, (name, _) in enumerate(ROSTER_COLUMNS, start=1)}

    help_sheet = workbook.create_sheet(INSTRUCTIONS_TITLE)
    for number, line in enumerate(_INSTRUCTIONS, start=1):
        help_sheet.cell(row=number, column=1, value=line)
    help_sheet["A1"].font = Font(bold=True, size=14)
    help_sheet.column_dimensions["A"].width = 100
    help_sheet.cell(row=1, column=3, value="民族").font = Font(bold=True)
    for number, name in enumerate(ETHNICITIES, start=2):
        help_sheet.cell(row=number, column=3, value=name)
    ethnicity_range = f"'{INSTRUCTIONS_TITLE}'!$C$2:$C${len(ETHNICITIES) + 1}"

    lists = {
        "sex": '"' + ",".join(SEXES) + '"',
        "relation": '"' + ",".join(RELATIONS) + '"',
        "ethnicity": ethnicity_range,
    }
    for name, formula in lists.items():
        validation = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="输入有误",
            error=f"请从下拉列表里选择{HEADERS[name]}",
        )
        validation.add(f"{column[name]}2:{column[name]}{MAX_DATA_ROWS + 1}")
        sheet.add_data_validation(validation)
    save_workbook_atomically(workbook, Path(path))


def save_workbook_atomically(workbook: Workbook, path: Path) -> None:
    """Save via a temp file in the same folder and a rename: never a half-written file.

    A failed write (full USB stick, stick pulled, file open in Excel on
    Windows) leaves any older file at ``path`` as it was.
    """
    directory = path.parent
    if not directory.is_dir():
        raise RefusedError(
            msg(
                f"文件夹“{directory}”不存在，请选择其他位置保存。",
                f"The folder '{directory}' does not exist; choose another place.",
            )
        )
    # Built in memory first: openpyxl's zip writer, stopped by a full disk
    # halfway, is left unclosed and complains at exit ("Exception ignored").
    buffer = io.BytesIO()
    try:
        workbook.save(buffer)
        handle, temp_name = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".tmp", dir=directory)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EROFS):
            raise disk_faults.from_os_error(exc, path) or exc from exc
        raise RefusedError(
            msg(
                f"不能在文件夹“{directory}”里保存文件（没有写入权限或磁盘只读），请选择其他位置。",
                f"Cannot write in '{directory}' (no permission or read-only); "
                "choose another place.",
            )
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(buffer.getbuffer())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except PermissionError as exc:
        raise RefusedError(
            msg(
                f"不能写入“{path.name}”：文件可能正在Excel或WPS里打开，请关闭后重试，"
                "或换一个文件名。",
                f"Cannot write '{path.name}': is it open in Excel? Close it or use another name.",
            )
        ) from exc
    except OSError as exc:
        if fault := disk_faults.from_os_error(exc, path):
            raise fault from exc
        raise RefusedError(
            msg(
                f"保存“{path.name}”失败（{exc.strerror or exc}）：磁盘可能已满或U盘已拔出。"
                "原有文件没有改动。",
                f"Saving '{path.name}' failed ({exc.strerror or exc}); the disk may be full.",
            )
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
