"""This office's keys, its card, and the cards it enrolled (DESIGN.md §3, "Keys and enrolment").

Keys live in ``keys/`` beside the data file, one set per office code, in the
standard text formats (``<code>-age.txt`` identity and ``<code>-age.pub``
recipient, ``<code>-minisign.key`` and ``<code>-minisign.pub``), so Debian's
``age -d -i`` and ``minisign -V -p`` work on them directly. They are created
the first time anything needs them (setup, ``sanzhi keys show``, an export)
and never replaced: a lost key means a new card and a new enrolment.

Who enrols whom: a village pins exactly one card, its own town's; a town
enrols the cards of villages whose code starts with its own. A town revokes a
village's key with a town-owned ``key_revocations`` record addressed to
``'*'``, which travels to every village; re-enrolling a new card lifts it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import NotFoundError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, sync_ledger
from sanzhi_desktop.storage.records import insert_record, natural_id
from sanzhi_desktop.storage.sync_ledger import PeerRow
from sanzhi_desktop.sync import crypto
from sanzhi_desktop.sync.cards import CARD_SUFFIX, Card


@dataclass(frozen=True)
class KeyPaths:
    age_identity: Path
    age_recipient: Path
    minisign_secret: Path
    minisign_public: Path


@dataclass(frozen=True)
class OwnKeys:
    paths: KeyPaths
    age_identity: str
    age_recipient: str
    minisign_secret: str
    minisign_public_b64: str
    fingerprint: str


def keys_dir(session: Session) -> Path:
    return session.path.parent / "keys"


def key_paths(session: Session) -> KeyPaths:
    code = session.require_profile().code
    base = keys_dir(session)
    return KeyPaths(
        age_identity=base / f"{code}-age.txt",
        age_recipient=base / f"{code}-age.pub",
        minisign_secret=base / f"{code}-minisign.key",
        minisign_public=base / f"{code}-minisign.pub",
    )


def ensure_keys(session: Session) -> OwnKeys:
    """This office's keys, created on first use (secret files readable by the owner only)."""
    paths = key_paths(session)
    if not paths.age_identity.exists() or not paths.minisign_secret.exists():
        profile = session.require_profile()
        texts = crypto.generate_keys(created=clock.now(), comment=f"sanzhi office {profile.code}")
        paths.age_identity.parent.mkdir(parents=True, exist_ok=True)
        _write_private(paths.age_identity, texts.age_identity)
        _write_private(paths.minisign_secret, texts.minisign_secret)
        paths.age_recipient.write_text(texts.age_recipient, encoding="ascii")
        paths.minisign_public.write_text(texts.minisign_public, encoding="ascii")
    identity = paths.age_identity.read_text(encoding="ascii")
    recipient = crypto.recipient_of(identity)
    public_b64 = crypto.minisign_public_base64(paths.minisign_public.read_text(encoding="ascii"))
    return OwnKeys(
        paths=paths,
        age_identity=identity,
        age_recipient=recipient,
        minisign_secret=paths.minisign_secret.read_text(encoding="ascii"),
        minisign_public_b64=public_b64,
        fingerprint=crypto.fingerprint(recipient, public_b64),
    )


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)


def own_card(session: Session) -> Card:
    profile = session.require_profile()
    keys = ensure_keys(session)
    return Card.build(
        kind=profile.kind.value,
        code=profile.code,
        name=profile.name,
        town_code=profile.town_code,
        recipient=keys.age_recipient,
        public_b64=keys.minisign_public_b64,
    )


def write_card(session: Session, out: Path) -> Path:
    """Write this office's card; ``out`` may be a directory (``<code>.sanzhi-card`` in it)."""
    card = own_card(session)
    path = out / f"{card.code}{CARD_SUFFIX}" if out.is_dir() else out
    path.write_bytes(card.to_json())
    return path


def card_pdf(session: Session) -> bytes:
    """This office's card on A4, the fingerprint in large digits, for enrolment in person."""
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing.key_card import KeyCardSheet, key_card_pdf

    profile = session.require_profile()
    card = own_card(session)
    return key_card_pdf(
        KeyCardSheet(
            office_name=card.name,
            code=card.code,
            kind=card.kind,
            town_name=profile.town_name,
            age_recipient=card.age_recipient,
            minisign_public_key=card.minisign_public_key,
            fingerprint=card.fingerprint,
            printed_on=clock.today_iso(),
        )
    )


def read_card(path: Path) -> Card:
    return Card.from_json(Path(path).read_bytes())


def check_enrolment(session: Session, card: Card) -> Card:
    """Refuse a card this office may not enrol; return it when it may (nothing written)."""
    profile = session.require_profile()
    if card.code == profile.code:
        raise RefusedError(msg("这是本单位自己的密钥卡。", "This is this office's own card."))
    if profile.kind is OfficeKind.VILLAGE:
        if card.kind != "town" or card.code != profile.town_code:
            raise RefusedError(
                msg(
                    f"村里只能登记本镇（{profile.town_code}）的密钥卡，"
                    f"这张是“{card.name}”（{card.code}）的。",
                    f"A village enrols only its own town's card ({profile.town_code}).",
                )
            )
    elif card.kind != "village" or not card.code.startswith(profile.code):
        raise RefusedError(
            msg(
                f"只能登记本镇所辖村（代码以{profile.code}开头）的密钥卡，"
                f"这张是“{card.name}”（{card.code}）的。",
                f"The town enrols only its own villages' cards (codes {profile.code}…).",
            )
        )
    return card


def enroll(session: Session, card: Card) -> PeerRow:
    """Pin (village) or enrol (town) ``card``; a new card for a known code replaces the old."""
    check_enrolment(session, card)
    peer = PeerRow(
        code=card.code,
        kind=card.kind,
        name=card.name,
        age_recipient=card.age_recipient,
        minisign_public_key=card.minisign_public_key,
        fingerprint=card.fingerprint,
        enrolled_at=clock.now_iso(),
        revoked_at=None,
    )
    with session.db.atomic():
        sync_ledger.upsert_peer(session.db, peer)
        if card.kind == "village":
            # Imported here: county_forward imports this module.
            from sanzhi_desktop.services import county_forward

            county_forward.countersign_village(session, card)  # for the county (docs/county.md)
    return peer


def revoke(session: Session, code: str, *, reason: str = "") -> PeerRow:
    """Town: stop accepting a village's key and tell every village (a synced revocation)."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("只有镇里才能吊销村的密钥。", "Only the town revokes keys."))
    peer = sync_ledger.get_peer(session.db, code)
    if peer is None:
        raise NotFoundError(msg(f"没有登记过{code}的密钥卡。", f"No card enrolled for {code}."))
    if peer.revoked_at:
        raise RefusedError(
            msg(f"{peer.name}的密钥已经吊销过了。", f"{peer.name}'s key is already revoked.")
        )
    now = clock.now_iso()
    with session.db.atomic():
        sync_ledger.set_peer_revoked(session.db, code, now)
        insert_record(
            session.db,
            sync_ledger.KEY_REVOCATIONS.name,
            {
                "addressee": "*",
                "code": code,
                "fingerprint": peer.fingerprint,
                "revoked_at": now,
                "reason": reason,
            },
            author=session.author,
            record_id=natural_id(
                sync_ledger.KEY_REVOCATIONS.name, profile.code, code, peer.fingerprint
            ),
        )
    revoked = sync_ledger.get_peer(session.db, code)
    assert revoked is not None
    return revoked


def list_peers(session: Session) -> list[PeerRow]:
    return sync_ledger.list_peers(session.db)


def town_peer(session: Session) -> PeerRow | None:
    """A village's pinned town card (None until enrolled)."""
    profile = session.require_profile()
    return sync_ledger.get_peer(session.db, profile.town_code)


def is_revoked(session: Session, peer: PeerRow) -> bool:
    """Revoked here, or by a revocation record that arrived from the town."""
    town = session.require_profile().town_code  # a town's own code, or a village's town
    return bool(peer.revoked_at) or peer.fingerprint in sync_ledger.revoked_fingerprints(
        session.db, peer.code, issued_by=town
    )
