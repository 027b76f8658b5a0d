"""信用农户评定结果公示: the household head and the grade — nothing else.

A public sheet (a 信用农户 grade is an honour, public by nature). Scores,
the panel's criteria, bad-faith records, the bank and the credit line stay in
the program: the row type has no field for them, so they cannot be printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.printing.moral_parts import closing_block
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
class CreditRow:
    head_name: str
    grade: str


@dataclass(frozen=True)
class CreditSheet:
    village_name: str
    year: int
    grade_names: list[str]
    rows: list[CreditRow] = field(default_factory=list)
    posted_date: str = ""
    publicity_days: int = 7
    objection_channel: str = ""
    page: str = "A4"

    @property
    def title(self) -> str:
        return f"{self.village_name}{self.year}年度信用农户评定结果公示"


def render_credit_sheet(sheet: CreditSheet) -> bytes:
    st = styles()
    width = content_width(sheet.page)
    counts = {g: sum(1 for r in sheet.rows if r.grade == g) for g in sheet.grade_names}
    summary = "，".join(f"{g}级{n}户" for g, n in counts.items() if n)
    story: list[Flowable] = [
        para(sheet.title, st.title),
        gap(3),
        para(
            f"经村信用评定小组评定，本年度共评出信用农户{len(sheet.rows)}户"
            + (f"（{summary}）" if summary else "")
            + "，现予公示。",
            st.body,
        ),
        gap(3),
    ]
    order = {g: n for n, g in enumerate(sheet.grade_names)}
    ordered = sorted(sheet.rows, key=lambda r: order.get(r.grade, len(order)))
    # Two households per line keeps a village of 300 households on a few pages.
    table: list[list[object]] = [["序号", "户主", "信用等级", "序号", "户主", "信用等级"]]
    for start in range(0, len(ordered), 2):
        line: list[object] = []
        for n in (start, start + 1):
            if n < len(ordered):
                line += [str(n + 1), ordered[n].head_name, ordered[n].grade]
            else:
                line += ["", "", ""]
        table.append(line)
    if not ordered:
        table.append(["", "无", "", "", "", ""])
    third = width / 2
    cols = [12 * mm, third - 12 * mm - 24 * mm, 24 * mm] * 2
    story.append(
        with_ending(
            grid_table(table, cols, st=st, align=["c"] * 6),
            closing_block(
                st=st,
                width=width,
                posted_date=sheet.posted_date,
                publicity_days=sheet.publicity_days,
                objection_channel=sheet.objection_channel,
                seals=["村民委员会（盖章）", "村信用评定小组"],
            ),
        )
    )
    return render_pdf(story, title=sheet.title, page=sheet.page)
