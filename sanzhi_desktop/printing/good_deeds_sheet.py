"""The month's 善行义举榜 (四德榜): deeds under 孝 / 诚 / 爱 / 仁, each with name and group.

Praise prints the name in full; the deed text passes through
``scrub_identifiers`` so an ID or phone typed into it never reaches the board.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.good_deeds import VIRTUES
from sanzhi_desktop.domain.masking import scrub_identifiers
from sanzhi_desktop.domain.moral_common import chinese_month
from sanzhi_desktop.printing.moral_parts import closing_block, group_label
from sanzhi_desktop.printing.sheet import (
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
class DeedRow:
    virtue: str
    name: str
    group_no: int
    deed: str
    nominated_by: str = ""


@dataclass(frozen=True)
class GoodDeedsSheet:
    village_name: str
    month: str
    review_body: str
    review_date: str = ""
    rows: list[DeedRow] = field(default_factory=list)
    posted_date: str = ""
    publicity_days: int = 7
    objection_channel: str = ""
    page: str = "A4"

    @property
    def title(self) -> str:
        return f"{self.village_name}{chinese_month(self.month)}善行义举榜"


def render_good_deeds(sheet: GoodDeedsSheet) -> bytes:
    scale = page_scale(sheet.page)
    st = styles(scale=scale)
    red = styles(color=RED, scale=scale)
    width = content_width(sheet.page)
    story: list[Flowable] = [para(sheet.title, red.title), gap(3 * scale)]
    review = chinese_date(sheet.review_date) if sheet.review_date else ""
    story.append(para(f"评议时间：{review}　　评议机构：{sheet.review_body}", st.body))
    story.append(gap(3 * scale))
    widths = [12 * mm * scale, 22 * mm * scale, 20 * mm * scale]
    tables = []
    for virtue, meaning in VIRTUES.items():
        rows = [r for r in sheet.rows if r.virtue == virtue]
        story.append(para(f"【{virtue}】{meaning}", red.heading))
        table: list[list[object]] = [["序号", "姓名", "村民小组", "事迹"]]
        for number, row in enumerate(rows, start=1):
            table.append(
                [str(number), row.name, group_label(row.group_no), scrub_identifiers(row.deed)]
            )
        if not rows:
            table.append(["", "本月无", "", ""])
        tables.append(
            grid_table(table, [*widths, width - sum(widths)], st=st, align=["c", "c", "c", "l"])
        )
        if virtue != list(VIRTUES)[-1]:
            story += [tables[-1], gap(3 * scale)]
    story.append(
        with_ending(
            tables[-1],
            closing_block(
                st=st,
                width=width,
                posted_date=sheet.posted_date,
                publicity_days=sheet.publicity_days,
                objection_channel=sheet.objection_channel,
                seals=["村民委员会（盖章）", f"{sheet.review_body}（盖章）"],
            ),
        )
    )
    return render_pdf(story, title=sheet.title, page=sheet.page)
