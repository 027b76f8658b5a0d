"""The boards' tables: registered as synced, searchable by trigram and by LIKE."""

from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import boards
from sanzhi_desktop.storage.records import SYNCED_TABLES, Author, insert_record


def test_tables_are_synced_and_erase_the_objector(session: Session) -> None:
    for table in (
        "notices",
        "notice_objections",
        "disclosure_catalogue",
        "finance_disclosures",
        "decisions",
        "decision_steps",
        "issue_wall",
    ):
        assert table in SYNCED_TABLES and session.db[table].exists()
    assert SYNCED_TABLES["issue_wall"].personal == ("raised_by",)


def test_search_uses_fts_for_three_and_like_below(session: Session) -> None:
    author = Author("t", "610722100201")
    with session.db.atomic():
        insert_record(
            session.db,
            "notices",
            {"category": "村务", "title": "宅基地审批", "status": "draft"},
            author=author,
        )
        insert_record(
            session.db,
            "notices",
            {"category": "村务", "title": "别村的", "status": "draft"},
            author=Author("t", "610722100202"),
        )
    assert len(boards.search(session.db, "notices", "宅基地审", owner="610722100201")) == 1
    assert len(boards.search(session.db, "notices", "宅", owner="610722100201")) == 1
    assert boards.search(session.db, "notices", "别村", owner="610722100201") == []
    assert boards.search(session.db, "notices", '"引号', owner="610722100201") == []
