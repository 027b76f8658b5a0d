"""The 红黑榜 page: add a black entry, take it through review and posting, print the board."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.red_black import RedBlackPage
from sanzhi_desktop.services import red_black
from sanzhi_desktop.services.moral_common import set_black_names_full
from sanzhi_desktop.services.session import Session
from tests.moral_factories import BLACK_HEAD, make_village
from tests.pdf_tools import pdf_text


def make_page(qtbot: QtBot, session: Session) -> RedBlackPage:
    page = RedBlackPage(GuiContext(session))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def test_black_entry_from_report_to_printed_board(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    page = make_page(qtbot, session)

    # Given a new-entry dialog, when the clerk leaves the problem empty, then it stays open
    dialog = page.new_entry()
    dialog.set_value("board", "black")
    dialog.set_value("household_id", village.black_household.id)
    dialog.set_value("clause_id", village.clause.id)
    dialog.set_value("requirement", "一周内清理完毕")
    dialog.set_value("deadline", "2026-11-20")
    dialog.set_value("reported_date", "2026-11-02")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_labels["deed"].text() == "请填写问题"

    # When the problem is filled in, the entry is stored and selected
    dialog.set_value("deed", "门前堆放建筑垃圾")
    dialog.save()
    assert not dialog.isVisible()
    entry = page.selected_entry()
    assert entry is not None and entry.name == BLACK_HEAD and entry.clause_label == "第十二条"
    assert page.entry_detail.buttons["verify"].isVisibleTo(page)
    assert not page.entry_detail.buttons["post"].isVisibleTo(page)

    # verify → review → post, each through its dialog
    step = page.verify_selected()
    assert step is not None
    step.set_value("verified_date", "2026-11-03")
    step.save()
    step = page.review_selected()
    assert step is not None
    step.set_value("review_date", "2026-11-04")
    step.save()
    assert step.isVisible() and step.error_labels["reviewers"].text()  # names required
    step.set_value("reviewers", "张主任、李委员")
    step.save()
    step = page.post_selected()
    assert step is not None
    step.set_value("month", "2026-11")
    step.set_value("posted_date", "2026-11-05")
    step.save()
    entry = page.selected_entry()
    assert entry is not None and entry.status == "posted" and entry.month == "2026-11"
    assert page.entry_detail.steps.states[:4] == ["done"] * 4
    assert page.entry_detail.buttons["rectify"].isVisibleTo(page)

    # print the month's board: the preview opens with the PDF, the name masked
    page.month_combo.setCurrentIndex(page.month_combo.findData("2026-11"))
    preview = page.print_board()
    assert preview is not None and preview.isVisible() and preview.page_count() == 1
    text = pdf_text(preview.pdf)
    assert "小营村2026年11月红黑榜" in text and "王*虎" in text and BLACK_HEAD not in text


def test_full_names_ask_before_printing(qtbot: QtBot, session: Session, monkeypatch) -> None:
    village = make_village(session)
    from tests.moral_factories import black_entry, posted

    posted(session, black_entry(village))
    set_black_names_full(session, True)
    page = make_page(qtbot, session)
    page.month_combo.setCurrentIndex(page.month_combo.findData("2026-11"))
    asked: list[str] = []

    def say_no(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    assert page.print_board() is None
    assert asked and "完整显示" in asked[0]


def test_refused_step_shows_the_reason_and_changes_nothing(
    qtbot: QtBot, session: Session, monkeypatch
) -> None:
    village = make_village(session)
    from tests.moral_factories import black_entry

    stored = red_black.report_entry(session, black_entry(village))
    page = make_page(qtbot, session)
    assert page.select_record("red_black_entries", stored.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = page.post_selected()  # not reviewed yet: the service refuses
    assert dialog is not None
    dialog.save()
    assert warnings and "不能上榜" in warnings[0]
    assert red_black.get_entry(session, stored.id).status == "reported"


def test_rules_tab_lists_the_version_in_force(qtbot: QtBot, session: Session) -> None:
    make_village(session)
    page = make_page(qtbot, session)
    page.tabs.setCurrentIndex(2)
    assert page.version_list.count() == 1
    assert page.clause_model.rowCount() == 1
    assert "小营村村规民约" in page.version_info.text()
