"""积分 tab: the quarter's sums and history, points refused without a rule, the household record."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.household_record_dialog import HouseholdRecordDialog
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.moral.points_tab import PointsTab
from sanzhi_desktop.gui.parts.moral.stars_page import StarsPage
from sanzhi_desktop.services import points
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import assert_refreshes_only_for_its_tables, show_tab, sort_by
from tests.moral_factories import BLACK_HEAD, black_entry, make_village, posted


def make_tab(qtbot: QtBot, session: Session) -> tuple[StarsPage, PointsTab]:
    page = StarsPage(GuiContext(session))
    show_tab(qtbot, page, page.points_tab)
    page.points_tab.filters.choose("2026-4")
    return page, page.points_tab


def test_the_quarter_and_the_household_record(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    hid = village.black_household.id
    posted(session, black_entry(village))
    points.add_points(session, hid, "B02", approved_by="村委会", entry_date="2026-11-06")
    page, tab = make_tab(qtbot, session)
    row = tab.model.row_of(hid)
    assert row >= 0 and tab.model.record(row).balance == -5
    assert tab.select(hid)
    detail = tab.detail_pane.detail
    assert detail is not None and ("余额" in detail.fields[0][0] or detail.fields[0][1] == "-5")
    record = page.open_household_record()
    assert isinstance(record, HouseholdRecordDialog)
    assert record.table.rowCount() == 2
    assert "-5" in record.summary.text()


def test_points_without_a_household_are_refused_beside_the_field(
    qtbot: QtBot, session: Session
) -> None:
    make_village(session)
    page, _tab = make_tab(qtbot, session)
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("household_id", "")
    assert not dialog.try_accept()
    assert dialog.isVisible()
    assert dialog.error_labels["household_id"].text() or dialog.form_error.text()


def test_heads_sort_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    for household in (village.black_household, village.red_household):
        points.add_points(
            session, household.id, "B02", approved_by="村委会", entry_date="2026-11-06"
        )
    _page, tab = make_tab(qtbot, session)
    assert sort_by(tab, "head") == ["李德明", BLACK_HEAD]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
