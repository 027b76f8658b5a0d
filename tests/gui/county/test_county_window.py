"""The county's read-only window: towns ranked, a town's villages, a cell's records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from benchmarks import county_data
from sanzhi_desktop.gui.county import app as county_app
from sanzhi_desktop.gui.county.context import county_context
from sanzhi_desktop.gui.county.window import CountyWindow
from sanzhi_desktop.services import county_scorecard
from sanzhi_desktop.services.county_scorecard import County
from tests.gui.parts.tab_checks import column_texts

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.pg
TOWNS = {"610722101": "柳林镇", "610722102": "杨树镇"}


@pytest.fixture
def county(pg_url: str, tmp_path: Path) -> Iterator[County]:
    """Two towns of three villages each, one year of records (the synthetic benchmark town)."""
    county_data.synthetic_county(pg_url, tmp_path, TOWNS)
    with county_scorecard.open_county(pg_url) as opened:
        yield opened


def test_towns_ranked_then_a_towns_villages_then_a_cells_records(
    qtbot: QtBot, county: County
) -> None:
    # Given the county's window
    window = CountyWindow(county_context(county), "本机")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.page
    page.towns.ensure_loaded()
    # Then the towns are ranked, and nothing offers to write
    assert sorted(column_texts(page.towns, "town")) == sorted(TOWNS.values())
    assert not page.new_button.isVisible()
    assert page.towns.select("610722102")
    assert page.towns.detail_pane.action_button("showVillages") is not None
    window.grab().save(str(Path(qtbot_tmp()) / "county-towns.png"))
    # When the clerk asks for a town's villages
    page.show_villages("610722102")
    tab = page.villages
    assert page.tabs.currentWidget() is tab
    assert page.print_button.isEnabled()  # the 通报, from either tab
    assert set(column_texts(tab, "town")) == {"杨树镇"}
    assert len(column_texts(tab, "village")) == 3
    window.grab().save(str(Path(qtbot_tmp()) / "county-villages.png"))
    # and opens the records behind a figure, they are the village's own, read-only
    card = tab.model.record(0)
    dialog = tab.open_records(card, "XY-01")
    qtbot.addWidget(dialog)
    assert dialog.records.model.rowCount() > 0
    assert dialog.records.read_only
    assert {r["owner"][:9] for r in dialog.records.model.records()} == {"610722102"}


def qtbot_tmp() -> str:
    """Where the screenshots go (looked at by hand; not asserted)."""
    import tempfile

    return tempfile.gettempdir()


def test_an_unreachable_server_is_said_in_chinese(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    url = f"host={tmp_path} port=1 user=sanzhi dbname=county"
    assert county_app.run_county_gui(url) == 1
    assert said and "连不上县级数据库服务器" in said[0]
