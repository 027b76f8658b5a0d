"""Issue 15: correctly signed and encrypted files whose records are wrong are refused whole.

Property-based: hypothesis mutates one record of a genuine village file —
its owner, its id (onto a stored row of another village or of the town), its
rev (0, negative, 2**62, 2**63−1, beyond 64 bits), a value of the wrong type
in any column, a required field left out, NUL or a lone surrogate in a text
field, or the record repeated. Every such file must be refused, with a
Chinese message naming the table, the line and the field, and leave the
town's database exactly as it was (every table, every row), its connection
having changed nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sanzhi_desktop.services import sync
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.sync import ImportStatus
from sanzhi_desktop.storage import clock, records
from tests.sync.helpers import (
    OTHER_VILLAGE,
    TOWN_CODE,
    VILLAGE_CODE,
    add_household,
    crafted_lines_file,
    db_fingerprint,
    enrol_both,
    make_village,
    pair,
    rows_of,
)

TABLE = "households"
LABEL = "户"
SYNC_FIELDS = ("id", "owner", "rev", "rev_site", "updated_at", "deleted")


@dataclass
class Lab:
    town: Session
    village: Session
    stick: Path
    #: Three households of the village, as the town holds them (a genuine file's lines).
    good: list[dict[str, Any]]
    #: Ids the town holds under another owner: another village's, the town's own.
    foreign_ids: dict[str, str]
    #: Column → (declared type, NOT NULL) of the table at the town.
    columns: dict[str, tuple[str, bool]]
    seqs: Iterator[int]


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    root = tmp_path_factory.mktemp("record-checks")
    with pair(root) as p:
        other = make_village(root / "other", OTHER_VILLAGE, "大营村")
        try:
            enrol_both(p.town, other)
            for no in ("0101", "0102", "0103"):
                add_household(p.village, no)
            add_household(other, "0201")
            for office in (p.village, other):
                [report] = sync.import_sync_files(
                    p.town, [sync.export_sync_file(office, p.stick).path]
                )
                assert report.status is ImportStatus.IMPORTED, report.message
            town_row = records.insert_record(
                p.town.db,
                TABLE,
                {"household_no": "9901", "head_name": "镇", "group_no": 99},
                author=records.Author("测试员", TOWN_CODE),
            )
            good = [r for r in rows_of(p.town, TABLE) if r["owner"] == VILLAGE_CODE]
            [theirs] = [r for r in rows_of(p.town, TABLE) if r["owner"] == OTHER_VILLAGE]
            columns = {
                str(name): (str(kind).upper(), bool(notnull))
                for _cid, name, kind, notnull, _default, _pk in p.town.db.execute(
                    f"PRAGMA table_info({TABLE})"
                ).fetchall()
            }
            yield Lab(
                p.town,
                p.village,
                p.stick,
                good,
                {"other village": theirs["id"], "town": town_row["id"]},
                columns,
                count(1000),
            )
        finally:
            other.close()


def _line(record: dict[str, Any]) -> bytes:
    # ensure_ascii: a lone surrogate travels as its JSON escape, as a hostile sender would write it
    return json.dumps(record, sort_keys=True).encode()


def _offer(lab: Lab, lines: list[bytes]) -> sync.ImportReport:
    path = crafted_lines_file(
        lab.village,
        lab.town,
        lab.stick,
        {TABLE: lines},
        seq=next(lab.seqs),
        max_rev=clock.now_ms(),
    )
    try:
        [report] = sync.import_sync_files(lab.town, [path])
    finally:
        path.unlink()
    return report


def _assert_refused(lab: Lab, lines: list[bytes], *, line: int, field: str) -> None:
    before = db_fingerprint(lab.town)
    changes = lab.town.conn.total_changes
    report = _offer(lab, lines)
    assert report.status is ImportStatus.REFUSED, report.message
    assert f"“{LABEL}”（{TABLE}）第{line}行" in report.message, report.message
    assert f"字段“{field}”" in report.message, report.message
    assert "Traceback" not in report.message
    assert lab.town.conn.total_changes == changes
    assert db_fingerprint(lab.town) == before


def _legal(lab: Lab, column: str, value: object) -> bool:
    """Whether ``value`` is one the column may hold (then it is no mutation to refuse)."""
    declared, not_null = lab.columns[column]
    if value is None:
        return not not_null and column not in SYNC_FIELDS
    if isinstance(value, bool | list | dict):
        return False
    if isinstance(value, str):
        return "INT" not in declared and "FLOA" not in declared and "REAL" not in declared
    if isinstance(value, int):
        return "INT" in declared and (column != "deleted" or value in (0, 1))
    if isinstance(value, float):
        return value == value and abs(value) != float("inf") and "FLOA" in declared
    return False


def test_the_genuine_lines_are_imported_as_they_are(lab: Lab) -> None:
    """The control: the unmutated lines, re-sent under a new seq, are a no-op import."""
    report = _offer(lab, [_line(r) for r in lab.good])
    assert report.status is ImportStatus.IMPORTED, report.message
    assert report.changed == 0


few = settings(
    max_examples=12,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
positions = st.integers(min_value=0, max_value=2)


@few
@given(position=positions, owner=st.sampled_from([OTHER_VILLAGE, TOWN_CODE, "", "*", "x"]))
def test_a_record_of_another_owner(lab: Lab, position: int, owner: str) -> None:
    records_ = [dict(r) for r in lab.good]
    records_[position]["owner"] = owner
    _assert_refused(lab, [_line(r) for r in records_], line=position + 1, field="owner")


@few
@given(
    position=positions,
    whose=st.sampled_from(["other village", "town"]),
    how=st.sampled_from(["update", "tombstone", "re-creation"]),
)
def test_an_id_held_under_another_owner(lab: Lab, position: int, whose: str, how: str) -> None:
    records_ = [dict(r) for r in lab.good]
    record = records_[position]
    record["id"] = lab.foreign_ids[whose]
    record["rev"] = clock.now_ms()  # newer than the held row: it would win a merge
    if how == "tombstone":
        record["deleted"] = 1
    elif how == "re-creation":
        record["rev_site"] = "a-new-site"
    _assert_refused(lab, [_line(r) for r in records_], line=position + 1, field="id")


@few
@given(position=positions, rev=st.sampled_from([0, -1, -(2**63), 2**62, 2**63 - 1, 2**63, 2**70]))
def test_a_rev_out_of_bounds(lab: Lab, position: int, rev: int) -> None:
    records_ = [dict(r) for r in lab.good]
    records_[position]["rev"] = rev
    _assert_refused(lab, [_line(r) for r in records_], line=position + 1, field="rev")


def test_a_rev_just_over_a_day_ahead_is_refused_and_just_under_is_not(lab: Lab) -> None:
    from sanzhi_desktop.sync.record_checks import MAX_SKEW_MS

    records_ = [dict(r) for r in lab.good]
    records_[0]["rev"] = clock.now_ms() + MAX_SKEW_MS + 60_000
    _assert_refused(lab, [_line(r) for r in records_], line=1, field="rev")


wrong_values = st.sampled_from(
    [None, True, False, 1.5, float("nan"), float("inf"), "文本", "7", [], {}, [1], {"a": 1}, 7, 2]
)


@few
@given(position=positions, data=st.data(), value=wrong_values)
def test_a_value_of_the_wrong_type(
    lab: Lab, position: int, data: st.DataObject, value: Any
) -> None:
    column = data.draw(st.sampled_from(sorted(lab.columns)))
    assume(not _legal(lab, column, value))
    records_ = [dict(r) for r in lab.good]
    records_[position][column] = value
    _assert_refused(lab, [_line(r) for r in records_], line=position + 1, field=column)


@few
@given(position=positions, data=st.data())
def test_a_required_field_left_out(lab: Lab, position: int, data: st.DataObject) -> None:
    required = [c for c in SYNC_FIELDS if c != "deleted"] + ["deleted"]
    column = data.draw(st.sampled_from(required))
    records_ = [dict(r) for r in lab.good]
    del records_[position][column]
    _assert_refused(lab, [_line(r) for r in records_], line=position + 1, field=column)


@few
@given(
    position=positions,
    column=st.sampled_from(["head_name", "household_no", "note", "rev_site", "updated_at"]),
    bad=st.sampled_from(["\x00", "\ud800", "\udfff", "张\x00三", "\udc00李"]),
)
def test_nul_or_a_lone_surrogate_in_text(lab: Lab, position: int, column: str, bad: str) -> None:
    records_ = [dict(r) for r in lab.good]
    records_[position][column] = str(records_[position][column]) + bad
    _assert_refused(lab, [_line(r) for r in records_], line=position + 1, field=column)


@few
@given(first=positions, rev_shift=st.sampled_from([-1, 0, 1]))
def test_one_id_twice_in_a_file(lab: Lab, first: int, rev_shift: int) -> None:
    records_ = [dict(r) for r in lab.good]
    again = {**records_[first], "rev": records_[first]["rev"] + rev_shift, "head_name": "又一次"}
    _assert_refused(lab, [_line(r) for r in [*records_, again]], line=4, field="id")


def test_a_village_may_not_send_a_town_only_table(lab: Lab) -> None:
    """Key revocations, catalogues: only from the town, even when the village owns the row."""
    row = {
        "id": records.new_id(),
        "owner": VILLAGE_CODE,
        "rev": clock.now_ms(),
        "rev_site": "s",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": 0,
        "addressee": "*",
        "code": OTHER_VILLAGE,
        "fingerprint": "0000 0000 0000 0000 0000",
        "revoked_at": "2026-11-28T10:00:00+08:00",
        "reason": "伪造",
    }
    before = db_fingerprint(lab.town)
    path = crafted_lines_file(
        lab.village,
        lab.town,
        lab.stick,
        {"key_revocations": [_line(row)]},
        seq=next(lab.seqs),
        max_rev=clock.now_ms(),
    )
    [report] = sync.import_sync_files(lab.town, [path])
    assert report.status is ImportStatus.REFUSED
    assert "只有镇里才能发送" in report.message and "key_revocations" in report.message
    assert db_fingerprint(lab.town) == before


@pytest.mark.parametrize(
    "manifest",
    [
        {"max_rev": -1},
        {"max_rev": 2**63 - 1},
        {"since_rev": -5},
        {"since_rev": 10, "max_rev": 5},
        {"seq": 0},
        {"seq": 2**62},
    ],
)
def test_manifest_numbers_out_of_bounds(lab: Lab, manifest: dict[str, int]) -> None:
    before = db_fingerprint(lab.town)
    fields = {"seq": next(lab.seqs), "max_rev": clock.now_ms(), **manifest}
    path = crafted_lines_file(
        lab.village, lab.town, lab.stick, {TABLE: [_line(r) for r in lab.good]}, **fields
    )
    [report] = sync.import_sync_files(lab.town, [path])
    assert report.status is ImportStatus.REFUSED
    assert "清单" in report.message
    assert db_fingerprint(lab.town) == before


def test_the_plan_parts_town_tables_are_town_only() -> None:
    """The catalogues and settings the town sends its villages, part by part."""
    from sanzhi_desktop.storage.records import SYNCED_TABLES

    town_only = {name for name, spec in SYNCED_TABLES.items() if spec.town_only}
    assert {
        "scorecard_items", "scorecard_inspections", "law_duties", "party_points_rules",
        "party_settings", "safe_village_items", "safety_settings", "credit_criteria",
    } <= town_only  # fmt: skip
    # and a village's own registers are not
    assert not town_only & {"councils", "law_sessions", "party_members", "petitions"}


def test_a_village_may_not_send_the_towns_scorecard(lab: Lab) -> None:
    row = {
        "id": records.new_id(),
        "owner": VILLAGE_CODE,
        "rev": clock.now_ms(),
        "rev_site": "s",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": 0,
        "addressee": "*",
        "code": "TJ-01",
        "part": "mediation",
        "title": "调解成功率",
        "rule": "mediation_success",
        "met_at": 0.0,
    }
    before = db_fingerprint(lab.town)
    path = crafted_lines_file(
        lab.village, lab.town, lab.stick, {"scorecard_items": [_line(row)]},
        seq=next(lab.seqs), max_rev=clock.now_ms(),
    )  # fmt: skip
    [report] = sync.import_sync_files(lab.town, [path])
    assert report.status is ImportStatus.REFUSED and "scorecard_items" in report.message
    assert db_fingerprint(lab.town) == before
