"""The 党建 lists as .xlsx: what the page shows, with Chinese headers and formatted values.

Each list is built here once (headers + rows of text and numbers) so the CLI
and the GUI export the same columns; :func:`services.table_export.export_table_xlsx`
writes the file. Values are what a clerk reads — labels, 2026年5月1日 dates,
never a code or an id. The roster's ID numbers and phones are not in any of
these lists (the party tables do not hold them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.party_meetings import MeetingKind
from sanzhi_desktop.domain.party_points import ReviewGrade
from sanzhi_desktop.domain.party_targets import CadreKind
from sanzhi_desktop.services.party import list_members
from sanzhi_desktop.services.party_catalogue import points_rules
from sanzhi_desktop.services.party_meetings import list_meetings
from sanzhi_desktop.services.party_points import list_pledges, list_points, list_reviews
from sanzhi_desktop.services.party_targets import list_cadres, list_posts, list_training
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.session import Session


def chinese_date(iso: str) -> str:
    if not iso:
        return ""
    return f"{int(iso[:4])}年{int(iso[5:7])}月{int(iso[8:10])}日"


@dataclass(frozen=True)
class PartyTable:
    title: str
    headers: list[str]
    rows: list[list[object]]


def _members(session: Session, year: int) -> PartyTable:
    rows: list[list[object]] = [
        [
            m.name,
            f"{m.group_no}组" if m.group_no else "",
            m.status_label,
            chinese_date(m.joined_date),
            chinese_date(m.full_date),
            m.flow_place if m.flowing else "",
            chinese_date(m.transfer_out_date),
            m.note,
        ]
        for m in list_members(session, on="")
    ]
    return PartyTable(
        msg("党员名册", "Party members"),
        ["姓名", "村民小组", "类别", "入党日期", "转正日期", "流动党员外出地", "转出日期", "备注"],
        rows,
    )


def _meetings(session: Session, year: int) -> PartyTable:
    return PartyTable(
        msg(f"{year}年三会一课", f"Meetings {year}"),
        ["日期", "类别", "主题", "主持人", "应到", "实到", "缺席说明"],
        [
            [
                chinese_date(m.held_on),
                MeetingKind(m.kind).label,
                m.topic,
                m.host,
                m.expected,
                m.present,
                m.absent_note,
            ]
            for m in list_meetings(session, year=year)
        ],
    )


def _names(session: Session) -> dict[str, str]:
    return {m.id: m.name for m in list_members(session, on="")}


def _pledges(session: Session, year: int) -> PartyTable:
    return PartyTable(
        msg(f"{year}年党员承诺", f"Pledges {year}"),
        ["姓名", "承诺事项", "承诺日期"],
        [[p.name, p.content, chinese_date(p.made_date)] for p in list_pledges(session, year)],
    )


def _points(session: Session, year: int) -> PartyTable:
    names = _names(session)
    rules = {r.code: r for r in points_rules(session).rules}
    return PartyTable(
        msg(f"{year}年党员积分明细", f"Party points {year}"),
        ["日期", "姓名", "类别", "分值", "说明", "审核人"],
        [
            [
                chinese_date(e.entry_date),
                names.get(e.member_id, ""),
                rules[e.rule_code].category if e.rule_code in rules else "",
                e.points,
                e.note,
                e.approved_by,
            ]
            for e in list_points(session, year=year)
        ],
    )


def _reviews(session: Session, year: int) -> PartyTable:
    names = _names(session)
    return PartyTable(
        msg(f"{year}年民主评议（内部）", f"Reviews {year} (internal)"),
        ["姓名", "评议日期", "优秀票", "合格票", "基本合格票", "不合格票", "评定等次"],
        [
            [
                names.get(r.member_id, ""),
                chinese_date(r.reviewed_on),
                r.votes_excellent,
                r.votes_qualified,
                r.votes_basic,
                r.votes_unqualified,
                ReviewGrade(r.grade).label,
            ]
            for r in list_reviews(session, year)
        ],
    )


def _targets(session: Session, year: int) -> PartyTable:
    rows: list[list[object]] = []
    for post in list_posts(session, on=""):
        ended = f"，{chinese_date(post.ended_date)}撤岗" if post.ended_date else ""
        rows.append(["党员示范岗", post.post, post.name, chinese_date(post.set_date) + ended])
    for item in list_training(session, year=year):
        rows.append(
            [
                "书记培训",
                item.topic,
                item.trainee,
                f"{chinese_date(item.start_date)}，{item.days}天",
            ]
        )
    for cadre in list_cadres(session, year=year):
        rows.append(
            [CadreKind(cadre.kind).label, cadre.note, cadre.name, chinese_date(cadre.chosen_date)]
        )
    return PartyTable(
        msg(f"{year}年示范岗、培训与人才", f"Posts and cadres {year}"),
        ["类别", "名称或内容", "姓名", "日期"],
        rows,
    )


TABLES: dict[str, Callable[[Session, int], PartyTable]] = {
    "members": _members,
    "meetings": _meetings,
    "pledges": _pledges,
    "points": _points,
    "reviews": _reviews,
    "targets": _targets,
}


def party_table(session: Session, what: str, year: int) -> PartyTable:
    if what not in TABLES:
        raise ValidationError(
            [FieldError("what", msg(f"没有这个列表：{what}", f"No such list: {what}"))]
        )
    return TABLES[what](session, year)


def export_party_xlsx(
    session: Session, path: Path, what: str, year: int, *, progress: Progress = no_progress
) -> int:
    """Write one 党建 list to ``path``; returns the rows written."""
    from sanzhi_desktop.services.table_export import export_table_xlsx

    table = party_table(session, what, year)
    rows: Sequence[Sequence[object]] = table.rows
    return export_table_xlsx(
        path, title=table.title, headers=table.headers, rows=rows, progress=progress
    )
