"""乡贤, 家规家训, 道德讲堂 and 红白事 tabs: pinyin order, refusals beside fields, refreshes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.worthies import Worthy
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.civic.page import CivicPage
from sanzhi_desktop.services import worthies
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    show_tab,
    sort_by,
)
from tests.sync.helpers import add_household


def make_page(qtbot: QtBot, session: Session) -> CivicPage:
    page = CivicPage(GuiContext(session))
    qtbot.addWidget(page)
    page.show()
    return page


def test_worthies_sort_by_pinyin_and_a_worthy_needs_a_place(qtbot: QtBot, session: Session) -> None:
    page = make_page(qtbot, session)
    tab = show_tab(qtbot, page, page.worthies_tab)
    assert_empty_state(tab, "No worthies yet.")
    for name in ("张三", "单磊", "邓超"):
        worthies.name_worthy(session, Worthy(name=name, field="企业家", lives_at="西安市"))
    tab.refresh()
    # 单 as a surname is Shàn (not dān): 邓 (dèng), 单 (shàn), 张 (zhāng)
    assert sort_by(tab, "name") == ["邓超", "单磊", "张三"]
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("person_id", "周明远")
    dialog.set_value("field", "企业家")
    assert not dialog.try_accept()
    assert dialog.error_labels["lives_at"].text()
    dialog.set_value("lives_at", "深圳市")
    assert dialog.try_accept()
    assert "周明远" in column_texts(tab, "name")
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")


def test_family_rules_and_lectures(qtbot: QtBot, session: Session) -> None:
    household = add_household(session, "0201", "李秀英")
    page = make_page(qtbot, session)
    rules = show_tab(qtbot, page, page.family_rules_tab)
    assert_empty_state(rules, "No family rules collected yet.")
    dialog = page.new_record()
    dialog.set_value("household_id", household)
    assert not dialog.try_accept()  # no text
    assert dialog.error_labels["text"].text()
    dialog.set_value("text", "孝敬父母，和睦邻里")
    assert dialog.try_accept()
    assert column_texts(rules, "head") == ["李秀英"]
    lectures = show_tab(qtbot, page, page.lectures_tab)
    assert_empty_state(lectures, "No lectures yet.")
    dialog = page.new_record()
    dialog.set_value("topic", "移风易俗")
    assert not dialog.try_accept()
    assert dialog.error_labels["speaker"].text() and not dialog.error_labels["topic"].text()
    assert_refreshes_only_for_its_tables(page.ctx, lectures, "households")


def test_an_event_over_the_limit_is_red_and_handled_from_the_tab(
    qtbot: QtBot, session: Session
) -> None:
    household = add_household(session, "0101", "张文博")
    page = make_page(qtbot, session)
    tab = show_tab(qtbot, page, page.events_tab)
    dialog = page.new_record()
    dialog.set_value("household_id", household)
    dialog.set_value("tables", 30)
    assert dialog.try_accept()
    [event_row] = tab.model.records()
    assert tab.row_color(event_row) is not None
    assert column_texts(tab, "finding") == ["桌数30桌，超过限额20桌"]
    handle = tab.handle()
    assert isinstance(handle, FormDialog)
    assert not handle.try_accept()  # what was done is required
    assert handle.error_labels["handled_note"].text()
    handle.set_value("handled_note", "上门劝导")
    assert handle.try_accept()
    assert column_texts(tab, "handling") == ["劝导纠正"]
    assert tab.detail_pane.action_button("handleFinding").isEnabled() is False
