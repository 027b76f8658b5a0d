"""Full-text indexes brought up to date a batch at a time (a sync import's writes)."""

import sqlite3
from typing import Any

import pytest

from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import fulltext, records, sync_ledger

OWNER = "610722100201"
MANY = fulltext.BULK_MIN_ROWS + 50


def _person(name: str, *, rev: int = 10, **extra: Any) -> dict[str, Any]:
    return {
        "id": records.new_id(),
        "owner": OWNER,
        "rev": rev,
        "rev_site": "other-pc",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": 0,
        "household_id": "h-1",
        "name": name,
        "sex": "男",
        "id_number": "",
        "phone": "",
        "note": "",
        **extra,
    }


def _index_matches_its_table(conn: sqlite3.Connection) -> None:
    """FTS5's own check of the index against the rows of ``persons`` (raises if they differ)."""
    conn.execute("INSERT INTO persons_fts(persons_fts, rank) VALUES ('integrity-check', 1)")


def _found(conn: sqlite3.Connection, text: str) -> set[str]:
    return {
        row[0]
        for row in conn.execute(
            "SELECT p.name FROM persons p JOIN persons_fts f ON f.rowid = p.rowid "
            "WHERE persons_fts MATCH ?",
            [f'"{text}"'],
        )
    }


def _triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'persons' "
        "ORDER BY name"
    ).fetchall()


def test_the_integrity_check_sees_rows_written_without_their_terms(
    empty_session: Session,
) -> None:
    """The check the other tests rely on fails when the index misses rows."""
    conn = empty_session.conn
    with conn:
        for name in ("persons_ai", "persons_ad", "persons_au"):
            conn.execute(f"DROP TRIGGER {name}")
        sync_ledger.write_rows(empty_session.db, "persons", [(_person("欧阳明月"), False)])
    with pytest.raises(sqlite3.DatabaseError):
        _index_matches_its_table(conn)


def test_a_batch_of_inserts_and_updates_is_indexed_as_the_triggers_would(
    empty_session: Session,
) -> None:
    db, conn = empty_session.db, empty_session.conn
    held = [_person(f"张{n:03d}号") for n in range(MANY)]
    with db.atomic():
        sync_ledger.write_rows(db, "persons", [(row, False) for row in held])
    before = _triggers(conn)
    renamed = [{**row, "name": f"李{n:03d}号", "rev": 11} for n, row in enumerate(held[:100])]
    added = [_person(f"王{n:03d}号", note="新迁入") for n in range(MANY)]
    batch = [(row, True) for row in renamed] + [(row, False) for row in added]
    with db.atomic():
        sync_ledger.write_rows(db, "persons", batch)

    _index_matches_its_table(conn)
    assert _triggers(conn) == before  # the triggers are back, as they were
    assert _found(conn, "李000号") == {"李000号"}
    assert _found(conn, "张000号") == set()  # the old name's terms are gone
    assert _found(conn, "张100号") == {"张100号"}  # a row not in the batch is still found
    assert len(_found(conn, "新迁入")) == MANY
    # a clerk's later edit goes through the triggers again
    records.update_record(
        db, "persons", added[0]["id"], {"name": "赵钱孙"}, author=records.Author("测试员", OWNER)
    )
    assert _found(conn, "赵钱孙") == {"赵钱孙"}
    _index_matches_its_table(conn)


def test_a_refused_batch_leaves_rows_index_and_triggers_as_they_were(
    empty_session: Session,
) -> None:
    db, conn = empty_session.db, empty_session.conn
    first = _person("刘一", id_number="610722199001011234")
    with db.atomic():
        sync_ledger.write_rows(db, "persons", [(first, False)])
    before = _triggers(conn)
    batch = [(_person(f"陈{n:03d}号"), False) for n in range(MANY)]
    batch.append((_person("周二", id_number="610722199001011234"), False))  # taken: refused
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        sync_ledger.write_rows(db, "persons", batch)

    assert _triggers(conn) == before
    assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
    assert _found(conn, "陈000号") == set()
    _index_matches_its_table(conn)


def test_a_small_batch_is_left_to_the_triggers(
    empty_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, conn = empty_session.db, empty_session.conn

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a small batch went the bulk way")

    monkeypatch.setattr(fulltext, "indexed_in_bulk", refuse)
    with db.atomic():
        sync_ledger.write_rows(db, "persons", [(_person("孙小圣"), False)])
    assert _found(conn, "孙小圣") == {"孙小圣"}
    _index_matches_its_table(conn)


def test_only_a_table_kept_by_exactly_its_three_triggers_is_indexed_in_bulk(
    empty_session: Session,
) -> None:
    conn = empty_session.conn
    index = fulltext.trigger_kept_index(conn, "persons")
    assert index is not None
    assert index.columns == ("name", "id_number", "phone", "note")
    assert [name for name, _ in index.triggers] == ["persons_ad", "persons_ai", "persons_au"]
    assert fulltext.trigger_kept_index(conn, "households") is None  # no full-text index
    with conn:
        conn.execute(
            "CREATE TRIGGER persons_audit AFTER INSERT ON persons "
            "BEGIN UPDATE persons SET note = note WHERE 0; END"
        )
    assert fulltext.trigger_kept_index(conn, "persons") is None  # a trigger it cannot redo
