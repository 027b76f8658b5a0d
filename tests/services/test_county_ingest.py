"""The county's ingest: DESIGN.md §3's import checks and merge, in PostgreSQL (issue 24).

Bundles here are stand-ins read by ``tests.county_factory.stub_reader``; the
forward format's own reading (decryption, the chain of signatures) is tested
with it. Everything after the reader — checks, staging, upsert, ledger — is
the real thing against a real PostgreSQL.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sanzhi_desktop.services import county_ingest
from sanzhi_desktop.services.county_ingest import IngestStatus
from sanzhi_desktop.storage.pg import ingest
from sanzhi_desktop.storage.pg.connection import connect
from tests.county_factory import (
    NOW_REV,
    TOWN,
    VILLAGE_A,
    VILLAGE_B,
    payload,
    record,
    stub_reader,
    town_card_file,
    write_bundle,
)
from tests.pg_fixture import PgServer, database_from, make_template

pytestmark = pytest.mark.pg

ID1 = "0190a000-0000-7000-8000-000000000001"
ID2 = "0190a000-0000-7000-8000-000000000002"
ID3 = "0190a000-0000-7000-8000-000000000003"


@pytest.fixture(scope="module")
def enrolled_template(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A county with the test town enrolled (its partitions made once: DDL is slow)."""

    def enrol(url: str) -> None:
        card, new = county_ingest.enroll_town(url, town_card_file(tmp_path_factory.mktemp("c")))
        assert new and card.code == TOWN

    return make_template(pg_server, enrol)


@pytest.fixture
def county(pg_server: PgServer, enrolled_template: str) -> Iterator[str]:
    yield from database_from(pg_server, enrolled_template)


def _ingest(url: str, *paths: Path) -> list[county_ingest.IngestReport]:
    return county_ingest.ingest_paths(url, paths, identity_text="", reader=stub_reader)


def _state(url: str) -> tuple[tuple[tuple[str, int], ...], str]:
    with connect(url) as conn:
        return tuple(sorted(ingest.row_counts(conn).items())), ingest.checksum(conn)


def _rows(url: str, table: str) -> list[dict[str, Any]]:
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(f"SELECT * FROM {table} ORDER BY id")  # type: ignore[arg-type]
        names = [d.name for d in cur.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _three_files(folder: Path) -> list[Path]:
    """Three bundles of one town whose versions overlap: updates, a tombstone, a late old file."""
    first = write_bundle(
        folder / "b1.forward",
        [
            payload(
                VILLAGE_A,
                1,
                {
                    "law_titles": [
                        record("law_titles", VILLAGE_A, NOW_REV, ID1, note="第一版"),
                        record("law_titles", VILLAGE_A, NOW_REV + 1, ID2),
                    ]
                },
            ),
            payload(TOWN, 1, {"law_duties": [record("law_duties", TOWN, NOW_REV, ID3)]}),
        ],
        seq=1,
    )
    second = write_bundle(
        folder / "b2.forward",
        [
            payload(
                VILLAGE_A,
                2,
                {
                    "law_titles": [
                        record("law_titles", VILLAGE_A, NOW_REV + 10, ID1, note="第二版"),
                        record("law_titles", VILLAGE_A, NOW_REV + 11, ID2, deleted=1),
                    ]
                },
            )
        ],
        seq=2,
    )
    third = write_bundle(
        folder / "b3.forward",
        [
            # the same rev from another PC of the village (a copied database): rev_site decides
            payload(
                VILLAGE_A,
                3,
                {
                    "law_titles": [
                        record(
                            "law_titles",
                            VILLAGE_A,
                            NOW_REV + 10,
                            ID1,
                            rev_site="site-zz",
                            note="另一台电脑",
                        )
                    ]
                },
            ),
            payload(VILLAGE_B, 1, {"notices": [record("notices", VILLAGE_B, NOW_REV, ID2)]}),
        ],
        seq=3,
    )
    return [first, second, third]


def _reset(url: str) -> None:
    with connect(url) as conn:
        tables = ", ".join(t.name for t in ingest.town_tables())
        conn.execute(f"TRUNCATE {tables}, county_payloads, county_ingests, county_refusals")  # type: ignore[arg-type]


def test_a_bundle_is_merged_into_its_towns_partition(county: str, tmp_path: Path) -> None:
    files = _three_files(tmp_path)
    (report,) = _ingest(county, files[0])
    assert report.status is IngestStatus.IMPORTED, report.message
    assert report.counts == {"law_titles": 2, "law_duties": 1}
    assert report.changed == 3 and report.payloads == 2
    rows = _rows(county, f"law_titles_t{TOWN}")
    assert [(r["id"], r["town"], r["note"]) for r in rows] == [
        (ID1, TOWN, "第一版"),
        (ID2, TOWN, f"note-{ID2[-4:]}"),
    ]
    with connect(county) as conn:
        entry = ingest.find_ingest(conn, county_ingest._file_sha256(files[0]))
    assert entry is not None and entry["status"] == "imported" and entry["seq"] == 1


def test_the_same_file_twice_changes_nothing(county: str, tmp_path: Path) -> None:
    files = _three_files(tmp_path)
    _ingest(county, *files)
    before = _state(county)
    again = _ingest(county, *files)
    assert [r.status for r in again] == [IngestStatus.ALREADY] * 3
    assert "已经导入过" in again[0].message
    # a renamed copy is the same file: same hash
    copy = tmp_path / "copy-of-b2.forward"
    copy.write_bytes(files[1].read_bytes())
    assert _ingest(county, copy)[0].status is IngestStatus.ALREADY
    assert _state(county) == before


def test_any_order_of_files_gives_the_same_tables(county: str, tmp_path: Path) -> None:
    files = _three_files(tmp_path)
    states = set()
    for order in itertools.permutations(files):
        _reset(county)
        reports = _ingest(county, *order)
        assert all(r.status is IngestStatus.IMPORTED for r in reports), reports
        states.add(_state(county))
    assert len(states) == 1
    rows = {r["id"]: r for r in _rows(county, "law_titles")}
    # greatest (rev, rev_site) wins: the copied PC's version, and the tombstone
    assert rows[ID1]["note"] == "另一台电脑" and rows[ID1]["rev_site"] == "site-zz"
    assert rows[ID2]["deleted"] == 1
    # one id, two villages' tables: notices' ID2 is village B's and stands beside it
    assert [r["owner"] for r in _rows(county, "notices")] == [VILLAGE_B]


def test_one_bundle_carrying_two_versions_of_a_record_keeps_the_newer(
    county: str, tmp_path: Path
) -> None:
    old = record("law_titles", VILLAGE_A, NOW_REV, ID1, note="旧")
    new = record("law_titles", VILLAGE_A, NOW_REV + 5, ID1, note="新")
    path = write_bundle(
        tmp_path / "b.forward",
        [
            payload(VILLAGE_A, 2, {"law_titles": [new]}),
            payload(VILLAGE_A, 1, {"law_titles": [old]}),
        ],
    )
    (report,) = _ingest(county, path)
    assert report.status is IngestStatus.IMPORTED, report.message
    assert [r["note"] for r in _rows(county, "law_titles")] == ["新"]


def _refused_without_change(county: str, path: Path) -> str:
    before = _state(county)
    (report,) = _ingest(county, path)
    assert report.status is IngestStatus.REFUSED
    assert _state(county) == before
    with connect(county) as conn:
        entry = ingest.find_ingest(conn, county_ingest._file_sha256(path))
        refusals = conn.execute("SELECT reason FROM county_refusals").fetchall()
    assert entry is not None and entry["status"] == "refused"
    assert entry["message"] == report.message and refusals[-1][0] == report.message
    return report.message


def test_a_bundle_with_one_bad_row_changes_nothing(county: str, tmp_path: Path) -> None:
    _ingest(county, _three_files(tmp_path)[0])
    good = [record("law_titles", VILLAGE_A, NOW_REV + 20 + i, f"{ID3[:-1]}{i}") for i in range(5)]
    bad = record("law_titles", VILLAGE_A, NOW_REV + 30, ID1, year="二〇二五")
    path = write_bundle(
        tmp_path / "bad.forward",
        [
            payload(VILLAGE_B, 1, {"notices": [record("notices", VILLAGE_B, NOW_REV, ID3)]}),
            payload(VILLAGE_A, 4, {"law_titles": [*good, bad]}),
        ],
        seq=4,
    )
    message = _refused_without_change(county, path)
    assert "第6行" in message and "year" in message and VILLAGE_A in message
    assert "整个文件已拒绝" in message
    # refused files are tried again (and refused again) rather than skipped as known
    assert _ingest(county, path)[0].status is IngestStatus.REFUSED


def test_a_village_cannot_send_another_villages_rows(county: str, tmp_path: Path) -> None:
    path = write_bundle(
        tmp_path / "b.forward",
        [payload(VILLAGE_A, 1, {"law_titles": [record("law_titles", VILLAGE_B, NOW_REV, ID1)]})],
    )
    message = _refused_without_change(county, path)
    assert "owner" in message and "不属于发件单位" in message


def test_a_stored_id_cannot_change_owner(county: str, tmp_path: Path) -> None:
    first = write_bundle(
        tmp_path / "a.forward",
        [payload(VILLAGE_A, 1, {"law_titles": [record("law_titles", VILLAGE_A, NOW_REV, ID1)]})],
    )
    assert _ingest(county, first)[0].status is IngestStatus.IMPORTED
    takeover = write_bundle(
        tmp_path / "b.forward",
        [
            payload(
                VILLAGE_B,
                1,
                {"law_titles": [record("law_titles", VILLAGE_B, NOW_REV + 99, ID1, deleted=1)]},
            )
        ],
        seq=2,
    )
    message = _refused_without_change(county, takeover)
    assert "已经以610722100201的名义保存" in message and "第1行" in message


def test_two_villages_of_one_bundle_cannot_share_an_id(county: str, tmp_path: Path) -> None:
    path = write_bundle(
        tmp_path / "b.forward",
        [
            payload(VILLAGE_A, 1, {"law_titles": [record("law_titles", VILLAGE_A, NOW_REV, ID1)]}),
            payload(
                VILLAGE_B,
                1,
                {
                    "law_titles": [
                        record("law_titles", VILLAGE_B, NOW_REV, ID2),
                        record("law_titles", VILLAGE_B, NOW_REV + 1, ID1),
                    ]
                },
            ),
        ],
    )
    message = _refused_without_change(county, path)
    assert message.startswith(VILLAGE_B) and "第2行" in message and VILLAGE_A in message


def test_town_only_tables_come_only_from_the_town(county: str, tmp_path: Path) -> None:
    path = write_bundle(
        tmp_path / "b.forward",
        [payload(VILLAGE_A, 1, {"law_duties": [record("law_duties", VILLAGE_A, NOW_REV, ID1)]})],
    )
    assert "只有镇里才能发送" in _refused_without_change(county, path)


def test_a_file_of_another_towns_village_is_refused(county: str, tmp_path: Path) -> None:
    stranger = "610722200301"
    path = write_bundle(
        tmp_path / "b.forward",
        [payload(stranger, 1, {"law_titles": [record("law_titles", stranger, NOW_REV, ID1)]})],
    )
    assert "不是本镇或本镇的村" in _refused_without_change(county, path)


def test_revs_ahead_of_the_clock_and_repeated_ids_are_refused(county: str, tmp_path: Path) -> None:
    future = 10**16
    ahead = write_bundle(
        tmp_path / "ahead.forward",
        [
            payload(
                VILLAGE_A,
                1,
                {"law_titles": [record("law_titles", VILLAGE_A, future, ID1)]},
                max_rev=NOW_REV,
            )
        ],
    )
    assert "rev" in _refused_without_change(county, ahead)
    twice = write_bundle(
        tmp_path / "twice.forward",
        [
            payload(
                VILLAGE_A,
                1,
                {
                    "law_titles": [
                        record("law_titles", VILLAGE_A, NOW_REV, ID1),
                        record("law_titles", VILLAGE_A, NOW_REV + 1, ID1),
                    ]
                },
            )
        ],
    )
    assert "与第1行重复" in _refused_without_change(county, twice)


def test_newer_program_files_are_refused(county: str, tmp_path: Path) -> None:
    path = write_bundle(
        tmp_path / "b.forward",
        [
            payload(
                VILLAGE_A,
                1,
                {"law_titles": [record("law_titles", VILLAGE_A, NOW_REV, ID1)]},
                schema_version=10_000,
            )
        ],
    )
    assert "请先升级程序" in _refused_without_change(county, path)


def test_a_file_from_an_older_program_keeps_later_columns(county: str, tmp_path: Path) -> None:
    """A record lacking a column (made before its migration): the stored value stays."""
    full = record("notices", VILLAGE_A, NOW_REV, ID1, addressee="*")
    older = {k: v for k, v in record("notices", VILLAGE_A, NOW_REV + 1, ID1).items()}
    del older["addressee"]
    new_row = {k: v for k, v in record("notices", VILLAGE_A, NOW_REV, ID2).items()}
    del new_row["addressee"]
    files = [
        write_bundle(tmp_path / "a.forward", [payload(VILLAGE_A, 1, {"notices": [full]})]),
        write_bundle(
            tmp_path / "b.forward",
            [payload(VILLAGE_A, 2, {"notices": [older, new_row]})],
            seq=2,
        ),
    ]
    assert [r.status for r in _ingest(county, *files)] == [IngestStatus.IMPORTED] * 2
    rows = {r["id"]: r for r in _rows(county, "notices")}
    assert rows[ID1]["rev"] == NOW_REV + 1 and rows[ID1]["addressee"] == "*"
    assert rows[ID2]["addressee"] == ""  # the column's default


def test_an_unenrolled_town_and_an_uninitialised_database_are_refused(
    pg_url: str, pg_empty_url: str, tmp_path: Path
) -> None:
    from sanzhi_desktop.domain.errors import RefusedError

    with pytest.raises(RefusedError, match="county init"):
        _ingest(pg_empty_url, tmp_path)
    path = write_bundle(
        tmp_path / "b.forward",
        [payload(VILLAGE_A, 1, {"law_titles": [record("law_titles", VILLAGE_A, NOW_REV, ID1)]})],
    )
    (report,) = _ingest(pg_url, path)
    assert report.status is IngestStatus.REFUSED


def test_an_unreachable_server_is_a_refusal() -> None:
    from sanzhi_desktop.domain.errors import RefusedError

    with pytest.raises(RefusedError, match="连不上县级数据库"):
        connect("host=/nonexistent-sanzhi port=1 dbname=x connect_timeout=1")


def test_the_county_names_villages_by_their_cards(county: str, tmp_path: Path) -> None:
    """A village is shown by the name on its countersigned card, the latest card winning."""
    from sanzhi_desktop.storage.pg import scorecard as county_store

    files = _three_files(tmp_path)
    _ingest(county, files[0])
    with connect(county) as conn:
        ingest.record_villages(conn, TOWN, {VILLAGE_A: "旧名村"})
        ingest.record_villages(conn, TOWN, {VILLAGE_A: "小营村"})
        named = {code: name for code, name, _at in county_store.village_files(conn)}
    assert named[VILLAGE_A] == "小营村"
