"""党员名册 tab: pinyin order, a refused date beside its field, 转正 only when the year is up."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from sanzhi_desktop.services import party
from sanzhi_desktop.services.session import Session
from tests.gui.parts.party.helpers import make_page, open_form
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    sort_by,
)
from tests.party_factory import branch, people


def test_members_sort_in_pinyin_order_with_surname_readings(qtbot: QtBot, session: Session) -> None:
    branch(session, 8)
    _page, tab = make_page(qtbot, session, "members_tab")
    # 单 reads Shàn and 曾 Zēng as surnames
    assert sort_by(tab, "name") == [
        "陈明", "李秀英", "刘德华", "单玉梅", "王志强", "曾国平", "张建国", "赵桂兰",
    ]  # fmt: skip
    assert "预备党员" in [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]


def test_a_new_member_refused_beside_the_joined_date(qtbot: QtBot, session: Session) -> None:
    people(session)
    page, tab = make_page(qtbot, session, "members_tab")
    assert_empty_state(tab, "No party members yet.")
    page.new_record()
    dialog = open_form(tab)
    dialog.set_value("joined_date", date(2099, 1, 1))
    top = dialog.widgets["flowing"].geometry()
    assert not dialog.try_accept()
    assert dialog.error_labels["joined_date"].text() == "入党日期不能晚于今天"
    assert dialog.widgets["flowing"].geometry() == top  # nothing moved
    dialog.set_value("joined_date", date(2010, 7, 1))
    assert not dialog.error_labels["joined_date"].isVisibleTo(dialog)
    assert dialog.try_accept()
    assert tab.model.rowCount() == 1 and tab.selected_id() == dialog.result_value.id  # type: ignore[attr-defined]


def test_full_membership_waits_for_the_year(qtbot: QtBot, session: Session) -> None:
    members = branch(session, 3)
    probation = members[-1]
    _page, tab = make_page(qtbot, session, "members_tab")
    tab.select(probation.id)
    button = tab.detail_pane.action_button("makeFullMember")
    assert button is not None and not button.isEnabled()
    assert "2027年3月1日" in button.toolTip()
    tab.select(members[0].id)
    assert not tab.detail_pane.action_button("makeFullMember").isEnabled()  # type: ignore[union-attr]
    assert tab.detail_pane.action_button("transferOut").isEnabled()  # type: ignore[union-attr]


def test_transfer_out_refused_beside_its_field(qtbot: QtBot, session: Session) -> None:
    members = branch(session, 3)
    _page, tab = make_page(qtbot, session, "members_tab")
    tab.transfer(members[0])  # type: ignore[attr-defined]
    dialog = open_form(tab)
    dialog.set_value("transfer_out_date", date(2026, 6, 1))
    assert not dialog.try_accept()
    assert dialog.error_labels["transfer_out_to"].text() == "请填写转往的党组织"
    dialog.set_value("transfer_out_to", "镇机关支部")
    assert dialog.try_accept()
    assert party.member_count_on(session, "2026-06-01") == 2
    assert tab.model.rowCount() == 2  # current members only


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_page(qtbot, session, "members_tab")
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")


def test_the_page_search_opens_a_pledge_on_its_member(qtbot: QtBot, session: Session) -> None:
    from sanzhi_desktop.services import party_points

    members = branch(session, 6)
    party_points.make_pledge(session, members[2].id, 2026, "带头移风易俗", made_date="2026-01-10")
    page, _tab = make_page(qtbot, session, "members_tab")
    page.search.setText("移风")  # two characters: LIKE
    page.run_search()
    assert page.body.currentWidget() is page.results and page.results.count() == 1
    page._open_result(page.results.item(0))
    assert page.tabs.currentWidget() is page.cycle_tab
    assert page.cycle_tab.selected_id() == members[2].id
    page.search.setText("没有这样的内容")
    page.run_search()
    assert page.results.item(0).text() == "Nothing found."
