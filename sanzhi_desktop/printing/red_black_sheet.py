"""The month's 红黑榜 as it is pinned to the village notice board.

Form (GLOSSARY "Printed forms"): title "XX村20XX年X月红黑榜"; basis; review
date and body; the red table 序号 | 姓名 | 村民小组 | 类别 | 事迹 printed in
red; the black table 序号 | 户主 | 村民小组 | 违反条款 | 问题 | 整改要求 |
整改期限 printed in black; publicity period; objection channel; seals. A4 or
A3 (a board on the wall is often A3).

Privacy is applied here, where the paper is made, so no caller can forget
it: black-board names are masked (张*三) unless ``full_black_names`` is set,
and any ID or mobile number typed into a text is masked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.masking import scrub_identifiers, shown_name
from sanzhi_desktop.domain.moral_common import chinese_month
from sanzhi_desktop.printing.moral_parts import closing_block, group_label
from sanzhi_desktop.printing.sheet import (
    BLACK,
    RED,
    chinese_date,
    content_width,
    gap,
    grid_table,
    page_scale,
    para,
    render_pdf,
    styles,
    with_ending,
)


@dataclass(frozen=True)
class RedRow:
    name: str
    group_no: int
    category: str
    deed: str


@dataclass(frozen=True)
class BlackRow:
    name: str
    group_no: int
    clause: str
    problem: str
    requirement: str
    deadline: str


@dataclass(frozen=True)
class RedBlackSheet:
    village_name: str
    month: str  # YYYY-MM
    basis: str
    review_date: str
    review_body: str
    posted_date: str
    objection_channel: str
    red: list[RedRow] = field(default_factory=list)
    black: list[BlackRow] = field(default_factory=list)
    publicity_days: int = 7
    full_black_names: bool = False
    page: str = "A4"

    @property
    def title(self) -> str:
        return f"{self.village_name}{chinese_month(self.month)}红黑榜"


def render_red_black_sheet(sheet: RedBlackSheet) -> bytes:
    scale = page_scale(sheet.page)
    st = styles(scale=scale)
    red_st = styles(color=RED, scale=scale)
    width = content_width(sheet.page)
    story: list[Flowable] = [para(sheet.title, st.title), gap(3 * scale)]
    story.append(para(f"评选依据：{sheet.basis}", st.body))
    review = f"评议时间：{chinese_date(sheet.review_date)}" if sheet.review_date else "评议时间："
    story.append(para(f"{review}　　评议机构：{sheet.review_body}", st.body))
    story.append(gap(4 * scale))

    story.append(para("红　榜", red_st.heading))
    red_rows: list[list[object]] = [["序号", "姓名", "村民小组", "类别", "事迹"]]
    for number, row in enumerate(sheet.red, start=1):
        red_rows.append(
            [
                str(number),
                row.name,
                group_label(row.group_no),
                row.category,
                scrub_identifiers(row.deed),
            ]
        )
    if not sheet.red:
        red_rows.append(["", "本月无", "", "", ""])
    widths = [w * mm * scale for w in (12, 22, 20, 26)]
    story.append(
        grid_table(
            red_rows,
            [*widths, width - sum(widths)],
            st=red_st,
            align=["c", "c", "c", "c", "l"],
            color=RED,
        )
    )
    story.append(gap(6 * scale))

    story.append(para("黑　榜", st.heading))
    black_rows: list[list[object]] = [
        ["序号", "户主", "村民小组", "违反条款", "问题", "整改要求", "整改期限"]
    ]
    for number, brow in enumerate(sheet.black, start=1):
        black_rows.append(
            [
                str(number),
                shown_name(brow.name, full=sheet.full_black_names),
                group_label(brow.group_no),
                brow.clause,
                scrub_identifiers(brow.problem),
                scrub_identifiers(brow.requirement),
                chinese_date(brow.deadline),
            ]
        )
    if not sheet.black:
        black_rows.append(["", "本月无", "", "", "", "", ""])
    bw = [w * mm * scale for w in (12, 18, 20, 20)]
    deadline_w = 31 * mm * scale
    rest = width - sum(bw) - deadline_w
    black_table = grid_table(
        black_rows,
        [*bw, rest / 2, rest / 2, deadline_w],
        st=st,
        align=["c", "c", "c", "c", "l", "l", "c"],
        color=BLACK,
    )
    ending = [
        para("说明：黑榜户整改到位或公示期满后撤榜。", st.small),
        *closing_block(
            st=st,
            width=width,
            posted_date=sheet.posted_date,
            publicity_days=sheet.publicity_days,
            objection_channel=sheet.objection_channel,
            seals=["村民委员会（盖章）", f"{sheet.review_body}（盖章）"],
        ),
    ]
    story.append(with_ending(black_table, ending))
    return render_pdf(story, title=sheet.title, page=sheet.page)
