"""The main window: navigation, shortcuts, status bar, refresh on tables_changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
)
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.gui.app import build_main_window, run_gui
from sanzhi_desktop.gui.dialogs.setup_wizard import SetupWizard
from sanzhi_desktop.gui.home_cards import TodoCard
from sanzhi_desktop.gui.main_window import PAGE_CLASSES, VILLAGE_PAGES, MainWindow
from sanzhi_desktop.gui.pages.home import HomePage
from sanzhi_desktop.gui.pages.settings import SettingsPage
from sanzhi_desktop.gui.parts.mediation.page import MediationPage
from sanzhi_desktop.gui.parts.moral.stars_page import StarsPage
from sanzhi_desktop.gui.parts.roster.page import RosterPage
from sanzhi_desktop.services import operators, roster
from sanzhi_desktop.services.session import Session, open_session
from tests.factories import valid_id_number


def _add_household_with_person(window: MainWindow) -> None:
    session = window.ctx.session
    household = roster.add_household(
        session, Household(household_no="001", head_name="张三", group_no=1)
    )
    roster.add_person(
        session,
        Person(
            name="张三",
            sex="男",
            household_id=household.id,
            relation="户主",
            id_number=valid_id_number(),
        ),
    )


def test_main_window_lists_every_part_and_opens_on_home(main_window: MainWindow) -> None:
    # Given the main window over an initialised session
    nav = main_window.findChild(QListWidget, "nav")
    pages = main_window.findChild(QStackedWidget, "pages")
    # Then every part of a village is there, each with its page, and Home is shown
    expected = [key for key in VILLAGE_PAGES if key in PAGE_CLASSES]
    assert nav is not None and pages is not None
    assert main_window.page_keys == expected
    assert nav.count() == pages.count() == len(expected)
    assert isinstance(pages.currentWidget(), HomePage)
    assert isinstance(main_window.page("roster"), RosterPage)
    # UI.md's first eight keep their places (and Ctrl+1 … Ctrl+8)
    assert expected[:8] == [
        "home", "boards", "red_black", "stars", "mediation", "roster", "sync", "settings"
    ]  # fmt: skip
    assert pages.widget(5) is main_window.page("roster")
    assert {"safety", "credit"} <= set(main_window.page_keys[8:])  # the plan's parts follow
    assert isinstance(main_window.page("settings"), SettingsPage)
    assert "小营村" in main_window.windowTitle()


def test_pages_are_built_when_first_needed(main_window: MainWindow) -> None:
    # Given a fresh window: only the page on screen exists
    assert main_window.is_built("home")
    assert not main_window.is_built("mediation") and not main_window.is_built("sync")
    assert main_window.findChild(MediationPage) is None
    # When the clerk opens 调解 (Ctrl+5 / a click), it is built and shown
    main_window.nav.setCurrentRow(4)
    assert main_window.is_built("mediation")
    assert isinstance(main_window.pages.currentWidget(), MediationPage)
    assert main_window.pages.count() == len(main_window.page_keys)
    # and asking for a page that was never shown builds it without showing it
    stars = main_window.page("stars")
    assert isinstance(stars, StarsPage)
    assert main_window.pages.currentWidget() is main_window.page("mediation")
    assert main_window.page("stars") is stars  # built once


def test_a_page_built_after_a_change_shows_the_new_data(main_window: MainWindow) -> None:
    # Given a change made while the roster page was never built
    _add_household_with_person(main_window)
    main_window.ctx.bus.tables_changed.emit(frozenset({"persons"}))
    # When the roster is first shown, it reads the data as it is now
    main_window.show_page("roster")
    roster_page = main_window.page("roster")
    assert isinstance(roster_page, RosterPage)
    assert roster_page.model.rowCount() == 1


def test_status_bar_fills_sync_and_todos_after_the_first_paint(
    qtbot: QtBot, session: Session
) -> None:
    # Given a window that has not been painted yet: no sync line, no to-do count
    window = build_main_window(session)
    qtbot.addWidget(window)
    todo = window.findChild(QLabel, "statusTodo")
    assert todo.property("count") is None and window.status_sync.text() == ""
    # When it is shown and painted, both follow right after
    window.show()
    home = window.page("home")
    qtbot.waitUntil(lambda: home.todos_loaded and home.figures_loaded)
    qtbot.waitUntil(lambda: todo.property("count") == len(home.todo_cards()) > 0)
    assert window.status_sync.text() != ""
    assert _roster_card(home) is not None
    assert [card.figure.key for card in home.figure_cards()][:4] == [
        "notices_posted",
        "open_cases",
        "black_recheck",
        "finance_quarter",
    ]


def test_home_page_figures_wait_for_the_first_paint(qtbot: QtBot, session: Session) -> None:
    # Given a window built but not shown: who the office is, but no figures yet
    window = build_main_window(session)
    qtbot.addWidget(window)
    home = window.page("home")
    assert home.findChild(QLabel, "homeSubtitle").text().startswith("小营村 · 某镇 · ")
    assert not home.figures_loaded and home.figure_cards() == []
    # When it is painted, the figures follow
    window.show()
    qtbot.waitUntil(lambda: home.figures_loaded)
    assert home.figure_cards()


def test_ctrl_6_switches_to_roster(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    pages = main_window.findChild(QStackedWidget, "pages")
    assert isinstance(pages.currentWidget(), RosterPage)
    assert main_window.nav.currentRow() == 5
    qtbot.keyClick(main_window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(pages.currentWidget(), SettingsPage)


def test_clicking_navigation_switches_page(main_window: MainWindow) -> None:
    main_window.nav.setCurrentRow(4)
    assert main_window.pages.currentWidget().objectName() == "page_mediation"


def test_home_page_follows_a_data_change(qtbot: QtBot, main_window: MainWindow) -> None:
    home = main_window.page("home")
    qtbot.waitUntil(lambda: home.todos_loaded and home.figures_loaded)  # after the first paint
    todo = main_window.findChild(QLabel, "statusTodo")
    qtbot.waitUntil(lambda: _roster_card(home) is not None)  # the empty roster is a to-do
    assert todo.property("count") == len(home.todo_cards())
    # When a household and its person are added through the services
    _add_household_with_person(main_window)
    main_window.ctx.bus.tables_changed.emit(frozenset({"persons"}))
    # Then the home page and the status bar show it
    # and the roster's to-do is gone (the next parts' own to-dos may follow it)
    texts = [card.item.text for card in home.todo_cards()]
    assert todo.property("count") == len(texts)
    assert not [text for text in texts if "村民档案" in text]


def test_hidden_page_refreshes_when_shown(qtbot: QtBot, main_window: MainWindow) -> None:
    home = main_window.page("home")
    qtbot.waitUntil(lambda: home.todos_loaded)
    main_window.show_page("settings")
    _add_household_with_person(main_window)
    main_window.ctx.bus.tables_changed.emit(frozenset({"persons"}))
    assert _roster_card(home) is not None  # not on screen: refreshed lazily
    main_window.show_page("home")
    assert not [card for card in home.todo_cards() if "村民档案" in card.item.text]


def test_status_bar_shows_operator_and_database(main_window: MainWindow) -> None:
    operator = main_window.findChild(QLabel, "statusOperator")
    database = main_window.findChild(QLabel, "statusDatabase")
    assert "测试员" in operator.text()
    assert str(main_window.ctx.session.path) in database.text()
    main_window.ctx.session.operator = "李四"
    main_window.ctx.bus.operator_changed.emit("李四")
    assert "李四" in operator.text()


# --- starting the program (run_gui) ---------------------------------------------


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes run_gui would show, recorded instead of blocking."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


def test_damaged_file_is_refused_with_a_message(db_path: Path, boxes: list[str]) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database" * 100)
    assert run_gui(db_path) == 1
    assert len(boxes) == 1 and "损坏" in boxes[0]


def test_second_copy_is_refused_with_a_message(
    session: Session, db_path: Path, boxes: list[str]
) -> None:
    # Given the fixture's session holding the file
    assert run_gui(db_path) == 1
    assert len(boxes) == 1 and "已经在运行" in boxes[0]


def test_cancelled_wizard_exits_0_and_leaves_no_file(
    db_path: Path, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SetupWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert run_gui(db_path) == 0
    assert not db_path.exists()
    assert boxes == []


def test_initialised_file_opens_main_window_as_given_operator(
    session: Session, db_path: Path, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    session.close()
    shown: list[MainWindow] = []

    def fake_exec() -> int:
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert run_gui(db_path, operator="王文书") == 0
    assert any(w.isVisible() and "小营村" in w.windowTitle() for w in shown)
    with open_session(db_path) as again:
        assert operators.last_operator(again) == "王文书"
    for window in shown:
        window.close()


def test_a_todo_opens_its_page(qtbot: QtBot, main_window: MainWindow) -> None:
    # Given an empty roster, the home page lists its to-do;
    home = main_window.page("home")
    qtbot.waitUntil(lambda: _roster_card(home) is not None)  # right after the first paint
    # when the clerk presses its 去处理, the roster page is shown.
    card = _roster_card(home)
    assert card is not None
    card.findChild(QPushButton, "todoGo").click()
    assert main_window.pages.currentWidget() is main_window.page("roster")


def _run_until_first_paint(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db_path: Path, before: list[object]
) -> None:
    """run_gui on ``db_path`` until its window has painted; ``before``: what exec first saw."""
    from sanzhi_desktop.services import backups

    def fake_exec() -> int:
        before.append(list(backups.backups_dir(db_path).glob("*.db")))
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        with qtbot.waitSignal(window.first_painted, timeout=5000):
            pass
        QApplication.processEvents()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert run_gui(db_path, operator="王文书") == 0


def test_the_daily_backup_is_made_right_after_the_first_paint(
    session: Session,
    db_path: Path,
    boxes: list[str],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sanzhi_desktop.services import backups

    session.close()
    before: list[object] = []
    _run_until_first_paint(qtbot, monkeypatch, db_path, before)
    assert before == [[]]  # the window was up before any copy was made
    [copy] = backups.list_backups(db_path)
    assert copy.path.name.startswith(db_path.stem + "-auto-")
    assert boxes == []


def test_a_failed_daily_backup_is_told_and_the_work_goes_on(
    session: Session,
    db_path: Path,
    boxes: list[str],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sanzhi_desktop.services import backups

    session.close()

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise backups.disk_error(OSError(28, "No space left on device"), db_path)

    monkeypatch.setattr(backups, "backup_database", disk_full)
    _run_until_first_paint(qtbot, monkeypatch, db_path, [])
    assert len(boxes) == 1 and "自动备份没有做成" in boxes[0] and "磁盘" in boxes[0]
    assert backups.list_backups(db_path) == []


def _roster_card(home: HomePage) -> TodoCard | None:
    """The empty roster's to-do card (other parts may list theirs beside it)."""
    return next((c for c in home.todo_cards() if c.item.page == "roster"), None)
