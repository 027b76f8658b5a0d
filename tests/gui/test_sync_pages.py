"""The 同步 page, the town's villages page and dashboard, over two real offices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.app import build_main_window
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.sync import SyncPage
from sanzhi_desktop.gui.pages.town_dashboard import TownDashboardPage
from sanzhi_desktop.gui.pages.town_villages import TownVillagesPage
from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.services.sync import ImportStatus
from tests.sync.helpers import VILLAGE_CODE, Pair, add_household, pair

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def p(qtbot: QtBot, tmp_path: Path) -> Iterator[Pair]:
    with pair(tmp_path) as offices:
        yield offices
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_village_sync_page_exports_and_shows_the_state(qtbot: QtBot, p: Pair) -> None:
    add_household(p.village, "0101")
    page = SyncPage(GuiContext(p.village))
    qtbot.addWidget(page)
    assert page.fingerprint.text() == keys.own_card(p.village).fingerprint
    assert page.peers.rowCount() == 1  # the pinned town
    assert "2条变更未确认" in page.summary.text()
    page.export_to(p.stick, background=False)
    assert [e.seq for e in page.last_exports] == [1]
    assert page.results.rowCount() == 1
    assert len(list(p.stick.glob("*.sanzhi"))) == 1


def test_import_reports_each_file(qtbot: QtBot, p: Pair) -> None:
    add_household(p.village, "0101")
    good = sync.export_sync_file(p.village, p.stick).path
    bad = p.stick / "bad.sanzhi"
    bad.write_bytes(b"junk")
    page = SyncPage(GuiContext(p.town))
    qtbot.addWidget(page)
    page.import_paths([good, bad], background=False)
    assert [r.status for r in page.last_reports] == [ImportStatus.IMPORTED, ImportStatus.REFUSED]
    assert page.results.rowCount() == 2
    assert "损坏" in page.results.item(1, 2).text()
    assert not page.results_summary.isHidden()
    assert page.results_summary.text().startswith(
        "2 files: 1 imported, 0 already imported, 1 refused, 0 skipped. A refused file changed"
    )


def test_import_runs_in_the_background_with_the_same_result(qtbot: QtBot, p: Pair) -> None:
    add_household(p.village, "0101")
    sync.export_sync_file(p.village, p.stick)
    page = SyncPage(GuiContext(p.town))
    qtbot.addWidget(page)
    page.import_paths([p.stick])
    qtbot.waitUntil(lambda: bool(page.last_reports), timeout=10_000)
    assert page.last_reports[0].status is ImportStatus.IMPORTED


def test_enrol_a_card_without_the_dialog(qtbot: QtBot, p: Pair, tmp_path: Path) -> None:
    from tests.sync.helpers import make_village

    other = make_village(tmp_path, "610722100203", "新村")
    try:
        card = keys.write_card(other, tmp_path)
        page = SyncPage(GuiContext(p.town))
        qtbot.addWidget(page)
        assert page.enroll_card(card, confirm=False)
        page.refresh()
        assert page.peers.rowCount() == 2
    finally:
        other.close()


def test_town_pages_show_villages_and_counts(qtbot: QtBot, p: Pair) -> None:
    add_household(p.village, "0101")
    add_household(p.village, "0102")
    sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
    ctx = GuiContext(p.town)
    villages = TownVillagesPage(ctx)
    qtbot.addWidget(villages)
    assert villages.table.rowCount() == 1
    assert villages.table.item(0, 0).text() == VILLAGE_CODE
    assert not villages.statuses[0].stale
    board = TownDashboardPage(ctx)
    qtbot.addWidget(board)
    households = board.data.tables.index("households") + 1 if board.data else -1
    assert board.grid.item(0, households).text() == "2"
    board.measure.setCurrentIndex(board.measure.findData("households"))
    assert board.chart.items == [("小营村", 2)]
    board.drill_down(0, households)
    assert board.records.rowCount() == 2
    assert "小营村" in board.drill.caption.text()


def test_print_key_card_opens_the_preview(qtbot: QtBot, p: Pair) -> None:
    from PySide6.QtWidgets import QPushButton

    from tests.pdf_tools import pdf_text

    page = SyncPage(GuiContext(p.village))
    qtbot.addWidget(page)
    assert page.findChild(QPushButton, "printCardButton") is not None
    dialog = page.print_card()
    assert dialog is not None and dialog.suggested_name == f"{VILLAGE_CODE}-密钥卡.pdf"
    text = " ".join(pdf_text(dialog.pdf).split())
    assert keys.own_card(p.village).fingerprint in text and "小营村" in text
    dialog.close()


def _village_with_cases(p: Pair) -> None:
    from tests.mediation_factory import new_case, villagers

    people = villagers(p.village)
    first = new_case(p.village, people=people)
    new_case(p.village, people=people, dispute_type="合同", mediator_id=first.mediators[0])
    sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])


def test_dashboard_figures_chart_and_drill_down(qtbot: QtBot, p: Pair) -> None:
    from sanzhi_desktop.gui.pages.town_dashboard import CASES_BY_STATE, CASES_BY_TYPE
    from sanzhi_desktop.services.town_figures import FIGURE_COLUMNS

    _village_with_cases(p)
    board = TownDashboardPage(GuiContext(p.town))
    qtbot.addWidget(board)
    assert board.tabs.count() == 2
    table = board.figures_table
    assert (table.rowCount(), table.columnCount()) == (2, len(FIGURE_COLUMNS) + 1)
    cases = 1 + [k for k, _t in FIGURE_COLUMNS].index("cases")
    assert table.item(1, 0).text() == "小营村"  # row 0 is the total
    assert table.item(0, cases).text() == table.item(1, cases).text() == "2"
    assert board.figure_panel.measure.currentData() == CASES_BY_TYPE
    assert sorted(board.figure_chart.items) == [("合同", 1), ("邻里", 1)]
    board.figure_panel.measure.setCurrentIndex(board.figure_panel.measure.findData(CASES_BY_STATE))
    assert board.figure_chart.items == [("已登记", 2)]
    board.figure_panel.measure.setCurrentIndex(board.figure_panel.measure.findData("cases"))
    assert board.figure_chart.items == [("小营村", 2)]
    board.drill_down_figure(1, cases)
    records = board.figure_records
    assert records.model.rowCount() == 2
    assert "小营村" in records.caption.text()
    # the records as a clerk reads them: Chinese headers, labels, yuan, dates; no raw names
    headers = [c.header for c in records.model.columns]
    assert "Dossier no." in headers and "State" in headers  # tr() sources, translated in the UI
    assert not [h for h in headers if "_" in h or h in ("state", "amount_fen", "dossier_year")]
    state = records.model.column_index("state")
    assert records.proxy.index(0, state).data() == "已登记"
    amount = records.model.column_index("amount_fen")
    assert str(records.proxy.index(0, amount).data()).startswith("¥")
    registered = records.model.column_index("registered_on")
    assert "年" in str(records.proxy.index(0, registered).data())
    records.table.selectRow(0)
    detail = records.detail_pane.detail
    assert detail is not None and detail.title.startswith("(") and not detail.actions
    records.show_rows("", "mediation_cases", [])
    board.drill_down_figure(0, cases)  # the total row: nothing to drill into
    board.drill_down_figure(1, 0)  # the name column: nothing either
    assert records.model.rowCount() == 0
    board.refresh()  # keeps the chosen chart
    assert board.figure_panel.measure.currentData() == "cases"


def test_dashboard_fits_a_1280x800_window(qtbot: QtBot, p: Pair) -> None:
    _village_with_cases(p)
    window = build_main_window(p.town)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.nav.setCurrentRow(window.page_keys.index("town_dashboard"))
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    assert window.size().width() <= 1280 and window.size().height() <= 800


def test_town_main_window_shows_town_pages_and_sync_status(qtbot: QtBot, p: Pair) -> None:
    window = build_main_window(p.town)
    qtbot.addWidget(window)
    assert "town_villages" in window.page_keys and "roster" not in window.page_keys
    window.show()  # the sync state is filled in right after the first paint
    qtbot.waitUntil(lambda: "已登记1个村" in window.status_sync.text())
