"""The county's 通报: towns ranked, then each town's villages, on A3 landscape.

The same table as the town's sheet (:func:`printing.scorecard_sheet.score_grid`:
figure, mark √ / △ / × / — and a light fill per grade, so a black-and-white
copy still reads), first with a line per town (its villages' counts pooled,
its mean score), then a table per town, in the towns' rank order. Like the
town's sheet it prints office names and figures only, never a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from sanzhi_desktop.printing.scorecard_sheet import ScoreColumn, ScoreRow, score_grid
from sanzhi_desktop.printing.sheet import content_width, gap, para, render_pdf, styles


@dataclass(frozen=True)
class CountyScorecardSheet:
    county_name: str
    period: str  # 2026年1—11月
    columns: list[ScoreColumn]
    towns: list[ScoreRow]  # ranked; ``village`` holds the town's name
    villages: list[tuple[str, list[ScoreRow]]]  # (town name, its villages ranked), towns' order
    changes: list[str] = field(default_factory=list)
    made_on: str = ""
    page: str = "A3-landscape"

    @property
    def title(self) -> str:
        return f"{self.county_name}“三治融合”工作考核通报（{self.period}）"


def render_county_scorecard(sheet: CountyScorecardSheet) -> bytes:
    st = styles(base_size=11)
    width = content_width(sheet.page, margins_mm=12)
    story: list[Flowable] = [
        para(sheet.title, st.title),
        gap(2),
        para(f"制表日期：{sheet.made_on}　　√达标　△接近　×未达标　—无数据", st.subtitle),
        gap(3),
        para("一、各乡镇排名", st.heading),
        score_grid(
            sheet.columns,
            sheet.towns,
            st=st,
            width=width,
            name_header="乡镇",
            total_header="村均分",
        ),
        gap(2),
        para(
            "注：乡镇的比率按全镇各村合计计算，次数、个数为村均值；名次按村均分排列。"
            "各乡镇均按县默认考核目录评分。",
            st.small,
        ),
        gap(4),
        para("二、本月变化", st.heading),
    ]
    for text in sheet.changes or ["本月各乡镇考核结果无变化。"]:
        story.append(para(text, st.body))
    story += [gap(4), para("三、各村情况", st.heading)]
    for town, rows in sheet.villages:
        story.append(para(town, st.heading))
        story.append(score_grid(sheet.columns, rows, st=st, width=width))
        story.append(gap(3))
    return render_pdf(story, title=sheet.title, page=sheet.page, margins_mm=12)
