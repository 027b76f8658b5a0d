"""A sync import merges in batches: the result must be that of merging row by row."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sanzhi_desktop.services import sync
from sanzhi_desktop.services.sync import ImportStatus
from sanzhi_desktop.storage import clock, unique_keys
from sanzhi_desktop.storage.records import get_meta, new_id
from tests.sync.helpers import Pair, add_household, crafted_file, pair, rows_of


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Pair]:
    with pair(tmp_path) as made:
        yield made


def _export_and_import(p: Pair) -> sync.ImportReport:
    [report] = sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
    assert report.status is ImportStatus.IMPORTED, report.message
    return report


def _household(p: Pair, no: str, *, rev: int, head: str = "李四", **over: Any) -> dict[str, Any]:
    row = {
        "id": new_id(),
        "owner": p.village.require_profile().code,
        "rev": rev,
        "rev_site": "second-pc",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": 0,
        "household_no": no,
        "head_name": head,
        "group_no": 1,
    }
    return {**row, **over}


def _changes(p: Pair, record_id: str) -> list[tuple[str, str | None, str]]:
    return p.town.db.execute(
        "SELECT action, before, after FROM changes WHERE record_id = ? ORDER BY seq", [record_id]
    ).fetchall()


def test_every_imported_record_gets_its_change_log_row(p: Pair) -> None:
    add_household(p.village, "0101", "张三")
    add_household(p.village, "0102", "王五")
    report = _export_and_import(p)
    [ledger] = sync.list_imports(p.town)
    logged = p.town.db.execute(
        "SELECT table_name, record_id, action, operator, at, before, after, rev FROM changes "
        "WHERE operator LIKE '%同步导入%'"
    ).fetchall()
    assert len(logged) == report.changed == sum(report.counts.values()) == 4
    for table, record_id, action, operator, at, before, after, rev in logged:
        [row] = [r for r in rows_of(p.town, table) if r["id"] == record_id]
        assert (action, before, rev) == ("insert", None, row["rev"])
        assert operator == f"同步导入：{ledger['file_name']}"
        assert at == ledger["imported_at"]
        assert json.loads(after) == row
        assert after == json.dumps(row, ensure_ascii=False, sort_keys=True)


def test_a_row_a_unique_index_refuses_is_a_conflict_and_the_rest_is_kept(p: Pair) -> None:
    held_id = add_household(p.village, "0101", "张三")
    _export_and_import(p)
    changes_before = p.town.db.execute("SELECT count(*) FROM changes").fetchone()[0]
    # a second PC of the village also made a 户号 0101 (another id), and a 0102
    now = clock.now_ms()
    clash = _household(p, "0101", rev=now)
    fine = _household(p, "0102", rev=now + 1)
    path = crafted_file(p.village, p.town, p.stick, {"households": [clash, fine]})
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.IMPORTED
    assert (report.changed, report.conflicts) == (1, 1)
    held = {r["id"]: r for r in rows_of(p.town, "households")}
    assert held[held_id]["head_name"] == "张三"  # ours kept
    assert clash["id"] not in held
    assert held[fine["id"]]["household_no"] == "0102"
    [conflict] = sync.list_conflicts(p.town)
    assert conflict["record_id"] == clash["id"]
    assert json.loads(conflict["loser"])["household_no"] == "0101"
    assert [c[0] for c in _changes(p, fine["id"])] == ["insert"]
    assert _changes(p, clash["id"]) == []
    after = p.town.db.execute("SELECT count(*) FROM changes").fetchone()[0]
    assert after == changes_before + 1


@pytest.mark.parametrize("revs", [(5, 6), (6, 5), (5, 5)])
def test_one_record_twice_in_a_file_refuses_the_file_naming_both_lines(
    p: Pair, revs: tuple[int, int]
) -> None:
    """Issue 15: a genuine export never holds one id twice, so such a file is refused whole
    (it used to be merged one copy after the other)."""
    first = _household(p, "0101", rev=revs[0], head="甲")
    other = _household(p, "0102", rev=7)
    second = {**first, "rev": revs[1], "head_name": "乙"}
    path = crafted_file(p.village, p.town, p.stick, {"households": [first, other, second]})
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.REFUSED
    assert "第3行" in report.message and "与第1行重复" in report.message
    assert "households" in report.message and "“id”" in report.message
    assert rows_of(p.town, "households") == []


def test_the_clock_stays_above_every_rev_of_the_file(p: Pair) -> None:
    top = clock.now_ms() + 7
    rows = [_household(p, "0101", rev=top), _household(p, "0102", rev=3)]
    path = crafted_file(p.village, p.town, p.stick, {"households": rows}, max_rev=4)
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.IMPORTED
    assert int(get_meta(p.town.db, "seen_max_rev", "0")) == top


def test_progress_counts_every_record_across_tables(p: Pair) -> None:
    add_household(p.village, "0101")
    add_household(p.village, "0102")
    path = sync.export_sync_file(p.village, p.stick).path
    seen: list[tuple[int, int]] = []
    [report] = sync.import_sync_files(
        p.town, [path], progress=lambda done, total, text="": seen.append((done, total))
    )
    total = sum(report.counts.values())
    assert len(report.counts) == 2
    assert seen == [(n, total) for n in range(total + 1)]


def _unique_clash_file(p: Pair) -> tuple[Path, dict[str, dict[str, Any]]]:
    """A second PC's file whose taken 户号 fall in several chunks of four records.

    Chunk 1: a taken 0103, a fine 0120, the held 0105 renamed 0199 (same site:
    no merge conflict) and a new 0105 after it; chunk 2: a fine 0121, a new
    0150 twice (two ids), a taken 0107; chunk 3: a new 0199 (taken by the
    renamed row), a fine 0122, a taken 0110.
    """
    for n in range(101, 111):
        add_household(p.village, f"0{n}", "张三")
    _export_and_import(p)
    [held] = [r for r in rows_of(p.town, "households") if r["household_no"] == "0105"]
    now = clock.now_ms()
    made = {
        "taken0103": _household(p, "0103", rev=now),
        "fine0120": _household(p, "0120", rev=now),
        "moved0199": {**held, "household_no": "0199", "rev": now},
        "new0105": _household(p, "0105", rev=now),
        "fine0121": _household(p, "0121", rev=now),
        "first0150": _household(p, "0150", rev=now),
        "second0150": _household(p, "0150", rev=now),
        "taken0107": _household(p, "0107", rev=now),
        "taken0199": _household(p, "0199", rev=now),
        "fine0122": _household(p, "0122", rev=now),
        "taken0110": _household(p, "0110", rev=now),
    }
    path = crafted_file(p.village, p.town, p.stick, {"households": list(made.values())})
    return path, made


def test_taken_keys_across_chunks_are_conflicts_and_the_rest_is_written(
    p: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "IMPORT_CHUNK", 4)
    path, made = _unique_clash_file(p)
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.IMPORTED, report.message
    losers = {"taken0103", "second0150", "taken0107", "taken0199", "taken0110"}
    assert (report.changed, report.conflicts) == (len(made) - len(losers), len(losers))
    held = {r["id"]: r for r in rows_of(p.town, "households")}
    for name, row in made.items():
        if name in losers:
            assert row["id"] not in held, name
            assert _changes(p, row["id"]) == [], name
        else:
            assert held[row["id"]]["household_no"] == row["household_no"], name
    conflicts = {c["record_id"]: json.loads(c["loser"]) for c in sync.list_conflicts(p.town)}
    assert set(conflicts) == {made[name]["id"] for name in losers}
    assert conflicts[made["taken0199"]["id"]]["household_no"] == "0199"


def test_taken_keys_give_what_a_merge_row_by_row_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same file into two towns: found beforehand, and every row one at a time."""
    monkeypatch.setattr(sync, "IMPORT_CHUNK", 4)
    results = []
    for how in ("found first", "one by one"):
        with monkeypatch.context() as patched, pair(tmp_path / how) as twin:
            if how == "one by one":
                patched.setattr(
                    unique_keys, "contested_ids", lambda _db, _t, rows: {r["id"] for r in rows}
                )
            path, made = _unique_clash_file(twin)
            [report] = sync.import_sync_files(twin.town, [path])
            names = {row["id"]: name for name, row in made.items()}
            stored = rows_of(twin.town, "households")
            held = {names.get(r["id"], r["household_no"]): r for r in stored}
            results.append(
                (
                    report.changed,
                    report.conflicts,
                    {n: (r["household_no"], r["head_name"], r["deleted"]) for n, r in held.items()},
                    sorted(names[c["record_id"]] for c in sync.list_conflicts(twin.town)),
                    twin.town.db.execute("SELECT count(*) FROM changes").fetchone()[0],
                )
            )
    assert results[0] == results[1]
