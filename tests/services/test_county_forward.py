"""The town's side of the chain to its county: pin, countersign, keep as received, export."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services import county_forward, county_keys, keys, sync
from sanzhi_desktop.storage import county_forward as ledger
from sanzhi_desktop.sync import crypto
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.forward import read_forward_bundle
from tests.sync.forward_helpers import COUNTY_CODE, V1, V2, Chain, chain
from tests.sync.helpers import (
    TOWN_CODE,
    add_household,
    crafted_file,
    db_fingerprint,
    make_village,
    rows_of,
)


@pytest.fixture
def made(tmp_path: Path) -> Chain:
    with chain(tmp_path) as built:
        yield built  # type: ignore[misc]


def read(made: Chain, path: Path) -> list[str]:
    bundle = read_forward_bundle(
        path, identity_text=made.county.age_identity, town_cards=made.town_cards()
    )
    return [p.sender for p in bundle.payloads]


def kept(made: Chain, village: str) -> list[str]:
    folder = made.town.path.parent / "received" / village
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- the county's card and keys ------------------------------------------------------


def test_the_town_pins_only_its_own_countys_card(made: Chain, tmp_path: Path) -> None:
    assert county_forward.county_card(made.town) == made.county.card
    elsewhere = county_keys.ensure_county_keys(tmp_path / "x", code="610723", name="邻县")
    with pytest.raises(RefusedError, match="不是本县（代码610722）的密钥卡"):
        county_forward.enroll_county(made.town, elsewhere.card)
    with pytest.raises(RefusedError, match="不是本县"):
        county_forward.enroll_county(made.town, keys.own_card(made.villages[0]))
    with pytest.raises(RefusedError, match="只有镇里"):
        county_forward.enroll_county(made.villages[0], made.county.card)
    assert county_forward.county_card(made.town) == made.county.card


def test_county_keys_are_made_once_with_a_code_and_a_name(tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="第一次请写明县的代码和名称"):
        county_keys.ensure_county_keys(tmp_path)
    with pytest.raises(RefusedError, match="6位数字"):
        county_keys.ensure_county_keys(tmp_path, code="61072", name="临县")
    with pytest.raises(RefusedError, match="地市一级"):
        county_keys.ensure_county_keys(tmp_path, code="610700", name="临县")
    made = county_keys.ensure_county_keys(tmp_path, code=COUNTY_CODE, name="临县")
    again = county_keys.ensure_county_keys(tmp_path)
    assert again == made and made.card.kind == "county" and made.card.town_code == ""
    with pytest.raises(RefusedError, match="不能改成610723"):
        county_keys.ensure_county_keys(tmp_path, code="610723", name="邻县")
    secret = tmp_path / "county" / f"{COUNTY_CODE}-minisign.key"
    if os.name == "posix":
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    card_path = county_keys.write_county_card(tmp_path, tmp_path)
    assert card_path.name == f"{COUNTY_CODE}.sanzhi-card"
    assert Card.from_json(card_path.read_bytes()) == made.card
    with pytest.raises(RefusedError, match="找不到县里的密钥"):
        county_keys.load_county_keys(tmp_path / "empty")


# --- countersigned cards ----------------------------------------------------------------


def test_enrolling_a_village_countersigns_its_card(made: Chain) -> None:
    town_key = keys.own_card(made.town).minisign_public_key
    signed = {row.code: row for row in ledger.list_countersigns(made.town.db)}
    assert sorted(signed) == [V1, V2]
    for village in made.villages:
        row = signed[village.require_profile().code]
        crypto.verify(row.card, row.signature, town_key)
        assert Card.from_json(row.card) == keys.own_card(village)


def test_villages_enrolled_before_are_countersigned_at_the_first_export(made: Chain) -> None:
    made.town.db.execute("DELETE FROM county_countersigns")
    path = made.export()
    assert read(made, path) == [TOWN_CODE, V1, V2]
    assert len(ledger.list_countersigns(made.town.db)) == 2


def test_a_re_enrolled_village_is_countersigned_again_and_its_old_files_held_back(
    made: Chain, tmp_path: Path
) -> None:
    """A village re-installed with new keys: its files signed by the old key stay out."""
    before = {r.code: r.fingerprint for r in ledger.list_countersigns(made.town.db)}
    reinstalled = make_village(tmp_path / "new-pc", V1, "小营村")
    keys.enroll(made.town, keys.own_card(reinstalled))
    after = {r.code: r.fingerprint for r in ledger.list_countersigns(made.town.db)}
    assert after[V1] != before[V1] and after[V2] == before[V2]
    result = county_forward.export_for_county(made.town, made.out)
    assert result.forwarded == 1 and result.skipped == [f"{V1}/{kept(made, V1)[0]}"]
    assert read(made, result.paths[0]) == [TOWN_CODE, V2]
    reinstalled.close()


# --- payloads kept as received ----------------------------------------------------------


def test_each_imported_village_file_is_kept_once(made: Chain) -> None:
    assert kept(made, V1) == [f"{V1}-{_day(made)}-1.zip"]
    reports = sync.import_sync_files(made.town, [made.stick])
    assert {r.status for r in reports} == {sync.ImportStatus.ALREADY}
    assert kept(made, V1) == [f"{V1}-{_day(made)}-1.zip"]
    assert len(ledger.list_received(made.town.db, pending_only=False)) == 2


def test_a_refused_file_is_not_kept(made: Chain) -> None:
    bad_row = rows_of(made.villages[1], "households")[0] | {"head_name": "王五"}
    village = made.villages[0]
    path = crafted_file(village, made.town, made.stick, {"households": [bad_row]}, seq=7)
    before = db_fingerprint(made.town)
    report = sync.import_sync_file(made.town, path)
    assert report.status is sync.ImportStatus.REFUSED
    assert kept(made, V1) == [f"{V1}-{_day(made)}-1.zip"]
    assert db_fingerprint(made.town) == before


def test_a_renamed_file_is_kept_under_its_own_name(made: Chain) -> None:
    village = made.villages[0]
    add_household(village, "0102", "赵六")
    result = sync.export_all(village, made.stick)[0]
    renamed = result.path.with_name("小营村的U盘文件.sanzhi")
    result.path.rename(renamed)
    assert sync.import_sync_file(made.town, renamed).status is sync.ImportStatus.IMPORTED
    assert kept(made, V1) == [f"{V1}-{_day(made)}-1.zip", f"{V1}-{_day(made)}-2.zip"]


def test_a_village_keeps_nothing_of_the_towns_files(made: Chain) -> None:
    village = made.villages[0]
    town_file = sync.export_sync_file(made.town, made.stick, to=V1).path
    assert sync.import_sync_file(village, town_file).status is sync.ImportStatus.IMPORTED
    assert not (village.path.parent / "received").exists()


# --- the export ----------------------------------------------------------------------------


def test_the_next_export_forwards_only_what_is_new_or_everything_when_asked(made: Chain) -> None:
    first = county_forward.export_for_county(made.town, made.out)
    assert first.forwarded == 2 and first.cards == 2
    empty = county_forward.export_for_county(made.town, made.out)
    assert empty.forwarded == 0 and read(made, empty.paths[0]) == [TOWN_CODE]
    village = made.villages[1]
    add_household(village, "0202", "钱七")
    sync.import_sync_files(made.town, [sync.export_all(village, made.stick)[0].path])
    fresh = county_forward.export_for_county(made.town, made.out)
    assert read(made, fresh.paths[0]) == [TOWN_CODE, V2]
    every = county_forward.export_for_county(made.town, made.out, everything=True)
    assert read(made, every.paths[0]) == [TOWN_CODE, V1, V2, V2]
    names = [p.name for p in [*first.paths, *empty.paths, *fresh.paths, *every.paths]]
    assert len(set(names)) == 4  # one seq each
    for_county = [e for e in sync.list_exports(made.town) if e["receiver"] == COUNTY_CODE]
    assert sorted(e["file_name"] for e in for_county) == sorted(names)


@pytest.mark.parametrize(("limit", "value"), [("_MEMBER_MARGIN", 10_000), ("MAX_FORWARD_BYTES", 1)])
def test_payloads_past_a_files_limits_go_in_several_files(
    made: Chain, monkeypatch: pytest.MonkeyPatch, limit: str, value: int
) -> None:
    monkeypatch.setattr(county_forward, limit, value)  # one payload a file
    result = county_forward.export_for_county(made.town, made.out)
    assert len(result.paths) == 2 and result.forwarded == 2
    assert [read(made, p) for p in result.paths] == [[TOWN_CODE, V1], [TOWN_CODE, V2]]


def test_the_export_needs_a_town_with_the_countys_card_and_a_folder(
    made: Chain, tmp_path: Path
) -> None:
    with pytest.raises(RefusedError, match="找不到文件夹"):
        county_forward.export_for_county(made.town, tmp_path / "no-stick")
    with pytest.raises(RefusedError, match="只有镇里"):
        county_forward.export_for_county(made.villages[0], made.out)
    made.town.db.execute("DELETE FROM settings WHERE key = 'county_card'")
    with pytest.raises(RefusedError, match="还没有登记县里的密钥卡"):
        county_forward.export_for_county(made.town, made.out)


def _day(made: Chain) -> str:
    from sanzhi_desktop.storage import clock

    return f"{clock.today():%Y%m%d}"
