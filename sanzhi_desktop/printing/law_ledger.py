"""The year's 学法普法台账: sessions, attendance, each person's count against the target, 普法.

A working ledger the village keeps for the town's inspection (not pinned up):
it names the people who attended, as the paper ledgers do, and nothing more —
no ID number or phone ever reaches it, and any such number typed into a free
text is masked here, where the paper is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from sanzhi_desktop.domain.masking import scrub_identifiers
from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    para,
    render_pdf,
    styles,
)


@dataclass(frozen=True)
class SessionRow:
    held_on: str
    form: str
    topic: str
    lecturer: str
    audience: str
    hours: float
    attendees: list[str]
    materials: list[str]


@dataclass(frozen=True)
class CountRow:
    name: str
    category: str
    post: str
    attended: int
    target: int
    scores: list[int]

    @property
    def met(self) -> bool:
        return self.attended >= self.target


@dataclass(frozen=True)
class ActivityRow:
    held_on: str
    audience: str
    topic: str
    form: str
    organiser: str
    participants: int
    duty_code: str


@dataclass(frozen=True)
class DutyRow:
    code: str
    duty: str
    period: str
    state: str


@dataclass(frozen=True)
class LawLedger:
    village_name: str
    year: int
    sessions: list[SessionRow] = field(default_factory=list)
    counts: list[CountRow] = field(default_factory=list)
    activities: list[ActivityRow] = field(default_factory=list)
    duties: list[DutyRow] = field(default_factory=list)
    prepared_by: str = ""
    printed_on: str = ""

    @property
    def title(self) -> str:
        return f"{self.village_name}{self.year}年学法普法台账"


def _hours(value: float) -> str:
    return f"{value:g}"


def render_law_ledger(ledger: LawLedger) -> bytes:
    st = styles(base_size=10)
    width = content_width()
    story: list[Flowable] = [para(ledger.title, st.title), gap(4)]

    story.append(para("一、学法记录", st.heading))
    rows: list[list[object]] = [
        ["序号", "日期", "形式", "主题", "主讲人", "对象", "学时", "参加人员"]
    ]
    for number, s in enumerate(ledger.sessions, start=1):
        people = "、".join(s.attendees)
        if s.materials:
            people += f"\n资料：{'、'.join(s.materials)}"
        rows.append(
            [
                str(number),
                chinese_date(s.held_on),
                s.form,
                scrub_identifiers(s.topic),
                s.lecturer,
                s.audience,
                _hours(s.hours),
                f"{len(s.attendees)}人：{scrub_identifiers(people)}",
            ]
        )
    if not ledger.sessions:
        rows.append(["", "本年无", "", "", "", "", "", ""])
    widths = [w * mm for w in (9, 27, 15, 32, 17, 15, 10)]
    story.append(
        grid_table(
            rows,
            [*widths, width - sum(widths)],
            st=st,
            align=["c", "c", "c", "l", "c", "c", "c", "l"],
        )
    )
    story.append(gap(5))

    story.append(
        para("二、学法人员参加次数（目标：村干部不少于4次，村民骨干不少于2次）", st.heading)
    )
    count_rows: list[list[object]] = [
        ["序号", "姓名", "类别", "职务", "参加次数", "目标", "是否达标", "考试成绩"]
    ]
    for number, c in enumerate(ledger.counts, start=1):
        count_rows.append(
            [
                str(number),
                c.name,
                c.category,
                c.post,
                str(c.attended),
                f"≥{c.target}",
                "达标" if c.met else f"差{c.target - c.attended}次",
                "、".join(str(x) for x in c.scores),
            ]
        )
    if not ledger.counts:
        count_rows.append(["", "名单为空", "", "", "", "", "", ""])
    met = sum(1 for c in ledger.counts if c.met)
    cw = [w * mm for w in (10, 22, 20, 36, 18, 14, 22)]
    story.append(
        grid_table(
            count_rows,
            [*cw, width - sum(cw)],
            st=st,
            align=["c", "c", "c", "l", "c", "c", "c", "c"],
        )
    )
    story.append(para(f"达标{met}人，未达标{len(ledger.counts) - met}人。", st.small))
    story.append(gap(5))

    story.append(PageBreak())
    story.append(para("三、普法活动（法律七进）", st.heading))
    act_rows: list[list[object]] = [
        ["序号", "日期", "对象", "主题", "形式", "组织者", "人数", "责任编号"]
    ]
    for number, a in enumerate(ledger.activities, start=1):
        act_rows.append(
            [
                str(number),
                chinese_date(a.held_on),
                a.audience,
                scrub_identifiers(a.topic),
                a.form,
                a.organiser,
                str(a.participants),
                a.duty_code,
            ]
        )
    if not ledger.activities:
        act_rows.append(["", "本年无", "", "", "", "", "", ""])
    aw = [w * mm for w in (9, 27, 12, 48, 18, 20, 12)]
    story.append(
        grid_table(
            act_rows,
            [*aw, width - sum(aw)],
            st=st,
            align=["c", "c", "c", "l", "c", "c", "c", "l"],
        )
    )
    if ledger.duties:
        story.append(gap(5))
        story.append(para("四、普法责任清单完成情况", st.heading))
        duty_rows: list[list[object]] = [["编号", "责任事项", "期间", "完成情况"]]
        for d in ledger.duties:
            duty_rows.append([d.code, d.duty, d.period, d.state])
        dw = [16 * mm, width - 76 * mm, 36 * mm, 24 * mm]
        story.append(grid_table(duty_rows, dw, st=st, align=["c", "l", "c", "c"]))
    story.append(gap(6))
    story.append(
        para(
            f"填报人：{ledger.prepared_by}　　　　打印日期：{chinese_date(ledger.printed_on)}",
            st.body,
        )
    )
    return render_pdf(story, title=ledger.title)
