"""The records inside a sync file, checked before one of them is believed (DESIGN.md §3, step 3).

A correctly signed file only proves who sent it, not that what it says is
sound: a buggy or hostile sender with a genuine key can still put anything in
its JSON lines. So every record is held to what its table allows here —
every key a column of the table, every value of its column's type (integers
within SQLite's 64 bits, no ``true`` for 1, no ``NaN``), no ``null`` in a NOT
NULL column, the columns a new row cannot do without present, ``deleted`` 0
or 1, text without NUL or lone surrogates (both can be written as JSON
escapes), ``owner`` the signer, ``rev`` positive and at most a day ahead of
the receiver's clock. A record that fails is a :class:`RecordError` whose
message names the table, the line and the field: the whole file is refused.

Pure: the receiver describes its tables (:class:`TableRules`, built by the
services layer from the schema) and its clock bound; nothing here reads a
database.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.sync import SyncFileError

#: How far ahead of the receiver's clock a rev may be: the sender's hybrid
#: logical clock has no reason to run further ahead, and a file must not be
#: able to push the receiver's clock (and every later file's revs) beyond it.
MAX_SKEW_MS = 24 * 60 * 60 * 1000

#: The highest file seq believed (a file a day for a million years stays below).
MAX_SEQ = 10**9

#: What SQLite's INTEGER holds.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


class Kind(Enum):
    """What a column stores (SQLite's declared type, read from the schema)."""

    TEXT = "text"
    INTEGER = "integer"
    REAL = "real"
    ANY = "any"

    @classmethod
    def of_declared(cls, declared: str) -> Kind:
        """SQLite's affinity rules (datatype3.html §3.1), as far as this program declares types."""
        upper = declared.upper()
        if "INT" in upper:
            return cls.INTEGER
        if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
            return cls.TEXT
        if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
            return cls.REAL
        return cls.ANY


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    not_null: bool
    #: NOT NULL without a default: a record that creates a row must carry it.
    required: bool


#: The names of a shape's float values and of its int values.
_Numbers = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass
class TableRules:
    """One table as the receiver holds it: its columns and its name for the clerk.

    It also remembers the *shapes* of records it has passed — their keys and
    the types of their values, in order — so that the thousands of records of
    one table that share a shape pay for the column-by-column check once.
    """

    table: str
    label: str
    columns: Mapping[str, Column]
    #: Enumerated columns and the values they may hold (``deleted`` always: 0 or 1).
    choices: Mapping[str, frozenset[object]]
    required: frozenset[str] = field(init=False)
    #: Shapes that passed the column checks: their float and their int fields
    #: (a float may be NaN, an int beyond 64 bits: matters of value, not of shape).
    shapes: dict[tuple[tuple[str, ...], tuple[type, ...]], _Numbers] = field(
        init=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        self.required = frozenset(name for name, col in self.columns.items() if col.required)


#: Shapes remembered per table: a genuine file has a handful; a hostile one gains nothing.
MAX_SHAPES = 256


class RecordError(SyncFileError):
    """A record the file may not carry; the message names table, line and field."""

    def __init__(self, rules: TableRules, line: int, field: str, problem_zh: str, problem_en: str):
        self.table = rules.table
        self.line = line
        self.field = field
        super().__init__(
            msg(
                f"文件里“{rules.label}”（{rules.table}）第{line}行的记录格式不对："
                f"字段“{field}”{problem_zh}。整个文件已拒绝，没有导入任何内容。",
                f"{rules.table}, line {line}, field {field!r}: {problem_en}. "
                "The whole file was refused; nothing was imported.",
            )
        )


#: ``json.loads`` of a str, without its per-call checks and encoding detection: a line
#: is UTF-8 (DESIGN.md §3), and bytes that are not are refused as damaged.
_decode = json.JSONDecoder().decode


def parse_line(rules: TableRules, line: int, raw: bytes) -> dict[str, Any]:
    """One JSON object of a ``data/*.jsonl`` member (``SyncFileError`` if it is none)."""
    try:
        record = _decode(raw.decode())
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordError(
            rules, line, "*", "不是有效的JSON（文件已损坏）", "not valid JSON (damaged)"
        ) from exc
    if not isinstance(record, dict):
        raise RecordError(rules, line, "*", "不是一条记录", "not a JSON object")
    return record


#: A JSON escape that decodes to NUL or to a surrogate. Looked for only in a line
#: with an escape at all (genuine files are written with ``ensure_ascii=False``):
#: ``in`` on bytes costs a fraction of a regex scan.
_BAD_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")
_BAD_CHAR = re.compile("[\x00\ud800-\udfff]")


def check_record(
    rules: TableRules,
    line: int,
    raw: bytes,
    record: dict[str, Any],
    *,
    sender: str,
    max_rev: int,
) -> None:
    """Raise :class:`RecordError` unless ``record`` may be stored as it is.

    ``raw`` is the line the record was parsed from; ``max_rev`` the highest
    rev believed (the receiver's clock plus :data:`MAX_SKEW_MS`). Run on every
    record of every file, so a record of a shape already checked costs two
    tuples and a dictionary look-up; the value-by-value checks run on new
    shapes, and on lines the raw scan flags.
    """
    shape = (tuple(record), tuple(map(type, record.values())))
    numbers = rules.shapes.get(shape)
    if numbers is None:
        numbers = _check_shape(rules, line, record)
        if len(rules.shapes) < MAX_SHAPES:
            rules.shapes[shape] = numbers
    floats, ints = numbers
    for name in ints:
        if not INT_MIN <= record[name] <= INT_MAX:
            raise RecordError(rules, line, name, "超出64位整数的范围", "is beyond a 64-bit integer")
    for name in floats:
        if not math.isfinite(record[name]):
            raise RecordError(rules, line, name, "不是有限的数", "is not a finite number")
    for name, allowed in rules.choices.items():
        if name in record and record[name] not in allowed:
            raise RecordError(
                rules,
                line,
                name,
                f"的值“{_printable(str(record[name]))}”不在允许的取值之中",
                f"holds {record[name]!r}, not one of its values",
            )
    if b"\\u" in raw and _BAD_ESCAPE.search(raw):
        _check_text(rules, line, record)
    if record["owner"] != sender:
        raise RecordError(
            rules,
            line,
            "owner",
            f"是{_printable(record['owner'])}，不属于发件单位（{sender}）：一个单位只能发送自己的记录",
            f"is {record['owner']!r}, not the sender {sender}",
        )
    if not 0 < record["rev"] <= max_rev:
        raise RecordError(
            rules,
            line,
            "rev",
            "（版本号）不在允许的范围：必须是正数，且不能比本机时钟超前一天以上"
            "（请核对两台电脑的日期和时间）",
            "is out of range: positive and at most one day ahead of this PC's clock",
        )
    if not record["id"]:
        raise RecordError(rules, line, "id", "是空的", "is empty")


def _check_shape(rules: TableRules, line: int, record: dict[str, Any]) -> _Numbers:
    """Every key a column, every value of its column's type, the required ones present.

    Returns the names of the record's float and int values, whose values are
    checked record by record.
    """
    columns = rules.columns
    floats: list[str] = []
    ints: list[str] = []
    for name, value in record.items():
        column = columns.get(name)
        if column is None:
            raise RecordError(
                rules, line, _printable(name), "不是这张表的字段", "is not a column of this table"
            )
        kind = type(value)
        if kind is str:
            if column.kind is not Kind.TEXT and column.kind is not Kind.ANY:
                _wrong_type(rules, line, column, value)
        elif kind is int:
            if column.kind is Kind.TEXT:
                _wrong_type(rules, line, column, value)
            ints.append(name)
        elif value is None:
            if column.not_null:
                raise RecordError(rules, line, name, "不能为空", "may not be null")
        elif kind is float:
            if column.kind is Kind.TEXT or column.kind is Kind.INTEGER:
                _wrong_type(rules, line, column, value)
            floats.append(name)
        else:  # bool, list, dict: no column stores them as they are
            _wrong_type(rules, line, column, value)
    missing = rules.required.difference(record)
    if missing:
        name = min(missing)
        raise RecordError(rules, line, name, "缺失（必填字段）", "is missing (required)")
    return tuple(floats), tuple(ints)


def _check_text(rules: TableRules, line: int, record: dict[str, Any]) -> None:
    for name, value in record.items():
        if type(value) is str and (bad := _BAD_CHAR.search(value)) is not None:
            what = "空字符（NUL）" if bad.group() == "\x00" else "无效的Unicode字符（孤立代理项）"
            raise RecordError(
                rules, line, name, f"含有{what}", "holds a NUL character or a lone surrogate"
            )


def _wrong_type(rules: TableRules, line: int, column: Column, value: object) -> None:
    wanted = {
        Kind.TEXT: ("文本", "text"),
        Kind.INTEGER: ("整数", "an integer"),
        Kind.REAL: ("数字", "a number"),
        Kind.ANY: ("文本或数字", "text or a number"),
    }[column.kind]
    raise RecordError(
        rules,
        line,
        column.name,
        f"应为{wanted[0]}，文件里却是{_json_kind(value)}",
        f"should be {wanted[1]}, is {type(value).__name__}",
    )


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "文本"
    if isinstance(value, int | float):
        return "数字"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, dict):
        return "对象"
    return "空值"


def _printable(text: str) -> str:
    """A value shown to the clerk: short, and without the characters it may be refused for."""
    clean = _BAD_CHAR.sub("\ufffd", text)
    return clean if len(clean) <= 40 else clean[:40] + "…"


def check_rev_bound(value: object, *, lowest: int, max_rev: int) -> bool:
    """True when ``value`` is an int (not a bool) with ``lowest <= value <= max_rev``."""
    return type(value) is int and lowest <= value <= max_rev
