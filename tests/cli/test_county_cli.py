"""``sanzhi county init|enroll-town|ingest``: a real town's file for the county, end to end.

Two villages send their files to the town; the town forwards them to the
county with its own (``tests.sync.forward_helpers.chain``); the county makes
its tables, enrols the town's card and ingests the folder — through the real
forward reader, with the county's keys from its data directory.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services import keys
from sanzhi_desktop.storage.pg import ingest
from sanzhi_desktop.storage.pg.connection import connect
from tests.sync.forward_helpers import V1, V2, chain
from tests.sync.helpers import TOWN_CODE

pytestmark = pytest.mark.pg


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_enrol_and_ingest_a_towns_file(
    capsys: pytest.CaptureFixture[str], pg_empty_url: str, tmp_path: Path
) -> None:
    with chain(tmp_path) as made:
        bundle = made.export()
        card = tmp_path / "town.sanzhi-card"
        card.write_bytes(keys.own_card(made.town).to_json())
    county_db = str(tmp_path / "county-pc" / "county.db")
    pg = ("--pg", pg_empty_url)

    code, _out, err = run(capsys, "--db", county_db, "county", "ingest", str(made.out), *pg)
    assert code == 1 and "sanzhi county init" in err
    code, out, err = run(capsys, "--db", county_db, "county", "init", *pg)
    assert code == 0 and "记录表" in out, err
    with connect(pg_empty_url) as conn:  # headed with the name of its keys
        meta = dict(conn.execute("SELECT key, value FROM county_meta").fetchall())
    assert (meta["code"], meta["name"]) == (made.county.code, "临县")
    code, out, err = run(capsys, "county", "enroll-town", str(card), *pg)
    assert code == 0 and f"（{TOWN_CODE}）" in out, err

    code, out, err = run(capsys, "--db", county_db, "county", "ingest", str(made.out), *pg)
    assert code == 0, err
    assert f"[1/1] 正在导入：{bundle.name}" in err
    assert f"已导入 {bundle.name}：镇{TOWN_CODE}，3个文件" in out
    with connect(pg_empty_url) as conn:
        owners = conn.execute(
            "SELECT owner, count(*) FROM households GROUP BY owner ORDER BY owner"
        ).fetchall()
        counts, total = ingest.row_counts(conn), ingest.checksum(conn)
    assert owners == [(V1, 1), (V2, 1)]
    with connect(pg_empty_url) as conn:  # named by their countersigned cards
        names = conn.execute("SELECT code, name FROM county_villages ORDER BY code").fetchall()
    assert names == [(V1, "小营村"), (V2, "大营村")]

    code, out, _ = run(capsys, "--db", county_db, "county", "ingest", str(bundle), *pg)
    assert code == 0 and "已经导入过了" in out
    with connect(pg_empty_url) as conn:
        assert (ingest.row_counts(conn), ingest.checksum(conn)) == (counts, total)


def test_without_pg_the_commands_say_how(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "county", "init", "--pg", "")
    assert code == 1 and "--pg" in err
