"""The quarter's 积分公示: per household, points earned, deducted, redeemed and the balance.

The sheet shows deductions, so household heads' names are masked (张*三) the
same way as on the black board unless the office switched full names on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.masking import shown_name
from sanzhi_desktop.printing.moral_parts import closing_block, group_label
from sanzhi_desktop.printing.sheet import (
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
class PointsRow:
    head_name: str
    group_no: int
    earned: int
    deducted: int
    redeemed: int
    balance: int


@dataclass(frozen=True)
class PointsSheet:
    village_name: str
    year: int
    quarter: int
    rows: list[PointsRow] = field(default_factory=list)
    full_names: bool = False
    posted_date: str = ""
    publicity_days: int = 7
    objection_channel: str = ""
    page: str = "A4"

    @property
    def title(self) -> str:
        return f"{self.village_name}{self.year}年第{self.quarter}季度户积分公示"


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def render_points_sheet(sheet: PointsSheet) -> bytes:
    scale = page_scale(sheet.page)
    st = styles(scale=scale)
    width = content_width(sheet.page)
    story: list[Flowable] = [para(sheet.title, st.title), gap(3 * scale)]
    story.append(
        para(
            "依据村积分制管理办法，现将本季度各户积分情况公示如下（1分可在积分超市兑换价值1元的物品）。",
            st.body,
        )
    )
    story.append(gap(3 * scale))
    rows: list[list[object]] = [
        ["序号", "户主", "村民小组", "本季加分", "本季扣分", "本季兑换", "累计余额"]
    ]
    for number, row in enumerate(sheet.rows, start=1):
        rows.append(
            [
                str(number),
                shown_name(row.head_name, full=sheet.full_names),
                group_label(row.group_no),
                _signed(row.earned) if row.earned else "0",
                str(row.deducted),
                str(row.redeemed),
                str(row.balance),
            ]
        )
    if not sheet.rows:
        rows.append(["", "本季度无积分记录", "", "", "", "", ""])
    first = [12 * mm * scale, 26 * mm * scale, 22 * mm * scale]
    rest = (width - sum(first)) / 4
    table = grid_table(
        rows, [*first, rest, rest, rest, rest], st=st, align=["c", "c", "c", "r", "r", "r", "r"]
    )
    story.append(
        with_ending(
            table,
            closing_block(
                st=st,
                width=width,
                posted_date=sheet.posted_date,
                publicity_days=sheet.publicity_days,
                objection_channel=sheet.objection_channel,
                seals=["村民委员会（盖章）", "村务监督委员会（盖章）"],
            ),
        )
    )
    return render_pdf(story, title=sheet.title, page=sheet.page)
