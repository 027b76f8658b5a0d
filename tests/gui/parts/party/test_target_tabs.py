"""示范岗, 书记培训, 雏雁与致富带头人 tabs, and the year's standing above the tabs."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.party_targets import Cadre, ModelPost, Training
from sanzhi_desktop.services import party_targets, roster
from sanzhi_desktop.services.session import Session
from tests.gui.parts.party.helpers import make_page, open_form
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    sort_by,
)
from tests.party_factory import branch, people


def test_posts_sort_refuse_and_end(qtbot: QtBot, session: Session) -> None:
    members = branch(session, 6)
    page, tab = make_page(qtbot, session, "posts_tab")
    assert_empty_state(tab, "No model posts yet.")
    for member, post in zip(members[:3], ("卫生岗", "调解岗", "宣传岗"), strict=True):
        party_targets.add_post(
            session, ModelPost(post=post, member_id=member.id, duties="督促", set_date="2026-03-01")
        )
    page.ctx.bus.tables_changed.emit(frozenset({"party_posts"}))
    assert sort_by(tab, "post") == ["调解岗", "卫生岗", "宣传岗"]
    assert tab.filters.note.text() == "3 posts in force"
    page.new_record()
    dialog = open_form(tab)
    dialog.set_value("set_date", date(2026, 3, 1))
    assert not dialog.try_accept()
    assert dialog.error_labels["post"].text().startswith("请填写岗位名称")
    assert dialog.error_labels["duties"].text() == "请填写岗位职责"
    assert "3 model posts" in page.status.text()


def test_training_days_refused_beside_the_field(qtbot: QtBot, session: Session) -> None:
    page, tab = make_page(qtbot, session, "training_tab")
    assert_empty_state(tab, "No training recorded yet.")
    page.new_record()
    dialog = open_form(tab)
    dialog.set_value("trainee", "张建国")
    dialog.set_value("start_date", date(2026, 4, 10))
    dialog.set_value("days", 0)
    dialog.set_value("topic", "示范培训")
    assert not dialog.try_accept()
    assert dialog.error_labels["days"].text() == "培训天数应为1到60天"
    dialog.set_value("days", 3)
    assert dialog.try_accept()
    assert tab.filters.note.text() == "2026: 3 of 4 days"
    assert "training 3 days" in page.status.text()


def test_training_sorts_by_days_as_numbers(qtbot: QtBot, session: Session) -> None:
    for day, days in (("2026-03-01", 10), ("2026-04-01", 2), ("2026-05-01", 1)):
        party_targets.add_training(
            session, Training(trainee="张建国", start_date=day, days=days, topic="培训")
        )
    _page, tab = make_page(qtbot, session, "training_tab")
    assert sort_by(tab, "days") == ["1", "2", "10"]


def test_cadres_sort_in_pinyin_order_and_refuse_a_second_entry(
    qtbot: QtBot, session: Session
) -> None:
    persons = people(session)
    for person in persons[:3]:
        party_targets.add_cadre(
            session,
            Cadre(kind="reserve", person_id=person.id, year=2026, chosen_date="2026-05-01"),
        )
    page, tab = make_page(qtbot, session, "cadres_tab")
    assert sort_by(tab, "name") == ["李秀英", "王志强", "张建国"]
    page.new_record()
    dialog = open_form(tab)
    dialog.set_value("person_id", persons[0].id)
    dialog.set_value("chosen_date", date(2026, 6, 1))
    assert not dialog.try_accept()
    assert dialog.error_labels["person_id"].text() == "张建国已是2026年的雏雁（后备干部）"
    assert len(roster.list_persons(session)) == 8


def test_target_tabs_refresh_for_their_tables_only(qtbot: QtBot, session: Session) -> None:
    for attr in ("posts_tab", "training_tab", "cadres_tab"):
        page, tab = make_page(qtbot, session, attr)
        assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
