"""考核 page: a village's own card, the records behind a cell, the town's catalogue edit."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.councils import Council
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.scorecard.page import ScorecardPage
from sanzhi_desktop.services import councils, scorecard
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
)
from tests.sync.helpers import make_town


def test_a_village_sees_its_own_card_and_the_records_behind_a_cell(
    qtbot: QtBot, session: Session
) -> None:
    councils.set_up_council(session, Council(kind="red_white", set_up_date="2026-02-01"))
    page = ScorecardPage(GuiContext(session))
    tab = show_tab(qtbot, page, page.scorecard_tab)
    assert column_texts(tab, "village") == ["小营村"]
    assert column_texts(tab, "item_ZZ-01") == ["× 1个"]
    assert "fresh" not in [c.key for c in tab.model.columns]  # a village has no "last file"
    card = tab.model.record(0)
    dialog = tab.open_records(card, "ZZ-01")
    qtbot.addWidget(dialog)
    assert dialog.records.model.rowCount() == 1
    assert not page.print_selected()  # the 通报 is the town's
    targets = show_tab(qtbot, page, page.targets_tab)
    assert targets.select("TJ-01")
    assert targets.detail_pane.action_button("editTarget") is None  # read-only in a village
    show_tab(qtbot, page, tab)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "persons")


def test_the_town_changes_a_target(qtbot: QtBot, tmp_path: Path) -> None:
    town = make_town(tmp_path)
    try:
        page = ScorecardPage(GuiContext(town))
        tab = show_tab(qtbot, page, page.scorecard_tab)
        assert_empty_state(tab, "No village enrolled yet")
        targets = show_tab(qtbot, page, page.targets_tab)
        assert targets.select("TJ-01")
        dialog = targets.edit_selected()
        assert isinstance(dialog, FormDialog)
        dialog.set_value("near_at", 99)  # above "met" (95): refused beside its field
        assert not dialog.try_accept()
        assert dialog.error_labels["near_at"].text()
        dialog.set_value("near_at", 80)
        assert dialog.try_accept()
        item = {i.code: i for i in scorecard.catalogue(town)}["TJ-01"]
        assert item.near_at == 80 and not scorecard.is_default_catalogue(town)
        assert "≥95%" in column_texts(targets, "target")
    finally:
        town.close()
