"""Settings: operators, language, and the change log view."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.roster import Household
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.changelog import ChangeLogView
from sanzhi_desktop.gui.pages.settings import SettingsPage
from sanzhi_desktop.services import operators, roster, settings
from sanzhi_desktop.services.session import Session


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> SettingsPage:
    operators.sign_in(session, "测试员")
    widget = SettingsPage(GuiContext(session=session))
    qtbot.addWidget(widget)
    return widget


def _select(page: SettingsPage, name: str) -> None:
    for row in range(page.operator_list.count()):
        item = page.operator_list.item(row)
        if page.operator_list.item(row) and name in item.text():
            page.operator_list.setCurrentItem(item)
            return
    raise AssertionError(f"{name} not listed")


def test_add_operator(page: SettingsPage, session: Session) -> None:
    page.new_operator.setText("李会计")
    page.add_button.click()
    assert operators.list_operators(session) == ["测试员", "李会计"]
    assert page.operator_list.count() == 2
    assert page.new_operator.text() == ""


def test_add_operator_with_bad_name_shows_error(page: SettingsPage, session: Session) -> None:
    page.new_operator.setText("123")
    page.add_button.click()
    assert page.operator_error.isVisibleTo(page)
    assert operators.list_operators(session) == ["测试员"]


def test_remove_operator_asks_naming_who(
    page: SettingsPage, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    operators.add_operator(session, "李会计")
    page.refresh()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    _select(page, "李会计")
    page.remove_button.click()
    assert asked and "李会计" in asked[0]
    assert operators.list_operators(session) == ["测试员"]


def test_remove_operator_cancelled_keeps_it(
    page: SettingsPage, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    operators.add_operator(session, "李会计")
    page.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    _select(page, "李会计")
    page.remove_button.click()
    assert "李会计" in operators.list_operators(session)


def test_current_operator_cannot_be_removed(page: SettingsPage) -> None:
    _select(page, "测试员")
    assert not page.remove_button.isEnabled()


def test_language_choice_is_saved(page: SettingsPage, session: Session) -> None:
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert settings.preferred_language(session) == "en"
    assert page.language_note.text()


def test_change_log_lists_changes_and_filters_by_table(qtbot: QtBot, session: Session) -> None:
    roster.add_household(session, Household(household_no="007", head_name="王五", group_no=2))
    view = ChangeLogView(GuiContext(session=session))
    qtbot.addWidget(view)
    view.refresh()
    # Newest first: the household, then the office profile written by the fixture
    assert view.table.rowCount() == 2
    assert view.table.item(0, 4).text() == "王五"
    assert view.table.item(0, 2).text() == "户"
    assert view.table.item(0, 3).text() == "新增"
    assert "年" in view.table.item(0, 0).text()
    view.set_table_filter("office")
    assert view.table.rowCount() == 1
    assert view.table.item(0, 4).text() == "小营村"
    view.set_table_filter("persons")
    assert view.table.isHidden()
    assert not view.empty.isHidden()


def test_change_log_filters_by_date(qtbot: QtBot, session: Session) -> None:
    view = ChangeLogView(GuiContext(session=session))
    qtbot.addWidget(view)
    view.date_check.setChecked(True)
    assert view.table.rowCount() == 1  # today is within the last 30 days
    view.until_edit.setDate(view.until_edit.date().addDays(-10))
    assert view.table.isHidden()


def test_settings_opens_change_log(page: SettingsPage) -> None:
    view = page.open_change_log()
    assert view.isVisible()
    assert view.table.rowCount() >= 1
    view.close()


def test_change_log_names_fields_as_a_clerk_reads_them(qtbot: QtBot, session: Session) -> None:
    # Given a household added, then its head renamed
    house = roster.add_household(
        session, Household(household_no="007", head_name="王五", group_no=2)
    )
    roster.update_household(session, replace(house, head_name="王六"))
    view = ChangeLogView(GuiContext(session=session))
    qtbot.addWidget(view)
    view.refresh()
    # Then the change reads in the clerk's labels (the tests run untranslated): no column
    # name, no record id
    changed, added = view.table.item(0, 5).text(), view.table.item(1, 5).text()
    assert "Head of household: 王五 → 王六" in changed
    assert "Household no.=007" in added and "Head of household=王五" in added
    for text in (changed, added):
        assert "head_name" not in text and "household_no" not in text and house.id not in text
