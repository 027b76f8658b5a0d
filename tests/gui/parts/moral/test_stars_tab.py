"""十星级文明户 tab: rate, award the plaque, print; a disqualified household gets none."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.moral.stars_page import StarsPage
from sanzhi_desktop.gui.parts.moral.stars_tab import StarsTab
from sanzhi_desktop.services import star_rating
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    show_tab,
    sort_by,
)
from tests.moral_factories import BLACK_HEAD, make_village
from tests.pdf_tools import pdf_text


def make_tab(qtbot: QtBot, session: Session) -> tuple[StarsPage, StarsTab]:
    page = StarsPage(GuiContext(session))
    show_tab(qtbot, page, page.stars_tab)
    page.stars_tab.filters.choose(2025)
    return page, page.stars_tab


def rate(page: StarsPage, household_id: str, **values: object) -> FormDialog:
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("household_id", household_id)
    dialog.set_value("rated_date", "2025-12-01")
    for key, value in values.items():
        dialog.set_value(key, value)
    return dialog


def test_rate_award_plaque_and_print(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No household rated in this cycle. Click “New” to rate the first one.")
    dialog = rate(page, village.red_household.id, stars=["爱党爱国星", "孝老爱亲星"])
    assert dialog.try_accept()
    assert tab.model.rowCount() == 1
    rid = tab.model.record(0)["id"]
    assert tab.select(rid)
    button = tab.detail_pane.action_button("awardPlaque")
    assert button is not None and button.isEnabled()
    button.click()
    assert star_rating.get_rating(session, rid).status == "plaqued"
    preview = page.print_selected()
    assert preview is not None and "李德明" in pdf_text(preview.pdf)


def test_disqualified_household_is_refused_beside_the_field_and_gets_no_plaque(
    qtbot: QtBot, session: Session
) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    dialog = rate(page, village.black_household.id, disqualifiers=["domestic_violence"])
    assert not dialog.try_accept()
    assert dialog.isVisible() and dialog.error_labels["disqualify_note"].text()
    dialog.set_value("disqualify_note", "2025年5月家暴被告诫")
    assert dialog.try_accept()
    tab.select(tab.model.record(0)["id"])
    button = tab.detail_pane.action_button("awardPlaque")
    assert button is not None and not button.isEnabled()
    assert "家庭暴力" in button.toolTip()


def test_heads_sort_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    assert rate(page, village.black_household.id, stars=["爱党爱国星"]).try_accept()
    assert rate(page, village.red_household.id, stars=["爱党爱国星"]).try_accept()
    assert sort_by(tab, "head") == ["李德明", BLACK_HEAD]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
