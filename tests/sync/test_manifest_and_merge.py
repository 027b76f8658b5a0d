from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date

import pytest

from sanzhi_desktop.sync import SyncFileError
from sanzhi_desktop.sync.manifest import Manifest, file_name, parse_file_name
from sanzhi_desktop.sync.merge import Outcome, decide, same_version_differs

MANIFEST = Manifest(
    schema_version=6,
    app_version="0.1.0",
    sender_code="610722100201",
    sender_site_id="site",
    receiver_code="610722100",
    receiver_fingerprint="1234 5678 9012 3456 7890",
    seq=3,
    since_rev=10,
    max_rev=20,
    created_at="2026-11-28T10:00:00+08:00",
    counts={"persons": 2},
    sha256={"data/persons.jsonl": "ab"},
)


CONTRACT_FIELDS = {
    "format", "format_version", "schema_version", "app_version", "sender_code",
    "sender_site_id", "receiver_code", "receiver_fingerprint", "seq", "since_rev",
    "max_rev", "created_at", "counts", "sha256",
}  # fmt: skip


def test_manifest_round_trip_has_every_field_of_the_contract() -> None:
    assert Manifest.from_json(MANIFEST.to_json()) == MANIFEST
    # A file that forwards nothing is written with exactly the contract's fields …
    assert set(json.loads(MANIFEST.to_json())) == CONTRACT_FIELDS
    # … and ``forwarded`` is the one field a town's file for its county adds.
    assert set(asdict(MANIFEST)) == CONTRACT_FIELDS | {"forwarded"}


def test_forwarded_is_written_only_when_a_file_forwards() -> None:
    forwarding = replace(MANIFEST, forwarded={"610722100201": ["610722100201-20261128-1.zip"]})
    raw = json.loads(forwarding.to_json())
    assert raw["forwarded"] == {"610722100201": ["610722100201-20261128-1.zip"]}
    assert Manifest.from_json(forwarding.to_json()) == forwarding
    bad = forwarding.to_json().replace(b'"610722100201-20261128-1.zip"', b"7")
    with pytest.raises(SyncFileError):
        Manifest.from_json(bad)


@pytest.mark.parametrize(
    "broken",
    [b"", b"[]", b'{"format": "other"}', MANIFEST.to_json().replace(b'"seq": 3', b'"seq": "3"')],
)
def test_bad_manifests_refused(broken: bytes) -> None:
    with pytest.raises(SyncFileError):
        Manifest.from_json(broken)


def test_newer_format_version_asks_for_an_update() -> None:
    with pytest.raises(SyncFileError, match="升级"):
        Manifest.from_json(
            MANIFEST.to_json().replace(b'"format_version": 1', b'"format_version": 2')
        )


def test_file_name() -> None:
    name = file_name("610722100201", date(2026, 11, 28), 7)
    assert name == "610722100201-20261128-7.sanzhi"
    assert parse_file_name(name) == ("610722100201", "20261128", 7)
    assert parse_file_name("copy.sanzhi") is None


def _row(rev: int, site: str, **values: object) -> dict[str, object]:
    return {"id": "x", "owner": "o", "rev": rev, "rev_site": site, "updated_at": "t", **values}


def test_greater_rev_then_site_wins_and_other_site_loser_is_a_conflict() -> None:
    assert decide(None, _row(1, "a")).outcome is Outcome.INSERT
    assert decide(_row(1, "a"), _row(1, "a")).outcome is Outcome.SAME
    newer = decide(_row(1, "a", v=1), _row(2, "a", v=2))
    assert newer.outcome is Outcome.REPLACE and newer.conflict_loser is None
    older = decide(_row(2, "a", v=2), _row(1, "a", v=1))
    assert older.outcome is Outcome.KEEP and older.conflict_loser is None
    clash = decide(_row(5, "a", v=1), _row(5, "b", v=2))
    assert clash.outcome is Outcome.REPLACE
    assert clash.conflict_loser == _row(5, "a", v=1)
    lost = decide(_row(6, "a", v=1), _row(5, "b", v=2))
    assert lost.outcome is Outcome.KEEP and lost.conflict_loser == _row(5, "b", v=2)


def test_order_does_not_matter_for_the_winner() -> None:
    a, b = _row(5, "a", v=1), _row(5, "b", v=2)
    first = b if decide(a, b).outcome is Outcome.REPLACE else a
    second = a if decide(b, a).outcome is Outcome.REPLACE else b
    assert first == second == b


def test_same_version_with_two_contents_reveals_a_shared_site_id() -> None:
    assert same_version_differs(_row(5, "a", v=1), _row(5, "a", v=2))
    assert not same_version_differs(_row(5, "a", v=1), _row(5, "a", v=1))


@pytest.mark.parametrize("version", [b"true", b"1.0", b'"1"'])
def test_format_version_must_be_an_integer(version: bytes) -> None:
    # Found by benchmarks/fuzz_sync.py: true == 1 and 1.0 == 1 in Python.
    with pytest.raises(SyncFileError):
        Manifest.from_json(
            MANIFEST.to_json().replace(b'"format_version": 1', b'"format_version": ' + version)
        )
