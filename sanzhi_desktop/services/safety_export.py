"""平安 and 信用 lists as .xlsx: what the clerk sees, with Chinese headers and labels.

For the village's own use and the town's 综治 office — not for posting: the
findings name parties and the ratings carry the credit line. Values are
formatted here (dates as written, money in 元, codes as their labels), so the
workbook never shows a column name, an amount in fen or a status code.
"""

from __future__ import annotations

from pathlib import Path

from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import check_month, month_first_day, month_last_day
from sanzhi_desktop.domain.petitions import PetitionStatus
from sanzhi_desktop.domain.screening import Handling, period_label
from sanzhi_desktop.services import credit, patrols, petitions, screening
from sanzhi_desktop.services.safety_figures import (
    SUMMARY_HEADERS,
    summary_table,
    town_screening_summary,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.table_export import export_table_xlsx

KINDS = ("sweeps", "findings", "petitions", "patrols", "credit", "town-summary")


def _yuan(fen: int) -> str:
    return f"¥{fen // 100:,}.{fen % 100:02d}" if fen else ""


def date_range(period: str) -> tuple[str, str]:
    """``YYYY-MM`` → the month; ``YYYY`` → the year; "" → everything."""
    if not period:
        return "", "9999"
    if len(period) == 4 and period.isdigit():
        return f"{period}-01-01", f"{period}-12-31"
    try:
        check_month(period)
    except ValueError as exc:
        raise ValidationError([FieldError("period", str(exc))]) from exc
    return month_first_day(period).isoformat(), month_last_day(period).isoformat()


def table_of(
    session: Session, kind: str, period: str = ""
) -> tuple[str, list[str], list[list[object]]]:
    """(title, headers, rows) of one list."""
    since, until = date_range(period)
    if kind == "sweeps":
        return (
            "矛盾纠纷排查记录",
            ["排查日期", "排查周期", "排查人", "排查范围", "结果", "备注"],
            [
                [s.sweep_date, period_label(s.period), s.swept_by, s.area,
                 "零报告" if s.nil_return else "有发现", s.note]
                for s in screening.list_sweeps(session, since=since, until=until)
            ],
        )  # fmt: skip
    if kind == "findings":
        return (
            "排查发现",
            ["发现日期", "来源", "纠纷类型", "当事人", "简要情况", "风险等级", "处置期限",
             "处置方式", "处置日期", "处置情况"],
            [
                [f.found_date, "巡逻" if f.patrol_id else "排查", f.dispute_type, f.party_names,
                 f.summary, f.risk, f.deadline, Handling(f.handling).label, f.handled_date,
                 f.handled_note]
                for f in screening.list_findings(session, since=since, until=until)
            ],
        )  # fmt: skip
    if kind == "petitions":
        return (
            "信访登记",
            ["登记日期", "信访人", "人数", "信访方式", "信访事项", "包案领导", "办理期限",
             "状态", "办结日期", "办理结果", "满意度"],
            [
                [p.received_date, p.petitioner, p.people, p.channel, p.matter, p.case_owner,
                 p.deadline, PetitionStatus(p.status).label, p.closed_date, p.result,
                 p.satisfaction]
                for p in petitions.list_petitions(session, since=since, until=until)
            ],
        )  # fmt: skip
    if kind == "patrols":
        return (
            "红袖章巡逻记录",
            ["日期", "班次", "巡逻队员", "巡逻路线", "巡逻发现", "已转排查"],
            [
                [p.patrol_date, p.shift, p.members, p.route, p.findings,
                 "是" if p.finding_id else ""]
                for p in patrols.list_patrols(session, since=since, until=until)
            ],
        )  # fmt: skip
    if kind == "credit":
        year = int(period[:4]) if period else None
        return (
            "信用农户评级",
            ["年度", "户号", "户主", "村民小组", "得分", "信用等级", "守信激励/失信惩戒",
             "授信银行", "授信额度", "授信日期"],
            [
                [r["year"], r["household_no"], r["head_name"], f"{r['group_no']}组", r["score"],
                 r["grade"], "；".join(_adjustments(str(r["adjustments"]))), r["bank"],
                 _yuan(int(str(r["credit_line_fen"]))), r["line_date"]]
                for r in credit.list_ratings(session, year=year)
            ],
        )  # fmt: skip
    if kind == "town-summary":
        if len(period) != 7:
            raise ValidationError(
                [FieldError("period", msg("镇汇总请选择月份，如2026-11", "Choose a month"))]
            )
        return (
            f"{period}矛盾纠纷排查汇总",
            list(SUMMARY_HEADERS),
            summary_table(town_screening_summary(session, period)),
        )
    raise ValidationError([FieldError("kind", msg("不认识的列表", f"Unknown list {kind}"))])


def _adjustments(text: str) -> list[str]:
    from sanzhi_desktop.domain.credit import CreditRating

    return CreditRating("", 0, "", "", adjustments=text).adjustment_list


def export_xlsx(session: Session, kind: str, path: Path, *, period: str = "") -> int:
    """Write one list to ``path``; returns the rows written."""
    title, headers, rows = table_of(session, kind, period)
    return export_table_xlsx(path, title=title, headers=headers, rows=rows)
