"""一约五会 and 五会会议 tabs: set up a council, members, meetings, refusals beside their fields."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.civic.page import CivicPage
from sanzhi_desktop.services import councils
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
)


def make_page(qtbot: QtBot, session: Session) -> CivicPage:
    page = CivicPage(GuiContext(session))
    show_tab(qtbot, page, page.councils_tab)
    return page


def test_the_five_councils_are_listed_and_set_up_from_the_tab(
    qtbot: QtBot, session: Session
) -> None:
    page = make_page(qtbot, session)
    tab = page.councils_tab
    # Given a new village: the five councils, none set up
    assert column_texts(tab, "council") == [
        "道德评议会",
        "村民理事会",
        "红白理事会",
        "禁毒禁赌会",
        "乡贤文化促进会",
    ]
    assert set(column_texts(tab, "state")) == {"Not set up"}
    # When the clerk sets up the 红白理事会
    assert tab.select("red_white")
    tab.detail_pane.action_button("setUpCouncil").click()
    dialog = page.findChild(FormDialog)
    assert isinstance(dialog, FormDialog) and dialog.try_accept()
    # Then it is set up, and a member without roster pick or place is refused beside its field
    assert councils.council_of_kind(session, "red_white") is not None
    assert tab.select("red_white")
    dialog = tab.add_member()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("person_id", "周明远")
    assert not dialog.try_accept()
    assert "所在地" in dialog.error_labels["outside_place"].text()
    assert not dialog.error_labels["role"].text()
    dialog.set_value("outside_place", "西安市")
    assert dialog.try_accept()
    council = councils.council_of_kind(session, "red_white")
    assert council is not None
    assert [m.name for m in councils.list_members(session, council.id)] == ["周明远"]


def test_a_meeting_is_recorded_and_listed(qtbot: QtBot, session: Session) -> None:
    page = make_page(qtbot, session)
    tab = page.councils_tab
    assert tab.select("moral_review")
    tab.detail_pane.action_button("setUpCouncil").click()
    assert page.findChild(FormDialog).try_accept()
    assert tab.select("moral_review")
    dialog = tab.record_meeting()
    assert isinstance(dialog, FormDialog)
    assert not dialog.try_accept()  # no topic
    assert dialog.error_labels["topic"].text()
    dialog.set_value("topic", "评议本月红黑榜")
    assert dialog.try_accept()
    meetings = page.meetings_tab
    page.tabs.setCurrentWidget(meetings)
    meetings.ensure_loaded()
    assert column_texts(meetings, "topic") == ["评议本月红黑榜"]
    assert column_texts(meetings, "council") == ["道德评议会"]


def test_refreshes_and_empty_states(qtbot: QtBot, session: Session) -> None:
    page = make_page(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, page.councils_tab, "notices")
    show_tab(qtbot, page, page.meetings_tab)
    assert_empty_state(page.meetings_tab, "No meetings recorded yet.")
    assert_refreshes_only_for_its_tables(page.ctx, page.meetings_tab, "worthies")
