"""Small rules every moral-governance list shares: dates, months, Chinese numerals.

The lists are kept by month (红黑榜 and 善行义举榜 are updated monthly) and by
ISO date; the clause numbers of the 村规民约 are read aloud as 第十二条. These
helpers are here once so each list checks dates the same way and says so in
the same words.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from sanzhi_desktop.domain.lang import msg

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DIGITS = "零一二三四五六七八九"

#: Short public texts (事迹, 问题) must fit a row of the printed board.
MAX_SHORT_TEXT = 200


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def date_error(value: str, label_zh: str, label_en: str, *, required: bool = True) -> str | None:
    """A message when ``value`` is not an ISO date (or is empty and ``required``)."""
    if not value:
        return msg(f"请填写{label_zh}", f"Enter the {label_en}") if required else None
    if parse_date(value) is None:
        return msg(f"{label_zh}应写成2026-11-28的格式", f"Write the {label_en} as 2026-11-28")
    return None


def month_error(value: str) -> str | None:
    match = _MONTH.match(value or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return msg("月份应写成2026-11的格式", "Write the month as 2026-11")
    return None


def check_month(value: str) -> str:
    """``value`` if it is a ``YYYY-MM`` month, else :class:`ValueError` with the message."""
    if err := month_error(value):
        raise ValueError(err)
    return value


def month_of(day: str) -> str:
    return day[:7]


def month_last_day(month: str) -> date:
    year, mon = int(month[:4]), int(month[5:7])
    return date(year, mon, calendar.monthrange(year, mon)[1])


def month_first_day(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


def add_months(month: str, count: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def chinese_month(month: str) -> str:
    """``2026-11`` → ``2026年11月``."""
    return f"{int(month[:4])}年{int(month[5:7])}月"


def chinese_number(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; 100 and more as digits."""
    if not 0 < number < 100:
        return str(number)
    tens, units = divmod(number, 10)
    text = ("" if tens == 1 else _DIGITS[tens]) + "十" if tens else ""
    return text + (_DIGITS[units] if units else "")


def clause_label(number: int) -> str:
    """The way a 村规民约 clause is cited: ``第十二条``."""
    return f"第{chinese_number(number)}条"


def years_later(day: date, years: int) -> date:
    """The same day ``years`` later (29 February → 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
