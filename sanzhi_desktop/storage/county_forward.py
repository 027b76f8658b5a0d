"""A town's ledgers for its county (docs/county.md): countersigned village cards, kept payloads.

Local to the town's data file, never synced:

- ``county_countersigns``: for each enrolled village, the card's exact bytes
  and the town's minisign countersignature of them (made at enrolment, or at
  the first county export for a village enrolled before);
- ``county_received``: each village file's signed inner payload the town kept
  as it imported it (the file itself lies in ``received/<village>/<name>``
  beside the data file), and the seq of the county file that forwarded it.

The county's own card is one setting (``county_card``), kept with the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

COUNTY_CARD_SETTING = "county_card"


def create_schema(db: sqlite_utils.Database) -> None:
    """Migration ``m015_county_forward``."""
    db.execute(
        """
        CREATE TABLE county_countersigns (
            code TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            card BLOB NOT NULL,
            signature BLOB NOT NULL,
            town_fingerprint TEXT NOT NULL,
            signed_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE county_received (
            village TEXT NOT NULL,
            name TEXT NOT NULL,
            seq INTEGER NOT NULL,
            manifest_sha256 TEXT NOT NULL,
            payload_sha256 TEXT NOT NULL,
            received_at TEXT NOT NULL,
            forwarded_seq INTEGER,
            PRIMARY KEY (village, name)
        )
        """
    )


@dataclass(frozen=True)
class Countersign:
    code: str
    fingerprint: str
    card: bytes
    signature: bytes
    town_fingerprint: str
    signed_at: str


def put_countersign(db: sqlite_utils.Database, row: Countersign) -> None:
    db.execute(
        "INSERT INTO county_countersigns(code, fingerprint, card, signature, town_fingerprint, "
        "signed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET "
        "fingerprint = excluded.fingerprint, card = excluded.card, "
        "signature = excluded.signature, town_fingerprint = excluded.town_fingerprint, "
        "signed_at = excluded.signed_at",
        [row.code, row.fingerprint, row.card, row.signature, row.town_fingerprint, row.signed_at],
    )


def list_countersigns(db: sqlite_utils.Database) -> list[Countersign]:
    cursor = db.execute(
        "SELECT code, fingerprint, card, signature, town_fingerprint, signed_at "
        "FROM county_countersigns ORDER BY code"
    )
    return [
        Countersign(str(c), str(f), bytes(card), bytes(sig), str(t), str(at))
        for c, f, card, sig, t, at in cursor.fetchall()
    ]


def received_names(db: sqlite_utils.Database, village: str) -> dict[str, str]:
    """{kept name: manifest SHA-256} of a village's kept payloads."""
    cursor = db.execute(
        "SELECT name, manifest_sha256 FROM county_received WHERE village = ?", [village]
    )
    return {str(name): str(sha) for name, sha in cursor.fetchall()}


def add_received(db: sqlite_utils.Database, row: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO county_received(village, name, seq, manifest_sha256, payload_sha256, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(village, name) DO NOTHING",
        [
            row["village"],
            row["name"],
            row["seq"],
            row["manifest_sha256"],
            row["payload_sha256"],
            row["received_at"],
        ],
    )


def list_received(db: sqlite_utils.Database, *, pending_only: bool) -> list[dict[str, Any]]:
    """Kept payloads by village and seq; ``pending_only``: not yet in any county file."""
    where = "WHERE forwarded_seq IS NULL" if pending_only else ""
    cursor = db.execute(
        "SELECT village, name, seq, manifest_sha256, payload_sha256, received_at, forwarded_seq "
        f"FROM county_received {where} ORDER BY village, seq, name"
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def mark_forwarded(db: sqlite_utils.Database, items: list[tuple[str, str]], seq: int) -> None:
    db.conn.executemany(
        "UPDATE county_received SET forwarded_seq = ? WHERE village = ? AND name = ?",
        [(seq, village, name) for village, name in items],
    )
