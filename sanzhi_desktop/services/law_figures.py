"""The 法治 part as others see it: the town's figures per village, the search box, .xlsx lists.

- :func:`village_law_figures` answers, for one village and year, what the
  town's scorecard needs: sessions held against the plan's yearly minimum
  (a cadre must attend 4, so the village must hold at least 4), learners at
  target, 宪法入户 coverage, the registers' sizes and the 六无 status. It is
  computed with the same functions the village's own page uses, so the town
  and the village never disagree; :func:`town_law_figures` runs it for every
  enrolled village on the rows they sent.
- :func:`search_law` covers session topics, lecturers and attendees' names,
  activity topics and the registers' names and bases.
- :func:`law_lists` gives every list as the clerk sees it (Chinese headers,
  formatted cells), which :func:`export_list` writes to .xlsx.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.law import CADRE_TARGET, decode_attendees
from sanzhi_desktop.domain.law_duties import period_label
from sanzhi_desktop.domain.law_registers import (
    HonourKind,
    HonourStatus,
    percent_text,
    total_coverage,
)
from sanzhi_desktop.services import law, law_publicity, law_registers
from sanzhi_desktop.services.board_search import SearchHit, snippet, split_matches
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import law as store
from sanzhi_desktop.storage import sync_ledger


@dataclass(frozen=True)
class LawFigures:
    code: str
    name: str
    year: int
    sessions: int
    learners: int
    learners_met: int
    households: int
    reached: int
    law_leaders: int
    law_savvy: int
    model_households: int
    six_nil_checked: bool
    six_nil_met: int

    @property
    def sessions_target(self) -> int:
        return CADRE_TARGET

    @property
    def coverage_percent(self) -> float:
        return 100.0 * self.reached / self.households if self.households else 0.0

    @property
    def six_nil_text(self) -> str:
        if not self.six_nil_checked:
            return msg("未自查", "not checked")
        return msg(f"{self.six_nil_met}/6项达标", f"{self.six_nil_met}/6 met")


def village_law_figures(session: Session, owner: str, year: int, *, name: str = "") -> LawFigures:
    counts = law.learner_counts(session, year, owner=owner)
    total = total_coverage(law_registers.coverage(session, year, owner=owner))
    active = [
        h
        for h in law_registers.list_honours(session, owner=owner)
        if h.status == HonourStatus.ACTIVE.value
    ]
    six = law_registers.six_nil(session, year, owner=owner)
    return LawFigures(
        code=owner,
        name=name,
        year=year,
        sessions=len(law.list_sessions(session, year=year, owner=owner)),
        learners=len(counts),
        learners_met=sum(1 for c in counts if c.met),
        households=total.households,
        reached=total.reached,
        law_leaders=sum(1 for h in active if h.kind == HonourKind.LAW_LEADER.value),
        law_savvy=sum(1 for h in active if h.kind == HonourKind.LAW_SAVVY.value),
        model_households=sum(1 for h in active if h.kind == HonourKind.MODEL_HOUSEHOLD.value),
        six_nil_checked=six.checked,
        six_nil_met=six.met_count,
    )


def town_law_figures(session: Session, year: int) -> list[LawFigures]:
    """Each enrolled village's 法治 figures for ``year``, from the records it sent."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("汇总只在镇里使用。", "The figures are for the town."))
    return [
        village_law_figures(session, peer.code, year, name=peer.name)
        for peer in sync_ledger.list_peers(session.db, kind="village")
    ]


# --- search -----------------------------------------------------------------------------

KINDS = {
    "law_sessions": ("学法", "study"),
    "law_activities": ("普法", "publicity"),
    "law_honours": ("法治名册", "register"),
}


@dataclass(frozen=True)
class LawHit(SearchHit):
    """A 法治 hit: named by the part's kinds (学法记录, 普法活动, …), not the boards'."""

    @property
    def kind(self) -> str:
        return hit_kind(self)


def search_law(session: Session, text: str) -> list[LawHit]:
    """Hits in sessions (topic, lecturer, attendees), activities and the registers."""
    term = " ".join(text.split())
    if not term:
        return []
    hits = []
    for table, (columns, title_column) in store.SEARCH_COLUMNS.items():
        for row in store.search(session.db, table, term, owner=session.author.owner):
            matched = next((row[c] for c in columns if term.lower() in str(row[c]).lower()), "")
            if table == "law_sessions" and matched == row["attendees"]:
                names = [a.name for a in decode_attendees(str(row["attendees"]))]
                matched = "参加人员：" + "、".join(n for n in names if term in n)
            piece = snippet(str(matched or row[title_column]), term)
            hits.append(
                LawHit(
                    table=table,
                    record_id=row["id"],
                    title=str(row[title_column])[:40],
                    snippet=piece,
                    parts=split_matches(piece, term),
                )
            )
    return hits


def hit_kind(hit: SearchHit) -> str:
    zh, en = KINDS[hit.table]
    return msg(zh, en)


# --- lists as the clerk sees them ---------------------------------------------------------


@dataclass(frozen=True)
class LawList:
    title: str
    headers: list[str]
    rows: list[list[object]]


LIST_NAMES = ("sessions", "counts", "activities", "duties", "constitution", "honours", "sites")


def law_lists(session: Session, year: int) -> dict[str, LawList]:
    """Every 法治 list of ``year`` with Chinese headers and formatted cells."""
    profile = session.require_profile()
    duties = {d.code: d.duty for d in law_publicity.duty_list(session)}
    y = f"{year}年"
    return {
        "sessions": LawList(
            f"{y}学法记录",
            ["日期", "形式", "主题", "主讲人", "对象", "学时", "参加人数", "参加人员", "学习资料"],
            [
                [
                    s.held_on,
                    s.form,
                    s.topic,
                    s.lecturer,
                    s.audience,
                    s.hours,
                    len(s.attendee_list()),
                    "、".join(a.name for a in s.attendee_list()),
                    "、".join(s.material_list()),
                ]
                for s in law.list_sessions(session, year=year)
            ],
        ),
        "counts": LawList(
            f"{y}学法次数",
            ["姓名", "类别", "职务", "参加次数", "目标次数", "是否达标", "考试成绩"],
            [
                [
                    c.learner.name,
                    c.learner.category_label,
                    c.learner.post,
                    c.attended,
                    c.target,
                    "达标" if c.met else "未达标",
                    "、".join(str(x) for x in c.scores),
                ]
                for c in law.learner_counts(session, year)
            ],
        ),
        "activities": LawList(
            f"{y}普法活动",
            ["日期", "对象", "主题", "形式", "组织者", "参加人数", "对应责任"],
            [
                [
                    a.held_on,
                    a.audience,
                    a.topic,
                    a.form,
                    a.organiser,
                    a.participants,
                    duties.get(a.duty_code, ""),
                ]
                for a in law_publicity.list_activities(session, year=year)
            ],
        ),
        "duties": LawList(
            f"{y}普法责任清单",
            ["编号", "责任事项", "对象", "期间", "截止日期", "完成情况"],
            [
                [
                    st.duty.code,
                    st.duty.duty,
                    st.duty.audience,
                    period_label(st.period),
                    st.due.isoformat(),
                    st.state.label,
                ]
                for st in law_publicity.duty_status(session, year)
            ]
            if profile.kind is OfficeKind.VILLAGE
            else [],
        ),
        "constitution": LawList(
            f"{y}宪法入户",
            ["村民小组", "户号", "户主", "是否入户", "入户日期", "宣传人", "备注"],
            [
                [
                    f"{v['group_no']}组",
                    v["household_no"],
                    v["head_name"],
                    "已入户" if v["reached"] else "未入户",
                    v["reached_on"],
                    v["reached_by"],
                    v["note"],
                ]
                for v in law_registers.list_visits(session, year)
            ],
        ),
        "honours": LawList(
            "法治名册",
            ["名册", "姓名（户主）", "村民小组", "评定年度", "评定依据", "状态"],
            [
                [
                    HonourKind(h.kind).label,
                    h.name,
                    f"{h.group_no}组",
                    h.year,
                    h.basis,
                    HonourStatus(h.status).label,
                ]
                for h in law_registers.list_honours(session)
            ],
        ),
        "sites": LawList(
            "法治阵地",
            ["名称", "室外面积（平方米）", "服务设施", "建成日期", "备注"],
            [
                [s.name, s.outdoor_area_m2, "、".join(s.service_list()), s.built_on, s.note]
                for s in law_registers.list_sites(session)
            ],
        ),
    }


def export_list(session: Session, which: str, year: int, path: Path) -> int:
    """Write one of :data:`LIST_NAMES` to ``path`` (.xlsx); returns the rows written."""
    from sanzhi_desktop.services.table_export import export_table_xlsx

    lists = law_lists(session, year)
    if which not in lists:
        raise ValidationError(
            [FieldError("list", msg(f"没有这个清单：{which}", f"No such list: {which}"))]
        )
    chosen = lists[which]
    return export_table_xlsx(path, title=chosen.title, headers=chosen.headers, rows=chosen.rows)


def coverage_text(figures: LawFigures) -> str:
    return percent_text(figures.coverage_percent)
