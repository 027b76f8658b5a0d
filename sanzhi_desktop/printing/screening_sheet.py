"""The month's 矛盾纠纷排查登记表: every sweep (零报告 included) and every finding.

An internal register for the village and the town's 综治 office, never a
public sheet: it names the parties to brewing disputes. It says so under its
title, and no ID number or phone can reach it — the rows carry names only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.moral_common import chinese_month
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

PAGE = "A4-landscape"
INTERNAL_NOTE = "内部登记，不得公开张贴"


@dataclass(frozen=True)
class SweepRow:
    sweep_date: str
    period: str
    swept_by: str
    area: str
    nil_return: bool


@dataclass(frozen=True)
class FindingRow:
    found_date: str
    dispute_type: str
    parties: str
    summary: str
    risk: str
    deadline: str
    handling: str
    handled_date: str
    case_no: str = ""
    source: str = "排查"


@dataclass(frozen=True)
class ScreeningSheet:
    village_name: str
    month: str
    sweeps: list[SweepRow] = field(default_factory=list)
    findings: list[FindingRow] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.village_name}{chinese_month(self.month)}矛盾纠纷排查登记表"


def render_screening_sheet(sheet: ScreeningSheet) -> bytes:
    st = styles(base_size=10)
    width = content_width(PAGE)
    story: list[Flowable] = [
        para(sheet.title, st.title),
        para(f"（{INTERNAL_NOTE}）", st.subtitle),
        gap(3),
    ]
    nil = sum(1 for s in sheet.sweeps if s.nil_return)
    story.append(
        para(
            f"本月排查{len(sheet.sweeps)}次，其中零报告{nil}次；发现矛盾纠纷{len(sheet.findings)}件"
            + (f"；未按时排查：{'、'.join(sheet.missed)}" if sheet.missed else "")
            + "。",
            st.body,
        )
    )
    story.append(gap(2))
    story.append(para("一、排查记录", st.heading))
    sweep_rows: list[list[object]] = [
        ["序号", "排查日期", "排查周期", "排查人", "排查范围", "结果"]
    ]
    for n, s in enumerate(sheet.sweeps, start=1):
        sweep_rows.append(
            [
                str(n),
                chinese_date(s.sweep_date),
                s.period,
                s.swept_by,
                s.area,
                "零报告" if s.nil_return else "有发现",
            ]
        )
    if not sheet.sweeps:
        sweep_rows.append(["", "本月无排查记录", "", "", "", ""])
    fixed = [12 * mm, 30 * mm, 34 * mm, 50 * mm, 20 * mm]
    story.append(
        grid_table(
            sweep_rows,
            [*fixed[:4], width - sum(fixed), fixed[4]],
            st=st,
            align=["c", "c", "c", "l", "l", "c"],
        )
    )
    story.append(gap(4))
    story.append(para("二、发现的矛盾纠纷及处置", st.heading))
    rows: list[list[object]] = [
        [
            "序号",
            "发现日期",
            "来源",
            "纠纷类型",
            "当事人",
            "简要情况",
            "风险",
            "处置期限",
            "处置方式",
            "处置日期",
            "调解卷号",
        ]
    ]
    for n, f in enumerate(sheet.findings, start=1):
        rows.append(
            [
                str(n),
                f.found_date,
                f.source,
                f.dispute_type,
                f.parties,
                f.summary,
                f.risk,
                f.deadline,
                f.handling,
                f.handled_date,
                f.case_no,
            ]
        )
    if not sheet.findings:
        rows.append(["", "无", "", "", "", "", "", "", "", "", ""])
    widths = [
        10 * mm,
        22 * mm,
        11 * mm,
        22 * mm,
        28 * mm,
        0.0,
        10 * mm,
        22 * mm,
        20 * mm,
        22 * mm,
        32 * mm,
    ]
    widths[5] = width - sum(widths)
    story.append(
        grid_table(
            rows, widths, st=st, align=["c", "c", "c", "c", "l", "l", "c", "c", "c", "c", "l"]
        )
    )
    story.append(gap(8))
    story.append(signature_lines(["填表人", "村治保（调解）负责人"], st=st, width=width * 0.7))
    return render_pdf(story, title=sheet.title, page=PAGE, margins_mm=12)
