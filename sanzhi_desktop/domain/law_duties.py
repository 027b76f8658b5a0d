"""普法: activities by audience (法律七进) and the town's 普法责任清单 with its due rule.

A duty of the list says what the village must do and how often, e.g.
"法治宣传进学校, every half year". A duty is *done* for a period when an
activity recorded against it (``duty_code``) falls in that period; it is due
by the period's last day, *due soon* in the last :data:`DUE_SOON_DAYS` days
and *overdue* once the period has ended without one. Periods are text
(``2026``, ``2026H2``, ``2026Q3``, ``2026-07``), so a period can be stored and
compared as it is.

The list ships as a default (``resources/law/duty_list.json``) that the town
replaces for its villages, as it does the disclosure catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

#: The seven audiences of 法律七进.
SEVEN_AUDIENCES = ("机关", "乡村", "社区", "学校", "企业", "单位", "网络")
ACTIVITY_FORMS = ("集中宣讲", "法律咨询", "发放资料", "法治讲座", "以案释法", "线上推送", "其他")
#: A duty is "due soon" this many days before its period ends.
DUE_SOON_DAYS = 15


class DutyFrequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def label(self) -> str:
        return {
            "monthly": msg("每月", "monthly"),
            "quarterly": msg("每季度", "quarterly"),
            "half_yearly": msg("每半年", "half-yearly"),
            "yearly": msg("每年", "yearly"),
        }[self.value]


class DutyState(StrEnum):
    DONE = "done"
    OPEN = "open"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return {
            "done": msg("已完成", "done"),
            "open": msg("未到期", "open"),
            "due_soon": msg("即将到期", "due soon"),
            "overdue": msg("已逾期", "overdue"),
        }[self.value]


@dataclass
class Duty(Record):
    """One entry of the 普法责任清单."""

    code: str
    duty: str
    audience: str = "乡村"
    frequency: str = DutyFrequency.YEARLY.value
    basis: str = ""
    sort_order: int = 0


@dataclass
class Activity(Record):
    """One 普法 activity: when, for which audience, what, how, by whom, how many people."""

    held_on: str
    audience: str
    topic: str
    form: str = ACTIVITY_FORMS[0]
    organiser: str = ""
    participants: int = 0
    duty_code: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            held_on=clean_code(self.held_on),
            audience=clean(self.audience),
            topic=clean(self.topic),
            form=clean(self.form),
            organiser=clean(self.organiser),
            participants=int(self.participants or 0),
            duty_code=clean_code(self.duty_code),
            note=clean(self.note),
            id=self.id,
        )


def validate_duties(duties: list[Duty]) -> list[FieldError]:
    """A town's list: each duty has a code (unique), a text and a known frequency."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    frequencies = {f.value for f in DutyFrequency}
    for number, duty in enumerate(duties, start=1):
        where = msg(f"第{number}项", f"item {number}")
        if not clean_code(duty.code) or not clean(duty.duty):
            errors.append(FieldError("code", msg(f"{where}缺少编号或内容", f"{where}: code/text")))
        elif duty.code in seen:
            errors.append(FieldError("code", msg(f"{where}编号重复：{duty.code}", f"{where}: dup")))
        if duty.frequency not in frequencies:
            errors.append(
                FieldError(
                    "frequency",
                    msg(
                        f"{where}频次应为monthly、quarterly、half_yearly或yearly",
                        f"{where}: unknown frequency",
                    ),
                )
            )
        seen.add(duty.code)
    if not duties:
        errors.append(FieldError("code", msg("清单不能为空", "The list is empty")))
    return errors


def validate_activity(activity: Activity, duty_codes: set[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    if err := date_error(activity.held_on, "活动日期", "date"):
        errors.append(FieldError("held_on", err))
    if activity.audience not in SEVEN_AUDIENCES:
        errors.append(
            FieldError(
                "audience",
                msg("对象应为法律七进之一：" + "、".join(SEVEN_AUDIENCES), "Choose an audience"),
            )
        )
    if not activity.topic:
        errors.append(FieldError("topic", msg("请填写活动主题", "Enter the topic")))
    elif len(activity.topic) > 100:
        errors.append(FieldError("topic", msg("主题最多100字", "Topic: 100 characters")))
    if not 0 <= activity.participants <= 100_000:
        errors.append(
            FieldError("participants", msg("参加人数应在0到100000之间", "Participants: 0–100000"))
        )
    if activity.duty_code and activity.duty_code not in duty_codes:
        errors.append(
            FieldError(
                "duty_code", msg("责任清单里没有这一项", "No such duty in the responsibility list")
            )
        )
    return errors


def period_of(frequency: DutyFrequency, day: date) -> str:
    if frequency is DutyFrequency.MONTHLY:
        return f"{day.year}-{day.month:02d}"
    if frequency is DutyFrequency.QUARTERLY:
        return f"{day.year}Q{(day.month - 1) // 3 + 1}"
    if frequency is DutyFrequency.HALF_YEARLY:
        return f"{day.year}H{1 if day.month <= 6 else 2}"
    return str(day.year)


def period_bounds(period: str) -> tuple[date, date]:
    """First and last day of a period."""
    year = int(period[:4])
    if "Q" in period:
        first_month, months = 3 * int(period[5:]) - 2, 3
    elif "H" in period:
        first_month, months = 6 * int(period[5:]) - 5, 6
    elif "-" in period:
        first_month, months = int(period[5:7]), 1
    else:
        first_month, months = 1, 12
    start = date(year, first_month, 1)
    index = year * 12 + first_month - 1 + months
    end = date(index // 12, index % 12 + 1, 1) - timedelta(days=1)
    return start, end


def period_label(period: str) -> str:
    year = period[:4]
    if "Q" in period:
        return msg(f"{year}年第{period[5:]}季度", f"Q{period[5:]} {year}")
    if "H" in period:
        half = "上半年" if period.endswith("1") else "下半年"
        return msg(f"{year}年{half}", f"H{period[5:]} {year}")
    if "-" in period:
        return msg(f"{year}年{int(period[5:7])}月", period)
    return msg(f"{year}年度", year)


def periods_in_year(frequency: DutyFrequency, year: int) -> list[str]:
    count = {"monthly": 12, "quarterly": 4, "half_yearly": 2, "yearly": 1}[frequency.value]
    step = 12 // count
    return [period_of(frequency, date(year, 1 + step * i, 1)) for i in range(count)]


def duty_state(period: str, today: date, *, done: bool) -> DutyState:
    """Done, or open / due soon / overdue by the period's last day."""
    if done:
        return DutyState.DONE
    start, end = period_bounds(period)
    if today > end:
        return DutyState.OVERDUE
    if today >= start and (end - today).days < DUE_SOON_DAYS:
        return DutyState.DUE_SOON
    return DutyState.OPEN


@dataclass(frozen=True)
class DutyStatus:
    """A duty in one period: its due day and state."""

    duty: Duty
    period: str
    due: date
    state: DutyState

    @property
    def text(self) -> str:
        """The to-do's text; its due day travels separately (the home page shows it once)."""
        label = period_label(self.period)
        if self.state is DutyState.OVERDUE:
            return msg(
                f"普法责任已逾期：{label}“{self.duty.duty}”",
                f"Overdue duty: {self.duty.duty} {label}",
            )
        return msg(
            f"普法责任即将到期：{label}“{self.duty.duty}”",
            f"Duty due soon: {self.duty.duty} {label}",
        )


def duty_statuses(
    duties: list[Duty],
    activity_days: dict[str, list[str]],
    year: int,
    today: date,
    *,
    since: date | None = None,
) -> list[DutyStatus]:
    """Every duty's periods of ``year`` that have started by ``today``, with their state.

    ``activity_days``: duty code → ISO dates of the activities done under it.
    ``since``: periods that ended before it (when the village started keeping
    this ledger here) are not counted against it.
    """
    result = []
    for duty in duties:
        frequency = DutyFrequency(duty.frequency)
        days = activity_days.get(duty.code, [])
        for period in periods_in_year(frequency, year):
            start, end = period_bounds(period)
            if start > today or (since and end < since):
                continue
            done = any(start.isoformat() <= d[:10] <= end.isoformat() for d in days)
            result.append(DutyStatus(duty, period, end, duty_state(period, today, done=done)))
    return result
