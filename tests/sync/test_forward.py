"""The county's reader of a town's forwarded file: the chain county → town → village.

One chain (a county, a town, two villages, each village's file imported by
the town) is built for the module; every forgery starts from the town's real
file for the county, changes one thing, and is re-hashed, re-signed by the
town and re-encrypted (``forward_helpers.resealed``), so only the forged
thing can give it away.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.storage import clock
from sanzhi_desktop.sync import SyncFileError, archive, crypto, record_checks
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.forward import ForwardBundle, countersign, read_forward_bundle
from tests.sync.forward_helpers import (
    V1,
    V2,
    Chain,
    chain,
    forward_names,
    inner_members,
    jsonl_rows,
    opened_members,
    resealed,
    signed_inner,
    zipped,
)
from tests.sync.helpers import TOWN_CODE, make_town, rows_of


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Chain, Path]]:
    root = tmp_path_factory.mktemp("chain")
    with chain(root) as made:
        yield made, made.export()


@pytest.fixture(scope="module")
def other_town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[keys.OwnKeys]:
    session = make_town(tmp_path_factory.mktemp("other"), code="610722101")
    try:
        yield keys.ensure_keys(session)
    finally:
        session.close()


def read(made: Chain, path: Path, **kwargs: object) -> ForwardBundle:
    cards = kwargs.pop("town_cards", None) or made.town_cards()
    return read_forward_bundle(
        path,
        identity_text=made.county.age_identity,
        town_cards=cards,  # type: ignore[arg-type]
    )


def town_secret(made: Chain) -> str:
    return keys.ensure_keys(made.town).minisign_secret


def refused(made: Chain, path: Path, *words: str) -> str:
    with pytest.raises(SyncFileError) as caught:
        read(made, path)
    text = str(caught.value)
    assert all(word in text for word in words), text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text  # said in Chinese
    return text


# --- the chain as it should be -------------------------------------------------------


def test_the_whole_chain_reads_with_every_signer(built: tuple[Chain, Path]) -> None:
    made, path = built
    bundle = read(made, path)
    assert bundle.town == TOWN_CODE
    assert bundle.file_sha256 == archive.sha256_hex(path.read_bytes())
    assert [p.sender for p in bundle.payloads] == [TOWN_CODE, V1, V2]
    town_payload = bundle.payloads[0]
    # the countersigned cards ride with their payloads: where the county learns the names
    assert town_payload.card is None
    assert [(p.card.code, p.card.name) for p in bundle.payloads[1:] if p.card] == [
        (V1, "小营村"),
        (V2, "大营村"),
    ]
    assert town_payload.manifest.sender_code == TOWN_CODE
    signed = opened_members(path, made.county)
    assert town_payload.manifest_sha256 == archive.sha256_hex(signed[archive.MANIFEST])
    for payload, name in zip(bundle.payloads[1:], [V1, V2], strict=True):
        inner = inner_members(signed[forward_names(signed, name)[0]])
        assert payload.manifest_sha256 == archive.sha256_hex(inner[archive.MANIFEST])
    assert town_payload.manifest.forwarded == {
        V1: [f"{V1}-{clock.today():%Y%m%d}-1.zip"],
        V2: [f"{V2}-{clock.today():%Y%m%d}-1.zip"],
    }
    for payload, village in zip(bundle.payloads[1:], made.villages, strict=True):
        assert payload.manifest.sender_code == payload.sender
        assert payload.manifest.receiver_code == TOWN_CODE
        assert payload.tables() == ["households", "persons"]
        assert set(payload.members) == {
            archive.ACKS,
            "data/households.jsonl",
            "data/persons.jsonl",
        }
        # The records as the village holds them, owned by the village that signed them.
        assert list(payload.rows("households")) == rows_of(village, "households")
        assert all(row["owner"] == payload.sender for row in payload.rows("persons"))
        assert list(payload.rows("no_such_table")) == []


def test_the_kept_payload_is_what_the_village_signed(built: tuple[Chain, Path]) -> None:
    """The town keeps the decrypted ZIP byte for byte: minisign -V on its manifest passes."""
    made, _path = built
    kept = sorted((made.town.path.parent / "received" / V1).iterdir())
    assert len(kept) == 1
    members = inner_members(kept[0].read_bytes())
    card = keys.own_card(made.villages[0])
    crypto.verify(members[archive.MANIFEST], members[archive.SIGNATURE], card.minisign_public_key)
    sent = next(p for p in made.stick.iterdir() if p.name.startswith(V1))
    town_identity = keys.ensure_keys(made.town).age_identity
    assert kept[0].read_bytes() == crypto.decrypt(sent.read_bytes(), town_identity)


def test_the_town_cannot_write_a_villages_records_through_its_own_payload(
    built: tuple[Chain, Path],
) -> None:
    """Village rows in the town's own part arrive as the town's: the ingest's owner check refuses.

    The bundle reader does not judge records; it names the signer of each
    payload (``sender``), and ``record_checks`` with that sender refuses a
    row whose owner is a village — as the county's ingest does.
    """
    made, path = built
    members = opened_members(path, made.county)
    forged_row = rows_of(made.villages[0], "households")[0] | {"head_name": "王五"}
    members["data/households.jsonl"] = archive.jsonl([forged_row])
    forged = resealed(members, made.county, town_secret(made), made.out / "own-rows.sanzhi")
    bundle = read(made, forged)
    town_part = bundle.payloads[0]
    assert town_part.sender == TOWN_CODE
    row = next(town_part.rows("households"))
    assert row["owner"] == V1
    rules = sync.table_rules(made.town, "households")
    with pytest.raises(record_checks.RecordError, match="owner"):
        record_checks.check_record(
            rules,
            1,
            archive.jsonl([row]).rstrip(b"\n"),
            row,
            sender=town_part.sender,
            max_rev=clock.now_ms() + record_checks.MAX_SKEW_MS,
        )
    # The village's own payload still carries the village's version, untouched.
    village_part = next(p for p in bundle.payloads if p.sender == V1)
    assert next(village_part.rows("households"))["head_name"] == "张三"


# --- forgeries ---------------------------------------------------------------------


def test_a_tampered_village_data_member_is_refused(built: tuple[Chain, Path]) -> None:
    made, path = built
    members = opened_members(path, made.county)
    name = forward_names(members, V1)[0]
    inner = inner_members(members[name])
    rows = jsonl_rows(inner["data/households.jsonl"])
    rows[0]["head_name"] = "王五"
    inner["data/households.jsonl"] = archive.jsonl(rows)  # type: ignore[arg-type]
    members[name] = zipped(inner)  # the village's manifest and signature kept as they were
    forged = resealed(members, made.county, town_secret(made), made.out / "tampered.sanzhi")
    refused(made, forged, name, "data/households.jsonl", "改动")


def test_a_swapped_village_card_is_refused(built: tuple[Chain, Path]) -> None:
    made, path = built
    members = opened_members(path, made.county)
    members[f"cards/{V1}.card"] = members[f"cards/{V2}.card"]
    members[f"cards/{V1}.card.minisig"] = members[f"cards/{V2}.card.minisig"]
    forged = resealed(members, made.county, town_secret(made), made.out / "swapped.sanzhi")
    refused(made, forged, V2, "调换")


def test_a_card_countersigned_by_another_town_is_refused(
    built: tuple[Chain, Path], other_town: keys.OwnKeys
) -> None:
    made, path = built
    members = opened_members(path, made.county)
    card = members[f"cards/{V1}.card"]
    members[f"cards/{V1}.card.minisig"] = countersign(
        card, other_town.minisign_secret, town=TOWN_CODE, village=V1
    )
    forged = resealed(members, made.county, town_secret(made), made.out / "other-town.sanzhi")
    refused(made, forged, f"{V1}的密钥卡没有柳林镇（{TOWN_CODE}）的签注")


def test_a_card_without_its_countersignature_is_refused(built: tuple[Chain, Path]) -> None:
    made, path = built
    members = opened_members(path, made.county)
    del members[f"cards/{V2}.card.minisig"]
    forged = resealed(members, made.county, town_secret(made), made.out / "unsigned.sanzhi")
    refused(made, forged, V2, "签注")


def test_a_village_outside_the_towns_prefix_is_refused(built: tuple[Chain, Path]) -> None:
    """The town countersigns a card of another town's village and forwards its file."""
    made, path = built
    members = opened_members(path, made.county)
    stranger = "610722101201"
    card = Card.from_json(members[f"cards/{V1}.card"])
    foreign = Card.build(
        kind="village",
        code=stranger,
        name="外镇村",
        town_code="610722101",
        recipient=card.age_recipient,
        public_b64=card.minisign_public_key,
    ).to_json()
    members[f"cards/{stranger}.card"] = foreign
    members[f"cards/{stranger}.card.minisig"] = countersign(
        foreign, town_secret(made), town=TOWN_CODE, village=stranger
    )
    name = forward_names(members, V1)[0]
    members[f"forward/{stranger}/x.zip"] = members[name]
    forged = resealed(members, made.county, town_secret(made), made.out / "outside.sanzhi")
    refused(made, forged, stranger, "所辖", TOWN_CODE)


def test_a_file_signed_by_an_unknown_town_is_refused(built: tuple[Chain, Path]) -> None:
    made, path = built
    with pytest.raises(SyncFileError, match=f"{TOWN_CODE}.*不是本县登记过的镇"):
        read(made, path, town_cards={"610722101": made.town_cards()[TOWN_CODE]})


def test_a_file_signed_by_another_key_than_the_enrolled_towns_is_refused(
    built: tuple[Chain, Path], other_town: keys.OwnKeys
) -> None:
    made, path = built
    members = opened_members(path, made.county)
    forged = resealed(members, made.county, other_town.minisign_secret, made.out / "key.sanzhi")
    refused(made, forged, TOWN_CODE, "签名")


def test_a_payload_re_signed_by_the_town_as_the_village_is_refused(
    built: tuple[Chain, Path],
) -> None:
    """The town rewrites a village's records and signs the village's manifest itself."""
    made, path = built
    members = opened_members(path, made.county)
    name = forward_names(members, V1)[0]
    inner = inner_members(members[name])
    rows = jsonl_rows(inner["data/households.jsonl"])
    rows[0]["head_name"] = "王五"
    inner["data/households.jsonl"] = archive.jsonl(rows)  # type: ignore[arg-type]
    members[name] = signed_inner(inner, town_secret(made))
    forged = resealed(members, made.county, town_secret(made), made.out / "resigned.sanzhi")
    refused(made, forged, name, "不是小营村（610722100201）的密钥签的")


def test_a_town_payload_filed_under_a_village_is_refused(built: tuple[Chain, Path]) -> None:
    """The town's own signed payload, put in a village's folder: its signer is not that village."""
    made, path = built
    members = opened_members(path, made.county)
    name = forward_names(members, V1)[0]
    inner = inner_members(members[name])
    members[name] = signed_inner(inner, town_secret(made), sender_code=TOWN_CODE)
    forged = resealed(members, made.county, town_secret(made), made.out / "as-village.sanzhi")
    refused(made, forged, name, f"自称由{TOWN_CODE}发出")


def test_a_villages_file_filed_under_the_other_village_is_refused(
    built: tuple[Chain, Path],
) -> None:
    made, path = built
    members = opened_members(path, made.county)
    name = forward_names(members, V1)[0]
    members[f"forward/{V2}/{name.rsplit('/', 1)[1]}"] = members.pop(name)
    forged = resealed(members, made.county, town_secret(made), made.out / "moved.sanzhi")
    refused(made, forged, f"自称由{V1}发出", "大营村")


def test_a_payload_the_manifest_does_not_list_is_refused(built: tuple[Chain, Path]) -> None:
    """Hashed but not in ``forwarded``: the town's signed list is the list of payloads."""
    made, path = built
    members = opened_members(path, made.county)
    forged = resealed(members, made.county, town_secret(made), made.out / "unlisted.sanzhi")
    plain = crypto.decrypt(forged.read_bytes(), made.county.age_identity)
    with zipfile.ZipFile(io.BytesIO(plain)) as archive_file:
        again = {n: archive_file.read(n) for n in archive_file.namelist()}
    manifest = again[archive.MANIFEST].replace(f'"{V2}": ['.encode(), b'"610722100299": [')
    again[archive.MANIFEST] = manifest
    again[archive.SIGNATURE] = crypto.sign(manifest, town_secret(made), trusted_comment="x")
    forged.write_bytes(crypto.encrypt(zipped(again), made.county.age_recipient))
    refused(made, forged, "与清单不符")


def test_a_truncated_archive_is_refused(built: tuple[Chain, Path]) -> None:
    made, path = built
    members = opened_members(path, made.county)
    forged = resealed(
        members, made.county, town_secret(made), made.out / "cut.sanzhi", plain_tail=200
    )
    refused(made, forged, "损坏")


def test_a_truncated_file_is_refused(built: tuple[Chain, Path]) -> None:
    made, path = built
    cut = made.out / "cut-file.sanzhi"
    cut.write_bytes(path.read_bytes()[:-500])
    refused(made, cut, "损坏")


def test_a_truncated_forwarded_payload_is_refused(built: tuple[Chain, Path]) -> None:
    made, path = built
    members = opened_members(path, made.county)
    name = forward_names(members, V2)[0]
    members[name] = members[name][:-60]
    forged = resealed(members, made.county, town_secret(made), made.out / "cut-inner.sanzhi")
    refused(made, forged, name, "有问题，整个文件已拒绝：文件已损坏")


@pytest.mark.parametrize(
    "bad_name",
    [
        f"forward/{V1}/../../x.zip",
        f"forward/{V1}/../{V2}.zip",
        "../cards/x.card",
        f"cards/../{V1}.card",
        "/etc/x.zip",
        f"forward/{V1}/sub/x.zip",
    ],
)
def test_a_member_name_with_a_path_trick_is_refused(
    built: tuple[Chain, Path], bad_name: str
) -> None:
    made, path = built
    members = opened_members(path, made.county)
    members[bad_name] = members[forward_names(members, V1)[0]]
    forged = resealed(members, made.county, town_secret(made), made.out / "trick.sanzhi")
    refused(made, forged, "不允许的内容")


def test_a_payload_with_a_member_name_trick_inside_is_refused(built: tuple[Chain, Path]) -> None:
    made, path = built
    members = opened_members(path, made.county)
    name = forward_names(members, V1)[0]
    inner = inner_members(members[name])
    inner["forward/610722100201/../x.zip"] = b"x"
    members[name] = zipped(inner)
    forged = resealed(members, made.county, town_secret(made), made.out / "inner-trick.sanzhi")
    refused(made, forged, name, "有问题，整个文件已拒绝：文件里有不允许的内容")


def test_a_file_for_another_county_is_refused(built: tuple[Chain, Path], tmp_path: Path) -> None:
    from sanzhi_desktop.services import county_keys

    made, path = built
    elsewhere = county_keys.ensure_county_keys(tmp_path, code="610723", name="邻县")
    with pytest.raises(SyncFileError, match="无法解密"):
        read_forward_bundle(
            path, identity_text=elsewhere.age_identity, town_cards=made.town_cards()
        )
