"""Key cards: what two offices exchange in person to trust each other's files.

A card is a small JSON file (``<code>.sanzhi-card``): the office's kind, code
and name, its age recipient (to encrypt to it), its minisign public key (to
check its signatures) and the fingerprint of both, which the clerks compare
aloud at enrolment. A card is public: it holds no secret.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.sync import SyncFileError, crypto

CARD_FORMAT = "sanzhi-card"
CARD_SUFFIX = ".sanzhi-card"
#: A county's card (docs/county.md) is pinned by its towns: their files for the county
#: are encrypted to it. Its ``town_code`` is empty.
CARD_KINDS = ("village", "town", "county")


@dataclass(frozen=True)
class Card:
    kind: str
    code: str
    name: str
    town_code: str
    age_recipient: str
    minisign_public_key: str
    fingerprint: str
    format: str = CARD_FORMAT
    format_version: int = 1

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n").encode()

    @classmethod
    def build(
        cls, *, kind: str, code: str, name: str, town_code: str, recipient: str, public_b64: str
    ) -> Card:
        return cls(
            kind=kind,
            code=code,
            name=name,
            town_code=town_code,
            age_recipient=recipient.strip(),
            minisign_public_key=public_b64.strip(),
            fingerprint=crypto.fingerprint(recipient, public_b64),
        )

    @classmethod
    def from_json(cls, data: bytes) -> Card:
        """Parse a card and check its keys and fingerprint; :class:`SyncFileError` if bad."""
        try:
            raw: Any = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _bad() from exc
        if not isinstance(raw, dict) or raw.get("format") != CARD_FORMAT:
            raise _bad()
        fields = ("kind", "code", "name", "town_code", "age_recipient", "minisign_public_key")
        if not all(isinstance(raw.get(k), str) for k in (*fields, "fingerprint")):
            raise _bad()
        if raw["kind"] not in CARD_KINDS:
            raise _bad()
        recipient = crypto.check_recipient(raw["age_recipient"])
        public = crypto.check_public_base64(raw["minisign_public_key"])
        card = cls.build(
            kind=raw["kind"],
            code=raw["code"],
            name=raw["name"],
            town_code=raw["town_code"],
            recipient=recipient,
            public_b64=public,
        )
        if card.fingerprint != raw["fingerprint"]:
            raise SyncFileError(
                msg(
                    "密钥卡的指纹与密钥不符（卡片被改动过），不能登记。",
                    "The card's fingerprint does not match its keys.",
                )
            )
        return card


def _bad() -> SyncFileError:
    return SyncFileError(msg("这不是一张有效的密钥卡。", "This is not a valid key card."))
