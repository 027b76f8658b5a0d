"""户 tab: heads in pinyin from SQL, members in the pane, one reload per change, empty state."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.roster.page import RosterPage
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
    sort_by,
)


def add(session: Session, no: str, head: str) -> Household:
    home = roster.add_household(
        session, Household(household_no=no, head_name=head, group_no=1, address="小营村")
    )
    roster.add_person(session, Person(name=head, sex="男", household_id=home.id, relation="户主"))
    return home


def make_page(qtbot: QtBot, session: Session) -> tuple[GuiContext, RosterPage]:
    ctx = GuiContext(session)
    page = RosterPage(ctx)
    page.resize(1366, 768)
    show_tab(qtbot, page, page.households_tab)
    return ctx, page


def test_heads_sort_in_pinyin_and_numbers_as_numbers(qtbot: QtBot, session: Session) -> None:
    for no, head in [("10", "张三"), ("9", "曾国强"), ("100", "安娜")]:
        add(session, no, head)
    _ctx, page = make_page(qtbot, session)
    tab = page.households_tab
    assert column_texts(tab, "household_no") == ["9", "10", "100"]
    assert sort_by(tab, "head") == ["安娜", "曾国强", "张三"]


def test_a_taken_household_no_is_refused_beside_its_field(qtbot: QtBot, session: Session) -> None:
    add(session, "0101", "王大明")
    _ctx, page = make_page(qtbot, session)
    dialog = page.households_tab.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("household_no", "0101")
    dialog.set_value("head_name", "李四")
    assert not dialog.try_accept()
    assert "0101" in dialog.error_labels["household_no"].text()
    assert dialog.error_labels["head_name"].text() == ""
    assert dialog.isVisible()
    dialog.reject()


def test_members_open_in_the_persons_tab(qtbot: QtBot, session: Session) -> None:
    home = add(session, "0101", "王大明")
    _ctx, page = make_page(qtbot, session)
    tab = page.households_tab
    assert tab.select(home.id)
    [head] = roster.list_persons(session)
    button = tab.detail_pane.action_button(f"member_{head['id']}")
    assert button is not None and button.text() == "王大明（户主）"
    button.click()
    assert page.tabs.currentWidget() is page.persons_tab
    assert page.selected_person_id() == head["id"]


def test_reloads_once_per_change_of_its_tables(qtbot: QtBot, session: Session) -> None:
    add(session, "0101", "王大明")
    ctx, page = make_page(qtbot, session)
    assert_refreshes_only_for_its_tables(ctx, page.households_tab, "notices")


def test_no_households_says_what_to_do(qtbot: QtBot, session: Session) -> None:
    _ctx, page = make_page(qtbot, session)
    assert_empty_state(page.households_tab, "No households yet.")
