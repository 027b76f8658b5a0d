"""Two 法治 sheets: the honours 公示 (pinned up) and the 宪法入户 coverage by group.

The honours 公示 lists 法治带头人, 法律明白人 and 尊法学法守法用法示范户 named in a
year: honours are public by nature (GLOSSARY), so names and villager groups
print in full — and nothing else personal: no ID number, phone or address,
and any such number typed into a basis text is masked.

The coverage sheet is for the town's check: each 村民小组's households
reached against its live households, the total, and the households still to
visit (户号 and 户主 only).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from sanzhi_desktop.domain.masking import scrub_identifiers
from sanzhi_desktop.printing.moral_parts import closing_block, group_label
from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    keep,
    para,
    render_pdf,
    styles,
    with_ending,
)


@dataclass(frozen=True)
class HonourRow:
    name: str
    group_no: int
    basis: str


@dataclass(frozen=True)
class HonourSection:
    title: str
    rows: list[HonourRow]
    household: bool = False


@dataclass(frozen=True)
class HonoursSheet:
    village_name: str
    year: int
    sections: list[HonourSection]
    posted_date: str
    objection_channel: str
    publicity_days: int = 7

    @property
    def title(self) -> str:
        return f"{self.village_name}{self.year}年法治带头人、法律明白人、示范户公示"


def render_honours_sheet(sheet: HonoursSheet) -> bytes:
    st = styles(base_size=11)
    width = content_width()
    story: list[Flowable] = [para(sheet.title, st.title), gap(3)]
    story.append(
        para(
            f"经个人申报、村民推荐和村两委审核，现将{sheet.year}年评定的法治带头人、"
            "法律明白人和尊法学法守法用法示范户予以公示，接受群众监督。",
            st.body,
        )
    )
    story.append(gap(3))
    tables: list[tuple[Flowable, Table]] = []
    for index, section in enumerate(sheet.sections, start=1):
        who = "户主" if section.household else "姓名"
        rows: list[list[object]] = [["序号", who, "村民小组", "评定依据（事迹）"]]
        for number, row in enumerate(section.rows, start=1):
            rows.append(
                [str(number), row.name, group_label(row.group_no), scrub_identifiers(row.basis)]
            )
        if not section.rows:
            rows.append(["", "本年无", "", ""])
        widths = [12 * mm, 24 * mm, 20 * mm]
        table = grid_table(rows, [*widths, width - sum(widths)], st=st, align=["c", "c", "c", "l"])
        heading = para(f"{'一二三四五'[index - 1]}、{section.title}", st.heading)
        tables.append((heading, table))
    ending = closing_block(
        st=st,
        width=width,
        posted_date=sheet.posted_date,
        publicity_days=sheet.publicity_days,
        objection_channel=sheet.objection_channel,
        seals=["村党支部（盖章）", "村民委员会（盖章）"],
    )
    # the last register's table keeps the seals, dates and objection line with it (issue 22)
    for heading, table in tables[:-1]:
        story += [keep(heading, table), gap(4)]
    if tables:
        heading, table = tables[-1]
        story += [heading, with_ending(table, ending)]
    else:
        story.append(keep(*ending))
    return render_pdf(story, title=sheet.title)


@dataclass(frozen=True)
class CoverageRow:
    group_no: int
    households: int
    reached: int
    percent: str


@dataclass(frozen=True)
class MissingRow:
    group_no: int
    household_no: str
    head_name: str


@dataclass(frozen=True)
class CoverageSheet:
    village_name: str
    year: int
    groups: list[CoverageRow]
    total: CoverageRow
    missing: list[MissingRow] = field(default_factory=list)
    printed_on: str = ""

    @property
    def title(self) -> str:
        return f"{self.village_name}{self.year}年宪法入户宣传覆盖情况"


def render_coverage_sheet(sheet: CoverageSheet) -> bytes:
    st = styles(base_size=11)
    width = content_width()
    story: list[Flowable] = [para(sheet.title, st.title), gap(3)]
    story.append(para("目标：宪法宣传入户达标率100%（已入户户数 ÷ 在册户数）。", st.body))
    story.append(gap(3))
    rows: list[list[object]] = [["村民小组", "在册户数", "已入户", "未入户", "覆盖率"]]
    for g in [*sheet.groups, sheet.total]:
        rows.append(
            [
                group_label(g.group_no) if g.group_no else "合计",
                str(g.households),
                str(g.reached),
                str(g.households - g.reached),
                g.percent,
            ]
        )
    col = width / 5
    story.append(grid_table(rows, [col] * 5, st=st, align=["c", "r", "r", "r", "r"]))
    story.append(gap(5))
    story.append(para("尚未入户宣传的户", st.heading))
    miss: list[list[object]] = [["序号", "村民小组", "户号", "户主"]]
    for number, m in enumerate(sheet.missing, start=1):
        miss.append([str(number), group_label(m.group_no), m.household_no, m.head_name])
    if not sheet.missing:
        miss.append(["", "全部已入户", "", ""])
    mw = width / 4
    story.append(grid_table(miss, [mw] * 4, st=st, align=["c", "c", "c", "c"]))
    story.append(gap(5))
    story.append(para(f"打印日期：{chinese_date(sheet.printed_on)}", st.body))
    return render_pdf(story, title=sheet.title)
