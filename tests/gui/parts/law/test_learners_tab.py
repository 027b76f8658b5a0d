"""学法人员 tab: counts against the target, short ones in red, pinyin order, refusals."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.law import Learner
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import law
from sanzhi_desktop.services.session import Session
from tests.gui.parts.law.helpers import PINYIN_ORDER, action, households, law_page, open_dialog
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    sort_by,
)
from tests.law_factory import study


def test_empty_state_then_a_cadre_added_from_the_roster(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = households(session)
    page, tab = law_page(qtbot, session, monkeypatch, "learners_tab")
    assert_empty_state(tab, "No cadres or backbone villagers listed yet.")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("person_id", people[0].id)
    dialog.set_value("post", "村委会委员")
    assert dialog.try_accept()
    assert column_texts(tab, "name") == ["曾强"]
    assert column_texts(tab, "state") == ["4 short"]
    assert tab.row_color(tab.model.record(0)) == ERROR_COLOR  # short of the target: red


def test_a_name_is_needed_when_nobody_is_picked_beside_the_field(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, tab = law_page(qtbot, session, monkeypatch, "learners_tab")
    page.new_record()
    dialog = open_dialog(tab)
    assert not dialog.try_accept()
    assert dialog.error_labels["name"].text() == "请填写姓名"
    dialog.set_value("name", "驻村干部小刘")
    assert dialog.try_accept()
    assert [x.name for x in law.list_learners(session)] == ["驻村干部小刘"]


def test_counts_sort_in_pinyin_order_and_a_leaver_goes(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    learners = [
        law.add_learner(session, Learner(name="", person_id=p.id, category="backbone"))
        for p in households(session)
    ]
    study(session, "2026-03-01", *learners)
    study(session, "2026-04-01", learners[0])
    page, tab = law_page(qtbot, session, monkeypatch, "learners_tab")
    assert sort_by(tab, "name") == PINYIN_ORDER
    assert sorted(column_texts(tab, "state")) == ["1 short", "1 short", "1 short", "met"]
    tab.select(learners[0].id)
    monkeypatch.setattr(tab, "confirm", lambda *_a: True)
    action(tab, "retireLearner").click()
    assert tab.model.rowCount() == 3
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
