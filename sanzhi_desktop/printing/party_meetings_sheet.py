"""三会一课 register of a year: every meeting, its attendance and who was absent.

Kept for the branch and shown to the town's inspectors; it names members
(present and absent) and nothing else of them. The periods the rhythm asked
for and no meeting was held are listed at the end rather than hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    para,
    render_pdf,
    signature_lines,
    styles,
)


@dataclass(frozen=True)
class MeetingLine:
    held_on: str
    kind: str
    topic: str
    host: str
    expected: int
    present: int
    absent: str = ""


@dataclass(frozen=True)
class MeetingsRegister:
    village_name: str
    year: int
    lines: list[MeetingLine] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    page: str = "A4-landscape"

    @property
    def title(self) -> str:
        return f"{self.village_name}党支部{self.year}年度“三会一课”登记簿"


def render_meetings_register(sheet: MeetingsRegister) -> bytes:
    st = styles(base_size=10)
    width = content_width(sheet.page)
    story: list[Flowable] = [para(sheet.title, st.title), gap(3)]
    counts: dict[str, int] = {}
    for line in sheet.lines:
        counts[line.kind] = counts.get(line.kind, 0) + 1
    summary = "；".join(f"{kind}{n}次" for kind, n in counts.items()) or "无"
    story.append(para(f"本年度共召开会议{len(sheet.lines)}次：{summary}。", st.body))
    story.append(gap(3))
    rows: list[list[object]] = [
        ["序号", "日期", "类别", "主题", "主持人", "应到", "实到", "缺席人员（原因）"]
    ]
    for number, line in enumerate(sheet.lines, start=1):
        rows.append(
            [
                str(number), chinese_date(line.held_on), line.kind, line.topic, line.host,
                str(line.expected), str(line.present), line.absent or "无",
            ]
        )  # fmt: skip
    if not sheet.lines:
        rows.append(["", "本年度没有会议记录", "", "", "", "", "", ""])
    fixed = [10 * mm, 30 * mm, 26 * mm, 0.0, 20 * mm, 12 * mm, 12 * mm, 0.0]
    free = width - sum(fixed)
    fixed[3], fixed[7] = free * 0.55, free * 0.45
    story.append(grid_table(rows, fixed, st=st, align=["c", "c", "c", "l", "c", "c", "c", "l"]))
    story.append(gap(4))
    if sheet.missed:
        story.append(para("未按规定召开：" + "；".join(sheet.missed) + "。", st.body))
        story.append(gap(4))
    story.append(signature_lines(["党支部书记", "记录人"], st=st, width=width * 0.6))
    return render_pdf(story, title=sheet.title, page=sheet.page)
