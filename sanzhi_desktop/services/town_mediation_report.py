"""``sanzhi report mediation --month`` in a town: every village's month and the town total.

Figures per village come from the same pure function a village uses for its
own report (:func:`domain.mediation_report.monthly_report`), fed that
village's cases and the events it wrote; the town's own cases are a row of
their own (镇本级). One query reads the month's events and one the cases
they belong to, whatever the number of villages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import Case, CaseEvent
from sanzhi_desktop.domain.mediation_report import MonthlyReport, check_month, monthly_report
from sanzhi_desktop.domain.town_report import VillageReportRow, sum_reports
from sanzhi_desktop.services import mediation
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import mediation as store
from sanzhi_desktop.storage import sync_ledger

TOWN_ROW = "镇本级"


@dataclass(frozen=True)
class TownMonthlyReport:
    month: str
    rows: list[VillageReportRow]
    total: MonthlyReport


def town_month_report(session: Session, month: str) -> TownMonthlyReport:
    month = check_month(month)
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("全镇汇总报表只在镇里使用。", "For the town only."))
    events = [CaseEvent.from_record(r) for r in store.events_in_month(session.db, month)]
    ids = sorted({e.case_id for e in events})
    cases_by_owner: dict[str, list[Case]] = defaultdict(list)
    for row in store.cases_by_ids(session.db, ids):
        if not row["deleted"]:
            cases_by_owner[str(row["owner"])].append(Case.from_record(row))
    types = mediation.dispute_types(session)
    offices = [(p.code, p.name) for p in sync_ledger.list_peers(session.db, kind="village")]
    offices.append((profile.code, TOWN_ROW))
    rows = [
        VillageReportRow(
            code,
            name,
            monthly_report(
                month, cases_by_owner.get(code, []), events, dispute_types=types, village_owner=code
            ),
        )
        for code, name in offices
    ]
    return TownMonthlyReport(month, rows, sum_reports(month, [r.report for r in rows]))


def town_report_pdf(session: Session, month: str) -> bytes:
    from sanzhi_desktop.printing.town_mediation_sheet import town_report_pdf as render

    profile = session.require_profile()
    report = town_month_report(session, month)
    return render(
        report.rows, report.total, town_name=profile.name, made_on=mediation.today().isoformat()
    )


HEADERS = [
    "村",
    "受理纠纷（件）",
    "调解成功（件）",
    "调解终止（件）",
    "调解成功率",
    "涉及金额（元）",
    "书面协议",
    "口头协议",
    "防止民转刑（件）",
    "防止民转刑（人）",
    "防止群体性上访（件）",
    "防止群体性上访（人）",
    "上报镇（件）",
]


def _line(name: str, r: MonthlyReport) -> list[object]:
    return [
        name,
        r.received,
        r.settled,
        r.terminated,
        r.success_rate if r.success_rate is not None else "—",
        r.amount_fen / 100,
        r.written,
        r.oral,
        r.crime_cases,
        r.crime_people,
        r.petition_cases,
        r.petition_people,
        r.escalated,
    ]


def write_town_report_xlsx(session: Session, month: str, path: Path) -> TownMonthlyReport:
    """The town report as .xlsx: rates as numbers formatted %, amounts in 元, prints on A4."""
    from openpyxl.styles import Font

    from sanzhi_desktop.printing.mediation_report_sheet import month_title
    from sanzhi_desktop.services.xlsx_print import PERCENT_FORMAT, save_printable, titled_sheet

    profile = session.require_profile()
    report = town_month_report(session, month)
    title = f"{profile.name}人民调解工作月报表（全镇汇总，{month_title(month)}）"
    book, sheet = titled_sheet("全镇汇总", title, HEADERS)
    for row in report.rows:
        sheet.append(_line(row.name, row.report))
    sheet.append(_line("合计", report.total))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for line in sheet.iter_rows(min_row=3, min_col=5, max_col=6):
        line[0].number_format = PERCENT_FORMAT
        line[1].number_format = "#,##0.00"
    save_printable(book, sheet, Path(path), title=title, widths=[14, *([10] * (len(HEADERS) - 1))])
    return report
