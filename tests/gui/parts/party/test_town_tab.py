"""The town's 党建 table: one row per enrolled village, Chinese cells, read-only."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.parts.party.town_page import TownPartyPage
from sanzhi_desktop.services import party, sync
from tests.gui.parts.tab_checks import assert_refreshes_only_for_its_tables, column_texts, show_tab
from tests.party_factory import branch
from tests.sync.helpers import pair


def test_the_town_sees_each_village_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        branch(p.village, 6)
        party.save_branch(
            p.village, party.Branch(branch_name="中共小营村支部委员会", secretary="张建国")
        )
        sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
        page = TownPartyPage(GuiContext(p.town))
        tab = show_tab(qtbot, page, page.villages_tab)
        assert column_texts(tab, "name") == ["小营村"]
        assert column_texts(tab, "members") == ["6"]
        assert column_texts(tab, "dual_post") == ["否"]
        assert column_texts(tab, "status") == ["空壳"] and column_texts(tab, "income") == ["¥0.00"]
        assert not page.new_button.isEnabled()
        tab.select(tab.record_id(tab.model.record(0)))
        assert tab.detail_pane.detail is not None and tab.detail_pane.detail.actions == []
        assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
        page.close()
        page.deleteLater()
