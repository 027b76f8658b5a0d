"""A demo file's reference day is "today" for every service while it is open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sanzhi_desktop.domain.notices import Notice, NoticeStatus
from sanzhi_desktop.services import calendar, notices
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage import clock
from sanzhi_desktop.storage import office as office_store

REFERENCE = date(2025, 6, 10)


def _mark_as_demo(session: Session, day: date) -> Path:
    with session.db.atomic():
        office_store.set_setting(session.db, "demo_as_of", day.isoformat())
    path = session.path
    session.close()
    return path


def test_opening_a_demo_file_makes_its_reference_day_today(session: Session) -> None:
    # Given a village file generated up to 2025-06-10
    path = _mark_as_demo(session, REFERENCE)
    # When it is opened again (as the GUI and the CLI do)
    again = open_session(path)
    try:
        # Then the services, and the GUI through services.calendar, count from that day
        assert clock.today() == REFERENCE
        assert calendar.today() == REFERENCE
        assert calendar.this_month() == "2025-06"
        assert calendar.is_reference_day()
        notice = notices.create_notice(again, Notice(title="夏收安排", body="按组安排收割。"))
        assert notice.created_on == REFERENCE.isoformat()
    finally:
        again.close()
    # and closing the file gives the calendar back
    assert clock.reference_day() is None
    assert calendar.today() == clock.now().date()


def test_a_notice_posted_on_the_reference_day_is_in_publicity_then(session: Session) -> None:
    path = _mark_as_demo(session, REFERENCE)
    again = open_session(path)
    try:
        with clock.as_of(date(2025, 6, 8)):
            draft = notices.create_notice(again, Notice(title="道路硬化", body="3组道路硬化。"))
            notices.submit_for_review(again, draft.id)
            notices.record_review(again, draft.id, reviewer="监委会", opinion="同意", approve=True)
            notices.post_notice(again, draft.id)
        [row] = notices.list_notices(again)
        # Listed without a date, it is judged on the reference day, not the calendar's
        assert row.status is NoticeStatus.POSTED
    finally:
        again.close()


def test_an_ordinary_file_does_not_fix_the_day(session: Session) -> None:
    assert clock.reference_day() is None
    assert calendar.today() == clock.now().date()
    assert not calendar.is_reference_day()
