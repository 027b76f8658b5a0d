"""A named column of a record table: its header and how one record's value is shown and sorted.

A tab lists its columns once; the table model, the sort, the search filter
and the .xlsx export all read them, so a header is written (through ``tr()``)
in one place and a value is formatted in one place::

    Column("title", tr("Title"), lambda n: n.title)
    Column("posted", tr("Posted"), lambda n: n.posted_date, kind=ColumnKind.DATE)
    Column("income", tr("Income"), lambda d: d.income_fen(), kind=ColumnKind.MONEY)
    Column("status", tr("Status"), lambda n: n.status, labels=NoticeStatus)
    Column("name", tr("Name"), lambda e: e.name, kind=ColumnKind.NAME)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sanzhi_desktop.domain.names import collation_key_text
from sanzhi_desktop.gui.kit.format import format_date, format_enum, format_money


class ColumnKind(Enum):
    """How a value is shown and compared."""

    TEXT = "text"  # as is; sorted in pinyin order
    NAME = "name"  # a person's name: pinyin order with the surname readings (曾 under Z)
    DATE = "date"  # ISO date → 2026年11月28日; sorted by the ISO text
    MONEY = "money"  # fen → ¥1,234.50, right-aligned; sorted as a number
    NUMBER = "number"  # a count, right-aligned; sorted as a number


@dataclass(frozen=True)
class Column:
    """``key`` names the column for tests and settings; ``header`` is the clerk's word for it.

    ``labels`` turns a stored code into its label (a mapping, or an Enum whose
    members have ``.label``); ``color`` gives a cell's text colour (e.g. red
    for overdue) or None.
    """

    key: str
    header: str
    value: Callable[[Any], object]
    kind: ColumnKind = ColumnKind.TEXT
    labels: Mapping[str, str] | type[Enum] | None = None
    color: Callable[[Any], str | None] | None = None

    def display(self, record: Any) -> str:
        raw = self.value(record)
        if raw is None:
            return ""
        if self.kind is ColumnKind.DATE:
            return format_date(str(raw))
        if self.kind is ColumnKind.MONEY:
            return format_money(int(raw))  # type: ignore[call-overload]
        if self.labels is not None or isinstance(raw, Enum):
            return format_enum(raw, self.labels)
        return str(raw)

    def sort_key(self, record: Any) -> object:
        """What the sort compares: numbers as numbers, names by their collation text."""
        raw = self.value(record)
        if self.kind in (ColumnKind.MONEY, ColumnKind.NUMBER):
            try:
                return int(raw)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                return 0
        if self.kind is ColumnKind.DATE:
            return str(raw or "")
        if self.kind is ColumnKind.NAME:
            return collation_key_text(str(raw or ""))
        return self.display(record)

    @property
    def right_aligned(self) -> bool:
        return self.kind in (ColumnKind.MONEY, ColumnKind.NUMBER)
