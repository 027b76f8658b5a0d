"""A red/black review names the 道德评议会 meeting that decided it (一约五会 → 红黑榜)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.councils import Council, CouncilMeeting
from sanzhi_desktop.domain.red_black import BoardEntry
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.moral.red_black_page import RedBlackPage
from sanzhi_desktop.services import councils, red_black
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import show_tab
from tests.sync.helpers import add_household


def test_the_review_form_offers_the_councils_meetings(qtbot: QtBot, session: Session) -> None:
    council = councils.set_up_council(
        session, Council(kind="moral_review", set_up_date="2026-01-05")
    )
    meeting = councils.record_meeting(
        session,
        CouncilMeeting(council.id, "", "2026-11-04", "评议本月红黑榜", attendees="张主任、李委员"),
    )
    household = add_household(session, "0101", "王大明")
    entry = red_black.report_entry(
        session,
        BoardEntry("red", household, "", 0, "孝老爱亲", "照顾婆婆", reported_date="2026-11-01"),
    )
    red_black.verify_entry(session, entry.id, verified_date="2026-11-02", note="属实")
    page = RedBlackPage(GuiContext(session))
    tab = show_tab(qtbot, page, page.entries_tab)
    assert tab.select(entry.id)
    dialog = tab.review_selected()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("review_meeting_id", meeting.id)
    dialog.set_value("review_date", "2026-11-04")
    assert dialog.try_accept()  # the meeting's attendees stand in for the names
    row = session.db.execute(
        "SELECT review_meeting_id, reviewers FROM red_black_entries WHERE id = ?", [entry.id]
    ).fetchone()
    assert tuple(row) == (meeting.id, "张主任、李委员")
    assert [s.decided for s in councils.dual_review(session, 2026)] == [1]
