"""The 十星级文明户 list for a cycle: household head, group, star count and the stars held.

A public sheet: it shows the head's name and villager group and the named
stars — nothing else about the household. Star households are praise, so
names print in full; identifiers typed anywhere never reach it.
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
    page_scale,
    para,
    render_pdf,
    styles,
    with_ending,
)


@dataclass(frozen=True)
class StarListRow:
    head_name: str
    group_no: int
    stars: list[str]
    plaqued: bool = True


@dataclass(frozen=True)
class StarListSheet:
    village_name: str
    cycle: int
    star_names: list[str]
    rows: list[StarListRow] = field(default_factory=list)
    posted_date: str = ""
    publicity_days: int = 7
    objection_channel: str = ""
    page: str = "A4"

    @property
    def title(self) -> str:
        return f"{self.village_name}{self.cycle}年度“十星级文明户”名单"


def render_star_list(sheet: StarListSheet) -> bytes:
    scale = page_scale(sheet.page)
    st = styles(scale=scale)
    width = content_width(sheet.page)
    story: list[Flowable] = [para(sheet.title, st.title), gap(3 * scale)]
    story.append(para(f"本年度评星项目：{'、'.join(sheet.star_names)}。", st.body))
    counts: dict[int, int] = {}
    for row in sheet.rows:
        counts[len(row.stars)] = counts.get(len(row.stars), 0) + 1
    summary = "，".join(f"{n}星户{c}户" for n, c in sorted(counts.items(), reverse=True))
    story.append(
        para(
            f"共评出星级文明户{len(sheet.rows)}户" + (f"（{summary}）" if summary else "") + "。",
            st.body,
        )
    )
    story.append(gap(3 * scale))
    rows: list[list[object]] = [["序号", "户主", "村民小组", "星级", "所获星目", "授牌"]]
    ordered = sorted(sheet.rows, key=lambda r: (-len(r.stars), r.group_no))
    for number, row in enumerate(ordered, start=1):
        rows.append(
            [
                str(number),
                row.head_name,
                group_label(row.group_no),
                f"{len(row.stars)}星",
                "、".join(row.stars),
                "已授牌" if row.plaqued else "待授牌",
            ]
        )
    if not sheet.rows:
        rows.append(["", "无", "", "", "", ""])
    widths = [12 * mm * scale, 22 * mm * scale, 20 * mm * scale, 16 * mm * scale]
    last = 18 * mm * scale
    table = grid_table(
        rows,
        [*widths, width - sum(widths) - last, last],
        st=st,
        align=["c", "c", "c", "c", "l", "c"],
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
                seals=["村民委员会（盖章）", "村党支部（盖章）"],
            ),
        )
    )
    return render_pdf(story, title=sheet.title, page=sheet.page)
