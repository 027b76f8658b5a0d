"""The rows of a batch a unique index may refuse, found before the batch is written."""

from typing import Any

from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records, sync_ledger, unique_keys

OWNER = "610722100201"


def _household(no: str, *, deleted: int = 0, **extra: Any) -> dict[str, Any]:
    return {
        "id": records.new_id(),
        "owner": OWNER,
        "rev": 10,
        "rev_site": "other-pc",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": deleted,
        "household_no": no,
        "head_name": "王大明",
        "group_no": 1,
        **extra,
    }


def _person(id_number: str, *, deleted: int = 0) -> dict[str, Any]:
    return {
        "id": records.new_id(),
        "owner": OWNER,
        "rev": 10,
        "rev_site": "other-pc",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": deleted,
        "household_id": "h",
        "name": "张三",
        "sex": "男",
        "id_number": id_number,
    }


def test_the_unique_indexes_of_a_table_with_their_partial_conditions(
    empty_session: Session,
) -> None:
    [index] = unique_keys.unique_indexes(empty_session.db.conn, "persons") or []
    assert index.columns == ("id_number",)
    assert index.where == "deleted = 0 AND id_number != ''"
    assert index.needed == ("id_number", "deleted")
    assert unique_keys.unique_indexes(empty_session.db.conn, "notices") == []


def test_a_key_held_by_another_id_or_twice_in_the_batch_is_contested(
    empty_session: Session,
) -> None:
    db = empty_session.db
    held = [_household("0101"), _household("0102"), _household("0103", deleted=1)]
    with db.atomic():
        sync_ledger.write_rows(db, "households", [(row, False) for row in held])
    taken = _household("0101")  # another id, a stored key
    twice = [_household("0150"), _household("0150")]  # two new rows, one key
    fine = _household("0120")
    revived = _household("0103")  # the stored 0103 is a tombstone: outside the index
    again = {**held[1], "head_name": "改名"}  # the same id keeps its key
    gone = _household("0101", deleted=1)  # a tombstone takes no key
    batch = [taken, *twice, fine, revived, again, gone]
    assert unique_keys.contested_ids(db, "households", batch) == {
        taken["id"],
        twice[0]["id"],
        twice[1]["id"],
    }


def test_a_row_freeing_a_key_another_row_takes_is_contested_with_it(
    empty_session: Session,
) -> None:
    """The order of those two decides the outcome: both go one by one, in the file's order."""
    db = empty_session.db
    held = _household("0105")
    with db.atomic():
        sync_ledger.write_rows(db, "households", [(held, False)])
    moved = {**held, "household_no": "0199", "rev": 11}
    newcomer = _household("0105")
    assert unique_keys.contested_ids(db, "households", [moved, newcomer]) == {
        moved["id"],
        newcomer["id"],
    }


def test_empty_id_numbers_are_outside_the_partial_index(empty_session: Session) -> None:
    db = empty_session.db
    held = _person("610722199001011234")
    with db.atomic():
        sync_ledger.write_rows(db, "persons", [(held, False)])
    blanks = [_person("") for _ in range(3)]
    taken = _person("610722199001011234")
    deleted = _person("610722199001011234", deleted=1)
    assert unique_keys.contested_ids(db, "persons", [*blanks, taken, deleted]) == {taken["id"]}


def test_a_row_without_a_column_an_index_reads_cannot_be_told_beforehand(
    empty_session: Session,
) -> None:
    """A file from an older program: the caller writes as before and falls back if it fails."""
    row = _household("0101")
    del row["household_no"]
    assert unique_keys.contested_ids(empty_session.db, "households", [row]) is None
    assert unique_keys.contested_ids(empty_session.db, "households", []) == set()
