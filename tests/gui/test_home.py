"""The clerk's home page: to-do cards with one date each, this month's figures, no internals."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.mediation import Case
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.home_cards import URGENCY_COLORS
from sanzhi_desktop.gui.main_window import MainWindow
from sanzhi_desktop.gui.pages.home import TODO_BATCH, HomePage
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import info, mediation
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency
from sanzhi_desktop.storage import clock
from tests.mediation_factory import freeze_today, new_case

DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}")


@pytest.fixture
def overdue_case(session: Session, monkeypatch: pytest.MonkeyPatch) -> Case:
    """A case accepted 40 days before "today": past its 30-day limit."""
    freeze_today(monkeypatch, "2026-11-28")
    case = new_case(session, registered_on="2026-10-19")
    return mediation.accept_case(session, case.id, on="2026-10-19")


def _home(qtbot: QtBot, session: Session) -> HomePage:
    page = HomePage(GuiContext(session=session))
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_each_todo_shows_one_date(qtbot: QtBot, session: Session, overdue_case: Case) -> None:
    home = _home(qtbot, session)
    cards = home.todo_cards()
    assert cards
    for card in cards:
        shown = (
            card.findChild(QLabel, "todoText").text() + card.findChild(QLabel, "todoDate").text()
        )
        assert len(DATE.findall(shown)) <= 1, shown
    [case_card] = [c for c in cards if c.item.record_id == overdue_case.id]
    assert DATE.findall(case_card.findChild(QLabel, "todoDate").text())  # the one date is there
    assert not DATE.findall(case_card.findChild(QLabel, "todoText").text())


def test_an_overdue_todo_is_red(qtbot: QtBot, session: Session, overdue_case: Case) -> None:
    home = _home(qtbot, session)
    [card] = [c for c in home.todo_cards() if c.item.record_id == overdue_case.id]
    assert card.item.urgency is Urgency.OVERDUE
    assert card.property("urgency") == "overdue"
    assert card.color == ERROR_COLOR == URGENCY_COLORS[Urgency.OVERDUE]
    assert ERROR_COLOR in card.findChild(QLabel, "todoTag").styleSheet()
    others = [c for c in home.todo_cards() if c.item.urgency is not Urgency.OVERDUE]
    assert all(c.color != ERROR_COLOR for c in others)


def test_go_opens_the_record(qtbot: QtBot, session: Session, overdue_case: Case) -> None:
    home = _home(qtbot, session)
    [card] = [c for c in home.todo_cards() if c.item.record_id == overdue_case.id]
    with qtbot.waitSignal(home.ctx.bus.navigate) as blocker:
        card.go_button.click()
    assert blocker.args == ["mediation", "mediation_cases", overdue_case.id]


def test_figures_are_what_a_clerk_asks_about(
    qtbot: QtBot, session: Session, overdue_case: Case
) -> None:
    home = _home(qtbot, session)
    figures = {card.figure.key: card for card in home.figure_cards()}
    assert set(figures) >= {
        "notices_posted",
        "open_cases",
        "black_recheck",
        "finance_quarter",
        "last_sync",
    }
    open_cases = figures["open_cases"]
    assert open_cases.value.text() == "1件（1件已超过30天）"
    assert open_cases.figure.attention and ERROR_COLOR in open_cases.value.styleSheet()
    assert figures["finance_quarter"].figure.label == "财务公开（2026年第3季度）"
    assert figures["finance_quarter"].value.text() == "还没有编制"


def test_no_table_counts_ids_or_schema_on_the_home_page(
    qtbot: QtBot, session: Session, overdue_case: Case
) -> None:
    home = _home(qtbot, session)
    text = " ".join(label.text() for label in home.findChildren(QLabel))
    site_id = str(info.office_identity(session)["site_id"])
    assert "mediation_cases" not in text and "persons" not in text
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", text)  # no UUID
    assert "Data version" not in text and "Site id" not in text and "Program version" not in text
    assert site_id and site_id not in text
    assert home.findChild(QWidget, "count_persons") is None


def test_the_subtitle_says_a_demo_files_day(qtbot: QtBot, session: Session) -> None:
    clock.set_reference_day(date(2025, 6, 10))
    try:
        home = _home(qtbot, session)
        assert "Demo data as of 2025年6月10日" in home.subtitle.text()
    finally:
        clock.set_reference_day(None)


def test_a_town_sees_its_villages_reporting(qtbot: QtBot, empty_session: Session) -> None:
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.services.office import init_office

    init_office(empty_session, kind=OfficeKind.TOWN, code="610722100", name="柳林镇")
    home = _home(qtbot, empty_session)
    figures = {card.figure.key: card.value.text() for card in home.figure_cards()}
    assert figures == {"villages_reporting": "0个（共登记0个）", "villages_stale": "0个"}


def test_a_long_to_do_list_builds_its_cards_as_it_scrolls(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [TodoItem(f"第{n}件事", Urgency.WAITING, "mediation") for n in range(60)]
    monkeypatch.setattr("sanzhi_desktop.services.todo.collect_todos", lambda _s: items)
    page = main_window.page("home")
    assert isinstance(page, HomePage)
    main_window.show()
    qtbot.waitUntil(lambda: page.todos_loaded)
    page.refresh_todos()
    assert len(page.todo_cards()) == TODO_BATCH  # what the box can show, and more
    assert "60" in page.todo_box.title()  # the count is of every item
    bar = page.todo_scroll.verticalScrollBar()
    seen = 0
    for _ in range(10):  # scrolling to the end brings the rest, a batch at a time
        qtbot.waitUntil(lambda seen=seen: bar.maximum() > seen)  # laid out with the new cards
        seen = bar.maximum()
        bar.setValue(seen)
        if len(page.todo_cards()) == len(items):
            break
    assert [card.item.text for card in page.todo_cards()] == [i.text for i in items]
