"""The quarterly finance disclosure sheet (GLOSSARY "Printed forms").

Title "XX村20XX年第X季度财务收支公开"; category and period; posting date and
publicity period; the table 序号 | 项目 | 金额(元) | 摘要 | 备注 with income
and expense subtotals and the opening and closing balance; the finance review
group's opinion and signatures; the supervision committee's opinion,
signature and seal; the village committee's seal; prepared by; supervision
phones and the objection sentence.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.disclosure_catalogue import period_bounds
from sanzhi_desktop.domain.finance import FinanceDisclosure, finance_title
from sanzhi_desktop.domain.masking import scrub_identifiers
from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.domain.office import OfficeProfile
from sanzhi_desktop.printing.notice_sheet import closing_lines
from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    money,
    page_scale,
    para,
    render_pdf,
    seals_row,
    signature_lines,
    styles,
    with_ending,
)


def finance_rows(disclosure: FinanceDisclosure) -> tuple[list[list[str]], list[int]]:
    """The table's rows and the indexes of its subtotal/balance rows (to shade)."""
    rows: list[list[str]] = [["序号", "项目", "金额(元)", "摘要", "备注"]]
    bold: list[int] = []
    rows.append(["", "期初余额", money(disclosure.opening_fen), "", ""])
    bold.append(len(rows) - 1)
    number = 0
    for kind, label, total in (
        ("income", "本期收入合计", disclosure.income_fen()),
        ("expense", "本期支出合计", disclosure.expense_fen()),
    ):
        rows.append(["", "一、收入" if kind == "income" else "二、支出", "", "", ""])
        for line in disclosure.line_list():
            if line.kind == kind:
                number += 1
                rows.append(
                    [
                        str(number),
                        line.item,
                        money(line.amount_fen),
                        scrub_identifiers(line.summary),
                        scrub_identifiers(line.note),
                    ]
                )
        rows.append(["", label, money(total), "", ""])
        bold.append(len(rows) - 1)
    rows.append(["", "期末余额", money(disclosure.closing_fen), "期初＋收入－支出", ""])
    bold.append(len(rows) - 1)
    return rows, bold


def finance_pdf(
    disclosure: FinanceDisclosure,
    *,
    profile: OfficeProfile,
    notice: Notice | None = None,
    page: str = "A4",
    draft: bool = False,
) -> bytes:
    """The sheet; ``draft`` (its notice not yet approved) marks every page and prints no opinion.

    A draft never claims the committee's approval: both opinions are left
    blank for the clerk to see what is missing, and the pages say 草稿.
    """
    st = styles(base_size=10.5, scale=page_scale(page))
    width = content_width(page)
    start, end = period_bounds(disclosure.period)
    title = finance_title(profile.name, disclosure.year, disclosure.quarter)
    rows, shaded = finance_rows(disclosure)
    scale = width / (174 * mm)
    table = grid_table(
        rows,
        [w * mm * scale for w in (14, 44, 34, 52, 30)],
        st=st,
        align=["c", "l", "r", "l", "l"],
        extra=[("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F7F7F7")) for r in shaded],
    )
    posted = notice.posted_date if notice and not draft else ""
    supervision = disclosure.supervision_opinion or (notice.review_opinion if notice else "")
    review = disclosure.review_opinion
    if draft:
        supervision = review = ""
    publicity_end = notice.publicity_end() if notice else None
    days = notice.publicity_days if notice else 7
    story: list[Flowable] = [
        para(title, st.title),
        gap(2 * st.scale),
        para(
            f"公开类别：财务公开　　所属期间：{chinese_date(start.isoformat())}至"
            f"{chinese_date(end.isoformat())}",
            st.subtitle,
        ),
        para(
            f"公开日期：{chinese_date(posted) or '　　年　月　日'}　　公示期：{days}天"
            + (f"（至{chinese_date(publicity_end.isoformat())}）" if publicity_end else ""),
            st.subtitle,
        ),
        gap(3 * st.scale),
    ]
    ending: list[Flowable] = [
        gap(4 * st.scale),
        para(f"民主理财小组意见：{review or '　'}", st.body),
        para(f"民主理财小组成员（签字）：{disclosure.review_members or '　'}", st.body),
        gap(2 * st.scale),
        para(f"村务监督委员会意见：{supervision or '　'}", st.body),
        signature_lines(["监委会主任签字", "理财小组组长签字"], st=st, width=width),
        gap(2 * st.scale),
        seals_row(
            ["村务监督委员会（盖章）", f"{profile.name}村民委员会（盖章）"], st=st, width=width
        ),
        gap(3 * st.scale),
        para(f"制表人：{disclosure.prepared_by or '　　'}", st.body),
        *closing_lines(profile, end=publicity_end, st=st),
    ]
    story.append(with_ending(table, ending))
    return render_pdf(story, title=title, page=page, draft=draft)
