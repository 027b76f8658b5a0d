"""The town's 平安与信用 tab: one read-only row per enrolled village, from its files."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.parts.safety.page import SafetyPage
from tests.gui.parts.tab_checks import assert_refreshes_only_for_its_tables, column_texts, show_tab
from tests.sync.helpers import make_town, pair


def test_a_town_sees_its_villages_not_registers(qtbot: QtBot, tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        page = SafetyPage(GuiContext(p.town))
        tab = show_tab(qtbot, page, page.town_tab)
        assert [t.name for t in page.record_tabs] == ["safetyTown"]  # no sweeps of its own
        assert column_texts(tab, "village") == ["小营村"]
        assert not tab.can_create()
        assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")


def test_no_village_yet(qtbot: QtBot, tmp_path: Path) -> None:
    town = make_town(tmp_path)
    try:
        page = SafetyPage(GuiContext(town))
        tab = show_tab(qtbot, page, page.town_tab)
        assert tab.stack.currentWidget() is tab.empty
    finally:
        town.close()
