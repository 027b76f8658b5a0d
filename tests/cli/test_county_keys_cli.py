"""``sanzhi county keys|card`` at the county, ``sanzhi town enroll-county|export --county``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services import county_keys, keys
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.forward import read_forward_bundle

TOWN = "610722100"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def county_db(tmp_path: Path) -> Path:
    (tmp_path / "county-pc").mkdir()
    return tmp_path / "county-pc" / "county.db"


@pytest.fixture
def town_db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    db = tmp_path / "town" / "town.db"
    code, _, err = run(capsys, "--db", str(db), "init", "town", "--code", TOWN, "--name", "柳林镇")
    assert code == 0, err
    return db


def test_county_keys_are_made_once_and_shown(
    capsys: pytest.CaptureFixture[str], county_db: Path
) -> None:
    code, _, err = run(capsys, "--db", str(county_db), "county", "keys")
    assert code == 1 and "第一次请写明县的代码和名称" in err
    code, out, _ = run(
        capsys, "--db", str(county_db), "county", "keys", "--code", "610722", "--name", "临县"
    )
    made = county_keys.load_county_keys(county_db.parent)
    assert code == 0 and made.fingerprint in out and "临县（610722）" in out
    assert made.folder == county_db.parent / "county"
    code, out, _ = run(capsys, "--db", str(county_db), "--json", "county", "keys")
    assert code == 0 and json.loads(out)["fingerprint"] == made.fingerprint


def test_the_chain_from_the_command_line(
    capsys: pytest.CaptureFixture[str], county_db: Path, town_db: Path, tmp_path: Path
) -> None:
    """County card → the town pins it → the town's file for the county → the county reads it."""
    run(capsys, "--db", str(county_db), "county", "keys", "--code", "610722", "--name", "临县")
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _ = run(capsys, "--db", str(county_db), "county", "card", str(stick))
    card_path = stick / "610722.sanzhi-card"
    assert code == 0 and str(card_path) in out
    assert Card.from_json(card_path.read_bytes()).kind == "county"

    code, _, err = run(capsys, "--db", str(town_db), "town", "enroll-county", str(card_path))
    assert code == 1 and "--yes" in err  # the fingerprint must be compared first
    code, _, err = run(
        capsys, "--db", str(town_db), "town", "export", "--county", "--out", str(stick)
    )
    assert code == 1 and "还没有登记县里的密钥卡" in err
    code, out, _ = run(
        capsys, "--db", str(town_db), "town", "enroll-county", str(card_path), "--yes"
    )
    assert code == 0 and "已登记临县（610722）的密钥卡" in out

    code, out, _ = run(
        capsys, "--db", str(town_db), "--json", "town", "export", "--county", "--out", str(stick)
    )
    made = json.loads(out)
    assert code == 0 and made["forwarded"] == 0 and len(made["paths"]) == 1
    with open_session(town_db) as town:
        town_card = keys.own_card(town)
    bundle = read_forward_bundle(
        Path(made["paths"][0]),
        identity_text=county_keys.load_county_keys(county_db.parent).age_identity,
        town_cards={TOWN: town_card},
    )
    assert bundle.town == TOWN and [p.sender for p in bundle.payloads] == [TOWN]


def test_a_village_cannot_pin_the_county_and_export_needs_county(
    capsys: pytest.CaptureFixture[str], county_db: Path, tmp_path: Path
) -> None:
    run(capsys, "--db", str(county_db), "county", "keys", "--code", "610722", "--name", "临县")
    card = county_keys.write_county_card(county_db.parent, tmp_path)
    village = tmp_path / "village" / "v.db"
    args = ["village", "--code", "610722100201", "--name", "小营村", "--town-name", "柳林镇"]
    assert run(capsys, "--db", str(village), "init", *args)[0] == 0
    code, _, err = run(capsys, "--db", str(village), "town", "enroll-county", str(card), "--yes")
    assert code == 1 and "只有镇里" in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(village), "town", "export"])
    assert usage.value.code == 2 and "缺少必需的参数：--county" in capsys.readouterr().err
