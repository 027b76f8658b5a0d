"""三会一课 tab: attendance ticked from the members, missed periods in red, refusals in place."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.party_meetings import PartyMeeting
from sanzhi_desktop.services import party, party_meetings
from sanzhi_desktop.services.session import Session
from tests.gui.parts.party.helpers import make_page, open_form
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    sort_by,
)
from tests.party_factory import branch


def test_a_meeting_counts_the_ticks_and_names_the_absent(qtbot: QtBot, session: Session) -> None:
    members = branch(session, 6)
    page, tab = make_page(qtbot, session, "meetings_tab")
    assert_empty_state(tab, "No meetings recorded yet.")
    page.new_record()
    dialog = open_form(tab)
    dialog.set_value("held_on", date(2026, 5, 10))
    dialog.set_value("topic", "重温入党誓词")
    dialog.set_value("attendees", [m.id for m in members[1:]])
    assert dialog.try_accept()
    meeting = dialog.result_value
    assert isinstance(meeting, PartyMeeting)
    assert (meeting.expected, meeting.present) == (6, 5)
    fields = dict(tab.detail(tab.selected_record()).fields)
    assert fields["Absent"] == "张建国" and fields["Attendance"] == "expected 6, present 5"
    # the missed periods since May (five theme days, two lectures) in red above the table,
    # the latest named
    note = tab.filters.note.text()
    assert note.startswith("Not held 7 times") and "2026年10月没有开主题党日" in note


def test_a_meeting_without_topic_or_attendees_is_refused_in_place(
    qtbot: QtBot, session: Session
) -> None:
    branch(session, 3)
    page, tab = make_page(qtbot, session, "meetings_tab")
    page.new_record()
    dialog = open_form(tab)
    dialog.set_value("held_on", date(2026, 5, 10))
    dialog.set_value("attendees", [])
    minutes_top = dialog.widgets["minutes"].geometry()
    assert not dialog.try_accept()
    assert dialog.error_labels["topic"].text() == "请填写会议主题"
    assert dialog.error_labels["attendees"].text() == "请勾选到会党员"
    assert dialog.widgets["minutes"].geometry() == minutes_top
    assert party_meetings.list_meetings(session) == []


def test_meetings_sort_by_topic_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    branch(session, 3)
    ids = [m.id for m in party.list_members(session)]
    for day, topic in (
        ("2026-05-10", "重温入党誓词"),
        ("2026-06-10", "党员议事"),
        ("2026-07-10", "植树护绿"),
    ):
        party_meetings.record_meeting(session, PartyMeeting(held_on=day, topic=topic), ids)
    _page, tab = make_page(qtbot, session, "meetings_tab")
    assert sort_by(tab, "topic") == ["党员议事", "植树护绿", "重温入党誓词"]


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page, tab = make_page(qtbot, session, "meetings_tab")
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
