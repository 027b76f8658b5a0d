"""How record values are shown to a clerk: dates, money, enum labels.

Never a raw column name, an amount in fen or a code: every value in a record
table or a detail pane passes through one of these.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from sanzhi_desktop.gui.widgets import format_date, format_datetime

__all__ = ["format_date", "format_datetime", "format_enum", "format_money", "parse_money"]


def format_money(fen: int | None) -> str:
    """123450 → ``¥1,234.50``; None → ""."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) / 100:,.2f}"


def parse_money(text: str) -> int | None:
    """``1,234.5`` / ``¥1234.50`` → 123450 fen; "" → 0; None when it is not an amount."""
    cleaned = text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip()
    if not cleaned:
        return 0
    try:
        value = float(cleaned)
    except ValueError:
        return None
    if value != value or abs(value) > 1e13:  # NaN, or more than any village holds
        return None
    return round(value * 100)


def format_enum(value: object, labels: Mapping[str, str] | type[Enum] | None = None) -> str:
    """A stored code by its label: a mapping, an Enum with ``.label``, or the value itself."""
    if value is None or value == "":
        return ""
    if isinstance(labels, Mapping):
        return str(labels.get(str(value), value))
    if isinstance(labels, type) and issubclass(labels, Enum):
        try:
            member = labels(value)
        except ValueError:
            return str(value)
        return str(getattr(member, "label", member.value))
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    return str(value)
