"""The town's side of forwarding to the county (docs/county.md): pin, countersign, keep, export.

- :func:`enroll_county` pins the county's card (a setting of the town's file);
- :func:`countersign_village` signs a village card's exact bytes with the
  town's key when the town enrols it (``keys.enroll``);
  :func:`ensure_countersigns` does it at the first county export for the
  villages enrolled before this existed, and again after the town's own key
  or a village's card changed;
- :func:`keep_received` keeps a village file's signed inner payload (the
  decrypted ZIP, byte for byte) as the town imports it, in
  ``received/<village>/<name>.zip`` beside the data file;
- :func:`export_for_county` writes the town's file(s) for the county: its own
  records, the kept payloads not forwarded yet (or all of them) and the
  countersigned cards.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanzhi_desktop import __version__
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import keys
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, county_forward, migrations, office, sync_ledger
from sanzhi_desktop.storage.county_forward import COUNTY_CARD_SETTING, Countersign
from sanzhi_desktop.storage.records import get_meta, site_id
from sanzhi_desktop.sync import SyncFileError, archive, crypto, forward, syncfile
from sanzhi_desktop.sync.archive import DEFAULT_LIMITS
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.manifest import Manifest, file_name, parse_file_name

RECEIVED_DIR = "received"
#: Room kept in a county file's member count for the town's tables and fixed members.
_MEMBER_MARGIN = 16
#: Forwarded bytes per county file: the file is built in memory (its payloads, the ZIP,
#: the encryption), so a town's PC holds about three times this at once.
MAX_FORWARD_BYTES = 64 * 1024 * 1024
_SAFE_NAME = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,99}$")


# --- the county's card ---------------------------------------------------------------


def check_county_card(session: Session, card: Card) -> Card:
    """Refuse a card this town may not pin as its county's; return it when it may."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(
            msg("只有镇里才登记县里的密钥卡。", "Only a town enrols the county's card.")
        )
    if card.kind != "county" or len(card.code) != 6 or not profile.code.startswith(card.code):
        raise RefusedError(
            msg(
                f"这张不是本县（代码{profile.code[:6]}）的密钥卡，"
                f"而是“{card.name}”（{card.code}）的。",
                f"This is not the card of this town's county ({profile.code[:6]}).",
            )
        )
    return card


def enroll_county(session: Session, card: Card) -> Card:
    """Town: pin the county's card (its fingerprint compared aloud); replaces an older one."""
    check_county_card(session, card)
    with session.db.atomic():
        office.set_setting(session.db, COUNTY_CARD_SETTING, card.to_json().decode())
    return card


def county_card(session: Session) -> Card | None:
    """The pinned county card, or None."""
    text = office.get_setting(session.conn, COUNTY_CARD_SETTING)
    return Card.from_json(str(text).encode()) if text else None


# --- countersigned village cards ---------------------------------------------------------


def countersign_village(session: Session, card: Card) -> Countersign:
    """Town: countersign ``card`` (its canonical bytes) with the town's key; kept in the file.

    Called by ``keys.enroll`` inside its transaction; a re-enrolled village's
    new card replaces the old countersignature.
    """
    profile = session.require_profile()
    own = keys.ensure_keys(session)
    data = card.to_json()
    row = Countersign(
        code=card.code,
        fingerprint=card.fingerprint,
        card=data,
        signature=forward.countersign(
            data, own.minisign_secret, town=profile.code, village=card.code
        ),
        town_fingerprint=own.fingerprint,
        signed_at=clock.now_iso(),
    )
    county_forward.put_countersign(session.db, row)
    return row


def ensure_countersigns(session: Session) -> list[Countersign]:
    """Every enrolled, unrevoked village's countersigned card, signing what is missing or stale."""
    profile = session.require_profile()
    own = keys.ensure_keys(session)
    held = {c.code: c for c in county_forward.list_countersigns(session.db)}
    result: list[Countersign] = []
    with session.db.atomic():
        for peer in sync_ledger.list_peers(session.db, kind="village"):
            if keys.is_revoked(session, peer):
                continue
            signed = held.get(peer.code)
            if (
                signed is None
                or signed.fingerprint != peer.fingerprint
                or signed.town_fingerprint != own.fingerprint
            ):
                card = Card.build(
                    kind="village",
                    code=peer.code,
                    name=peer.name,
                    town_code=profile.code,
                    recipient=peer.age_recipient,
                    public_b64=peer.minisign_public_key,
                )
                signed = countersign_village(session, card)
            result.append(signed)
    return result


# --- payloads kept as received -------------------------------------------------------------


def received_dir(session: Session) -> Path:
    return session.path.parent / RECEIVED_DIR


def keep_received(session: Session, source_name: str, opened: syncfile.Opened) -> Path | None:
    """Keep a village file's decrypted ZIP, byte for byte, after the town imported it.

    Written temp → fsync → rename in ``received/<village>/``, then entered in
    the ledger. Only a town keeps, only a village's file; the caller keeps
    only what it imported (a refused file is never kept). Returns the path.
    """
    profile = session.require_profile()
    manifest = opened.manifest
    village = manifest.sender_code
    if profile.kind is not OfficeKind.TOWN or len(village) != 12 or opened.plain is None:
        return None
    if not village.isdigit() or not village.startswith(profile.code):
        return None
    held = county_forward.received_names(session.db, village)
    if opened.manifest_sha256 in held.values():
        return None  # the same payload, under another file name
    stem = _kept_stem(source_name, manifest)
    if f"{stem}.zip" in held:
        stem = f"{stem}-{opened.manifest_sha256[:8]}"
    folder = received_dir(session) / village
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.zip"
    opened.plain.seek(0)
    payload_sha256 = syncfile.write_stream_atomically(path, opened.plain)
    with session.db.atomic():
        county_forward.add_received(
            session.db,
            {
                "village": village,
                "name": path.name,
                "seq": manifest.seq,
                "manifest_sha256": opened.manifest_sha256,
                "payload_sha256": payload_sha256,
                "received_at": clock.now_iso(),
            },
        )
    return path


def _kept_stem(source_name: str, manifest: Manifest) -> str:
    """The file's own name (``<village>-<YYYYMMDD>-<seq>``), or one made from its manifest."""
    parsed = parse_file_name(source_name)
    if parsed is not None and parsed[0] == manifest.sender_code and parsed[2] == manifest.seq:
        return source_name.removesuffix(".sanzhi")
    day = re.sub(r"\D", "", manifest.created_at[:10])
    stem = f"{manifest.sender_code}-{day if len(day) == 8 else '00000000'}-{manifest.seq}"
    return stem if _SAFE_NAME.match(stem) else f"{manifest.sender_code}-{manifest.seq}"


# --- the export ------------------------------------------------------------------------


@dataclass
class CountyExport:
    """What one ``town export --county`` wrote."""

    paths: list[Path] = field(default_factory=list)
    forwarded: int = 0
    cards: int = 0
    records: int = 0
    #: Kept payloads not forwarded: missing on disk, or signed by a village key since replaced.
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "paths": [str(p) for p in self.paths],
            "forwarded": self.forwarded,
            "cards": self.cards,
            "records": self.records,
            "skipped": self.skipped,
        }


def export_for_county(
    session: Session,
    out_dir: Path,
    *,
    everything: bool = False,
    progress: Progress = no_progress,
) -> CountyExport:
    """The town's file(s) for its county, in ``out_dir``.

    Each file holds all the town's own records (the county sends no acks, and
    its ingest is idempotent), the countersigned cards, and kept payloads not
    forwarded before (``everything``: all of them, e.g. after a lost stick).
    When the payloads would pass a file's limits they are spread over several
    files, each complete on its own.
    """
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("只有镇里才向县里报送。", "Only a town exports for the county."))
    county = county_card(session)
    if county is None:
        raise RefusedError(
            msg(
                "还没有登记县里的密钥卡，不能报送。请先当面核对指纹并登记："
                "sanzhi town enroll-county 县的密钥卡",
                "Enrol the county's card first (sanzhi town enroll-county CARD).",
            )
        )
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise RefusedError(
            msg(f"找不到文件夹 {out_dir}（U盘插好了吗？）", f"No such folder: {out_dir}")
        )
    own = keys.ensure_keys(session)
    signed = ensure_countersigns(session)
    card_members: dict[str, bytes] = {}
    for row in signed:
        card_members[archive.card_member(row.code)] = row.card
        card_members[archive.card_member(row.code) + ".minisig"] = row.signature
    cards = {row.code: Card.from_json(row.card) for row in signed}
    db = session.db
    tables = {
        table: sync_ledger.rows_since(db, table, owner=profile.code, since_rev=0)
        for table in sync_ledger.synced_table_names()
    }
    result = CountyExport(cards=len(signed), records=sum(len(r) for r in tables.values()))
    batches = _batches(session, cards, result, everything, fixed=len(tables) + len(card_members))
    for number, batch in enumerate(batches, start=1):
        progress(number - 1, len(batches), msg("正在写入报送县里的文件……", "Writing…"))
        path, seq = _write_one(session, out_dir, county, own, tables, card_members, batch)
        with db.atomic():
            county_forward.mark_forwarded(db, [(v, n) for v, n, _d in batch], seq)
        result.paths.append(path)
        result.forwarded += len(batch)
    progress(len(batches), len(batches), msg("报送文件已写好", "Written"))
    return result


def _batches(
    session: Session, cards: dict[str, Card], result: CountyExport, everything: bool, *, fixed: int
) -> list[list[tuple[str, str, bytes]]]:
    """(village, name, payload) to forward, in groups that fit a file; at least one group."""
    per_file = max(1, DEFAULT_LIMITS.max_members - fixed - _MEMBER_MARGIN)
    batches: list[list[tuple[str, str, bytes]]] = [[]]
    size = 0
    folder = received_dir(session)
    for row in county_forward.list_received(session.db, pending_only=not everything):
        village, name = str(row["village"]), str(row["name"])
        card = cards.get(village)
        try:
            data = (folder / village / name).read_bytes()
        except OSError:
            result.skipped.append(f"{village}/{name}")
            continue
        if (
            card is None
            or archive.sha256_hex(data) != row["payload_sha256"]
            or not _verifies(data, card)
        ):
            result.skipped.append(f"{village}/{name}")
            continue
        if batches[-1] and (len(batches[-1]) >= per_file or size + len(data) > MAX_FORWARD_BYTES):
            batches.append([])
            size = 0
        batches[-1].append((village, name, data))
        size += len(data)
    return batches


def _verifies(data: bytes, card: Card) -> bool:
    """Whether a kept payload still verifies against the village's current card."""
    try:
        reader = archive.MemberReader(io.BytesIO(data))
        try:
            manifest = reader.read(archive.MANIFEST, max_bytes=syncfile.SMALL_MEMBER_BYTES)
            signature = reader.read(archive.SIGNATURE, max_bytes=syncfile.SMALL_MEMBER_BYTES)
        finally:
            reader.close()
        crypto.verify(manifest, signature, card.minisign_public_key)
    except (SyncFileError, KeyError):
        return False
    return True


def _write_one(
    session: Session,
    out_dir: Path,
    county: Card,
    own: keys.OwnKeys,
    tables: dict[str, list[dict[str, Any]]],
    card_members: dict[str, bytes],
    batch: list[tuple[str, str, bytes]],
) -> tuple[Path, int]:
    profile = session.require_profile()
    db = session.db
    now = clock.now()
    members = dict(card_members)
    forwarded: dict[str, list[str]] = {}
    for village, name, data in batch:
        members[archive.forward_member(village, name)] = data
        forwarded.setdefault(village, []).append(name)
    top = max((int(r["rev"]) for rows in tables.values() for r in rows), default=0)
    with db.atomic():
        max_rev = max(int(get_meta(db, "last_rev", "0")), top)
        seq = sync_ledger.reserve_export(
            db,
            receiver=county.code,
            since_rev=0,
            max_rev=max_rev,
            created_at=now.isoformat(timespec="seconds"),
        )
    manifest = Manifest(
        schema_version=migrations.schema_version(db),
        app_version=__version__,
        sender_code=profile.code,
        sender_site_id=site_id(db),
        receiver_code=county.code,
        receiver_fingerprint=county.fingerprint,
        seq=seq,
        since_rev=0,
        max_rev=max_rev,
        created_at=now.isoformat(timespec="seconds"),
        forwarded=forwarded,
    )
    data = syncfile.seal(
        manifest,
        tables,
        syncfile.Acks(),
        secret_key=own.minisign_secret,
        recipient=county.age_recipient,
        forward=members,
    )
    path = out_dir / file_name(profile.code, now.date(), seq)
    syncfile.write_atomically(path, data)
    counts = {t: len(rows) for t, rows in tables.items() if rows}
    with db.atomic():
        sync_ledger.mark_export_written(
            db, seq, file_name=path.name, file_sha256=archive.sha256_hex(data), counts=counts
        )
    return path, seq
