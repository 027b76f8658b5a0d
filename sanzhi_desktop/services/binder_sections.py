"""The sheets of each part in the year-end binder, in the order an inspector checks them.

Boards, finance, decisions, the moral lists, mediation, then the plan's
parts (法治, 党建, 平安/信用, 自治/德治). Each section yields every sheet the
year could have; one the part's service refuses (an empty month, a notice
still awaiting review) is listed in the contents as "本年无" and left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from sanzhi_desktop.services.binder import BinderSheet, binder_section
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock


def _months(year: int) -> list[str]:
    """The months of ``year`` that have begun (today's year stops at this month)."""
    today = clock.today()
    last = 12 if year < today.year else today.month
    return [f"{year:04d}-{m:02d}" for m in range(1, last + 1)]


def _cn_month(month: str) -> str:
    return f"{int(month[5:])}月"


@binder_section("村务公开", 10)
def board_sheets(session: Session, year: int) -> Iterator[BinderSheet]:
    from sanzhi_desktop.domain.notices import NoticeStatus
    from sanzhi_desktop.services import decisions, issue_wall, notices

    for row in notices.list_notices(session):
        notice = row.notice
        posted = notice.posted_date[:4] == str(year) and row.status is not NoticeStatus.DRAFT
        if posted and notice.category != "finance":
            yield BinderSheet(
                f"公开事项：{notice.title}",
                partial(notices.notice_pdf, session, notice.id),
            )
    for decision in decisions.list_decisions(session):
        if str(decision.get("created_on", ""))[:4] == str(year):
            yield BinderSheet(
                f"四议两公开：{decision['title']}",
                partial(decisions.decision_pdf, session, str(decision["id"])),
            )
    yield BinderSheet("问题墙与回音壁", lambda: issue_wall.issue_wall_pdf(session, year=year))


@binder_section("财务公开", 20)
def finance_sheets(session: Session, year: int) -> Iterator[BinderSheet]:
    from sanzhi_desktop.services import finance

    for quarter in range(1, 5):
        yield BinderSheet(
            f"第{quarter}季度财务收支公开",
            partial(finance.finance_pdf, session, year, quarter),
        )


@binder_section("德治", 30)
def moral_sheets(session: Session, year: int) -> Iterator[BinderSheet]:
    from sanzhi_desktop.services import good_deeds, points, red_black, star_rating

    for month in _months(year):
        yield BinderSheet(
            f"{_cn_month(month)}红黑榜", partial(red_black.print_board, session, month)
        )
    for month in _months(year):
        yield BinderSheet(
            f"{_cn_month(month)}善行义举榜",
            partial(good_deeds.print_deeds_sheet, session, month),
        )
    yield BinderSheet("十星级文明户名单", lambda: star_rating.print_star_list(session, year))
    for quarter in range(1, 5):
        yield BinderSheet(
            f"第{quarter}季度户积分公示",
            partial(points.print_points_sheet, session, year, quarter),
        )


@binder_section("人民调解", 40)
def mediation_sheets(session: Session, year: int) -> Iterator[BinderSheet]:
    from sanzhi_desktop.services import mediation_report

    for month in _months(year):
        yield BinderSheet(
            f"{_cn_month(month)}人民调解工作月报表",
            partial(mediation_report.report_pdf_bytes, session, month),
        )


@binder_section("法治", 50)
def law_sheets(session: Session, year: int) -> Iterator[BinderSheet]:
    from sanzhi_desktop.services import law_print

    yield BinderSheet("学法普法台账", lambda: law_print.print_ledger(session, year))
    yield BinderSheet(
        "法治带头人、法律明白人、示范户公示", lambda: law_print.print_honours(session, year)
    )
    yield BinderSheet("宪法入户覆盖情况", lambda: law_print.print_coverage(session, year))


@binder_section("党建", 60)
def party_sheets(session: Session, year: int) -> Iterator[BinderSheet]:
    from sanzhi_desktop.services import party_meetings, party_points

    yield BinderSheet("党员承诺公示", lambda: party_points.print_pledges(session, year))
    for quarter in range(1, 5):
        yield BinderSheet(
            f"第{quarter}季度党员积分",
            partial(party_points.print_points, session, year, quarter),
        )
    yield BinderSheet("三会一课登记", lambda: party_meetings.print_meetings_register(session, year))


@binder_section("平安与信用", 70)
def safety_sheets(session: Session, year: int) -> Iterator[BinderSheet]:
    from sanzhi_desktop.services import credit, patrols, screening

    for month in _months(year):
        yield BinderSheet(
            f"{_cn_month(month)}矛盾纠纷排查登记",
            partial(screening.print_screening, session, month),
        )
    for month in _months(year):
        yield BinderSheet(
            f"{_cn_month(month)}红袖章巡逻记录", partial(patrols.print_patrols, session, month)
        )
    yield BinderSheet("信用农户评定结果公示", lambda: credit.print_credit(session, year))


@binder_section("自治·德治", 80)
def civic_sheets(session: Session, year: int) -> Iterator[BinderSheet]:
    from sanzhi_desktop.services import civic_sheets as sheets

    yield BinderSheet("一约五会组织机构及成员", lambda: sheets.print_councils(session, year))
    yield BinderSheet("乡贤名录", lambda: sheets.print_worthies(session))
    yield BinderSheet("家规家训汇编", lambda: sheets.print_family_rules(session, year))
