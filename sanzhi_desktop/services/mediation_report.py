"""The monthly mediation report: figures from the database, then PDF or .xlsx.

The figures come from :func:`domain.mediation_report.monthly_report`, a pure
function of the cases and the month's events (tested against a hand count);
this module only fetches them and lays them out. The .xlsx has the paper
report's shape (title, headline block, by source, by type with a total) so a
司法所 that collects spreadsheets can copy the cells straight across.
"""

from __future__ import annotations

from pathlib import Path

from sanzhi_desktop.domain.mediation import Case, CaseEvent
from sanzhi_desktop.domain.mediation_report import MonthlyReport, check_month, monthly_report
from sanzhi_desktop.services import mediation
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock
from sanzhi_desktop.storage import mediation as store


def month_report(session: Session, month: str) -> MonthlyReport:
    """The month's figures for this office's own cases."""
    month = check_month(month)
    profile = session.require_profile()
    events = [CaseEvent.from_record(r) for r in store.events_in_month(session.db, month)]
    ids = sorted({e.case_id for e in events})
    cases = [
        Case.from_record(r)
        for r in store.cases_by_ids(session.db, ids)
        if r["owner"] == profile.code and not r["deleted"]
    ]
    return monthly_report(
        month,
        cases,
        events,
        dispute_types=mediation.dispute_types(session),
        village_owner=profile.code,
    )


def report_pdf_bytes(session: Session, month: str) -> bytes:
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing.mediation_report_sheet import report_pdf

    profile = session.require_profile()
    return report_pdf(
        month_report(session, month),
        office_name=profile.name,
        town_name=profile.town_name,
        made_on=clock.today().isoformat(),
    )


def write_report_xlsx(session: Session, month: str, path: Path) -> MonthlyReport:
    """Save the report as .xlsx (written to a temporary file, then renamed)."""
    # Imported here: openpyxl and the sheet module (reportlab) only when a report is saved.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    from sanzhi_desktop.printing.mediation_report_sheet import FOOTNOTE, month_title
    from sanzhi_desktop.services.xlsx_print import PERCENT_FORMAT, save_printable

    profile = session.require_profile()
    report = month_report(session, month)
    book = Workbook()
    sheet = book.active
    sheet.title = "月报表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    sheet.merge_cells("A1:F1")
    sheet["A1"] = f"{profile.name}人民调解工作月报表"
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = center
    sheet.merge_cells("A2:F2")
    sheet["A2"] = f"（{month_title(report.month)}）报送至：{profile.town_name}司法所"
    sheet["A2"].alignment = center

    def block(top: int, headers: list[str], values: list[object]) -> None:
        for col, (head, value) in enumerate(zip(headers, values, strict=True), start=1):
            for row, content in ((top, head), (top + 1, value)):
                cell = sheet.cell(row=row, column=col, value=content)
                cell.border = box
                cell.alignment = center
            sheet.cell(row=top, column=col).font = Font(bold=True)

    sheet["A4"] = "一、总体情况"
    sheet["A4"].font = Font(bold=True)
    block(
        5,
        [
            "受理纠纷（件）",
            "调解成功（件）",
            "调解终止（件）",
            "调解成功率",
            "涉及金额（元）",
            "上报镇（件）",
        ],
        [
            report.received,
            report.settled,
            report.terminated,
            report.success_rate if report.success_rate is not None else "—",
            round(report.amount_fen / 100, 2),
            report.escalated,
        ],
    )
    sheet["D6"].number_format = PERCENT_FORMAT  # a number Excel can compare, shown as 50.0%
    sheet["E6"].number_format = "#,##0.00"
    block(
        8,
        [
            "书面协议（件）",
            "口头协议（件）",
            "防止民转刑（件）",
            "防止民转刑（人）",
            "防止群体性上访（件）",
            "防止群体性上访（人）",
        ],
        [
            report.written,
            report.oral,
            report.crime_cases,
            report.crime_people,
            report.petition_cases,
            report.petition_people,
        ],
    )
    sheet["A11"] = "二、按案件来源（受理件数）"
    sheet["A11"].font = Font(bold=True)
    block(12, list(report.by_source), list(report.by_source.values()))
    sheet["A15"] = "三、按纠纷类型"
    sheet["A15"].font = Font(bold=True)
    row = 16
    for col, head in enumerate(["序号", "纠纷类型", "受理（件）", "调解成功（件）"], start=1):
        cell = sheet.cell(row=row, column=col, value=head)
        cell.font = Font(bold=True)
        cell.border = box
        cell.alignment = center
    for n, type_row in enumerate(report.by_type, start=1):
        row += 1
        values: list[object] = [n, type_row.dispute_type, type_row.received, type_row.settled]
        for col, value in enumerate(values, start=1):
            sheet.cell(row=row, column=col, value=value).border = box
    row += 1
    for col, value in enumerate(["", "合计", report.received, report.settled], start=1):
        cell = sheet.cell(row=row, column=col, value=value)
        cell.border = box
        cell.font = Font(bold=True)
    sheet.merge_cells(start_row=row + 2, start_column=1, end_row=row + 2, end_column=6)
    note = sheet.cell(row=row + 2, column=1, value=FOOTNOTE)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[row + 2].height = 60
    widths = (16, 22, 16, 16, 20, 20)
    # Temp → fsync → rename, and a full or read-only disk said as such: a plain
    # save left a half ".part" file on a full stick.
    save_printable(
        book, sheet, Path(path), title=str(sheet["A1"].value), widths=widths, header_row=16
    )
    return report
