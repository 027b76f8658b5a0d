"""The county's 通报: towns ranked, then each town's villages, on A3 landscape.

The town's sheet's cells (printing/scorecard_sheet.py: the figure, a mark
√ / △ / × / — and a light fill per grade, so a black-and-white copy still
reads), a line per office (:func:`compact_grid`): first a line per town (its
villages' counts pooled, its mean score), then a table per town, in the
towns' rank order. Like the
town's sheet it prints office names and figures only, never a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from sanzhi_desktop.printing.scorecard_sheet import FILLS, MARKS, ScoreColumn, ScoreRow
from sanzhi_desktop.printing.sheet import (
    FONT_NAME,
    Styles,
    content_width,
    gap,
    para,
    render_pdf,
    styles,
)


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
    # a section title that may end a page: "keep with next" before a table taller than a
    # page moved the table to the next page and left the first one blank
    section = ParagraphStyle("section", parent=st.heading, keepWithNext=0)
    towns = styles(base_size=10)
    story: list[Flowable] = [
        para(sheet.title, st.title),
        gap(2),
        para(f"制表日期：{sheet.made_on}　　√达标　△接近　×未达标　—无数据", st.subtitle),
        gap(3),
        para("一、各乡镇排名", section),
        compact_grid(
            sheet.columns, sheet.towns, st=towns, width=width, name="乡镇", total="村均分"
        ),
        gap(2),
        para(
            "注：乡镇的比率按全镇各村合计计算，次数、个数为村均值；名次按村均分排列。"
            "各乡镇均按县默认考核目录评分。",
            st.small,
        ),
        gap(4),
        para("二、本月变化", section),
    ]
    for text in sheet.changes or ["本月各乡镇考核结果无变化。"]:
        story.append(para(text, st.body))
    story += [gap(4), para("三、各村情况", section)]
    small = styles(base_size=9)
    for town, rows in sheet.villages:
        story.append(para(f"{town}（{len(rows)}个村）", small.body))
        story.append(compact_grid(sheet.columns, rows, st=small, width=width))
        story.append(gap(3))
    return render_pdf(story, title=sheet.title, page=sheet.page, margins_mm=12)


def compact_grid(
    columns: list[ScoreColumn],
    rows: list[ScoreRow],
    *,
    st: Styles,
    width: float,
    name: str = "村",
    total: str = "总分",
) -> Flowable:
    """A town's villages, a line each: the mark and the figure side by side ("√100.0%").

    Four hundred villages are ten thousand cells: as plain one-line strings
    they set in seconds where a wrapping paragraph per cell took a minute, and
    twice as many rows fit a page. Headers and village names stay paragraphs
    (they wrap, and a rare character in a name needs the fallback fonts).
    """
    fixed = [10 * mm, 24 * mm, 12 * mm, 20 * mm]
    item_width = (width - sum(fixed)) / max(1, len(columns))
    header: list[Any] = [para(t, st.cell_center) for t in ("名次", name)]
    header += [para(c.title, st.cell_center) for c in columns]
    header += [para(t, st.cell_center) for t in (total, "数据截至")]
    targets: list[Any] = ["", "目标", *[f"{c.target} {c.weight:g}分" for c in columns], "", ""]
    data: list[list[Any]] = [header, targets]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("FONTSIZE", (0, 1), (-1, -1), st.cell.fontSize),
        ("FONTSIZE", (0, 1), (-1, 1), st.cell.fontSize - 1),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (-2, 0), (-2, 1)),
        ("SPAN", (-1, 0), (-1, 1)),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#F2F2F2")),
    ]
    for r, row in enumerate(rows, start=2):
        line: list[Any] = [str(row.rank), para(row.village, st.cell)]
        for c, (shown, graded) in enumerate(row.cells, start=2):
            line.append(shown if graded == "no_data" else f"{MARKS[graded]}{shown}")
            commands.append(("BACKGROUND", (c, r), (c, r), FILLS[graded]))
        line += [f"{row.total:g}", row.fresh or "—"]
        data.append(line)
    widths = [fixed[0], fixed[1], *([item_width] * len(columns)), fixed[2], fixed[3]]
    table = Table(data, colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle(commands))
    return table
