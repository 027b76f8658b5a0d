"""党员积分公示: the quarter's points per member and the year's total so far.

Members' points are public (issue 18: "the pledges and the points table
are"), so names print in full; the year-end review grade never appears.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.printing.moral_parts import closing_block, group_label
from sanzhi_desktop.printing.sheet import (
    content_width,
    gap,
    grid_table,
    para,
    render_pdf,
    styles,
    with_ending,
)


@dataclass(frozen=True)
class PartyPointsRow:
    name: str
    group_no: int
    earned: int
    deducted: int
    year_total: int


@dataclass(frozen=True)
class PartyPointsSheet:
    village_name: str
    year: int
    quarter: int
    rows: list[PartyPointsRow] = field(default_factory=list)
    posted_date: str = ""
    publicity_days: int = 7
    objection_channel: str = ""
    page: str = "A4"

    @property
    def title(self) -> str:
        return f"{self.village_name}{self.year}年第{self.quarter}季度党员积分公示"


def render_party_points_sheet(sheet: PartyPointsSheet) -> bytes:
    st = styles()
    width = content_width(sheet.page)
    story: list[Flowable] = [para(sheet.title, st.title), gap(3)]
    story.append(
        para(
            "依据党员积分管理办法，现将本季度党员积分情况公示如下（按年度累计积分排序）。",
            st.body,
        )
    )
    story.append(gap(3))
    rows: list[list[object]] = [["序号", "姓名", "村民小组", "本季加分", "本季扣分", "年度累计"]]
    for number, row in enumerate(sheet.rows, start=1):
        rows.append(
            [
                str(number),
                row.name,
                group_label(row.group_no) if row.group_no else "",
                f"+{row.earned}" if row.earned else "0",
                str(row.deducted),
                str(row.year_total),
            ]
        )
    if not sheet.rows:
        rows.append(["", "本季度无党员积分记录", "", "", "", ""])
    first = [12 * mm, 26 * mm, 22 * mm]
    rest = (width - sum(first)) / 3
    story.append(
        with_ending(
            grid_table(
                rows, [*first, rest, rest, rest], st=st, align=["c", "c", "c", "r", "r", "r"]
            ),
            closing_block(
                st=st,
                width=width,
                posted_date=sheet.posted_date,
                publicity_days=sheet.publicity_days,
                objection_channel=sheet.objection_channel,
                seals=[f"中共{sheet.village_name}支部委员会（盖章）"],
            ),
        )
    )
    return render_pdf(story, title=sheet.title, page=sheet.page)
