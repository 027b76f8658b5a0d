"""财务公开 tab: the closing balance is computed, a bad amount is refused beside its field."""

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.lines_editor import LinesEditor
from sanzhi_desktop.gui.parts.boards.finance_tab import FinanceTab
from sanzhi_desktop.gui.parts.boards.page import BoardsPage
from sanzhi_desktop.services import finance
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
    sort_by,
)


def make_tab(qtbot: QtBot, session: Session) -> tuple[BoardsPage, FinanceTab]:
    page = BoardsPage(GuiContext(session))
    show_tab(qtbot, page, page.finance_tab)
    return page, page.finance_tab


def quarter(session: Session, year: int, q: int, income_fen: int) -> FinanceDisclosure:
    d = FinanceDisclosure(year=year, quarter=q, opening_fen=100_000).with_lines(
        [FinanceLine("income", "补助收入", income_fen, "运转经费")]
    )
    d.closing_fen = d.expected_closing_fen()
    return finance.save_finance(session, d)


def new_form(page: BoardsPage, tab: FinanceTab) -> FormDialog:
    page.new_record()
    return next(d for d in tab.findChildren(FormDialog) if d.isVisible())


def test_the_closing_balance_is_computed_from_the_lines(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No finance disclosure yet. Click “New” to enter a quarter.")
    dialog = new_form(page, tab)
    dialog.set_value("opening_fen", 100_000)
    lines = dialog.widgets["lines"]
    assert isinstance(lines, LinesEditor)
    lines.add_line({"item": "income|补助收入", "amount_fen": 50_000, "summary": "运转经费"})
    lines.add_line({"item": "expense|管理费用", "amount_fen": 20_000, "summary": ""})
    assert dialog.widgets["closing_fen"].text() == "¥1,300.00"  # type: ignore[attr-defined]
    assert dialog.try_accept()
    stored = dialog.result_value
    assert isinstance(stored, FinanceDisclosure)
    assert stored.closing_fen == 130_000
    assert stored.line_list()[0] == FinanceLine("income", "补助收入", 50_000, "运转经费")
    assert column_texts(tab, "closing") == ["¥1,300.00"]
    assert tab.selected_id() == stored.id


def test_a_bad_amount_is_refused_beside_its_field_and_cleared_when_fixed(
    qtbot: QtBot, session: Session
) -> None:
    page, tab = make_tab(qtbot, session)
    dialog = new_form(page, tab)
    opening = dialog.widgets["opening_fen"]
    lines_top = dialog.widgets["lines"].geometry()
    opening.setText("一千")  # type: ignore[attr-defined]
    assert not dialog.try_accept()
    assert "金额" in dialog.error_labels["opening_fen"].text()
    assert dialog.widgets["lines"].geometry() == lines_top  # nothing moved
    assert finance.list_finance(session) == []
    opening.setText("1000")  # type: ignore[attr-defined]
    assert not dialog.error_labels["opening_fen"].isVisibleTo(dialog)


def test_a_line_with_a_bad_amount_is_refused_under_the_lines(
    qtbot: QtBot, session: Session
) -> None:
    page, tab = make_tab(qtbot, session)
    dialog = new_form(page, tab)
    lines = dialog.widgets["lines"]
    assert isinstance(lines, LinesEditor)
    row = lines.add_line()
    table: QTableWidget = lines.table
    assert table.currentRow() == row  # the new line is the current one
    item = table.item(row, 1)
    assert item is not None
    item.setText("abc")
    assert not dialog.try_accept()
    assert "第1行" in dialog.error_labels["lines"].text()


def test_quarters_sort_by_income_as_numbers(qtbot: QtBot, session: Session) -> None:
    quarter(session, 2026, 1, 900)
    quarter(session, 2026, 2, 10_000)
    quarter(session, 2026, 3, 2_000)
    _page, tab = make_tab(qtbot, session)
    assert sort_by(tab, "income") == ["¥9.00", "¥20.00", "¥100.00"]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "persons")
