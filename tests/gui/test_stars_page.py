"""星级与积分 page: rate a household, disqualifier blocks the plaque, points, household record."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.household_record_dialog import HouseholdRecordDialog
from sanzhi_desktop.gui.pages.red_black import select_in
from sanzhi_desktop.gui.pages.stars import StarsPage
from sanzhi_desktop.services import points, star_rating
from sanzhi_desktop.services.session import Session
from tests.moral_factories import black_entry, make_village, posted
from tests.pdf_tools import pdf_text


def make_page(qtbot: QtBot, session: Session) -> StarsPage:
    page = StarsPage(GuiContext(session))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def test_rate_award_plaque_and_print(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page = make_page(qtbot, session)
    page.cycle_spin.setValue(2025)
    dialog = page.rate_household()
    dialog.set_value("household_id", village.red_household.id)
    dialog.set_value("rated_date", "2025-12-01")
    dialog.set_value("stars", ["爱党爱国星", "孝老爱亲星"])
    dialog.save()
    assert not dialog.isVisible()
    assert page.rating_model.rowCount() == 1
    rid = page.rating_model.record(0)["id"]
    assert select_in(page.rating_table, page.rating_model, page.rating_proxy, rid)
    page.award_plaque()
    assert star_rating.get_rating(session, rid).status == "plaqued"
    preview = page.print_stars()
    assert preview is not None and "李德明" in pdf_text(preview.pdf)


def test_disqualified_household_gets_no_plaque(qtbot: QtBot, session: Session, monkeypatch) -> None:
    village = make_village(session)
    page = make_page(qtbot, session)
    page.cycle_spin.setValue(2025)
    dialog = page.rate_household()
    dialog.set_value("household_id", village.black_household.id)
    dialog.set_value("rated_date", "2025-12-01")
    dialog.set_value("disqualifiers", ["domestic_violence"])
    dialog.save()
    assert dialog.isVisible() and dialog.error_labels["disqualify_note"].text()
    dialog.set_value("disqualify_note", "2025年5月家暴被告诫")
    dialog.save()
    rid = page.rating_model.record(0)["id"]
    select_in(page.rating_table, page.rating_model, page.rating_proxy, rid)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    page.award_plaque()
    assert warnings and "家庭暴力" in warnings[0]


def test_points_tab_and_household_record(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    hid = village.black_household.id
    posted(session, black_entry(village))
    points.add_points(session, hid, "B02", approved_by="村委会", entry_date="2026-11-06")
    page = make_page(qtbot, session)
    page.year_spin.setValue(2026)
    page.quarter_combo.setCurrentIndex(3)
    page._reload_points()
    assert page.points_model.rowCount() == 1
    assert page.points_model.record(0).balance == -5
    dialog = HouseholdRecordDialog(page.ctx, hid)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert "-5" in dialog.summary.text()
