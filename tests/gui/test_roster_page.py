"""The 村民档案 page: listing, masking, search, group filter, pinyin sort, delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from sanzhi_desktop.domain.roster import Household, Person, RosterFilter, mask_phone
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.person_dialog import PersonDialog
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.roster.page import RosterPage
from sanzhi_desktop.services import changelog, roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number


def add_household(session: Session, no: str, head: str, group: int = 1) -> Household:
    return roster.add_household(
        session, Household(household_no=no, head_name=head, group_no=group, address="小营村")
    )


def add_person(
    session: Session,
    household: Household,
    name: str,
    seq: str,
    *,
    relation: str = "其他",
    phone: str = "",
) -> Person:
    return roster.add_person(
        session,
        Person(
            name=name,
            sex="男",
            household_id=household.id,
            relation=relation,
            id_number=valid_id_number("19800101", seq=seq),
            phone=phone,
        ),
    )


@pytest.fixture
def ctx(session: Session) -> GuiContext:
    return GuiContext(session=session)


@pytest.fixture
def village(session: Session) -> dict[str, Any]:
    """Two households in groups 1 and 2, four persons, names chosen for pinyin order."""
    h1 = add_household(session, "0101", "王大明", 1)
    h2 = add_household(session, "0201", "张三", 2)
    people = {
        "王大明": add_person(session, h1, "王大明", "011", relation="户主", phone="13812345678"),
        "曾小华": add_person(session, h1, "曾小华", "021", relation="子"),
        "张三": add_person(session, h2, "张三", "031", relation="户主"),
        "李四": add_person(session, h2, "李四", "041"),
    }
    return {"h1": h1, "h2": h2, "people": people}


def cell_texts(page: RosterPage, key: str) -> list[str]:
    """Column ``key`` of the persons tab, as shown, top to bottom."""
    tab = page.persons_tab
    column = tab.model.column_index(key)
    view = tab.table.model()
    return [str(view.index(r, column).data()) for r in range(view.rowCount())]


def detail_fields(page: RosterPage) -> str:
    return page.persons_tab.detail_pane.fields.text()


def detail_buttons(page: RosterPage, prefix: str) -> list[str]:
    pane = page.persons_tab.detail_pane
    return [
        b.text()
        for b in pane.actions.findChildren(QPushButton)
        if b.objectName().startswith(prefix)
    ]


def make_page(qtbot: Any, ctx: GuiContext) -> RosterPage:
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_empty_roster_shows_what_to_do(qtbot: Any, ctx: GuiContext) -> None:
    page = make_page(qtbot, ctx)
    tab = page.persons_tab
    assert tab.stack.currentWidget() is tab.empty
    assert tab.table.model().rowCount() == 0
    assert "New household" in tab.empty.text() and "import" in tab.empty.text()


def test_lists_persons_in_register_order_with_masked_ids(
    qtbot: Any, ctx: GuiContext, village: dict[str, Any]
) -> None:
    page = make_page(qtbot, ctx)
    assert page.persons_tab.stack.currentWidget() is page.table
    # The service's order: group 1 before group 2, head first within a household.
    assert cell_texts(page, "name") == ["王大明", "曾小华", "张三", "李四"]
    ids = cell_texts(page, "id_number")
    assert all(text.startswith("6107**********") for text in ids)
    assert cell_texts(page, "phone")[0] == "138****5678"
    assert "4" in page.count_label.text()


def test_reveal_toggle_shows_full_numbers_until_refresh(
    qtbot: Any, ctx: GuiContext, village: dict[str, Any]
) -> None:
    page = make_page(qtbot, ctx)
    full = village["people"]["王大明"].id_number
    page.reveal_button.setChecked(True)
    assert cell_texts(page, "id_number")[0] == full
    assert cell_texts(page, "phone")[0] == "13812345678"
    page.select_person(village["people"]["王大明"].id)
    assert full in detail_fields(page)

    page.refresh()
    assert not page.reveal_button.isChecked()
    assert cell_texts(page, "id_number")[0].startswith("6107**********")
    assert "6107**********" in detail_fields(page) and full not in detail_fields(page)


def test_leaving_the_page_masks_again(qtbot: Any, ctx: GuiContext, village: dict[str, Any]) -> None:
    page = make_page(qtbot, ctx)
    page.reveal_button.setChecked(True)
    page.hide()
    assert not page.reveal_button.isChecked()
    assert not page.persons_tab.reveal


def test_search_by_two_character_name(qtbot: Any, ctx: GuiContext, village: dict[str, Any]) -> None:
    page = make_page(qtbot, ctx)
    page.search.setText("李四")
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
    assert cell_texts(page, "name") == ["李四"]


def test_search_by_id_number_fragment(qtbot: Any, ctx: GuiContext, village: dict[str, Any]) -> None:
    page = make_page(qtbot, ctx)
    fragment = village["people"]["张三"].id_number[-6:]
    page.search.setText(fragment)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
    assert cell_texts(page, "name") == ["张三"]


def test_search_without_match_says_so(qtbot: Any, ctx: GuiContext, village: dict[str, Any]) -> None:
    page = make_page(qtbot, ctx)
    page.search.setText("没有这个人")
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 0)
    tab = page.persons_tab
    assert tab.stack.currentWidget() is tab.empty
    assert "No villager matches" in tab.empty.text()


def test_group_filter(qtbot: Any, ctx: GuiContext, village: dict[str, Any]) -> None:
    page = make_page(qtbot, ctx)
    assert [page.group_combo.itemData(i) for i in range(page.group_combo.count())] == ["", 1, 2]
    page.group_combo.setCurrentIndex(2)
    page.group_combo.activated.emit(2)
    assert sorted(cell_texts(page, "name")) == sorted(["张三", "李四"])
    assert set(cell_texts(page, "group")) == {"2"}


def test_name_sort_is_pinyin_with_surname_override(
    qtbot: Any, ctx: GuiContext, village: dict[str, Any]
) -> None:
    page = make_page(qtbot, ctx)
    name = page.model.column_index("name")
    page.table.sortByColumn(name, Qt.SortOrder.AscendingOrder)
    # li < wang < zeng (曾 read as Zēng, not céng) < zhang
    assert cell_texts(page, "name") == ["李四", "王大明", "曾小华", "张三"]
    page.table.sortByColumn(name, Qt.SortOrder.DescendingOrder)
    assert cell_texts(page, "name") == ["张三", "曾小华", "王大明", "李四"]


def test_selecting_shows_detail_members_and_history(
    qtbot: Any, ctx: GuiContext, village: dict[str, Any]
) -> None:
    page = make_page(qtbot, ctx)
    assert page.select_person(village["people"]["曾小华"].id)
    assert page.persons_tab.detail_pane.title.text() == "曾小华"
    members = detail_buttons(page, "member_")
    assert members == ["王大明（户主）", "曾小华（子） ●"]
    # History: the person's insert and the household's insert, by 测试员.
    history = page.persons_tab.history(page.selected_row() or {})
    assert len(history) == 2
    assert all("测试员" in line for line in history)
    assert "新增" in history[0]
    assert history[0] in detail_fields(page)
    # a member's button selects that member
    page.persons_tab.detail_pane.action_button(f"member_{village['people']['王大明'].id}").click()  # type: ignore[union-attr]
    assert page.selected_person_id() == village["people"]["王大明"].id


def test_delete_person_asks_and_tombstones(
    qtbot: Any,
    ctx: GuiContext,
    session: Session,
    village: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, ctx)
    target = village["people"]["李四"]
    page.select_person(target.id)
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_person()
    assert "李四" in asked[0] and "0201" in asked[0]
    assert len(roster.list_persons(session)) == 4  # "No" keeps everyone

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_person()
    assert [r["name"] for r in roster.list_persons(session)] == ["王大明", "曾小华", "张三"]
    assert "李四" not in cell_texts(page, "name")
    deletions = changelog.list_changes(session, table="persons", record_id=target.id)
    assert deletions[0].action == "delete"


def test_delete_household_names_its_members(
    qtbot: Any,
    ctx: GuiContext,
    session: Session,
    village: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, ctx)
    page.select_person(village["people"]["王大明"].id)
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_household()
    assert "0101" in asked[0] and "王大明" in asked[0] and "2" in asked[0]
    assert roster.list_persons(session, RosterFilter(group_no=1)) == []
    assert cell_texts(page, "name") == ["张三", "李四"]
    assert [g for g in range(page.group_combo.count()) if page.group_combo.itemData(g) == 1] == []


def test_reloads_when_another_widget_changes_the_roster(
    qtbot: Any, ctx: GuiContext, session: Session, village: dict[str, Any]
) -> None:
    page = make_page(qtbot, ctx)
    add_person(session, village["h2"], "赵六", "051")
    ctx.bus.tables_changed.emit(frozenset({"persons"}))
    qtbot.waitUntil(lambda: "赵六" in cell_texts(page, "name"))


def test_mask_phone() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0916-1234567") == "0916-***4567"
    assert mask_phone("") == ""


def test_columns_have_chinese_headers_and_formatted_values(
    qtbot: Any, ctx: GuiContext, session: Session
) -> None:
    household = add_household(session, "0301", "王大明", 3)
    roster.add_person(
        session,
        Person(
            name="王大明",
            sex="男",
            household_id=household.id,
            relation="户主",
            birth_date="1980-01-01",
            id_number=valid_id_number("19800101"),
        ),
    )
    page = make_page(qtbot, ctx)
    model = page.model
    assert model.columnCount() == 11
    assert model.index(0, model.column_index("group")).data() == "3"
    assert int(model.index(0, model.column_index("age")).data()) >= 40
    assert "年" in model.index(0, model.column_index("birth")).data()


def test_new_household_goes_on_to_its_head(qtbot: Any, ctx: GuiContext, session: Session) -> None:
    page = make_page(qtbot, ctx)
    page.new_household()
    dialog = page.findChild(FormDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_value("household_no", "0301")
    dialog.set_value("head_name", "曾国强")
    dialog.set_value("group_no", 3)
    assert dialog.try_accept()
    person_dialog = page.findChild(PersonDialog)
    assert person_dialog is not None and person_dialog.isVisible()
    assert person_dialog.name.text() == "曾国强"
    assert person_dialog.relation.currentText() == "户主"
    person_dialog.id_number.setText(valid_id_number("19700101", seq="051"))
    person_dialog.save()
    assert cell_texts(page, "name") == ["曾国强"]
    assert page.selected_person_id() == person_dialog.person.id  # type: ignore[union-attr]
    assert page.persons_tab.stack.currentWidget() is page.table


def test_export_writes_the_filtered_rows(
    qtbot: Any,
    ctx: GuiContext,
    village: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    page = make_page(qtbot, ctx)
    page.group_combo.setCurrentIndex(page.group_combo.findData(2))
    page.group_combo.activated.emit(page.group_combo.currentIndex())
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_xlsx()
    qtbot.waitUntil(lambda: page.last_status != "", timeout=10_000)
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    names = {
        sheet.cell(row=r, column=5).value for r in range(3, sheet.max_row + 1)
    }  # title, header
    assert names == {"张三", "李四"}
    assert "2" in page.last_status


def test_template_is_saved(
    qtbot: Any, ctx: GuiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ctx)
    target = tmp_path / "模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_template()
    assert target.stat().st_size > 0
    assert str(target) in page.last_status


def test_enter_on_a_row_opens_the_edit_dialog(
    qtbot: Any, ctx: GuiContext, village: dict[str, Any]
) -> None:
    page = make_page(qtbot, ctx)
    page.select_person(village["people"]["张三"].id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.findChild(PersonDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "张三"
    dialog.reject()


def test_keyboard_shortcuts(qtbot: Any, ctx: GuiContext) -> None:
    # Offscreen windows never become active, so check the bindings rather than key presses.
    page = make_page(qtbot, ctx)
    find = [s for s in page.findChildren(QShortcut) if s.key().toString() == "Ctrl+F"]
    assert len(find) == 1
    page.search.setText("王大")
    page.search.deselect()
    find[0].activated.emit()
    assert page.search.selectedText() == "王大"  # focused and selected, ready to retype
    assert page.new_button.shortcut().toString() == "Ctrl+N"


def test_new_person_without_households_starts_with_a_household(qtbot: Any, ctx: GuiContext) -> None:
    page = make_page(qtbot, ctx)
    page.new_person()
    dialog = page.findChild(FormDialog)
    assert dialog is not None
    assert page.findChild(PersonDialog) is None
    dialog.reject()


def test_household_record_opens_for_the_selected_person(
    qtbot: Any, ctx: GuiContext, village: dict[str, Any]
) -> None:
    # Given a selected villager, when the clerk asks for the household record,
    page = make_page(qtbot, ctx)
    assert page.show_household_record() is None  # nothing selected yet: nothing opens
    page.select_person(village["people"]["曾小华"].id)
    dialog = page.show_household_record()
    # then the dialog shows that person's household.
    assert dialog is not None
    assert dialog.record.household.household_no == "0101"
