"""村民 tab: pinyin order from SQL, a refusal beside its field, one reload per change, empty."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.person_dialog import PersonDialog
from sanzhi_desktop.gui.kit.table_model import LazyTableModel
from sanzhi_desktop.gui.parts.roster.page import RosterPage
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
    sort_by,
)


def household(session: Session, no: str = "0101", head: str = "王大明") -> Household:
    return roster.add_household(
        session, Household(household_no=no, head_name=head, group_no=1, address="小营村")
    )


def person(session: Session, home: Household, name: str, **fields: Any) -> Person:
    return roster.add_person(session, Person(name=name, sex="男", household_id=home.id, **fields))


def make_page(qtbot: QtBot, session: Session) -> tuple[GuiContext, RosterPage]:
    ctx = GuiContext(session)
    page = RosterPage(ctx)
    page.resize(1366, 768)
    show_tab(qtbot, page, page.persons_tab)
    return ctx, page


def error_text(dialog: Any, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")
    assert label is not None, field
    return str(label.text()) if label.isVisibleTo(dialog) else ""


def test_names_sort_in_pinyin_with_the_surname_readings(qtbot: QtBot, session: Session) -> None:
    home = household(session)
    for name in ["张三", "曾小华", "王大明", "李四", "单田芳"]:
        person(session, home, name)
    _ctx, page = make_page(qtbot, session)
    tab = page.persons_tab
    assert sort_by(tab, "name") == ["李四", "单田芳", "王大明", "曾小华", "张三"]
    assert sort_by(tab, "head") == ["王大明"] * 5


def test_a_taken_id_number_is_refused_beside_its_field(qtbot: QtBot, session: Session) -> None:
    home = household(session)
    taken = valid_id_number("19800101", seq="011")
    person(session, home, "王大明", id_number=taken, relation="户主")
    _ctx, page = make_page(qtbot, session)
    page.persons_tab.select(page.persons_tab.model.record(0)["id"])
    dialog = page.persons_tab.new_record()
    assert isinstance(dialog, PersonDialog)
    dialog.name.setText("王小明")
    dialog.id_number.setText(taken)
    dialog.save()
    assert "身份证号" in error_text(dialog, "id_number") or taken in error_text(dialog, "id_number")
    assert error_text(dialog, "name") == ""  # the other fields keep their place, no message
    assert dialog.isVisible()
    assert len(roster.list_persons(session)) == 1
    dialog.reject()


def test_reloads_once_per_change_of_its_tables(qtbot: QtBot, session: Session) -> None:
    person(session, household(session), "王大明")
    ctx, page = make_page(qtbot, session)
    assert_refreshes_only_for_its_tables(ctx, page.persons_tab, "notices")


def test_empty_roster_says_what_to_do(qtbot: QtBot, session: Session) -> None:
    _ctx, page = make_page(qtbot, session)
    assert_empty_state(page.persons_tab, "No villagers yet. Click New household")


def test_the_list_reads_on_when_scrolled(qtbot: QtBot, session: Session) -> None:
    # Given more persons than one page holds,
    home = household(session)
    tab_model_page = 30
    given = "一二三四五六七八九十"
    for n in range(75):
        person(session, home, f"王{given[n // 10]}{given[n % 10]}")
    _ctx, page = make_page(qtbot, session)
    tab = page.persons_tab
    model = tab.model
    assert isinstance(model, LazyTableModel)
    model.page_size = tab_model_page
    tab.refresh()
    # the first screen holds one page,
    assert model.rowCount() == tab_model_page and model.canFetchMore()
    # and scrolling to the end reads the rest, in order.
    while model.canFetchMore():
        tab.table.scrollToBottom()
        qtbot.wait(1)
    assert model.rowCount() == 75
    assert "75" in tab.count_label.text()
    assert len(set(column_texts(tab, "name"))) == 75  # each once


def test_search_goes_to_sql(qtbot: QtBot, session: Session) -> None:
    home = household(session)
    for name in ["王大明", "李四", "张三"]:
        person(session, home, name)
    _ctx, page = make_page(qtbot, session)
    tab = page.persons_tab
    tab.filters.search.setText("李四")
    qtbot.waitUntil(lambda: column_texts(tab, "name") == ["李四"])
    assert tab.refresh_count == 1  # a search is a new query, not a reload
    assert "1" in tab.count_label.text()
