"""问题墙 tab: raise, assign (refused without someone responsible), pinyin order, refreshes."""

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.issue_wall import IssueItem
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.boards.issue_wall_tab import IssueWallTab
from sanzhi_desktop.gui.parts.boards.page import BoardsPage
from sanzhi_desktop.services import issue_wall
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    show_tab,
    sort_by,
)


def make_tab(qtbot: QtBot, session: Session) -> tuple[BoardsPage, IssueWallTab]:
    page = BoardsPage(GuiContext(session))
    show_tab(qtbot, page, page.issues_tab)
    return page, page.issues_tab


def raise_one(session: Session, content: str = "路灯坏了") -> IssueItem:
    return issue_wall.raise_issue(
        session, IssueItem(category="水电设施", content=content, raised_by="张三")
    )


def test_empty_state_then_a_raised_problem_is_listed(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No problems recorded yet. Click “New” to add one.")
    page.new_record()
    dialog = next(d for d in tab.findChildren(FormDialog) if d.isVisible())
    dialog.set_value("content", "村口路灯不亮")
    dialog.set_value("raised_by", "李四")
    assert dialog.try_accept()
    assert tab.model.rowCount() == 1 and tab.stack.currentWidget() is tab.table
    assert tab.detail_pane.action_button("assignIssue") is not None


def test_assigning_without_someone_responsible_is_refused_beside_the_field(
    qtbot: QtBot, session: Session
) -> None:
    item = raise_one(session)
    _page, tab = make_tab(qtbot, session)
    tab.select(item.id)
    button = tab.detail_pane.action_button("assignIssue")
    assert button is not None
    button.click()
    dialog = next(d for d in tab.findChildren(FormDialog) if d.isVisible())
    assert not dialog.try_accept()
    assert dialog.error_labels["responsible"].text()
    assert issue_wall.get_issue(session, item.id).status == "raised"
    dialog.set_value("responsible", "王五")
    assert not dialog.error_labels["responsible"].isVisibleTo(dialog)
    assert dialog.try_accept()
    assert issue_wall.get_issue(session, item.id).status == "assigned"


def test_responsible_people_sort_in_pinyin_order_with_surname_readings(
    qtbot: QtBot, session: Session
) -> None:
    for name in ("曾强", "张伟", "单丽", "安平"):
        item = raise_one(session, f"{name}负责的事")
        issue_wall.assign_issue(
            session, item.id, responsible=name, deadline=date.today() + timedelta(days=10)
        )
    _page, tab = make_tab(qtbot, session)
    # 单 reads Shàn and 曾 Zēng as surnames: after 安, 单 among the S, 曾 before 张
    assert sort_by(tab, "responsible") == ["安平", "单丽", "曾强", "张伟"]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
