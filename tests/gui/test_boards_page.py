"""The 公开栏 page: create a notice, send it to review, post it, see it in the list."""

from datetime import date

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.finance import FinanceLine
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.boards_form import BoardsFormDialog
from sanzhi_desktop.gui.dialogs.finance_dialog import FinanceDialog
from sanzhi_desktop.gui.dialogs.notice_dialog import NoticeDialog
from sanzhi_desktop.gui.pages.boards import BoardsPage
from sanzhi_desktop.services import notices
from sanzhi_desktop.services.session import Session


def make_page(qtbot: QtBot, session: Session) -> BoardsPage:
    page = BoardsPage(GuiContext(session))
    qtbot.addWidget(page)
    page.show()
    return page


def action(page: BoardsPage, name: str) -> QPushButton:
    button = page.notices_tab.actions.findChild(QPushButton, name)
    assert button is not None, f"no action {name}"
    return button


def last_dialog(page: BoardsPage) -> BoardsFormDialog:
    dialogs = [d for d in page.findChildren(BoardsFormDialog) if d.isVisible()]
    assert dialogs
    return dialogs[-1]


def test_create_review_post_and_see_it_listed(qtbot: QtBot, session: Session) -> None:
    page = make_page(qtbot, session)
    assert page.notices_tab.stack.currentWidget() is page.notices_tab.empty

    # Given a new notice typed into the dialog
    page.new_record()
    dialog = next(d for d in page.findChildren(NoticeDialog) if d.isVisible())
    dialog.set_value("title", "")
    dialog.set_value("body", "内容")
    assert not dialog.try_accept()
    assert dialog.error_labels["title"].isVisibleTo(dialog)
    dialog.set_value("title", "修路集资公示")
    assert dialog.try_accept()
    qtbot.waitUntil(lambda: page.notices_tab.table.rowCount() == 1)
    notice_id = dialog.notice.id if dialog.notice else ""
    page.select_record("notices", notice_id)
    assert page.notices_tab.selected_id() == notice_id
    # a draft offers editing and review, not posting
    assert page.notices_tab.actions.findChild(QPushButton, "postNotice") is None

    # When it is sent to review, reviewed and posted
    action(page, "submitNotice").click()
    qtbot.waitUntil(lambda: notices.get_notice(session, notice_id).status == "review")
    page.notices_tab.select(notice_id)
    action(page, "reviewNotice").click()
    review = last_dialog(page)
    review.set_value("reviewer", "李监委")
    assert review.try_accept()
    page.refresh()
    page.notices_tab.select(notice_id)
    action(page, "postNotice").click()
    post = last_dialog(page)
    post.set_value("on", date.today())
    assert post.try_accept()
    page.refresh()

    # Then the list shows it posted, and the detail offers objections and corrections
    assert notices.get_notice(session, notice_id).status == "posted"
    page.notices_tab.select(notice_id)
    status_cell = page.notices_tab.table.item(page.notices_tab.table.currentRow(), 3)
    assert status_cell is not None and status_cell.text() == "公示中"
    assert page.notices_tab.steps.states.count("done") == 3
    action(page, "objectNotice")
    action(page, "correctNotice")
    assert page.notices_tab.actions.findChild(QPushButton, "editNotice") is None


def test_finance_dialog_refuses_a_wrong_closing_balance(qtbot: QtBot, session: Session) -> None:
    page = make_page(qtbot, session)
    page.tabs.setCurrentWidget(page.finance_tab)
    page.new_record()
    dialog = next(d for d in page.findChildren(FinanceDialog) if d.isVisible())
    dialog.opening.setText("1000")
    dialog.add_line("income", "补助收入", 50_000, "运转经费")
    dialog.add_line("expense", "管理费用", 20_000, "")
    dialog.closing.setText("1000")
    assert not dialog.try_accept()
    assert "1,300.00" in dialog.error_labels["closing_fen"].text()
    dialog.closing.setText("1300")
    assert dialog.try_accept()
    assert dialog.disclosure is not None and dialog.disclosure.line_list()[0] == FinanceLine(
        "income", "补助收入", 50_000, "运转经费"
    )
    qtbot.waitUntil(lambda: page.finance_tab.table.rowCount() == 1)


def test_search_shows_highlighted_hits_and_opens_the_record(qtbot: QtBot, session: Session) -> None:
    notice = notices.create_notice(session, notices.Notice(title="宅基地审批", body="同意"))
    page = make_page(qtbot, session)
    page.search.setText("宅基")
    page.run_search()
    assert page.stack.currentWidget() is page.results and page.results.count() == 1
    page._open_result(page.results.item(0))
    assert page.notices_tab.selected_id() == notice.id
