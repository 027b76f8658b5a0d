"""矛盾纠纷排查汇总（全镇）: one row per village for a month and the town's total.

Counts only (the findings themselves are never printed for the public, and
this sheet goes to the town's 综治 office): sweeps, 零报告, missed periods,
findings by risk and by how they were handled.
"""

from __future__ import annotations

from collections.abc import Sequence

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

PAGE = "A4-landscape"


def town_screening_pdf(
    town_name: str,
    month_title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    made_on: str,
) -> bytes:
    st = styles(base_size=10)
    width = content_width(PAGE)
    title = f"{town_name}矛盾纠纷排查汇总表（{month_title}）"
    first = 30 * mm
    rest = (width - first) / max(1, len(headers) - 1)
    table: list[list[object]] = [list(headers)]
    table += [[str(c) for c in row] for row in rows]
    if not rows:
        table.append(["本月各村尚无排查记录", *[""] * (len(headers) - 1)])
    story: list[Flowable] = [
        para(title, st.title),
        gap(2),
        para("内部汇总，不得公开张贴。", st.subtitle),
        gap(3),
        grid_table(table, [first, *[rest] * (len(headers) - 1)], st=st,
                   align=["l", *["c"] * (len(headers) - 1)]),
        gap(3),
        para("说明：未按时排查指本月已结束而没有排查记录的排查周期；合计为各村之和。", st.small),
        gap(2),
        para(f"制表日期：{chinese_date(made_on)}", st.body),
    ]  # fmt: skip
    return render_pdf(story, title=title, page=PAGE)
