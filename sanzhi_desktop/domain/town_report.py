"""The town's monthly mediation report: one row per village and the town's total.

The town's 司法所 wants the villages' figures, not the town office's own
cases alone (which were 0 while its villages had hundreds). The total is the
sum of the rows — every count added, the success rate recomputed from the
summed counts, never averaged — so the town's report equals the sum of the
villages' own reports (a test checks it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sanzhi_desktop.domain.mediation_report import MonthlyReport, TypeRow

_COUNTS = (
    "received",
    "settled",
    "terminated",
    "amount_fen",
    "crime_cases",
    "crime_people",
    "petition_cases",
    "petition_people",
    "escalated",
    "written",
    "oral",
)


@dataclass(frozen=True)
class VillageReportRow:
    code: str
    name: str
    report: MonthlyReport


def sum_reports(month: str, reports: Sequence[MonthlyReport]) -> MonthlyReport:
    """The month's figures of several offices added together."""
    total = MonthlyReport(month=month)
    for name in _COUNTS:
        setattr(total, name, sum(getattr(r, name) for r in reports))
    sources: dict[str, int] = {}
    types: dict[str, TypeRow] = {}
    for report in reports:
        for source, count in report.by_source.items():
            sources[source] = sources.get(source, 0) + count
        for row in report.by_type:
            into = types.setdefault(row.dispute_type, TypeRow(row.dispute_type))
            into.received += row.received
            into.settled += row.settled
    total.by_source = sources
    total.by_type = list(types.values())
    return total
