"""The 法治 page: its search opens a hit in the tab that lists it; it sits in the navigation."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.law import Learner
from sanzhi_desktop.gui.main_window import MainWindow
from sanzhi_desktop.gui.parts.law.page import LawPage
from sanzhi_desktop.services import law
from sanzhi_desktop.services.session import Session
from tests.gui.parts.law.helpers import households, law_page
from tests.law_factory import freeze, study


def test_search_finds_an_attendee_and_opens_the_session(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = households(session)
    cadre = law.add_learner(session, Learner(name="", person_id=people[1].id, category="cadre"))
    made = study(session, "2026-03-01", cadre, topic="民法典学习")
    page, _tab = law_page(qtbot, session, monkeypatch, "learners_tab")
    page.search.setText("张伟")
    page.run_search()
    assert page.body.currentWidget() is page.results and page.results.count() == 1
    page._open_result(page.results.item(0))
    assert page.tabs.currentWidget() is page.sessions_tab
    assert page.sessions_tab.selected_id() == made.id
    page.search.setText("没有这个")
    page.run_search()
    assert page.results.item(0).text() == "Nothing found."


def test_the_page_is_in_the_village_navigation(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze(monkeypatch)
    main_window.show_page("law")
    assert isinstance(main_window.pages.currentWidget(), LawPage)


def test_a_town_sees_each_villages_figures_read_only(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sanzhi_desktop.gui.context import GuiContext
    from sanzhi_desktop.services import sync
    from tests.sync.helpers import pair

    freeze(monkeypatch)
    with pair(tmp_path) as p:
        people = households(p.village, ("王建国",))
        cadre = law.add_learner(
            p.village, Learner(name="", person_id=people[0].id, category="cadre")
        )
        study(p.village, "2026-03-01", cadre)
        sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
        page = LawPage(GuiContext(p.town))
        qtbot.addWidget(page)
        page.show()
        tab = page.town_tab
        tab.ensure_loaded()
        assert [tab.model.record(0).sessions, tab.model.record(0).learners_met] == [1, 0]
        assert not page.new_button.isEnabled()
        page.close()


def test_a_to_do_opens_the_tab_that_lists_it(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = households(session)
    cadre = law.add_learner(session, Learner(name="", person_id=people[0].id, category="cadre"))
    page, _tab = law_page(qtbot, session, monkeypatch, "sessions_tab")
    assert page.select_record("law_learners", cadre.id)
    assert page.tabs.currentWidget() is page.learners_tab
    page.select_record("law_duties", "")
    assert page.tabs.currentWidget() is page.duties_tab
