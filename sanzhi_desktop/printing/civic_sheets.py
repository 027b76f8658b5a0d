"""The 自治/德治 registers on paper: the councils and their members, the 乡贤 roll, 家规家训.

All three are public by nature (GLOSSARY: honours and bodies may name
people), so they print names and villager groups — and nothing more personal:
no ID numbers or phones (the rows carry none), no addresses (an outside
member or worthy is shown as 外村 / 在外乡贤, not where they live), no money
(a worthy's gifts print as the projects, not sums). Free texts pass through
``scrub_identifiers`` so an ID or phone typed into them never reaches paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.masking import scrub_identifiers
from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    keep,
    para,
    render_pdf,
    seal_box,
    styles,
)


@dataclass(frozen=True)
class MemberLine:
    name: str
    role: str
    group: str  # "3组", or "外村" for an outside member
    term: str


@dataclass(frozen=True)
class CouncilBlock:
    name: str
    set_up_date: str
    meetings_in_year: int
    members: list[MemberLine] = field(default_factory=list)


@dataclass(frozen=True)
class CouncilsSheet:
    village_name: str
    year: int
    councils: list[CouncilBlock]
    made_on: str

    @property
    def title(self) -> str:
        return f"{self.village_name}一约五会组织机构及成员名单（{self.year}年）"


def render_councils(sheet: CouncilsSheet) -> bytes:
    st = styles()
    width = content_width()
    story: list[Flowable] = [para(sheet.title, st.title), gap(4)]
    widths = [12 * mm, 26 * mm, 24 * mm, 22 * mm]
    for block in sheet.councils:
        heading = para(
            f"{block.name}（{chinese_date(block.set_up_date)}成立，"
            f"本年度开会{block.meetings_in_year}次）",
            st.heading,
        )
        rows: list[list[object]] = [["序号", "姓名", "职务", "村民小组", "任期"]]
        for number, member in enumerate(block.members, start=1):
            rows.append([str(number), member.name, member.role, member.group, member.term])
        if not block.members:
            rows.append(["", "本年度无在任成员", "", "", ""])
        table = grid_table(
            rows, [*widths, width - sum(widths)], st=st, align=["c", "c", "c", "c", "l"]
        )
        story += [keep(heading, gap(1), table), gap(4)]
    story.append(
        keep(
            para(f"制表日期：{chinese_date(sheet.made_on)}", st.body),
            gap(3),
            seal_box("村民委员会（盖章）", st=st),
        )
    )
    return render_pdf(story, title=sheet.title)


@dataclass(frozen=True)
class WorthyLine:
    name: str
    where: str  # "3组" or "在外乡贤"
    field: str
    roles: str
    projects: str


@dataclass(frozen=True)
class WorthiesSheet:
    village_name: str
    rows: list[WorthyLine]
    made_on: str

    @property
    def title(self) -> str:
        return f"{self.village_name}乡贤名录"


def render_worthies(sheet: WorthiesSheet) -> bytes:
    st = styles()
    width = content_width()
    widths = [12 * mm, 22 * mm, 20 * mm, 22 * mm, 30 * mm]
    rows: list[list[object]] = [["序号", "姓名", "村民小组", "类别", "六大员职责", "主要贡献"]]
    for number, line in enumerate(sheet.rows, start=1):
        rows.append(
            [
                str(number),
                line.name,
                line.where,
                line.field,
                line.roles.replace("、", "\n") or "—",
                scrub_identifiers(line.projects) or "—",
            ]
        )
    story: list[Flowable] = [
        para(sheet.title, st.title),
        gap(2),
        para(f"截至{chinese_date(sheet.made_on)}，共{len(sheet.rows)}人", st.subtitle),
        gap(3),
        grid_table(
            rows, [*widths, width - sum(widths)], st=st, align=["c", "c", "c", "c", "l", "l"]
        ),
        gap(6),
        keep(
            para(f"制表：村民委员会、乡贤文化促进会　　{chinese_date(sheet.made_on)}", st.body),
            gap(2),
            seal_box("村民委员会（盖章）", st=st),
        ),
    ]
    return render_pdf(story, title=sheet.title)


@dataclass(frozen=True)
class FamilyRulesLine:
    head_name: str
    group: str
    text: str
    excellent: bool


@dataclass(frozen=True)
class FamilyRulesSheet:
    village_name: str
    year: int
    rows: list[FamilyRulesLine]
    made_on: str

    @property
    def title(self) -> str:
        return f"{self.village_name}家规家训汇编（{self.year}年）"


def render_family_rules(sheet: FamilyRulesSheet) -> bytes:
    st = styles()
    width = content_width()
    story: list[Flowable] = [para(sheet.title, st.title), gap(4)]
    best = [r for r in sheet.rows if r.excellent]
    others = [r for r in sheet.rows if not r.excellent]
    widths = [12 * mm, 24 * mm, 20 * mm]
    for heading, lines in (
        (f"{sheet.year}年度优秀家规家训", best),
        ("其他家规家训", others),
    ):
        if not lines:
            continue
        rows: list[list[object]] = [["序号", "户主", "村民小组", "家规家训"]]
        for number, line in enumerate(lines, start=1):
            rows.append([str(number), line.head_name, line.group, scrub_identifiers(line.text)])
        story += [
            para(heading, st.heading),
            gap(1),
            grid_table(rows, [*widths, width - sum(widths)], st=st, align=["c", "c", "c", "l"]),
            gap(5),
        ]
    story.append(para(f"汇编日期：{chinese_date(sheet.made_on)}", st.body))
    return render_pdf(story, title=sheet.title)
