"""The finance tab offers an unapproved quarter's sheet only as a draft (issue 22)."""

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.parts.boards.page import BoardsPage
from sanzhi_desktop.services import finance
from sanzhi_desktop.services.session import Session


def test_the_preview_title_says_draft_until_the_notice_is_approved(
    qtbot: QtBot, session: Session
) -> None:
    lines = [FinanceLine("income", "补助收入", 10_000)]
    finance.save_finance(
        session,
        FinanceDisclosure(year=2026, quarter=2, opening_fen=0, closing_fen=10_000).with_lines(
            lines
        ),
    )
    page = BoardsPage(GuiContext(session))
    qtbot.addWidget(page)
    title = page.finance_tab.finance_title(2026, 2)
    assert "draft" in title or "草稿" in title
    notice = finance.make_finance_notice(session, 2026, 2)
    finance.notices.submit_for_review(session, notice.id)
    finance.notices.record_review(session, notice.id, reviewer="李监委")
    title = page.finance_tab.finance_title(2026, 2)
    assert "draft" not in title and "草稿" not in title
