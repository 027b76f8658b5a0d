"""Sheets never claim an approval they lack, and empty periods are not printed (issue 22)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.services import (
    finance,
    good_deeds,
    issue_wall,
    notices,
    points,
    red_black,
    star_rating,
)
from sanzhi_desktop.services.session import Session
from tests.moral_factories import make_village
from tests.pdf_tools import pdf_text

TODAY = date.today()


def save_quarter(session: Session) -> None:
    lines = [FinanceLine("income", "补助收入", 10_000), FinanceLine("expense", "管理费用", 3_000)]
    finance.save_finance(
        session,
        FinanceDisclosure(
            year=2026,
            quarter=2,
            opening_fen=50_000,
            closing_fen=57_000,
            review_opinion="经审核，收支真实",
            supervision_opinion="同意公开",
        ).with_lines(lines),
    )


def sheet_text(session: Session) -> str:
    return "".join(pdf_text(finance.finance_pdf(session, 2026, 2)).split())


def test_a_quarter_without_an_approved_notice_prints_as_a_draft(session: Session) -> None:
    # Given a quarter whose notice is drafted and then sent for review,
    save_quarter(session)
    assert "草稿（未经审核，不得张贴）" in sheet_text(session)  # no notice at all yet
    notice = finance.make_finance_notice(session, 2026, 2)
    notices.submit_for_review(session, notice.id)
    # then its sheet is marked and carries no opinion,
    text = sheet_text(session)
    assert "草稿（未经审核，不得张贴）" in text
    assert "同意公开" not in text and "收支真实" not in text
    assert finance.is_draft_quarter(session, 2026, 2)  # the GUI's preview says so too
    # and once the committee approved and the clerk posted it, it is the real sheet.
    notices.record_review(session, notice.id, reviewer="李监委", on=TODAY - timedelta(days=1))
    notices.post_notice(session, notice.id, on=TODAY, publicity_days=7)
    text = sheet_text(session)
    assert "草稿" not in text and "村务监督委员会意见：同意公开" in text
    assert not finance.is_draft_quarter(session, 2026, 2)


@pytest.mark.parametrize(
    ("printing", "message"),
    [
        (lambda s: star_rating.print_star_list(s, 2026), "没有可打印的名单"),
        (lambda s: points.print_points_sheet(s, 2026, 4), "没有可打印的公示"),
        (lambda s: good_deeds.print_deeds_sheet(s, "2026-11"), "没有可打印的榜单"),
        (lambda s: red_black.print_board(s, "2026-11"), "没有可打印的榜单"),
        (lambda s: issue_wall.issue_wall_pdf(s), "没有可打印的内容"),
    ],
)
def test_an_empty_period_says_there_is_nothing_to_print(  # type: ignore[no-untyped-def]
    session: Session, printing, message: str
) -> None:
    make_village(session)
    with pytest.raises(RefusedError, match=message):
        printing(session)
