"""Change marks: the tables an operation wrote, read from the change log."""

from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.services import changelog, notices
from sanzhi_desktop.services.session import Session


def test_the_tables_written_after_a_mark(session: Session) -> None:
    mark = changelog.change_mark(session)
    assert changelog.tables_changed_since(session, mark) == frozenset()
    notice = notices.create_notice(session, Notice(title="修路", body="内容"))
    notices.submit_for_review(session, notice.id)
    assert changelog.tables_changed_since(session, mark) == frozenset({"notices"})
    later = changelog.change_mark(session)
    assert later > mark
    assert changelog.tables_changed_since(session, later) == frozenset()
