"""村规民约 tab: the version in force and its clauses; a clause refused without text."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.moral.red_black_page import RedBlackPage
from sanzhi_desktop.gui.parts.moral.village_rules_tab import VillageRulesTab
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
)
from tests.moral_factories import make_village


def make_tab(qtbot: QtBot, session: Session) -> tuple[RedBlackPage, VillageRulesTab]:
    page = RedBlackPage(GuiContext(session))
    show_tab(qtbot, page, page.rules_tab)
    return page, page.rules_tab


def test_empty_state_offers_the_first_version(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No village rules yet. Click “New” to write the first version.")
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog) and "title" in dialog.fields


def test_a_version_in_force_is_frozen_and_a_revision_takes_clauses(
    qtbot: QtBot, session: Session
) -> None:
    make_village(session)
    page, tab = make_tab(qtbot, session)
    assert tab.model.rowCount() == 1
    assert "小营村村规民约" in tab.filters.note.text()
    tab.table.selectRow(0)
    edit = tab.detail_pane.action_button("editClause")
    assert edit is not None and not edit.isEnabled()
    assert edit.toolTip()  # says why
    # adding to the version in force is refused under the form, nothing added
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("text", "爱护公共设施。")
    assert not dialog.try_accept()
    assert "修订版本" in dialog.form_error.text()
    # a revision (copy) is a draft: its clause is refused without text, then added
    copy = tab.copy_version(tab.version())  # type: ignore[arg-type]
    copy.set_value("title", "小营村村规民约（2027年修订）")
    assert copy.try_accept()
    assert "2027年修订" in tab.filters.note.text()
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("number", 13)
    assert not dialog.try_accept()
    assert dialog.error_labels["text"].text() == "请填写条文内容"
    dialog.set_value("text", "爱护公共设施。")
    assert dialog.try_accept()
    assert column_texts(tab, "number") == ["第十二条", "第十三条"]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "persons")
