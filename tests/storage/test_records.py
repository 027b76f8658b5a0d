"""The synced-record machinery: sync columns, the clock, the change log, tombstones."""

import json

import pytest

from sanzhi_desktop.domain.errors import NotFoundError
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage.changes import list_changes
from sanzhi_desktop.storage.records import Author, get_meta, note_seen_rev, set_meta

AUTHOR = Author(operator="测试员", owner="610722100201")
HOUSEHOLD = {"household_no": "0101", "head_name": "王大明", "group_no": 1}


def test_insert_stamps_sync_columns_and_logs_the_change(empty_session: Session) -> None:
    db = empty_session.db
    row = records.insert_record(db, "households", HOUSEHOLD, author=AUTHOR)
    assert row["owner"] == AUTHOR.owner
    assert row["rev_site"] == records.site_id(db) != ""
    assert row["deleted"] == 0
    [change] = list_changes(db, table="households")
    assert (change.action, change.operator, change.rev) == ("insert", "测试员", row["rev"])
    assert change.before is None and change.after is not None
    assert change.after["head_name"] == "王大明"


def test_revs_grow_even_when_the_clock_goes_back(
    empty_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = empty_session.db
    first = records.insert_record(db, "households", HOUSEHOLD, author=AUTHOR)
    monkeypatch.setattr(clock, "now_ms", lambda: 1_000)  # the PC's clock set back to 1970
    second = records.update_record(
        db, "households", first["id"], {"head_name": "王二"}, author=AUTHOR
    )
    assert second["rev"] == first["rev"] + 1


def test_revs_stay_above_what_was_seen_from_elsewhere(empty_session: Session) -> None:
    db = empty_session.db
    far_future = clock.now_ms() + 10_000_000
    with db.atomic():
        note_seen_rev(db, far_future)
    row = records.insert_record(db, "households", HOUSEHOLD, author=AUTHOR)
    assert row["rev"] == far_future + 1
    with db.atomic():
        note_seen_rev(db, 5)  # an older rev never lowers the mark
    assert int(get_meta(db, "seen_max_rev")) == far_future


def test_update_logs_before_and_after_and_skips_no_ops(empty_session: Session) -> None:
    db = empty_session.db
    row = records.insert_record(db, "households", HOUSEHOLD, author=AUTHOR)
    records.update_record(db, "households", row["id"], {"group_no": 2}, author=AUTHOR)
    records.update_record(db, "households", row["id"], {"group_no": 2}, author=AUTHOR)
    changes = list_changes(db, table="households")
    assert [c.action for c in changes] == ["update", "insert"]
    assert changes[0].before and changes[0].before["group_no"] == 1
    assert changes[0].after and changes[0].after["group_no"] == 2


def test_delete_is_a_tombstone(empty_session: Session) -> None:
    db = empty_session.db
    row = records.insert_record(db, "households", HOUSEHOLD, author=AUTHOR)
    records.delete_record(db, "households", row["id"], author=AUTHOR)
    with pytest.raises(NotFoundError):
        records.get_record(db, "households", row["id"])
    assert records.get_record(db, "households", row["id"], include_deleted=True)["deleted"] == 1


def test_privacy_erase_blanks_personal_fields_in_row_and_log(empty_session: Session) -> None:
    db = empty_session.db
    person = records.insert_record(
        db,
        "persons",
        {
            "household_id": "h",
            "name": "王丽",
            "sex": "女",
            "id_number": "11010519491231002X",
            "phone": "13800138000",
        },
        author=AUTHOR,
    )
    records.delete_record(db, "persons", person["id"], author=AUTHOR, erase_personal=True)
    stored = records.get_record(db, "persons", person["id"], include_deleted=True)
    assert stored["id_number"] == "" and stored["phone"] == ""
    raw = db.execute("SELECT before, after FROM changes WHERE record_id = ?", [person["id"]])
    text = json.dumps(raw.fetchall(), ensure_ascii=False)
    assert "11010519491231002X" not in text and "13800138000" not in text
    assert "王丽" in text  # the name stays: the log still says who was removed


def test_a_failing_transaction_leaves_neither_row_nor_log(empty_session: Session) -> None:
    db = empty_session.db
    with pytest.raises(RuntimeError), db.atomic():
        records.insert_record(db, "households", HOUSEHOLD, author=AUTHOR)
        raise RuntimeError("power cut")
    assert db.execute("SELECT count(*) FROM households").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM changes").fetchone()[0] == 0


def test_unregistered_tables_are_refused(empty_session: Session) -> None:
    with pytest.raises(ValueError):
        records.insert_record(empty_session.db, "settings", {"key": "x"}, author=AUTHOR)


def test_meta_round_trip(empty_session: Session) -> None:
    with empty_session.db.atomic():
        set_meta(empty_session.db, "x", "1")
    assert get_meta(empty_session.db, "x") == "1"
    assert get_meta(empty_session.db, "missing", "d") == "d"


def test_natural_ids_are_stable_and_distinct() -> None:
    a = records.natural_id("finance_disclosures", "610722100201", 2026, 3)
    assert a == records.natural_id("finance_disclosures", "610722100201", 2026, 3)
    assert a != records.natural_id("finance_disclosures", "610722100201", 2026, 4)
    assert a != records.natural_id("finance_disclosures", "610722100202", 2026, 3)
    assert a == "3b516053-0983-59e2-bf24-049f8c596101"  # fixed forever: ids must not move


def test_new_ids_are_time_ordered_uuid7(monkeypatch: pytest.MonkeyPatch) -> None:
    import uuid

    times = iter([1_796_000_000_000_000_000 + n * 300 for n in range(2000)])
    monkeypatch.setattr(records.time, "time_ns", lambda: next(times))
    ids = [records.new_id() for _ in range(2000)]
    parsed = [uuid.UUID(i) for i in ids]
    assert {(u.version, u.variant) for u in parsed} == {(7, uuid.RFC_4122)}
    assert all(str(u) == i for u, i in zip(parsed, ids, strict=True))  # canonical form
    assert ids == sorted(ids)  # 300 ns apart: each a later sub-millisecond step
    assert parsed[0].int >> 80 == 1_796_000_000_000  # the first 48 bits: Unix ms
    assert len(set(ids)) == len(ids)


def test_new_ids_made_in_the_same_instant_still_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records.time, "time_ns", lambda: 1_000_000_000_000_000_000)
    ids = {records.new_id() for _ in range(5000)}
    assert len(ids) == 5000


def test_lists_are_stored_as_json_text(empty_session: Session) -> None:
    """What sqlite-utils' insert made of them, kept when records stopped going through it."""
    db = empty_session.db
    row = records.insert_record(
        db, "households", {**HOUSEHOLD, "note": ["低保", "脱贫"]}, author=AUTHOR
    )
    stored = db.execute("SELECT note FROM households WHERE id = ?", [row["id"]]).fetchone()[0]
    assert json.loads(stored) == ["低保", "脱贫"]
    records.update_record(db, "households", row["id"], {"note": {"a": 1}}, author=AUTHOR)
    stored = db.execute("SELECT note FROM households WHERE id = ?", [row["id"]]).fetchone()[0]
    assert json.loads(stored) == {"a": 1}


def test_the_clock_starts_at_one_in_a_file_without_last_rev(
    empty_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = empty_session.db
    db.execute("DELETE FROM meta WHERE key IN ('last_rev', 'seen_max_rev')")
    monkeypatch.setattr(clock, "now_ms", lambda: 0)
    with db.atomic():
        assert records.next_rev(db) == 1
        assert records.next_rev(db) == 2
    assert get_meta(db, "last_rev") == "2"
