"""镇通知 tab: a circular from the town, posted on the village's own board; order; refreshes."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.parts.boards.circulars_tab import CircularsTab
from sanzhi_desktop.gui.parts.boards.page import BoardsPage
from sanzhi_desktop.services import notices
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage import records
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    show_tab,
    sort_by,
)


def make_tab(qtbot: QtBot, session: Session) -> tuple[BoardsPage, CircularsTab]:
    page = BoardsPage(GuiContext(session))
    show_tab(qtbot, page, page.circulars_tab)
    return page, page.circulars_tab


def receive(tmp_path: Path, session: Session, *titles: str) -> list[str]:
    """Circulars the town issued, copied into the village's file as a sync would."""
    town = open_session(tmp_path / "town.db")
    init_office(town, kind=OfficeKind.TOWN, code="610722100", name="某镇", town_name="某镇")
    ids = []
    for title in titles:
        circular = notices.issue_circular(town, Notice(category="政务", title=title, body="内容"))
        session.db["notices"].insert(records.get_record(town.db, "notices", circular.id))
        ids.append(circular.id)
    town.close()
    return ids


def test_a_received_circular_is_posted_on_our_board(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    (circular_id,) = receive(tmp_path, session, "防汛通知")
    _page, tab = make_tab(qtbot, session)
    assert tab.select(circular_id)
    assert tab.row_color(tab.selected_record()) is not None  # not posted yet: in red
    button = tab.detail_pane.action_button("postCircular")
    assert button is not None
    button.click()
    assert notices.list_circulars(session)[0][1] is True
    assert tab.detail_pane.action_button("postCircular") is None  # posted: no second time


def test_empty_state_and_titles_in_pinyin_order(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    _page, tab = make_tab(qtbot, session)
    assert_empty_state(tab, "No circulars from the town.")
    receive(tmp_path, session, "征兵通知", "防汛通知", "安全生产通知")
    tab.refresh()
    assert sort_by(tab, "title") == ["安全生产通知", "防汛通知", "征兵通知"]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_tab(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, tab, "persons")
