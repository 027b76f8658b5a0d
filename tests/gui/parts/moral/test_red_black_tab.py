"""红黑榜 tab: a black entry from report to the printed board; refusals; order; refreshes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.moral.red_black_page import RedBlackPage
from sanzhi_desktop.gui.parts.moral.red_black_tab import RedBlackTab
from sanzhi_desktop.services import red_black
from sanzhi_desktop.services.moral_common import set_black_names_full
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    show_tab,
    sort_by,
)
from tests.moral_factories import BLACK_HEAD, black_entry, make_village, posted, red_entry
from tests.pdf_tools import pdf_text


def make_tab(qtbot: QtBot, session: Session) -> tuple[RedBlackPage, RedBlackTab]:
    page = RedBlackPage(GuiContext(session))
    page.resize(1366, 768)
    show_tab(qtbot, page, page.entries_tab)
    return page, page.entries_tab


def form_of(dialog: object) -> FormDialog:
    assert isinstance(dialog, FormDialog)
    return dialog


def test_black_entry_from_report_to_printed_board(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No entries yet. Click “New” to report the first one.")

    # Given a new-entry form, when the clerk leaves the problem empty, it stays open
    dialog = form_of(page.new_record())
    dialog.set_value("board", "black")
    dialog.set_value("household_id", village.black_household.id)
    dialog.set_value("clause_id", village.clause.id)
    dialog.set_value("requirement", "一周内清理完毕")
    dialog.set_value("deadline", "2026-11-20")
    dialog.set_value("reported_date", "2026-11-02")
    assert not dialog.try_accept()
    assert dialog.isVisible()
    assert dialog.error_labels["deed"].text() == "请填写问题"

    # When the problem is filled in, the entry is stored and selected
    dialog.set_value("deed", "门前堆放建筑垃圾")
    assert dialog.try_accept()
    entry = tab.selected_entry()
    assert entry is not None and entry.name == BLACK_HEAD and entry.clause_label == "第十二条"
    assert tab.detail_pane.action_button("action_verify") is not None
    assert tab.detail_pane.action_button("action_post") is None

    # verify → review → post, each through its form
    step = form_of(tab.verify_selected())
    step.set_value("verified_date", "2026-11-03")
    assert step.try_accept()
    step = form_of(tab.review_selected())
    step.set_value("review_date", "2026-11-04")
    assert not step.try_accept()
    assert step.isVisible() and step.error_labels["reviewers"].text()  # names required
    step.set_value("reviewers", "张主任、李委员")
    assert step.try_accept()
    step = form_of(tab.post_selected())
    step.set_value("month", "2026-11")
    step.set_value("posted_date", "2026-11-05")
    assert step.try_accept()
    entry = tab.selected_entry()
    assert entry is not None and entry.status == "posted" and entry.month == "2026-11"
    assert tab.detail_pane.steps.states[:4] == ["done"] * 4
    assert tab.detail_pane.action_button("action_rectify") is not None

    # print the month's board: the preview opens with the PDF, the name masked
    tab.filters.choose("2026-11")
    preview = page.print_selected()
    assert preview is not None and preview.isVisible() and preview.page_count() == 1
    text = pdf_text(preview.pdf)
    assert "小营村2026年11月红黑榜" in text and "王*虎" in text and BLACK_HEAD not in text


def test_full_names_ask_before_printing(qtbot: QtBot, session: Session, monkeypatch) -> None:
    village = make_village(session)
    posted(session, black_entry(village))
    set_black_names_full(session, True)
    _page, tab = make_tab(qtbot, session)
    tab.filters.choose("2026-11")
    asked: list[str] = []

    def say_no(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    assert tab.print_selected() is None
    assert asked and "完整显示" in asked[0]


def test_a_refused_step_is_shown_in_the_form_and_changes_nothing(
    qtbot: QtBot, session: Session
) -> None:
    village = make_village(session)
    stored = red_black.report_entry(session, black_entry(village))
    page, tab = make_tab(qtbot, session)
    assert page.select_record("red_black_entries", stored.id)
    dialog = form_of(tab.post_selected())  # not reviewed yet: the service refuses
    assert not dialog.try_accept()
    assert "不能上榜" in dialog.form_error.text() or any(
        "不能上榜" in label.text() for label in dialog.error_labels.values()
    )
    assert dialog.isVisible()
    assert red_black.get_entry(session, stored.id).status == "reported"


def test_names_sort_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    red_black.report_entry(session, black_entry(village))  # 王小虎
    red_black.report_entry(session, red_entry(village))  # 李德明
    _page, tab = make_tab(qtbot, session)
    assert sort_by(tab, "name") == ["李德明", BLACK_HEAD]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
