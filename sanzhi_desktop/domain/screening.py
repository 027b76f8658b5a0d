"""矛盾纠纷排查: the sweep that finds a brewing dispute before it becomes a case.

"小事不出村、大事不出镇、矛盾不上交" starts here. A village sweeps at the
town's rhythm (default every half month: the 1st–15th and the 16th–end of a
month are two periods) and records every sweep — a sweep that found nothing is
a 零报告 (nil return), still recorded, because "nothing found" is a fact the
town checks. A period that ended without a sweep is a missed sweep.

Each finding has a dispute type (the mediation catalogue's), the parties
(from the roster or typed), a risk level and a deadline by which it must be
handled. Handling is one of: 调解 (a mediation case is opened and linked
back), 上报镇 (escalated to the town), 就地化解 (settled on the spot). A
high-risk finding left unhandled past its deadline is a to-do.

A finding may also come from a patrol (红袖章巡逻) instead of a sweep.
Findings name people and their quarrels: they are never printed on a public
sheet (GLOSSARY, "Privacy for these parts").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sanzhi_desktop.domain.errors import FieldError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error, month_last_day, parse_date
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code


class Rhythm(StrEnum):
    """How often a village sweeps (the town's setting)."""

    HALF_MONTH = "half_month"
    MONTH = "month"

    @property
    def label(self) -> str:
        return (
            msg("每半月", "every half month")
            if self is Rhythm.HALF_MONTH
            else msg("每月", "monthly")
        )


RISK_LEVELS = ("低", "中", "高")
#: Days a finding of each risk level may wait before it must be handled (defaults).
RISK_DEADLINE_DAYS = {"低": 15, "中": 7, "高": 3}


class Handling(StrEnum):
    PENDING = ""
    MEDIATION = "mediation"
    ESCALATED = "escalated"
    RESOLVED = "resolved"

    @property
    def label(self) -> str:
        zh, en = HANDLING_LABELS[self.value]
        return msg(zh, en)


HANDLING_LABELS = {
    "": ("待处置", "not yet handled"),
    "mediation": ("转人民调解", "sent to mediation"),
    "escalated": ("上报镇", "escalated to the town"),
    "resolved": ("就地化解", "settled on the spot"),
}

MAX_SUMMARY = 500


# --- periods ----------------------------------------------------------------------------


def period_of(day: str | date, rhythm: str = Rhythm.HALF_MONTH.value) -> str:
    """The sweep period a day falls in: ``2026-11-1`` / ``2026-11-2`` (halves) or ``2026-11``."""
    value = day if isinstance(day, date) else date.fromisoformat(day)
    month = f"{value.year:04d}-{value.month:02d}"
    if rhythm == Rhythm.MONTH.value:
        return month
    return f"{month}-{1 if value.day <= 15 else 2}"


def period_start(period: str) -> date:
    base = date(int(period[:4]), int(period[5:7]), 1)
    return base.replace(day=16) if period.endswith("-2") and len(period) == 9 else base


def period_end(period: str) -> date:
    if len(period) == 9 and period.endswith("-1"):
        return date(int(period[:4]), int(period[5:7]), 15)
    return month_last_day(period[:7])


def period_label(period: str) -> str:
    """``2026-11-1`` → ``2026年11月上半月``; ``2026-11`` → ``2026年11月``."""
    text = f"{int(period[:4])}年{int(period[5:7])}月"
    if len(period) == 9:
        text += "上半月" if period.endswith("-1") else "下半月"
    return text


def periods_between(first: date, last: date, rhythm: str) -> list[str]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    periods: list[str] = []
    day = first
    while day <= last:
        period = period_of(day, rhythm)
        periods.append(period)
        day = period_end(period) + timedelta(days=1)
    return periods


def missed_periods(swept: set[str], *, since: date, today: date, rhythm: str) -> list[str]:
    """Periods that ended before ``today`` with no sweep, from the one holding ``since``."""
    if since > today:
        return []
    return [
        p for p in periods_between(since, today, rhythm) if period_end(p) < today and p not in swept
    ]


# --- records ------------------------------------------------------------------------------


@dataclass
class Sweep(Record):
    """One sweep; ``nil_return`` 1 when it found nothing (零报告)."""

    sweep_date: str
    swept_by: str
    period: str = ""
    area: str = ""
    nil_return: int = 0
    note: str = ""
    id: str = ""

    def cleaned(self) -> Sweep:
        return replace(
            self,
            sweep_date=clean_code(self.sweep_date),
            swept_by=clean(self.swept_by),
            area=clean(self.area),
            note=clean(self.note),
        )


@dataclass(frozen=True)
class FindingParty:
    """A party to a brewing dispute: a roster villager (``person_id``) or a typed name."""

    name: str
    person_id: str = ""


def encode_parties(parties: list[FindingParty]) -> str:
    return json.dumps(
        [{"name": p.name, "person_id": p.person_id} for p in parties], ensure_ascii=False
    )


def decode_parties(text: str) -> list[FindingParty]:
    try:
        data: Any = json.loads(text or "[]")
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    return [
        FindingParty(str(p.get("name", "")), str(p.get("person_id", "")))
        for p in data
        if isinstance(p, dict)
    ]


@dataclass
class Finding(Record):
    """A brewing dispute found by a sweep (``sweep_id``) or a patrol (``patrol_id``)."""

    found_date: str
    dispute_type: str
    summary: str
    risk: str
    parties: str = "[]"  # JSON list of {name, person_id}
    sweep_id: str = ""
    patrol_id: str = ""
    deadline: str = ""
    handling: str = Handling.PENDING.value
    handled_date: str = ""
    handled_note: str = ""
    case_id: str = ""
    id: str = ""

    @property
    def party_list(self) -> list[FindingParty]:
        return decode_parties(self.parties)

    @property
    def party_names(self) -> str:
        return "、".join(p.name for p in self.party_list)

    @property
    def handled(self) -> bool:
        return self.handling != Handling.PENDING.value

    def overdue(self, today: date) -> bool:
        """Unhandled past its deadline."""
        due = parse_date(self.deadline)
        return not self.handled and due is not None and due < today

    def cleaned(self) -> Finding:
        parties = [FindingParty(clean(p.name), clean_code(p.person_id)) for p in self.party_list]
        return replace(
            self,
            found_date=clean_code(self.found_date),
            dispute_type=clean(self.dispute_type),
            summary=clean(self.summary),
            risk=clean(self.risk),
            deadline=clean_code(self.deadline),
            parties=encode_parties([p for p in parties if p.name or p.person_id]),
        )


def default_deadline(found_date: str, risk: str, days: dict[str, int] | None = None) -> str:
    """The day a finding of ``risk`` must be handled by (the found date + its days)."""
    table = days or RISK_DEADLINE_DAYS
    found = date.fromisoformat(found_date)
    return (found + timedelta(days=table.get(risk, RISK_DEADLINE_DAYS["低"]))).isoformat()


def validate_sweep(sweep: Sweep, *, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if err := date_error(sweep.sweep_date, "排查日期", "sweep date"):
        errors.append(FieldError("sweep_date", err))
    elif date.fromisoformat(sweep.sweep_date) > today:
        errors.append(
            FieldError("sweep_date", msg("排查日期不能晚于今天", "The sweep date is in the future"))
        )
    if not sweep.swept_by:
        errors.append(FieldError("swept_by", msg("请填写排查人", "Enter who swept")))
    elif len(sweep.swept_by) > 100:
        errors.append(FieldError("swept_by", msg("排查人最多100字", "At most 100 characters")))
    return errors


def validate_finding(
    finding: Finding, *, dispute_types: list[str], today: date
) -> list[FieldError]:
    errors: list[FieldError] = []
    if err := date_error(finding.found_date, "发现日期", "date found"):
        errors.append(FieldError("found_date", err))
    elif date.fromisoformat(finding.found_date) > today:
        errors.append(
            FieldError("found_date", msg("发现日期不能晚于今天", "The date found is in the future"))
        )
    if finding.dispute_type not in dispute_types:
        errors.append(FieldError("dispute_type", msg("请选择纠纷类型", "Choose the dispute type")))
    if not finding.summary:
        errors.append(FieldError("summary", msg("请简要写明纠纷苗头", "Describe the dispute")))
    elif len(finding.summary) > MAX_SUMMARY:
        errors.append(
            FieldError(
                "summary",
                msg(f"情况简述最多{MAX_SUMMARY}字，现在{len(finding.summary)}字", "Too long"),
            )
        )
    if finding.risk not in RISK_LEVELS:
        errors.append(FieldError("risk", msg("请选择风险等级：低、中或高", "Choose low/mid/high")))
    if not finding.party_list:
        errors.append(FieldError("parties", msg("请至少填写一方当事人", "Name at least one party")))
    if finding.deadline and (err := date_error(finding.deadline, "处置期限", "deadline")):
        errors.append(FieldError("deadline", err))
    elif finding.deadline and finding.deadline < finding.found_date:
        errors.append(
            FieldError("deadline", msg("处置期限不能早于发现日期", "Deadline before date found"))
        )
    return errors


def check_can_handle(finding: Finding, on: str) -> FieldError | None:
    """Refuse handling a finding twice; a handling date before it was found is a field error."""
    if finding.handled:
        raise RefusedError(
            msg(
                f"这条排查发现已经“{Handling(finding.handling).label}”，不能再次处置",
                "This finding has already been handled",
            )
        )
    if err := date_error(on, "处置日期", "date handled"):
        return FieldError("handled_date", err)
    if on < finding.found_date:
        return FieldError(
            "handled_date", msg("处置日期不能早于发现日期", "Handled before it was found")
        )
    return None
