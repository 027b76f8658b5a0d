"""承诺与积分 tab: each member's year; pledges, points and a review go through their forms."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from sanzhi_desktop.services import party_points
from sanzhi_desktop.services.session import Session
from tests.gui.parts.party.helpers import make_page, open_form
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    sort_by,
)
from tests.party_factory import branch


def test_empty_until_there_are_members(qtbot: QtBot, session: Session) -> None:
    _page, tab = make_page(qtbot, session, "cycle_tab")
    assert_empty_state(tab, "Add the branch's members first")


def test_names_sort_in_pinyin_order_and_points_as_numbers(qtbot: QtBot, session: Session) -> None:
    members = branch(session, 8)
    for member, rule in ((members[0], "P06"), (members[1], "P02")):
        party_points.add_points(
            session, member.id, rule, approved_by="书记", entry_date="2026-06-01"
        )
    _page, tab = make_page(qtbot, session, "cycle_tab")
    assert sort_by(tab, "name")[:4] == ["陈明", "李秀英", "刘德华", "单玉梅"]
    assert sort_by(tab, "points")[-2:] == ["2", "10"]


def test_pledge_points_and_review_through_the_detail_actions(
    qtbot: QtBot, session: Session
) -> None:
    members = branch(session, 6)
    _page, tab = make_page(qtbot, session, "cycle_tab")
    assert tab.select(members[0].id)
    tab.detail_pane.action_button("makePledge").click()  # type: ignore[union-attr]
    dialog = open_form(tab)
    dialog.set_value("made_date", date(2025, 12, 30))
    assert not dialog.try_accept()
    assert dialog.error_labels["content"].text() == "请填写承诺内容"
    assert dialog.error_labels["made_date"].text() == "承诺日期应在承诺年度内"
    dialog.set_value("content", "帮扶一户困难群众")
    dialog.set_value("made_date", date(2026, 1, 10))
    assert dialog.try_accept()
    assert tab.selected_record().pledge.content == "帮扶一户困难群众"
    tab.add_points(tab.selected_record())  # type: ignore[attr-defined]
    dialog = open_form(tab)
    dialog.set_value("rule_code", "P03")
    dialog.set_value("entry_date", date(2026, 4, 2))
    assert not dialog.try_accept()
    assert dialog.error_labels["approved_by"].text() == "请填写审核人"
    dialog.set_value("approved_by", "书记")
    assert dialog.try_accept()
    assert tab.selected_record().points == 3
    tab.review(tab.selected_record(), 2026)  # type: ignore[attr-defined]
    dialog = open_form(tab)
    dialog.set_value("reviewed_on", date(2026, 11, 10))
    dialog.set_value("votes_excellent", 3)
    dialog.set_value("votes_qualified", 3)
    dialog.set_value("grade", "excellent")
    assert not dialog.try_accept()
    assert "过半数" in dialog.error_labels["grade"].text()
    dialog.set_value("grade", "")
    assert dialog.try_accept()
    assert tab.selected_record().review.grade == "qualified"


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_page(qtbot, session, "cycle_tab")
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
