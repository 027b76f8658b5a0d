"""四议两公开 tab: a matter, its next step only, a refused step beside its field."""

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.decisions import Decision
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.boards.decisions_tab import DecisionsTab
from sanzhi_desktop.gui.parts.boards.page import BoardsPage
from sanzhi_desktop.services import decisions
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    show_tab,
    sort_by,
)


def make_tab(qtbot: QtBot, session: Session) -> tuple[BoardsPage, DecisionsTab]:
    page = BoardsPage(GuiContext(session))
    show_tab(qtbot, page, page.decisions_tab)
    return page, page.decisions_tab


def test_empty_state_and_a_new_matter_refused_without_a_title(
    qtbot: QtBot, session: Session
) -> None:
    page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No matters yet. Click “New” to start one.")
    page.new_record()
    dialog = next(d for d in tab.findChildren(FormDialog) if d.isVisible())
    assert not dialog.try_accept()
    assert dialog.error_labels["title"].text()
    dialog.set_value("title", "修建村道")
    assert dialog.try_accept()
    assert tab.model.rowCount() == 1
    assert tab.detail_pane.steps.states[0] == "current"
    assert tab.detail_pane.action_button("recordStep") is not None


def test_matters_sort_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    for title in ("修建村道", "安装路灯", "改造水渠"):
        decisions.create_decision(session, Decision(title=title, source="群众建议"))
    _page, tab = make_tab(qtbot, session)
    assert sort_by(tab, "title") == ["安装路灯", "改造水渠", "修建村道"]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
