"""A county, a town and two villages that trust each other, and tools to forge bundles.

:func:`chain` sets up the whole chain of trust as the clerks would: each
village pins the town's card and the town enrols (and so countersigns) each
village's card; each village sends the town one file, which the town imports
(and so keeps); the town pins the county's card. :func:`opened_members` and
:func:`resealed` take a town's file for the county apart and put it back
together — re-hashed, re-signed by the town, re-encrypted — so that a test
forges exactly one thing and nothing else gives it away.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sanzhi_desktop.services import county_forward, county_keys, keys, sync
from sanzhi_desktop.services.county_keys import CountyKeys
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.sync import archive, crypto
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.manifest import Manifest
from tests.sync.helpers import TOWN_CODE, add_household, enrol_both, make_town, make_village

COUNTY_CODE = "610722"
V1, V2 = "610722100201", "610722100202"


@dataclass
class Chain:
    county: CountyKeys
    town: Session
    villages: list[Session]
    stick: Path
    out: Path

    def town_cards(self) -> dict[str, Card]:
        return {TOWN_CODE: keys.own_card(self.town)}

    def export(self, **kwargs: object) -> Path:
        made = county_forward.export_for_county(self.town, self.out, **kwargs)  # type: ignore[arg-type]
        assert len(made.paths) == 1
        return made.paths[0]


@contextmanager
def chain(root: Path) -> Iterator[Chain]:
    town = make_town(root)
    villages = [make_village(root, V1, "小营村"), make_village(root, V2, "大营村")]
    stick, out = root / "stick", root / "out"
    stick.mkdir()
    out.mkdir()
    try:
        for number, village in enumerate(villages, start=1):
            enrol_both(town, village)
            add_household(village, f"0{number}01", "张三" if number == 1 else "李四")
            sync.export_all(village, stick)
        reports = sync.import_sync_files(town, [stick])
        assert [r.status for r in reports] == [sync.ImportStatus.IMPORTED] * 2, reports
        county = county_keys.ensure_county_keys(root / "county-pc", code=COUNTY_CODE, name="临县")
        county_forward.enroll_county(town, county.card)
        yield Chain(county, town, villages, stick, out)
    finally:
        for village in villages:
            village.close()
        town.close()


def opened_members(path: Path, county: CountyKeys) -> dict[str, bytes]:
    """Every member of a town's file for the county, decrypted (names not checked)."""
    plain = crypto.decrypt(path.read_bytes(), county.age_identity)
    with zipfile.ZipFile(io.BytesIO(plain)) as archive_file:
        return {name: archive_file.read(name) for name in archive_file.namelist()}


def zipped(members: dict[str, bytes]) -> bytes:
    """A ZIP of ``members`` as given (any name: forged files need forbidden ones)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return buffer.getvalue()


def resealed(
    members: dict[str, bytes],
    county: CountyKeys,
    secret_key: str,
    target: Path,
    *,
    plain_tail: int = 0,
) -> Path:
    """``members`` as a town's file for the county again: hashes, ``forwarded``, signature.

    ``plain_tail``: cut that many bytes off the end of the ZIP before it is
    encrypted (a truncated archive inside a sound encryption).
    """
    members = dict(members)
    manifest = Manifest.from_json(members.pop(archive.MANIFEST))
    members.pop(archive.SIGNATURE, None)
    forwarded: dict[str, list[str]] = {}
    for name in members:
        if name.startswith(archive.FORWARD_PREFIX):
            _prefix, village, item = name.split("/", 2)
            forwarded.setdefault(village, []).append(item)
    manifest = replace(
        manifest,
        sha256={name: archive.sha256_hex(data) for name, data in members.items()},
        forwarded=forwarded,
    )
    raw = manifest.to_json()
    members[archive.MANIFEST] = raw
    members[archive.SIGNATURE] = crypto.sign(raw, secret_key, trusted_comment="forged")
    plain = zipped(members)
    if plain_tail:
        plain = plain[:-plain_tail]
    target.write_bytes(crypto.encrypt(plain, county.age_recipient))
    return target


def inner_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as inner:
        return {name: inner.read(name) for name in inner.namelist()}


def signed_inner(members: dict[str, bytes], secret_key: str, **changes: object) -> bytes:
    """A village payload re-made: its manifest changed, re-hashed and signed with ``secret_key``."""
    members = dict(members)
    manifest = Manifest.from_json(members.pop(archive.MANIFEST))
    members.pop(archive.SIGNATURE)
    manifest = replace(
        manifest,
        sha256={name: archive.sha256_hex(data) for name, data in members.items()},
        **changes,  # type: ignore[arg-type]
    )
    raw = manifest.to_json()
    members[archive.MANIFEST] = raw
    members[archive.SIGNATURE] = crypto.sign(raw, secret_key, trusted_comment="forged")
    return zipped(members)


def forward_names(members: dict[str, bytes], village: str) -> list[str]:
    return sorted(n for n in members if n.startswith(f"{archive.FORWARD_PREFIX}{village}/"))


def jsonl_rows(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.splitlines() if line.strip()]
