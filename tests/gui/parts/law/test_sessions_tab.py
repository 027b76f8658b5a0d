"""学法记录 tab: a session recorded from the form, refusals beside their fields, refreshes."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.law import Attendee, Learner, StudySession
from sanzhi_desktop.services import law
from sanzhi_desktop.services.session import Session
from tests.gui.parts.law.helpers import (
    PINYIN_NAMES,
    PINYIN_ORDER,
    households,
    law_page,
    open_dialog,
)
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    sort_by,
)


def test_empty_state_then_a_session_from_the_form(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = households(session)
    cadre = law.add_learner(session, Learner(name="", person_id=people[0].id, category="cadre"))
    page, tab = law_page(qtbot, session, monkeypatch, "sessions_tab")
    assert_empty_state(tab, "No study sessions yet. Click “New” to record the first one.")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("held_on", date(2026, 3, 5))
    dialog.set_value("form", "考试")
    dialog.set_value("topic", "学法考试")
    dialog.set_value("hours", "1.5")
    dialog.set_value("attendees", [cadre.id])
    dialog.set_value("others", [{"person_id": people[1].id}])
    dialog.set_value("scores", "曾强 92")
    assert dialog.try_accept()
    [made] = law.list_sessions(session)
    assert [(a.name, a.score) for a in made.attendee_list()] == [("曾强", 92), ("张伟", None)]
    assert tab.model.rowCount() == 1 and tab.stack.currentWidget() is tab.table


def test_hours_and_scores_are_refused_beside_their_fields(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    households(session)
    page, tab = law_page(qtbot, session, monkeypatch, "sessions_tab")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("topic", "宪法")
    dialog.set_value("hours", "一个半小时")
    assert not dialog.try_accept()
    assert dialog.error_labels["hours"].text() == "学时应写成数字，如1.5"
    dialog.set_value("hours", "2")
    assert not dialog.error_labels["hours"].isVisibleTo(dialog)
    assert not dialog.try_accept()  # nobody attended
    assert dialog.error_labels["attendees"].text() == "请选择参加人员"
    assert law.list_sessions(session) == []


def test_lecturers_sort_in_pinyin_order_and_refresh_only_for_its_tables(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = households(session)
    cadre = law.add_learner(session, Learner(name="", person_id=people[0].id, category="cadre"))
    for index, name in enumerate(PINYIN_NAMES):
        law.record_session(
            session,
            StudySession(
                held_on=f"2026-0{index + 1}-10", form="讲座", topic="宪法", hours=1, lecturer=name
            ),
            attendees=[Attendee("", learner_id=cadre.id)],
        )
    page, tab = law_page(qtbot, session, monkeypatch, "sessions_tab")
    assert sort_by(tab, "lecturer") == PINYIN_ORDER
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
