"""The month's 红袖章巡逻记录: date, shift, members, route and what each patrol found.

Patrol members are volunteers named on a log the village keeps and shows the
town; a finding that became a screening finding is marked, without the
parties' names (those stay on the internal screening register).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.moral_common import chinese_month
from sanzhi_desktop.printing.sheet import (
    content_width,
    gap,
    grid_table,
    para,
    render_pdf,
    signature_lines,
    styles,
)

PAGE = "A4-landscape"


@dataclass(frozen=True)
class PatrolRow:
    patrol_date: str
    shift: str
    members: str
    route: str
    findings: str
    to_screening: bool = False


@dataclass(frozen=True)
class PatrolSheet:
    village_name: str
    month: str
    rows: list[PatrolRow] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.village_name}{chinese_month(self.month)}红袖章巡逻记录"


def render_patrol_sheet(sheet: PatrolSheet) -> bytes:
    st = styles(base_size=10)
    width = content_width(PAGE)
    counts: dict[str, int] = {}
    for row in sheet.rows:
        counts[row.shift] = counts.get(row.shift, 0) + 1
    summary = "，".join(f"{k}{v}次" for k, v in counts.items())
    story: list[Flowable] = [
        para(sheet.title, st.title),
        gap(3),
        para(
            f"本月巡逻{len(sheet.rows)}次" + (f"（{summary}）" if summary else "") + "。", st.body
        ),
        gap(2),
    ]
    rows: list[list[object]] = [
        ["序号", "日期", "班次", "巡逻队员", "巡逻路线", "巡逻发现", "转排查"]
    ]
    for n, r in enumerate(sorted(sheet.rows, key=lambda r: r.patrol_date), start=1):
        rows.append(
            [
                str(n),
                r.patrol_date,
                r.shift,
                r.members,
                r.route,
                "发现矛盾纠纷苗头，已转排查处置" if r.to_screening else r.findings or "未发现异常",
                "是" if r.to_screening else "",
            ]
        )
    if not sheet.rows:
        rows.append(["", "本月无巡逻记录", "", "", "", "", ""])
    widths = [10 * mm, 24 * mm, 16 * mm, 55 * mm, 60 * mm, 0.0, 16 * mm]
    widths[5] = width - sum(widths)
    story.append(grid_table(rows, widths, st=st, align=["c", "c", "c", "l", "l", "l", "c"]))
    story.append(gap(8))
    story.append(signature_lines(["巡逻队长", "村治保主任"], st=st, width=width * 0.7))
    return render_pdf(story, title=sheet.title, page=PAGE, margins_mm=12)
