"""法治阵地, 示范村 and 六无村 tabs: forms, refusals beside their fields, refreshes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sanzhi_desktop.services import law_registers
from sanzhi_desktop.services.session import Session
from tests.gui.parts.law.helpers import action, law_page, open_dialog
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    sort_by,
)


def test_a_site_with_its_service_points(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, tab = law_page(qtbot, session, monkeypatch, "sites_tab")
    assert_empty_state(tab, "No rule-of-law site recorded yet.")
    page.new_record()
    dialog = open_dialog(tab)
    assert not dialog.try_accept()
    assert dialog.error_labels["name"].text() == "请填写阵地名称"
    dialog.set_value("name", "法治广场")
    dialog.set_value("outdoor_area_m2", 320)
    dialog.set_value("services", ["人民调解室", "法律服务微信群"])
    assert dialog.try_accept()
    assert column_texts(tab, "services") == ["人民调解室、法律服务微信群"]
    assert law_registers.sites_summary(session).area_met
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")


def test_titles_sort_by_year_and_refresh(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, tab = law_page(qtbot, session, monkeypatch, "titles_tab")
    assert_empty_state(tab, "No 民主法治示范村 title recorded.")
    for level, year in (("市级", 2025), ("县级", 2022)):
        page.new_record()
        dialog = open_dialog(tab)
        dialog.set_value("level", level)
        dialog.set_value("year", year)
        assert dialog.try_accept()
    assert sort_by(tab, "year") == ["2022", "2025"]
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")


def test_six_nil_evidence_is_asked_for_beside_the_item(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, tab = law_page(qtbot, session, monkeypatch, "six_nil_tab")
    assert column_texts(tab, "checked") == ["not yet"]  # only this year until one is checked
    tab.select("2026")
    action(tab, "fillSixNil").click()
    dialog = open_dialog(tab)
    dialog.set_value("checked_by", "村支书")
    dialog.set_value("no_cult", True)
    assert not dialog.try_accept()
    assert dialog.error_labels["no_cult"].text() == "“无邪”请写明依据"
    dialog.set_value("no_cult_evidence", "镇综治办排查")
    assert dialog.try_accept()
    result = law_registers.six_nil(session, 2026)
    assert result.checked and result.met_count == 1
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
