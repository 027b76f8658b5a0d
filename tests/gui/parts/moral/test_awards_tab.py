"""奖励与荣誉 tab: an award with its amount, the total, refusals, order, refreshes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.moral.awards_tab import AwardsTab
from sanzhi_desktop.gui.parts.moral.stars_page import StarsPage
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
    sort_by,
)
from tests.moral_factories import BLACK_HEAD, make_village


def make_tab(qtbot: QtBot, session: Session) -> tuple[StarsPage, AwardsTab]:
    page = StarsPage(GuiContext(session))
    show_tab(qtbot, page, page.awards_tab)
    return page, page.awards_tab


def award(page: StarsPage, household_id: str, amount: str) -> FormDialog:
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("household_id", household_id)
    dialog.widgets["amount_fen"].setText(amount)  # type: ignore[attr-defined]
    return dialog


def test_an_award_shows_its_amount_and_the_total(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No awards yet. Click “New” to add the first one.")
    dialog = award(page, village.red_household.id, "一千")
    assert not dialog.try_accept()
    assert "金额" in dialog.error_labels["amount_fen"].text()
    dialog.widgets["amount_fen"].setText("1000")  # type: ignore[attr-defined]
    assert dialog.try_accept()
    assert column_texts(tab, "amount") == ["¥1,000.00"]
    assert "¥1,000.00" in tab.filters.note.text()


def test_names_sort_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    assert award(page, village.black_household.id, "100").try_accept()
    assert award(page, village.red_household.id, "200").try_accept()
    assert sort_by(tab, "name") == ["李德明", BLACK_HEAD]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
