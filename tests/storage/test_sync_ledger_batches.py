"""The batch helpers of a sync import: rows read in chunks, written and logged in batches."""

import json
import sqlite3
from typing import Any

import pytest

from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records, sync_ledger
from sanzhi_desktop.storage.records import Author, ChangeEntry

OWNER = "610722100201"
AUTHOR = Author(operator="测试员", owner=OWNER)


def _household(no: str, *, rev: int = 10, deleted: int = 0, **extra: Any) -> dict[str, Any]:
    return {
        "id": records.new_id(),
        "owner": OWNER,
        "rev": rev,
        "rev_site": "other-pc",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": deleted,
        "household_no": no,
        "head_name": "王大明",
        "group_no": 1,
        **extra,
    }


def test_get_rows_reads_more_ids_than_one_query_takes(empty_session: Session) -> None:
    db = empty_session.db
    held = [_household(f"{n:04d}") for n in range(1, 1201)]
    with db.atomic():
        sync_ledger.write_rows(db, "households", [(row, False) for row in held])
    wanted = [row["id"] for row in held[::2]] + ["not-held-1", "not-held-2"]
    found = sync_ledger.get_rows(db, "households", wanted)
    assert len(found) == 600 > sync_ledger._ID_CHUNK
    assert set(found) == set(wanted[:600])
    assert found[held[0]["id"]]["household_no"] == "0001"
    assert sync_ledger.get_rows(db, "households", []) == {}


def test_write_rows_inserts_and_updates_in_order_like_write_row(empty_session: Session) -> None:
    db = empty_session.db
    first, second = _household("0101"), _household("0102")
    with db.atomic():
        sync_ledger.write_rows(db, "households", [(first, False), (second, False)])
    # an older file's row lacks a column: an UPDATE keeps the held value of it
    renamed = {k: v for k, v in first.items() if k != "group_no"}
    renamed.update(head_name="王小明", rev=11)
    third = _household("0103", group_no=3)
    freed = {**second, "deleted": 1, "rev": 12}
    taken = _household("0102", rev=13)  # the number 0102 freed just before
    with db.atomic():
        sync_ledger.write_rows(
            db,
            "households",
            [(renamed, True), (third, False), (freed, True), (taken, False)],
        )
    rows = {r["id"]: r for r in db.execute_returning_dicts("SELECT * FROM households")}
    assert rows[first["id"]]["head_name"] == "王小明"
    assert rows[first["id"]]["group_no"] == 1
    assert rows[first["id"]]["rev"] == 11
    assert rows[third["id"]]["group_no"] == 3
    assert rows[second["id"]]["deleted"] == 1
    assert rows[taken["id"]]["household_no"] == "0102"


def test_write_rows_raises_on_a_unique_index_like_write_row(empty_session: Session) -> None:
    db = empty_session.db
    with db.atomic():
        sync_ledger.write_rows(db, "households", [(_household("0101"), False)])
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        sync_ledger.write_rows(
            db, "households", [(_household("0102"), False), (_household("0101"), False)]
        )
    assert [r[0] for r in db.execute("SELECT household_no FROM households")] == ["0101"]


def test_write_rows_refuses_an_unregistered_table(empty_session: Session) -> None:
    with pytest.raises(ValueError):
        sync_ledger.write_rows(empty_session.db, "meta", [({"id": "x"}, False)])
    with pytest.raises(ValueError):
        sync_ledger.get_rows(empty_session.db, "meta", ["x"])


def test_log_changes_writes_what_log_change_writes(empty_session: Session) -> None:
    db = empty_session.db
    before = {"id": "a", "head_name": "王大明", "rev": 1}
    after = {"id": "a", "head_name": "王小明", "rev": 2, "note": None}
    with db.atomic():
        records.log_change(db, "households", "a", "update", before, after, rev=2, author=AUTHOR)
        records.log_changes(
            db,
            [
                ChangeEntry("households", "a", "update", before, after, 2, "测试员"),
                ChangeEntry("households", "b", "insert", None, after, 3, "测试员"),
            ],
            at="2026-11-28T10:00:00+08:00",
        )
    one, batched, inserted = db.execute(
        "SELECT rev, table_name, record_id, action, operator, at, before, after "
        "FROM changes ORDER BY seq"
    ).fetchall()
    assert one[:5] + one[6:] == batched[:5] + batched[6:]
    assert batched[5] == "2026-11-28T10:00:00+08:00"
    assert inserted[6] is None and inserted[3] == "insert"
    assert '"王小明"' in inserted[7]  # not \u-escaped, as log_change writes it


def test_log_received_writes_what_log_change_writes(empty_session: Session) -> None:
    db = empty_session.db
    held = _household("0101", rev=1)
    updated = {**held, "rev": 2, "head_name": '王"小明\\', "x": 1.5, "note": None}
    new = _household("0102", rev=3)
    gone = {**_household("0103", rev=4), "deleted": 1}
    with db.atomic():
        for action, before, after in (
            ("update", held, updated),
            ("insert", None, new),
            ("delete", None, gone),
        ):
            records.log_change(
                db,
                "households",
                after["id"],
                action,
                before,
                after,
                rev=after["rev"],
                author=AUTHOR,
            )
        records.log_received(
            db,
            "households",
            [(updated, held), (new, None), (gone, None)],
            operator="测试员",
            at="2026-11-28T10:00:00+08:00",
        )
    logged = db.execute(
        "SELECT rev, table_name, record_id, action, operator, before, after FROM changes "
        "ORDER BY seq"
    ).fetchall()
    assert logged[:3] == logged[3:]
    assert [row[3] for row in logged[3:]] == ["update", "insert", "delete"]
    assert logged[3][6] == json.dumps(updated, ensure_ascii=False, sort_keys=True)
