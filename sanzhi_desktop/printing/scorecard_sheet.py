"""The monthly 通报: the scorecard of every village on one A3 landscape sheet.

Villages are rows in rank order, the catalogue's items columns grouped by
part; each cell is the figure with its grade as a light fill (达标 green,
接近 amber, 未达标 red, 无数据 grey) and a mark (√ / △ / × / —) so a sheet
copied in black and white still reads. Below: the month's changes and how
fresh each village's data was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.printing.sheet import (
    content_width,
    gap,
    grid_table,
    para,
    render_pdf,
    styles,
)

FILLS = {
    "met": colors.HexColor("#E2F0D9"),
    "near": colors.HexColor("#FFF2CC"),
    "missed": colors.HexColor("#F8CBAD"),
    "no_data": colors.HexColor("#EDEDED"),
}
MARKS = {"met": "√", "near": "△", "missed": "×", "no_data": "—"}


@dataclass(frozen=True)
class ScoreColumn:
    code: str
    title: str
    target: str
    weight: float


@dataclass(frozen=True)
class ScoreRow:
    rank: int
    village: str
    cells: list[tuple[str, str]]  # (figure shown, grade value) per column
    total: float
    fresh: str


@dataclass(frozen=True)
class ScorecardSheet:
    town_name: str
    period: str  # 2026年1—11月
    columns: list[ScoreColumn]
    rows: list[ScoreRow]
    changes: list[str] = field(default_factory=list)
    made_on: str = ""
    default_catalogue: bool = False
    page: str = "A3-landscape"

    @property
    def title(self) -> str:
        return f"{self.town_name}“三治融合”工作考核通报（{self.period}）"


def score_grid(
    columns: list[ScoreColumn],
    rows: list[ScoreRow],
    *,
    st: Any,
    width: float,
    name_header: str = "村",
    total_header: str = "总分",
) -> Flowable:
    """The graded table: a row per office, a coloured, marked cell per item (town and county)."""
    fixed = [11 * mm, 22 * mm, 13 * mm, 22 * mm]
    item_width = (width - sum(fixed)) / max(1, len(columns))
    # Two header rows: the items, then each one's target and points (a narrow column
    # keeps its title whole; the target line is short).
    header: list[Any] = ["名次", name_header, *[c.title for c in columns], total_header, "数据截至"]
    targets: list[Any] = ["", "目标", *[f"{c.target}\n{c.weight:g}分" for c in columns]]
    targets += ["", ""]
    table: list[list[Any]] = [header, targets]
    extra: list[tuple[Any, ...]] = [("SPAN", (0, 0), (0, 1)), ("SPAN", (-2, 0), (-2, 1)),
                                    ("SPAN", (-1, 0), (-1, 1))]  # fmt: skip
    for r, row in enumerate(rows, start=2):
        line: list[Any] = [str(row.rank), row.village]
        for c, (shown, graded) in enumerate(row.cells, start=2):
            line.append(shown if graded == "no_data" else f"{MARKS[graded]}\n{shown}")
            extra.append(("BACKGROUND", (c, r), (c, r), FILLS[graded]))
        line += [f"{row.total:g}", row.fresh or "—"]
        table.append(line)
    widths = [fixed[0], fixed[1], *([item_width] * len(columns)), fixed[2], fixed[3]]
    align = ["c", "l", *(["c"] * len(columns)), "c", "c"]
    return grid_table(table, widths, st=st, align=align, extra=extra, header_rows=2)


def render_scorecard(sheet: ScorecardSheet) -> bytes:
    st = styles(base_size=11)
    width = content_width(sheet.page, margins_mm=12)
    story: list[Flowable] = [
        para(sheet.title, st.title),
        gap(2),
        para(f"制表日期：{sheet.made_on}　　√达标　△接近　×未达标　—无数据", st.subtitle),
        gap(3),
        score_grid(sheet.columns, sheet.rows, st=st, width=width),
        gap(4),
    ]
    if sheet.default_catalogue:
        story.append(para("注：本通报使用程序默认考核目录，分值和门槛以镇考核办法为准。", st.small))
    story.append(para("本月变化", st.heading))
    for text in sheet.changes or ["本月各村考核结果无变化。"]:
        story.append(para(text, st.body))
    return render_pdf(story, title=sheet.title, page=sheet.page, margins_mm=12)
