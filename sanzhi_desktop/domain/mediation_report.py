"""The monthly mediation report for the 司法所, as a pure function of cases and events.

Definitions (written on the sheet's footnote too, so the 司法所 reads the
figures the way they were counted):

- 受理 (received): cases whose acceptance event falls in the month;
- 调解成功 (settled): cases whose agreement (written or oral) falls in the month;
- 调解终止 (terminated): cases whose termination falls in the month;
- 成功率: settled ÷ (settled + terminated) of the month — the cases that
  ended in it; "—" when none ended;
- 涉及金额: the amounts of the cases received in the month;
- by source and by type: received (and settled) cases of the month;
- 防止民转刑 / 防止群体性上访: settled cases of the month flagged so, and the
  people those cases involved;
- 上报镇: escalations made in the month.

Events written by the town (its replies) are never counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import SOURCES, Case, CaseEvent, EventKind

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def check_month(month: str) -> str:
    """``2026-11`` as given, or :class:`ValidationError`."""
    month = month.strip()
    if not _MONTH.match(month):
        raise ValidationError(
            [FieldError("month", msg("月份应写成2026-11的格式", "Write the month as 2026-11"))]
        )
    return month


@dataclass
class TypeRow:
    dispute_type: str
    received: int = 0
    settled: int = 0


@dataclass
class MonthlyReport:
    month: str
    received: int = 0
    settled: int = 0
    terminated: int = 0
    amount_fen: int = 0
    by_source: dict[str, int] = field(default_factory=dict)
    by_type: list[TypeRow] = field(default_factory=list)
    crime_cases: int = 0
    crime_people: int = 0
    petition_cases: int = 0
    petition_people: int = 0
    escalated: int = 0
    written: int = 0
    oral: int = 0

    @property
    def concluded(self) -> int:
        return self.settled + self.terminated

    @property
    def success_rate(self) -> float | None:
        """Settled ÷ concluded in the month, or None when nothing concluded."""
        return self.settled / self.concluded if self.concluded else None

    @property
    def success_rate_text(self) -> str:
        rate = self.success_rate
        return "—" if rate is None else f"{rate * 100:.1f}%"

    def figures(self) -> dict[str, int | str]:
        """The headline figures by their printed names (for sheets and tests)."""
        return {
            "受理纠纷": self.received,
            "调解成功": self.settled,
            "调解终止": self.terminated,
            "调解成功率": self.success_rate_text,
            "涉及金额（元）": f"{self.amount_fen / 100:.2f}",
            "书面协议": self.written,
            "口头协议": self.oral,
            "防止民转刑（件）": self.crime_cases,
            "防止民转刑（人）": self.crime_people,
            "防止群体性上访（件）": self.petition_cases,
            "防止群体性上访（人）": self.petition_people,
            "上报镇": self.escalated,
        }


def monthly_report(
    month: str,
    cases: Iterable[Case],
    events: Iterable[CaseEvent],
    *,
    dispute_types: Sequence[str],
    village_owner: str | None = None,
) -> MonthlyReport:
    """Count the month's figures; ``village_owner`` keeps only events that office wrote."""
    month = check_month(month)
    by_id = {case.id: case for case in cases}
    report = MonthlyReport(month=month)
    report.by_source = dict.fromkeys(SOURCES, 0)
    rows = {t: TypeRow(t) for t in dispute_types}
    received: set[str] = set()
    settled: set[str] = set()
    escalated = 0
    for event in events:
        if village_owner is not None and event.owner and event.owner != village_owner:
            continue
        if not event.on.startswith(month) or event.case_id not in by_id:
            continue
        case = by_id[event.case_id]
        kind = event.event_kind
        if kind is EventKind.ACCEPTED and case.id not in received:
            received.add(case.id)
            report.amount_fen += case.amount_fen
            report.by_source[case.source] = report.by_source.get(case.source, 0) + 1
            rows.setdefault(case.dispute_type, TypeRow(case.dispute_type)).received += 1
        elif kind is EventKind.AGREED and case.id not in settled:
            settled.add(case.id)
            rows.setdefault(case.dispute_type, TypeRow(case.dispute_type)).settled += 1
            if event.values.get("form") == "oral":
                report.oral += 1
            else:
                report.written += 1
            people = case.people_involved
            if case.crime_risk:
                report.crime_cases += 1
                report.crime_people += people
            if case.petition_risk:
                report.petition_cases += 1
                report.petition_people += people
        elif kind is EventKind.TERMINATED:
            report.terminated += 1
        elif kind is EventKind.ESCALATED:
            escalated += 1
    report.received = len(received)
    report.settled = len(settled)
    report.escalated = escalated
    report.by_type = list(rows.values())
    return report
