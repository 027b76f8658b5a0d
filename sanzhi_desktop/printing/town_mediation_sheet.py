"""人民调解工作月报表（全镇汇总）: one row per village, the town's own row and the total.

Counts only, as on the village report; A4 landscape so the thirteen columns
keep their headers whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.mediation_report import MonthlyReport
from sanzhi_desktop.domain.town_report import VillageReportRow
from sanzhi_desktop.printing.mediation_report_sheet import FOOTNOTE, month_title
from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    money,
    para,
    render_pdf,
    signature_lines,
    styles,
)

PAGE = "A4-landscape"
HEADER = [
    "序号",
    "村",
    "受理",
    "调解成功",
    "调解终止",
    "成功率",
    "涉及金额（元）",
    "书面/口头协议",
    "防止民转刑（件/人）",
    "防止群体性上访（件/人）",
    "上报镇",
]


def _cells(r: MonthlyReport) -> list[str]:
    return [
        str(r.received),
        str(r.settled),
        str(r.terminated),
        r.success_rate_text,
        money(r.amount_fen),
        f"{r.written}/{r.oral}",
        f"{r.crime_cases}/{r.crime_people}",
        f"{r.petition_cases}/{r.petition_people}",
        str(r.escalated),
    ]


def town_report_pdf(
    rows: Sequence[VillageReportRow], total: MonthlyReport, *, town_name: str, made_on: str
) -> bytes:
    st = styles(base_size=10)
    width = content_width(PAGE)
    title = f"{town_name}人民调解工作月报表（全镇汇总）"
    table: list[list[object]] = [list(HEADER)]
    for number, row in enumerate(rows, start=1):
        table.append([str(number), row.name, *_cells(row.report)])
    table.append(["", "合计", *_cells(total)])
    fixed = [12 * mm, 30 * mm]
    rest = (width - sum(fixed)) / (len(HEADER) - 2)
    story: list[Flowable] = [
        para(title, st.title),
        gap(1),
        para(f"（{month_title(total.month)}）报送至：{town_name}司法所", st.subtitle),
        gap(3),
        grid_table(
            table, [*fixed, *[rest] * (len(HEADER) - 2)], st=st, align=["c", "l", *["c"] * 9]
        ),
        gap(2),
        para(FOOTNOTE + "合计为各村及镇本级之和，成功率按合计件数重新计算。", st.small),
        gap(4),
        signature_lines(["填报人", "司法所负责人"], st=st, width=width / 2),
        para(f"填报日期：{chinese_date(made_on)}", st.body),
    ]
    return render_pdf(story, title=f"{title} {total.month}", page=PAGE)
