"""公开目录: what must be disclosed, how often, and by when.

A catalogue item says, for example, "财务收支情况, quarterly, by the 15th of
the first month of the next quarter". From it and the notices already posted
this module tells what is due, due soon and overdue.

Periods are written as text so they can be stored on a notice and compared:
``2026`` (yearly), ``2026Q3`` (quarterly), ``2026-07`` (monthly). An item's
period is disclosed *after* it ends: the due date of ``2026Q4`` is in the
first month of 2027 (``due_day``), of ``2026`` in month ``due_month`` of 2027.
Items disclosed "as they happen" (``event``) have no calendar deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import Record

#: Deadlines within this many days are "due soon".
DUE_SOON_DAYS = 15


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    EVENT = "event"

    @property
    def label(self) -> str:
        return {
            "monthly": msg("每月", "monthly"),
            "quarterly": msg("每季度", "quarterly"),
            "yearly": msg("每年", "yearly"),
            "event": msg("随时", "as it happens"),
        }[self.value]


class Deadline(StrEnum):
    DONE = "done"
    OPEN = "open"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass
class CatalogueItem(Record):
    """One entry of the disclosure catalogue (default or the town's)."""

    code: str = ""
    item: str = ""
    category: str = ""
    legal_basis: str = ""
    frequency: str = Frequency.QUARTERLY.value
    due_rule: str = ""
    due_day: int = 15
    due_month: int = 1
    publicity_days: int = 7
    sort_order: int = 0


def period_of(frequency: Frequency, day: date) -> str:
    """The period ``day`` falls in."""
    if frequency is Frequency.MONTHLY:
        return f"{day.year}-{day.month:02d}"
    if frequency is Frequency.QUARTERLY:
        return f"{day.year}Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def period_bounds(period: str) -> tuple[date, date]:
    """First and last day of a period."""
    if "Q" in period:
        year, quarter = period.split("Q")
        start = date(int(year), 3 * int(quarter) - 2, 1)
        months = 3
    elif "-" in period:
        year, month = period.split("-")
        start = date(int(year), int(month), 1)
        months = 1
    else:
        start = date(int(period), 1, 1)
        months = 12
    return start, _add_months(start, months) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def previous_period(period: str) -> str:
    start, _ = period_bounds(period)
    frequency = _frequency_of_period(period)
    return period_of(frequency, start - timedelta(days=1))


def _frequency_of_period(period: str) -> Frequency:
    if "Q" in period:
        return Frequency.QUARTERLY
    if "-" in period:
        return Frequency.MONTHLY
    return Frequency.YEARLY


def period_label(period: str) -> str:
    """``2026Q3`` → ``2026年第3季度``; ``2026-07`` → ``2026年7月``; ``2026`` → ``2026年度``."""
    if "Q" in period:
        year, quarter = period.split("Q")
        return msg(f"{year}年第{quarter}季度", f"Q{quarter} {year}")
    if "-" in period:
        year, month = period.split("-")
        return msg(f"{year}年{int(month)}月", f"{year}-{month}")
    return msg(f"{period}年度", period)


def due_date(item: CatalogueItem, period: str) -> date | None:
    """When ``period`` of ``item`` must be posted; None for event items.

    Monthly and quarterly items are due on ``due_day`` of the month after the
    period; yearly items on ``due_day`` of month ``due_month`` of the next year.
    A day beyond the month's end (31 in April) means its last day.
    """
    frequency = Frequency(item.frequency)
    if frequency is Frequency.EVENT:
        return None
    _, end = period_bounds(period)
    first = end + timedelta(days=1)
    if frequency is Frequency.YEARLY:
        first = date(first.year, max(1, min(12, item.due_month)), 1)
    last = _add_months(first, 1) - timedelta(days=1)
    return first.replace(day=max(1, min(int(item.due_day), last.day)))


def periods_to_check(
    item: CatalogueItem, today: date, *, lookback_days: int = 370, since: date | None = None
) -> list[str]:
    """Periods whose due date is in ``[today - lookback_days, today + DUE_SOON_DAYS]``
    and not before ``since``.

    The look-back (a year catches the last yearly item) and ``since`` (when
    the office started keeping its boards here) keep an office that starts
    using the program from being told it missed everything before it existed.
    """
    frequency = Frequency(item.frequency)
    if frequency is Frequency.EVENT:
        return []
    periods = []
    period = period_of(frequency, today + timedelta(days=DUE_SOON_DAYS))
    for _ in range(40):
        due = due_date(item, period)
        assert due is not None
        if due < today - timedelta(days=lookback_days) or (since and due < since):
            break
        if due <= today + timedelta(days=DUE_SOON_DAYS):
            periods.append(period)
        period = previous_period(period)
    return sorted(periods)


def deadline_state(due: date | None, today: date, *, done: bool) -> Deadline:
    if done:
        return Deadline.DONE
    if due is None:
        return Deadline.OPEN
    if today > due:
        return Deadline.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return Deadline.DUE_SOON
    return Deadline.OPEN
