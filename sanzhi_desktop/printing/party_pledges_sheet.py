"""党员承诺公示: each member's pledges for the year, and what has been done so far.

A public sheet: name, villager group, the pledges and their fulfilment —
nothing else of the member (no ID number, phone, review grade or points
deductions; the dataclass cannot carry them).
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
class PledgeLine:
    name: str
    group_no: int
    content: str
    fulfilled: str = ""


@dataclass(frozen=True)
class PledgesSheet:
    village_name: str
    year: int
    lines: list[PledgeLine] = field(default_factory=list)
    posted_date: str = ""
    publicity_days: int = 7
    objection_channel: str = ""
    page: str = "A4"

    @property
    def title(self) -> str:
        return f"{self.village_name}{self.year}年度党员承诺公示"


def render_pledges_sheet(sheet: PledgesSheet) -> bytes:
    st = styles()
    width = content_width(sheet.page)
    story: list[Flowable] = [para(sheet.title, st.title), gap(3)]
    story.append(
        para(
            "按照“承诺、践诺、积分、评议”工作要求，现将本支部党员年度承诺事项公示如下，"
            "请广大群众监督。",
            st.body,
        )
    )
    story.append(gap(3))
    rows: list[list[object]] = [["序号", "姓名", "村民小组", "承诺事项", "践诺情况"]]
    for number, line in enumerate(sheet.lines, start=1):
        rows.append(
            [str(number), line.name, group_label(line.group_no) if line.group_no else "",
             line.content, line.fulfilled or "—"]
        )  # fmt: skip
    if not sheet.lines:
        rows.append(["", "本年度尚无党员承诺", "", "", ""])
    first = [12 * mm, 20 * mm, 20 * mm]
    rest = width - sum(first)
    story.append(
        with_ending(
            grid_table(
                rows, [*first, rest * 0.58, rest * 0.42], st=st, align=["c", "c", "c", "l", "l"]
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
