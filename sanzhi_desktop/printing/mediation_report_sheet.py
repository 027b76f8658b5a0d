"""人民调解工作月报表: the monthly figures for the 司法所, laid out like the paper report.

Only counts leave the office: no name, no case summary appears on it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.mediation_report import MonthlyReport
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

FOOTNOTE = (
    "说明：受理数按受理日期计；调解成功数按达成协议日期计；调解成功率＝本月调解成功数÷"
    "（本月调解成功数＋本月调解终止数）；涉及金额为本月受理案件的金额；"
    "防止民转刑、防止群体性上访按本月调解成功的案件及其涉及人数计。"
)


def month_title(month: str) -> str:
    year, number = month.split("-")
    return f"{int(year)}年{int(number)}月"


def report_pdf(report: MonthlyReport, *, office_name: str, town_name: str, made_on: str) -> bytes:
    st = styles()
    width = content_width()
    story: list[Flowable] = [
        para(f"{office_name}人民调解工作月报表", st.title),
        gap(1),
        para(f"（{month_title(report.month)}）", st.subtitle),
        gap(2),
        para(f"报送单位：{office_name}人民调解委员会　　报送至：{town_name}司法所", st.small),
        gap(3),
        para("一、总体情况", st.heading),
        grid_table(
            [
                [
                    "受理纠纷（件）",
                    "调解成功（件）",
                    "调解终止（件）",
                    "调解成功率",
                    "涉及金额（元）",
                    "上报镇（件）",
                ],
                [
                    str(report.received),
                    str(report.settled),
                    str(report.terminated),
                    report.success_rate_text,
                    money(report.amount_fen),
                    str(report.escalated),
                ],
            ],
            [width / 6] * 6,
            st=st,
            align=["c"] * 6,
        ),
        gap(2),
        grid_table(
            [
                [
                    "书面协议（件）",
                    "口头协议（件）",
                    "防止民转刑（件/人）",
                    "防止群体性上访（件/人）",
                ],
                [
                    str(report.written),
                    str(report.oral),
                    f"{report.crime_cases}/{report.crime_people}",
                    f"{report.petition_cases}/{report.petition_people}",
                ],
            ],
            [width / 4] * 4,
            st=st,
            align=["c"] * 4,
        ),
        gap(3),
        para("二、按案件来源（受理件数）", st.heading),
        grid_table(
            [list(report.by_source), [str(v) for v in report.by_source.values()]],
            [width / max(len(report.by_source), 1)] * len(report.by_source),
            st=st,
            align=["c"] * len(report.by_source),
        ),
        gap(3),
        para("三、按纠纷类型", st.heading),
        grid_table(
            [["序号", "纠纷类型", "受理（件）", "调解成功（件）"]]
            + [
                [str(n), row.dispute_type, str(row.received), str(row.settled)]
                for n, row in enumerate(report.by_type, start=1)
            ]
            + [["", "合计", str(report.received), str(report.settled)]],
            [15 * mm, width - 75 * mm, 30 * mm, 30 * mm],
            st=st,
            align=["c", "l", "r", "r"],
        ),
        gap(2),
        para(FOOTNOTE, st.small),
        gap(4),
        signature_lines(["填报人", "调委会主任"], st=st, width=width),
        para(f"填报日期：{chinese_date(made_on)}", st.body),
    ]
    return render_pdf(story, title=f"{office_name}人民调解工作月报表 {report.month}")
