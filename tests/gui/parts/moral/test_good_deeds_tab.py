"""善行义举榜 tab: nominate (refused without a deed), review, order, refreshes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.moral.good_deeds_tab import GoodDeedsTab
from sanzhi_desktop.gui.parts.moral.red_black_page import RedBlackPage
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    show_tab,
    sort_by,
)
from tests.moral_factories import BLACK_HEAD, make_village


def make_tab(qtbot: QtBot, session: Session) -> tuple[RedBlackPage, GoodDeedsTab]:
    page = RedBlackPage(GuiContext(session))
    show_tab(qtbot, page, page.deeds_tab)
    return page, page.deeds_tab


def nominate(page: RedBlackPage, household_id: str, deed: str) -> FormDialog:
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("household_id", household_id)
    dialog.set_value("deed", deed)
    return dialog


def test_nominate_refused_without_a_deed_then_reviewed(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No good deeds yet. Click “New” to nominate the first one.")
    dialog = nominate(page, village.red_household.id, "")
    assert not dialog.try_accept()
    assert any(label.text() for label in dialog.error_labels.values())
    dialog.set_value("deed", "义务修路三天")
    assert dialog.try_accept()
    assert tab.model.rowCount() == 1
    assert tab.detail_pane.action_button("reviewDeed") is not None
    assert tab.detail_pane.action_button("postDeed") is None


def test_names_sort_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    assert nominate(page, village.black_household.id, "拾金不昧").try_accept()
    assert nominate(page, village.red_household.id, "照顾孤老").try_accept()
    assert sort_by(tab, "name") == ["李德明", BLACK_HEAD]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")


def test_selecting_a_record_the_filter_hides_shows_all_again(
    qtbot: QtBot, session: Session
) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    dialog = nominate(page, village.red_household.id, "义务修路三天")
    assert dialog.try_accept()
    deed_id = str(dialog.result_value.id)  # type: ignore[attr-defined]
    tab.filters.choose("posted")  # the nominated deed is not listed under 已上榜
    assert tab.model.rowCount() == 0
    assert page.select_record("good_deeds", deed_id)
    assert tab.selected_id() == deed_id
