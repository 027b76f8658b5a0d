"""How much work an .xlsx may ask for, decided from the zip before a cell is read.

An .xlsx is a zip of XML. A 1.5 MB file can hold a sheet that unpacks to
gigabytes (one repeated row compresses a thousandfold) or declare a million
rows; openpyxl would try, and an office PC would swap for minutes or die.
So, before openpyxl sees the file, the zip directory is read (it states each
member's unpacked size, and :mod:`zipfile` never unpacks more than it
states) and the start of each sheet (its ``<dimension>``) and of the shared
strings (their count): any of them beyond what a village roster needs
refuses the file with a message. A roster of 20,000 people is ~5 MB of XML;
the limits leave ten times that.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_SHARED_STRINGS = 500_000
#: A cell longer than this is no roster entry (an address is < 100 characters).
MAX_CELL_CHARS = 2_000

_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"'
)
_SST_COUNT = re.compile(rb'<(?:\w+:)?sst\b[^>]*?uniqueCount="(\d+)"')
_HEAD_BYTES = 64 * 1024


def _too_big(path: Path, what_zh: str, what_en: str) -> RefusedError:
    return RefusedError(
        msg(
            f"“{path.name}”{what_zh}，超出了村民花名册的合理范围，程序没有读取它。"
            "请在Excel或WPS里只保留花名册这一张表（删掉多余的行、列和工作表），另存后再导入。",
            f"'{path.name}' {what_en}, more than a village roster needs; it was not read. "
            "Keep only the roster sheet (delete extra rows, columns and sheets) and save again.",
        )
    )


def column_number(letters: bytes) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27, ``XFD`` → 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + (letter - ord("A") + 1)
    return number


def check_xlsx_bounds(path: Path, *, max_rows: int, max_columns: int) -> None:
    """Refuse ``path`` when its zip or its sheets declare more than a roster needs.

    Leaves unreadable files to the reader (which says "not a valid .xlsx"):
    only what is readable and too big is refused here.
    """
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _too_big(
            path,
            f"有{size // (1024 * 1024)} MB",
            f"is {size // (1024 * 1024)} MB",
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _too_big(path, f"里有{len(members)}个部件", f"has {len(members)} parts")
        total = sum(m.file_size for m in members)
        biggest = max((m.file_size for m in members), default=0)
        if total > MAX_TOTAL_BYTES or biggest > MAX_MEMBER_BYTES:
            mib = total // (1024 * 1024)
            raise _too_big(path, f"解压后有{mib} MB", f"unpacks to {mib} MB")
        for member in members:
            name = member.filename
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                _check_dimension(path, _head(archive, member), max_rows, max_columns)
            elif name == "xl/sharedStrings.xml":
                match = _SST_COUNT.search(_head(archive, member, 4096))
                if match and int(match[1]) > MAX_SHARED_STRINGS:
                    raise _too_big(
                        path, f"有{int(match[1])}个不同的文字", f"has {int(match[1])} strings"
                    )


def _head(archive: zipfile.ZipFile, member: zipfile.ZipInfo, size: int = _HEAD_BYTES) -> bytes:
    try:
        with archive.open(member) as handle:
            return handle.read(size)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError):
        return b""  # the reader meets it again and says the file is damaged


def _check_dimension(path: Path, head: bytes, max_rows: int, max_columns: int) -> None:
    match = _DIMENSION.search(head)
    if match is None:
        return
    last_column, last_row = (match[3], match[4]) if match[3] else (match[1], match[2])
    rows, columns = int(last_row), column_number(last_column)
    if rows > max_rows:
        raise _too_big(path, f"的表格声明有{rows}行", f"declares {rows} rows")
    if columns > max_columns:
        raise _too_big(path, f"的表格声明有{columns}列", f"declares {columns} columns")


def cell_too_long(path: Path, row: int, column: int, length: int) -> RefusedError:
    return RefusedError(
        msg(
            f"“{path.name}”第{row}行第{column}列的单元格有{length}个字，"
            f"超过了{MAX_CELL_CHARS}字，不像是花名册的内容，程序没有导入。请检查这个单元格。",
            f"Row {row}, column {column} of '{path.name}' holds {length} characters "
            f"(more than {MAX_CELL_CHARS}); check that cell.",
        )
    )
