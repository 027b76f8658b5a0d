"""Bundles for the county's tests, without the forward format: a stub of its reader.

``sync.forward.read_forward_bundle`` decrypts a town's bundle and checks every
signature; what the county's ingest does after that is tested here on
stand-ins: a bundle is a JSON file (``town_code``, ``seq``, ``payloads`` —
each a manifest and its tables' JSON lines) that :func:`stub_reader` reads
into objects of the shape the real reader returns. Each file's bytes differ,
so each has its own hash, as real bundles do.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.storage import migrations
from sanzhi_desktop.storage.pg import schema
from sanzhi_desktop.storage.records import SYNC_COLUMNS, SYNCED_TABLES
from sanzhi_desktop.sync import SyncFileError, archive, crypto
from sanzhi_desktop.sync.archive import DEFAULT_LIMITS, Limits
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.manifest import Manifest

TOWN = "610722100"
VILLAGE_A = "610722100201"
VILLAGE_B = "610722100202"
NOW_REV = 1_764_000_000_000  # 2025-11-24: well behind any test machine's clock


def record(table: str, owner: str, rev: int, record_id: str, **values: Any) -> dict[str, Any]:
    """A valid record of ``table``: every column a value of its type, choices respected."""
    spec = schema.town_table(table)
    choices = dict(SYNCED_TABLES[table].choices)
    row: dict[str, Any] = {}
    for column in spec.columns:
        if column.name in SYNC_COLUMNS:
            continue
        if column.name in choices:
            row[column.name] = sorted(choices[column.name])[0]
        elif column.pg_type == "bigint":
            row[column.name] = 1
        elif column.pg_type == "double precision":
            row[column.name] = 1.5
        else:
            row[column.name] = f"{column.name}-{record_id[-4:]}"
    row.update(
        id=record_id,
        owner=owner,
        rev=rev,
        rev_site=f"site-{owner}",
        updated_at="2025-11-24T10:00:00+08:00",
        deleted=0,
    )
    row.update(values)
    return row


@dataclass
class StubPayload:
    """The shape of ``sync.forward.SignedPayload``."""

    sender: str
    manifest: Manifest
    members: dict[str, bytes]
    limits: Limits = DEFAULT_LIMITS
    manifest_sha256: str = ""
    card: Card | None = None

    def tables(self) -> list[str]:
        return sorted(t for name in self.members if (t := archive.table_of_member(name)))


@dataclass
class StubBundle:
    """The shape of ``sync.forward.ForwardBundle``."""

    town: str
    file_sha256: str
    payloads: list[StubPayload] = field(default_factory=list)


def payload(
    sender: str, seq: int, tables: dict[str, list[dict[str, Any]]], **manifest: Any
) -> dict[str, Any]:
    """One signed file's stand-in: its manifest and its JSON lines."""
    lines = {
        t: [json.dumps(r, ensure_ascii=False) for r in rows] for t, rows in tables.items() if rows
    }
    head = {
        "schema_version": migrations.latest_schema_version(),
        "sender": sender,
        "seq": seq,
        "max_rev": max((r["rev"] for rows in tables.values() for r in rows), default=0),
        "counts": {t: len(v) for t, v in lines.items()},
    }
    head.update(manifest)
    return {"manifest": head, "lines": lines}


def write_bundle(
    path: Path, payloads: Sequence[dict[str, Any]], *, town: str = TOWN, seq: int = 1
) -> Path:
    path.write_text(
        json.dumps({"town_code": town, "seq": seq, "payloads": list(payloads)}, ensure_ascii=False),
        encoding="utf-8",
    )
    return path


def stub_reader(path: Path, *, identity_text: str, town_cards: Mapping[str, Card]) -> StubBundle:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data["town_code"] not in town_cards:
        raise SyncFileError(msg("发件单位不是本县登记过的镇。", "Not an enrolled town."))
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    bundle = StubBundle(data["town_code"], digest)
    for item in data["payloads"]:
        head = item["manifest"]
        manifest = Manifest(
            schema_version=head["schema_version"],
            app_version="test",
            sender_code=head["sender"],
            sender_site_id=f"site-{head['sender']}",
            receiver_code=data["town_code"],
            receiver_fingerprint="",
            seq=head["seq"],
            since_rev=0,
            max_rev=head["max_rev"],
            created_at="2025-11-24T10:00:00+08:00",
            counts=head["counts"],
        )
        members = {
            archive.data_member(t): "".join(f"{line}\n" for line in v).encode()
            for t, v in item["lines"].items()
        }
        # a signed manifest lists its members' hashes: here, the payload's whole content
        digest = hashlib.sha256(json.dumps(item, sort_keys=True).encode()).hexdigest()
        bundle.payloads.append(
            StubPayload(head["sender"], manifest, members, DEFAULT_LIMITS, digest)
        )
    return bundle


def town_card_file(folder: Path, code: str = TOWN, name: str = "某镇") -> Path:
    keys = crypto.generate_keys(created=datetime(2025, 11, 24), comment=code)
    card = Card.build(
        kind="town",
        code=code,
        name=name,
        town_code=code,
        recipient=keys.age_recipient,
        public_b64=crypto.minisign_public_base64(keys.minisign_public),
    )
    path = folder / f"{code}.sanzhi-card"
    path.write_bytes(card.to_json())
    return path
