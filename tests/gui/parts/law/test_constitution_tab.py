"""宪法入户 tab: households not yet visited in red, the visit recorded, coverage shown."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import law_registers
from sanzhi_desktop.services.session import Session
from tests.gui.parts.law.helpers import PINYIN_ORDER, action, households, law_page, open_dialog
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    sort_by,
)


def test_without_households_the_empty_state_points_to_the_roster(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _page, tab = law_page(qtbot, session, monkeypatch, "constitution_tab")
    assert_empty_state(tab, "add them under 村民档案 first")


def test_a_visit_recorded_from_the_detail_pane(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    households(session)
    page, tab = law_page(qtbot, session, monkeypatch, "constitution_tab")
    assert sort_by(tab, "head") == PINYIN_ORDER
    assert all(tab.row_color(tab.model.record(r)) == ERROR_COLOR for r in range(4))
    first = tab.model.record(0)
    tab.select(str(first["id"]))
    action(tab, "recordVisit").click()
    dialog = open_dialog(tab)
    assert not dialog.try_accept()  # who visited?
    assert dialog.error_labels["reached_by"].text() == "请填写入户宣传人"
    dialog.set_value("reached_by", "网格员")
    assert dialog.try_accept()
    assert column_texts(tab, "reached").count("visited") == 1
    assert not action(tab, "recordVisit").isEnabled()  # visited: the button says why not
    [group] = [g for g in law_registers.coverage(session, 2026) if g.group_no == first["group_no"]]
    assert group.met
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
