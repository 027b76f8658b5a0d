"""Importing a roster .xlsx through the dialog: preview, error table, all-or-nothing import."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton, QTableWidget

from sanzhi_desktop.domain.roster import Household
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number

roster_xlsx = pytest.importorskip("sanzhi_desktop.services.roster_xlsx")
openpyxl = pytest.importorskip("openpyxl")

from sanzhi_desktop.gui.dialogs.roster_import_dialog import RosterImportDialog  # noqa: E402


@pytest.fixture
def ctx(session: Session) -> GuiContext:
    return GuiContext(session=session)


def write_sheet(path: Path, rows: list[dict[str, object]]) -> Path:
    """A roster sheet with the service's own headers, cells written as text."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([header for _field, header in roster_xlsx.ROSTER_COLUMNS])
    for row in rows:
        sheet.append([row.get(field, "") for field, _header in roster_xlsx.ROSTER_COLUMNS])
    book.save(path)
    return path


def person_row(no: str, head: str, group: object, name: str, id_number: str, **extra: Any) -> dict:
    return {
        "household_no": no,
        "head_name": head,
        "group_no": group,
        "name": name,
        "sex": "男",
        "id_number": id_number,
        "relation": "户主" if name == head else "子",
        **extra,
    }


def bad_check_digit(number: str) -> str:
    return number[:-1] + ("0" if number[-1] != "0" else "1")


def open_dialog(qtbot: Any, ctx: GuiContext, path: Path) -> RosterImportDialog:
    dialog = RosterImportDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def test_bad_file_lists_each_error_and_imports_nothing(
    qtbot: Any, ctx: GuiContext, session: Session, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [
            person_row("0101", "王大明", 1, "王大明", valid_id_number(seq="011")),
            person_row("0101", "王大明", 1, "王小明", bad_check_digit(valid_id_number(seq="021"))),
            person_row("0102", "李四", "abc", "李四", valid_id_number(seq="031")),
        ],
    )
    dialog = open_dialog(qtbot, ctx, path)
    assert dialog.preview is not None
    errors = dialog.preview.errors
    assert len(errors) == 2

    table = dialog.findChild(QTableWidget, "importErrors")
    assert table is not None and table.isVisibleTo(dialog)
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["3", "4"]
    assert "校验位" in table.item(0, 3).text()
    import_button = dialog.findChild(QPushButton, "importButton")
    assert import_button is not None and not import_button.isEnabled()

    dialog.apply()  # even if called, a file with errors is not imported
    assert roster.list_persons(session) == []
    assert roster.list_households(session) == []


def test_error_report_saves_as_csv(
    qtbot: Any,
    ctx: GuiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [person_row("0101", "王大明", 1, "王大明", bad_check_digit(valid_id_number()))],
    )
    dialog = open_dialog(qtbot, ctx, path)
    report = tmp_path / "errors.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), "CSV (*.csv)")
    )
    dialog.save_error_report()
    with report.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == 2  # header + one error
    assert lines[1][0] == "2" and "校验位" in lines[1][3]


def test_error_report_saves_as_xlsx(
    qtbot: Any,
    ctx: GuiContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [person_row("0101", "王大明", 1, "王大明", bad_check_digit(valid_id_number()))],
    )
    dialog = open_dialog(qtbot, ctx, path)
    report = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    dialog.save_error_report()
    sheet = openpyxl.load_workbook(report).active
    assert sheet.max_row == 2
    assert "校验位" in sheet.cell(row=2, column=4).value


def test_good_file_imports_and_announces(
    qtbot: Any, ctx: GuiContext, session: Session, tmp_path: Path
) -> None:
    roster.add_household(session, Household(household_no="0201", head_name="张三", group_no=2))
    path = write_sheet(
        tmp_path / "good.xlsx",
        [
            person_row("0101", "王大明", 1, "王大明", valid_id_number(seq="011")),
            person_row("0101", "王大明", 1, "王小明", valid_id_number("20050101", seq="021")),
            person_row("0201", "张三", 2, "张小军", valid_id_number("19900101", seq="031")),
        ],
    )
    dialog = open_dialog(qtbot, ctx, path)
    assert dialog.preview is not None and dialog.preview.ok
    assert not dialog.findChild(QTableWidget, "importErrors").isVisibleTo(dialog)
    assert dialog.import_button.isEnabled()

    changed: list[frozenset[str]] = []
    ctx.bus.tables_changed.connect(changed.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10_000)
    assert dialog.import_result == roster_xlsx.RosterImportResult(
        households_added=1, persons_added=3
    )
    assert changed == [frozenset({"households", "persons"})]
    assert not dialog.import_button.isEnabled()
    names = {r["name"] for r in roster.list_persons(session)}
    assert names == {"王大明", "王小明", "张小军"}


def test_unreadable_file_is_reported(
    qtbot: Any, ctx: GuiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "not-excel.xlsx"
    path.write_text("hello", encoding="utf-8")
    shown: list[object] = []
    monkeypatch.setattr(
        "sanzhi_desktop.gui.dialogs.roster_import_dialog.show_error",
        lambda _parent, exc: shown.append(exc),
    )
    dialog = RosterImportDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert dialog.preview is None
    assert not dialog.import_button.isEnabled()
    assert "not-excel.xlsx" in dialog.summary.text()
