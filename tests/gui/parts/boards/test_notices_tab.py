"""公告 tab: the workflow from draft to posted, refusals beside their fields, refreshes."""

from datetime import date

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.boards.notices_tab import NoticesTab
from sanzhi_desktop.gui.parts.boards.page import BoardsPage
from sanzhi_desktop.services import notices
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
    sort_by,
)


def make_tab(qtbot: QtBot, session: Session) -> tuple[BoardsPage, NoticesTab]:
    page = BoardsPage(GuiContext(session))
    show_tab(qtbot, page, page.notices_tab)
    return page, page.notices_tab


def action(tab: NoticesTab, name: str) -> QPushButton:
    button = tab.detail_pane.action_button(name)
    assert button is not None, f"no action {name}"
    return button


def last_form(tab: NoticesTab) -> FormDialog:
    dialogs = [d for d in tab.findChildren(FormDialog) if d.isVisible()]
    assert dialogs
    return dialogs[-1]


def test_create_review_post_and_see_it_listed(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No notices yet. Click “New” to add the first one.")

    # Given a new notice typed into the form: an empty title is refused beside the title
    page.new_record()
    dialog = last_form(tab)
    dialog.set_value("body", "内容")
    assert not dialog.try_accept()
    assert dialog.error_labels["title"].isVisibleTo(dialog)
    assert not dialog.error_labels["body"].isVisibleTo(dialog)
    dialog.set_value("title", "修路集资公示")
    assert not dialog.error_labels["title"].isVisibleTo(dialog)  # the stale message went
    assert dialog.try_accept()
    assert tab.model.rowCount() == 1
    notice_id = dialog.result_value.id  # type: ignore[attr-defined]
    assert tab.selected_id() == notice_id  # the new record is selected
    # a draft offers editing and review, not posting
    assert tab.detail_pane.action_button("postNotice") is None

    # When it is sent to review, reviewed and posted
    action(tab, "submitNotice").click()
    assert notices.get_notice(session, notice_id).status == "review"
    tab.select(notice_id)
    action(tab, "reviewNotice").click()
    review = last_form(tab)
    review.set_value("reviewer", "李监委")
    assert review.try_accept()
    tab.select(notice_id)
    action(tab, "postNotice").click()
    post = last_form(tab)
    post.set_value("on", date.today())
    assert post.try_accept()

    # Then the list shows it posted, and the detail offers objections and corrections
    assert notices.get_notice(session, notice_id).status == "posted"
    tab.select(notice_id)
    assert column_texts(tab, "status") == ["公示中"]
    assert tab.detail_pane.steps.states.count("done") == 3
    action(tab, "objectNotice")
    assert action(tab, "correctNotice").isEnabled()
    assert tab.detail_pane.action_button("editNotice") is None


def test_a_refused_step_shows_its_message_beside_the_field(qtbot: QtBot, session: Session) -> None:
    notice = notices.create_notice(session, Notice(title="宅基地审批", body="同意"))
    notices.submit_for_review(session, notice.id)
    _page, tab = make_tab(qtbot, session)
    tab.select(notice.id)
    action(tab, "reviewNotice").click()
    review = last_form(tab)
    other = review.widgets["opinion"].geometry()
    assert not review.try_accept()  # no reviewer named
    assert review.error_labels["reviewer"].text()
    assert review.isVisible() and notices.get_notice(session, notice.id).status == "review"
    assert review.widgets["opinion"].geometry() == other  # the message moved nothing


def test_titles_sort_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    for title in ("张村公示", "阿村公示", "曾家公示", "北村公示"):
        notices.create_notice(session, Notice(title=title, body="内容"))
    _page, tab = make_tab(qtbot, session)
    assert sort_by(tab, "title") == ["阿村公示", "北村公示", "曾家公示", "张村公示"]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "persons")


def test_an_operation_announces_the_tables_it_wrote_once(qtbot: QtBot, session: Session) -> None:
    notice = notices.create_notice(session, Notice(title="宅基地审批", body="同意"))
    page, tab = make_tab(qtbot, session)
    seen: list[frozenset[str]] = []
    page.ctx.bus.tables_changed.connect(seen.append)
    before = tab.refresh_count
    tab.select(notice.id)
    action(tab, "submitNotice").click()
    assert seen == [frozenset({"notices"})]
    assert tab.refresh_count == before + 1
    # a hidden tab that shows the same table reloads when shown, not before
    assert page.circulars_tab.refresh_count == 0


def test_search_shows_highlighted_hits_and_opens_the_record(qtbot: QtBot, session: Session) -> None:
    notice = notices.create_notice(session, Notice(title="宅基地审批", body="同意"))
    page, tab = make_tab(qtbot, session)
    page.search.setText("宅基")
    page.run_search()
    assert page.body.currentWidget() is page.results and page.results.count() == 1
    page._open_result(page.results.item(0))
    assert tab.selected_id() == notice.id
