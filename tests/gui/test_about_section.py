"""设置 → 关于: the site id, schema and versions the home page no longer shows."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from sanzhi_desktop import __version__
from sanzhi_desktop.gui.main_window import MainWindow
from sanzhi_desktop.services import info


def test_about_shows_the_technical_facts(qtbot: QtBot, main_window: MainWindow) -> None:
    # Given the settings page
    main_window.show_page("settings")
    page = main_window.page("settings")
    tabs = page.findChild(QTabWidget, "settingsTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["General", "About"]
    # When the clerk opens 关于
    tabs.setCurrentWidget(page.about)
    qtbot.waitUntil(lambda: page.about.counts_loaded)
    # Then the office, site id, data version and program version are there
    identity = info.office_identity(main_window.ctx.session)

    def shown(key: str) -> str:
        return str(page.about.findChild(QLabel, f"about_{key}").text())

    assert shown("name") == "小营村"
    assert shown("code") == "610722100201"
    assert shown("site_id") == identity["site_id"]
    assert shown("schema_version") == str(identity["schema_version"])
    assert shown("app_version") == __version__
    assert shown("database") == str(main_window.ctx.session.path)
    # and the records kept, under Chinese table names
    assert page.about.findChild(QLabel, "count_persons").text() == "0"
    assert "changes" in page.about.count_labels


def test_about_counts_wait_until_the_tab_is_shown(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.show_page("settings")
    page = main_window.page("settings")
    assert not page.about.counts_loaded  # the General tab is shown first
