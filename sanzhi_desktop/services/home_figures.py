"""The figures a clerk looks at on the home page, in words, not table counts.

The home page used to list how many rows each table held (调解过程 381,
四议两公开步骤 11): true, but no clerk acts on it. These are the questions
a village clerk is asked this month — how many notices are up, which cases
are still open, whose black-list deadline needs a check, whether the
quarter's accounts are on the wall, when the town last got our file and how
much of it it has not confirmed — and, for a town, how many villages report
and when their last files came. Each figure is a :class:`Figure`: a label,
a value already written for people, and the page that deals with it.

Every figure is read on demand (the home page asks right after its first
paint); a part that is missing (a town has no roster) gives no figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import RUNNING_STATES, CaseState
from sanzhi_desktop.domain.notices import NoticeStatus
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock


@dataclass(frozen=True)
class Figure:
    """One line of the home page's "this month" box."""

    key: str
    label: str
    value: str
    #: the page (``MainWindow.page_keys``) that deals with it, "" if none
    page: str = ""
    #: True when the figure asks for action (shown in the warning colour)
    attention: bool = False


def chinese_date(iso: str) -> str:
    """``2026-11-28`` (or a timestamp) as 2026年11月28日; "" stays ""."""
    if not iso:
        return ""
    day = date.fromisoformat(iso[:10])
    return f"{day.year}年{day.month}月{day.day}日"


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def previous_quarter(day: date) -> tuple[int, int]:
    """The quarter whose accounts are published during ``day``'s quarter."""
    year, quarter = quarter_of(day)
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def village_figures(session: Session) -> list[Figure]:
    """This month's figures of a village office."""
    from sanzhi_desktop.services import finance, mediation, notices, red_black

    today = clock.today()
    figures: list[Figure] = []

    in_publicity = sum(
        1 for row in notices.list_notices(session, as_of=today) if row.status is NoticeStatus.POSTED
    )
    figures.append(
        Figure(
            "notices_posted",
            msg("公示中的公开事项", "Notices in publicity"),
            msg(f"{in_publicity}条", f"{in_publicity}"),
            page="boards",
        )
    )

    running = {CaseState.REGISTERED, *RUNNING_STATES}
    open_cases = [
        row for row in mediation.list_cases(session) if CaseState(str(row["state"])) in running
    ]
    overdue = sum(1 for row in open_cases if row.get("deadline") == "overdue")
    value = msg(f"{len(open_cases)}件", f"{len(open_cases)}")
    if overdue:
        value += msg(f"（{overdue}件已超过30天）", f" ({overdue} past 30 days)")
    figures.append(
        Figure(
            "open_cases",
            msg("未办结的调解案件", "Open mediation cases"),
            value,
            page="mediation",
            attention=overdue > 0,
        )
    )

    today_iso = today.isoformat()
    recheck = sum(
        1
        for entry in red_black.list_entries(session)
        if entry.status == "posted" and entry.is_black and entry.deadline < today_iso
    )
    figures.append(
        Figure(
            "black_recheck",
            msg("黑榜待核查整改", "Black-list entries to re-check"),
            msg(f"{recheck}人", f"{recheck}"),
            page="red_black",
            attention=recheck > 0,
        )
    )

    year, quarter = previous_quarter(today)
    period = msg(f"{year}年第{quarter}季度", f"{year} Q{quarter}")
    rows = {(int(str(r["year"])), int(str(r["quarter"]))): r for r in finance.list_finance(session)}
    row = rows.get((year, quarter))
    if row is None:
        state, attention = msg("还没有编制", "not prepared yet"), True
    elif row.get("posted_date"):
        posted = chinese_date(str(row["posted_date"]))
        state, attention = msg(f"已于{posted}张贴", f"posted on {posted}"), False
    elif row.get("notice_status"):
        label = NoticeStatus(str(row["notice_status"])).label
        state = msg(f"尚未张贴（公开事项：{label}）", f"not posted yet ({label})")
        attention = False
    else:
        state, attention = msg("已编制，未生成公开事项", "prepared, not yet a notice"), True
    figures.append(
        Figure(
            "finance_quarter",
            msg(f"财务公开（{period}）", f"Finance disclosure ({period})"),
            state,
            page="boards",
            attention=attention,
        )
    )
    figures.extend(_village_sync_figures(session))
    figures.append(own_card_figure(session, today))
    return figures


def _village_sync_figures(session: Session) -> list[Figure]:
    from sanzhi_desktop.services import sync_status

    state = sync_status.village_state(session)
    if not state.town_enrolled:
        return [
            Figure(
                "last_sync",
                msg("上次向镇里同步", "Last sync to the town"),
                msg("尚未登记镇里的密钥卡", "the town's key card is not enrolled"),
                page="sync",
                attention=True,
            )
        ]
    last = chinese_date(state.last_export) or msg("从未导出", "never")
    return [
        Figure(
            "last_sync",
            msg("上次向镇里同步", "Last sync to the town"),
            last,
            page="sync",
            attention=not state.last_export,
        ),
        Figure(
            "unconfirmed",
            msg("镇里尚未确认的变更", "Changes the town has not confirmed"),
            msg(f"{state.unacknowledged}条", f"{state.unacknowledged}"),
            page="sync",
            attention=state.unacknowledged > 0 and not state.last_export,
        ),
    ]


def town_figures(session: Session) -> list[Figure]:
    """A town office's figures: villages reporting and their last files."""
    from sanzhi_desktop.services import town

    villages = town.village_statuses(session)
    enrolled = len(villages)
    reporting = [v for v in villages if v.last_received]
    stale = [v for v in villages if v.stale]
    figures = [
        Figure(
            "villages_reporting",
            msg("报送数据的村", "Villages reporting"),
            msg(f"{len(reporting)}个（共登记{enrolled}个）", f"{len(reporting)} of {enrolled}"),
            page="town_villages",
        ),
        Figure(
            "villages_stale",
            msg("数据过期的村", "Villages with stale data"),
            msg(f"{len(stale)}个", f"{len(stale)}")
            + (("：" + "、".join(v.name for v in stale[:5])) if stale else "")
            + ("等" if len(stale) > 5 else ""),
            page="town_villages",
            attention=bool(stale),
        ),
    ]
    latest = sorted(reporting, key=lambda v: v.last_received, reverse=True)[:3]
    for village in latest:
        figures.append(
            Figure(
                f"last_file_{village.code}",
                msg(f"最近收到：{village.name}", f"Latest file: {village.name}"),
                chinese_date(village.last_received),
                page="town_villages",
            )
        )
    return figures


def home_figures(session: Session) -> list[Figure]:
    """The figures for this office's kind (none before the office is set up)."""
    profile = session.profile
    if profile is None:
        return []
    if profile.kind is OfficeKind.TOWN:
        return town_figures(session)
    return village_figures(session)


def own_card_figure(session: Session, today: date) -> Figure:
    """The village's own 考核 card this year: points and the items it misses (scorecard)."""
    from sanzhi_desktop.domain.scorecard import Grade
    from sanzhi_desktop.services import scorecard

    card = scorecard.own_card(session, today.year, today=today)
    missed = [c.item.title for c in card.cells if c.grade is Grade.MISSED]
    value = msg(f"{card.total:g}/{card.possible:g}分", f"{card.total:g} of {card.possible:g}")
    if missed:
        value += msg(f"（{len(missed)}项未达标）", f" ({len(missed)} missed)")
    return Figure(
        "own_card",
        msg(f"{today.year}年考核（本村自评）", f"{today.year} assessment (our own card)"),
        value,
        page="scorecard",
        attention=bool(missed),
    )
