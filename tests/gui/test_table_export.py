"""导出Excel on the list pages: the file holds what the table shows, as shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.red_black import RedBlackPage
from sanzhi_desktop.gui.pages.roster import RosterPage
from sanzhi_desktop.gui.parts.boards.page import BoardsPage
from sanzhi_desktop.gui.table_export import default_file_name, export_view_to, view_contents
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number
from tests.moral_factories import black_entry, make_village, posted, red_entry

openpyxl = pytest.importorskip("openpyxl")


def sheet_rows(path: Path) -> list[list[Any]]:
    sheet = openpyxl.load_workbook(path).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def shown(value: Any) -> Any:
    """A cell as openpyxl reads back what the table displayed ("" is an empty cell)."""
    return None if value == "" else value


@pytest.fixture
def save_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The save dialog answers ``tmp_path/out`` and the report box is recorded, not shown."""
    state: dict[str, Any] = {"target": tmp_path / "out", "reports": [], "suggested": []}

    def answer(_parent: object, _caption: str, default: str, _filter: str) -> tuple[str, str]:
        state["suggested"].append(default)
        return str(state["target"]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: state["reports"].append(a[2]))
    return state


def test_red_black_export_holds_the_visible_columns_in_shown_order(
    qtbot: QtBot, session: Session, save_to: dict[str, Any], tmp_path: Path
) -> None:
    village = make_village(session)
    posted(session, black_entry(village))
    posted(session, red_entry(village))
    page = RedBlackPage(GuiContext(session))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.entry_proxy.rowCount() == 2
    # The clerk sorts by name, descending, hides the month and moves "Status" first.
    page.entry_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.entry_table.setColumnHidden(5, True)
    header = page.entry_table.horizontalHeader()
    header.moveSection(header.visualIndex(6), 0)

    button = page.findChild(QPushButton, "exportXlsx")
    assert button is not None
    button.click()

    out = tmp_path / "out.xlsx"
    assert out.exists()
    rows = sheet_rows(out)
    model = page.entry_model
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert rows[0] == [names[6], names[0], names[1], names[2], names[3], names[4], names[7]]
    proxy = page.entry_proxy
    expected = [
        [shown(proxy.index(r, c).data()) for c in (6, 0, 1, 2, 3, 4, 7)]
        for r in range(proxy.rowCount())
    ]
    assert rows[1:] == expected
    assert "2" in save_to["reports"][0]
    assert Path(save_to["suggested"][0]).name.endswith(".xlsx")


def test_boards_export_takes_the_current_tab(
    qtbot: QtBot, session: Session, save_to: dict[str, Any], tmp_path: Path
) -> None:
    page = BoardsPage(GuiContext(session))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.finance_tab)
    assert page.export_xlsx() == tmp_path / "out.xlsx"
    rows = sheet_rows(tmp_path / "out.xlsx")
    model = page.finance_tab.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert rows[0] == headers
    assert len(rows) == 1 + model.rowCount()


def test_cancelling_the_dialog_writes_nothing(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page = BoardsPage(GuiContext(session))
    qtbot.addWidget(page)
    assert page.export_xlsx() is None
    assert not list(tmp_path.glob("*.xlsx"))


def test_masked_values_are_exported_masked(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    household = roster.add_household(
        session, Household(household_no="0101", head_name="王大明", group_no=1)
    )
    id_number = valid_id_number("19800101", seq="011")
    roster.add_person(
        session,
        Person(
            name="王大明",
            sex="男",
            household_id=household.id,
            relation="户主",
            id_number=id_number,
            phone="13812345678",
        ),
    )
    page = RosterPage(GuiContext(session))
    qtbot.addWidget(page)
    page.show()
    out = tmp_path / "roster.xlsx"
    assert export_view_to(page.table, out, title="村民档案") == 1
    text = " ".join(str(v) for row in sheet_rows(out) for v in row if v is not None)
    assert id_number not in text and "13812345678" not in text
    assert "6107**********" in text and "138****5678" in text
    sheet = openpyxl.load_workbook(out).active
    household_cells = [c for c in sheet[2] if c.value == "0101"]
    assert household_cells and household_cells[0].data_type == "s"


def test_right_aligned_figures_become_numbers_and_codes_stay_text(qtbot: QtBot) -> None:
    table = QTableWidget(2, 3)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["村", "代码", "公告"])
    for r, (name, code, count) in enumerate(
        [("小营村", "610722100201", "1,234"), ("合计", "", "7")]
    ):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem(code))
        item = QTableWidgetItem(count)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(r, 2, item)
    headers, rows = view_contents(table)
    assert headers == ["村", "代码", "公告"]
    assert rows == [["小营村", "610722100201", 1234], ["合计", "", 7]]


def test_default_file_name_drops_characters_windows_refuses() -> None:
    from datetime import date

    assert default_file_name("Red/black board", today=date(2026, 3, 5)) == (
        "Red-black board-20260305.xlsx"
    )
    assert default_file_name("红黑榜", today=date(2026, 3, 5)) == "红黑榜-20260305.xlsx"
