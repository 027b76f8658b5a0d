"""平安 and 信用 as the town sees them: per-village figures and the month's 排查 summary.

A town holds every record its villages sent, so it asks each village's rows
the questions the village asks itself, with the same rules: the sweep
periods and missed sweeps of :mod:`domain.screening`, a petition's
``overdue``, the credit coverage of :mod:`services.credit`. The figures are
counts only — no petitioner, party or credit line leaves the village's rows
here — and only as fresh as the last file each village sent.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sanzhi_desktop.domain.credit import Coverage
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import check_month, month_first_day, month_last_day
from sanzhi_desktop.domain.petitions import Petition
from sanzhi_desktop.domain.safe_village import SafeVillageCheck
from sanzhi_desktop.domain.screening import (
    RISK_LEVELS,
    Finding,
    Handling,
    missed_periods,
    period_end,
    periods_between,
)
from sanzhi_desktop.services.credit import coverage_of
from sanzhi_desktop.services.safety_catalogues import screening_rhythm
from sanzhi_desktop.services.screening import today as reference_today
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import safety as store
from sanzhi_desktop.storage import sync_ledger


@dataclass(frozen=True)
class SafetyFigures:
    """One village's 平安 and 信用 figures for the year to ``today``."""

    code: str
    name: str
    periods_due: int = 0
    periods_swept: int = 0
    sweeps: int = 0
    nil_returns: int = 0
    findings_by_risk: dict[str, int] = field(default_factory=dict)
    findings_open: int = 0
    petitions_open: int = 0
    petitions_overdue: int = 0
    patrols_this_month: int = 0
    patrols_per_month: float = 0.0
    check_year: int | None = None
    check_met: int = 0
    check_items: int = 0
    stars_conferred: int | None = None
    credit: Coverage | None = None

    @property
    def on_time_pct(self) -> int:
        return self.periods_swept * 100 // self.periods_due if self.periods_due else 0

    @property
    def nil_return_pct(self) -> int:
        return self.nil_returns * 100 // self.sweeps if self.sweeps else 0


def _require_town(session: Session) -> None:
    if session.require_profile().kind is not OfficeKind.TOWN:
        raise RefusedError(msg("汇总只在镇里使用。", "The summary is for the town."))


def village_figures(session: Session, *, on: date | None = None) -> list[SafetyFigures]:
    """Each enrolled village's figures for the year up to ``on`` (default today)."""
    _require_town(session)
    now = on or reference_today()
    rhythm = screening_rhythm(session)
    year_start = date(now.year, 1, 1)
    since, until = year_start.isoformat(), now.isoformat()
    month = until[:7]
    result = []
    for peer in sync_ledger.list_peers(session.db, kind="village"):
        code = peer.code
        sweeps = store.list_sweeps(session.db, owner=code, since=since, until=until)
        swept = {str(s["period"]) for s in sweeps}
        first = store.first_sweep_date(session.db, code)
        start = max(year_start, date.fromisoformat(first)) if first else now
        due = [p for p in periods_between(start, now, rhythm) if period_end(p) < now]
        findings = [
            Finding.from_record(r)
            for r in store.list_findings(session.db, owner=code, since=since, until=until)
        ]
        petitions = [Petition.from_record(r) for r in store.list_petitions(session.db, owner=code)]
        patrols = store.list_patrols(session.db, owner=code, since=since, until=until)
        checks = [
            SafeVillageCheck.from_record(r) for r in store.list_checks(session.db, owner=code)
        ]
        latest = checks[0] if checks else None
        result.append(
            SafetyFigures(
                code=code,
                name=peer.name,
                periods_due=len(due),
                periods_swept=sum(1 for p in due if p in swept),
                sweeps=len(sweeps),
                nil_returns=sum(1 for s in sweeps if s["nil_return"]),
                findings_by_risk=dict(Counter(f.risk for f in findings)),
                findings_open=sum(1 for f in findings if not f.handled),
                petitions_open=sum(1 for p in petitions if p.is_open),
                petitions_overdue=sum(1 for p in petitions if p.overdue(now)),
                patrols_this_month=sum(1 for p in patrols if str(p["patrol_date"]) >= month),
                patrols_per_month=round(len(patrols) / now.month, 1),
                check_year=latest.year if latest else None,
                check_met=latest.met_count if latest else 0,
                check_items=len(latest.item_list) if latest else 0,
                stars_conferred=latest.stars_conferred if latest and latest.conferred else None,
                credit=coverage_of(session, code, now.year),
            )
        )
    return result


@dataclass(frozen=True)
class SummaryRow:
    """One village's line in the town's 排查 summary of a month."""

    code: str
    name: str
    sweeps: int
    nil_returns: int
    missed: int
    by_risk: dict[str, int]
    by_handling: dict[str, int]

    @property
    def findings(self) -> int:
        return sum(self.by_risk.values())


SUMMARY_HEADERS = (
    "村",
    "排查次数",
    "零报告",
    "未按时排查",
    "发现纠纷",
    *(f"{r}风险" for r in RISK_LEVELS),
    *(Handling(h).label for h in ("mediation", "escalated", "resolved", "")),
)


def town_screening_summary(session: Session, month: str) -> list[SummaryRow]:
    """The town's 排查 summary of all its villages for ``month``."""
    _require_town(session)
    check_month(month)
    since, until = month_first_day(month).isoformat(), month_last_day(month).isoformat()
    rhythm = screening_rhythm(session)
    rows = []
    for peer in sync_ledger.list_peers(session.db, kind="village"):
        sweeps = store.list_sweeps(session.db, owner=peer.code, since=since, until=until)
        findings = [
            Finding.from_record(r)
            for r in store.list_findings(session.db, owner=peer.code, since=since, until=until)
        ]
        first = store.first_sweep_date(session.db, peer.code)
        missed = (
            [
                p
                for p in missed_periods(
                    store.swept_periods(session.db, peer.code),
                    since=date.fromisoformat(first),
                    today=min(reference_today(), month_last_day(month)),
                    rhythm=rhythm,
                )
                if p.startswith(month)
            ]
            if first
            else []
        )
        rows.append(
            SummaryRow(
                code=peer.code,
                name=peer.name,
                sweeps=len(sweeps),
                nil_returns=sum(1 for s in sweeps if s["nil_return"]),
                missed=len(missed),
                by_risk=dict(Counter(f.risk for f in findings)),
                by_handling=dict(Counter(f.handling for f in findings)),
            )
        )
    return rows


def summary_table(rows: list[SummaryRow]) -> list[list[object]]:
    """The summary as cells under :data:`SUMMARY_HEADERS`, with a 合计 line."""
    lines: list[list[object]] = []
    for r in rows:
        lines.append(
            [
                r.name,
                r.sweeps,
                r.nil_returns,
                r.missed,
                r.findings,
                *(r.by_risk.get(k, 0) for k in RISK_LEVELS),
                *(r.by_handling.get(h, 0) for h in ("mediation", "escalated", "resolved", "")),
            ]
        )
    if lines:
        totals: list[object] = ["合计"]
        for column in range(1, len(SUMMARY_HEADERS)):
            totals.append(sum(int(str(line[column])) for line in lines))
        lines.append(totals)
    return lines


def town_screening_pdf(session: Session, month: str) -> bytes:
    """The month's 排查 summary of every village and the total, as a sheet (town only)."""
    from sanzhi_desktop.printing.town_screening_sheet import town_screening_pdf as render

    rows = summary_table(town_screening_summary(session, month))
    title = f"{int(month[:4])}年{int(month[5:7])}月"
    profile = session.require_profile()
    return render(
        profile.name, title, list(SUMMARY_HEADERS), rows, made_on=reference_today().isoformat()
    )
