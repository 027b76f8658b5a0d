"""The binder's own pages: the cover, the contents with page numbers, the change-log summary."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    para,
    render_pdf,
    styles,
)

ACTIONS = {"insert": "新增", "update": "修改", "delete": "删除"}


def render_cover(title: str, *, office: str, year: int, made_on: str) -> bytes:
    st = styles(base_size=16)
    story: list[Flowable] = [
        gap(60),
        para(f"{year}年度", st.subtitle),
        gap(6),
        para(title, st.title),
        gap(10),
        para("（自治·法治·德治“三治融合”工作台账）", st.subtitle),
        gap(80),
        para(f"编制单位：{office}", st.subtitle),
        gap(4),
        para(f"装订日期：{chinese_date(made_on)}", st.subtitle),
    ]
    return render_pdf(story, title=title, page_numbers=False)


@dataclass(frozen=True)
class ContentsLine:
    part: str
    title: str
    page: int  # 0: not in the binder
    skipped: str = ""


def render_contents(title: str, lines: list[ContentsLine]) -> bytes:
    st = styles()
    width = content_width()
    rows: list[list[object]] = [["板块", "台账", "页码"]]
    previous = ""
    for line in lines:
        part = line.part if line.part != previous else ""
        previous = line.part
        shown = str(line.page) if line.page else "本年无"
        rows.append([part, line.title, shown])
    widths = [30 * mm, width - 52 * mm, 22 * mm]
    story: list[Flowable] = [
        para("目　录", st.title),
        gap(2),
        para(title, st.subtitle),
        gap(4),
        grid_table(rows, widths, st=st, align=["c", "l", "c"]),
        gap(3),
        para("“本年无”：该年度没有可装订的记录（或记录尚未审核）。", st.small),
    ]
    return render_pdf(story, title="目录", page_numbers=False)


def render_change_summary(office: str, year: int, counts: dict[str, dict[str, int]]) -> bytes:
    st = styles()
    width = content_width()
    title = f"{office}{year}年数据变更汇总"
    rows: list[list[object]] = [["台账", "新增", "修改", "删除", "合计"]]
    for label, by_action in sorted(counts.items()):
        values = [by_action.get(a, 0) for a in ACTIONS]
        rows.append([label, *map(str, values), str(sum(values))])
    if len(rows) == 1:
        rows.append(["本年没有数据变更", "", "", "", ""])
    story: list[Flowable] = [
        para(title, st.title),
        gap(3),
        para("依据本机操作日志统计（含从镇同步来的记录）。", st.subtitle),
        gap(3),
        grid_table(rows, [width - 88 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], st=st,
                   align=["l", "r", "r", "r", "r"]),
    ]  # fmt: skip
    return render_pdf(story, title=title)
