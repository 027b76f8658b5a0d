"""A town's file for its county: its villages' signed payloads forwarded with provenance.

The county trusts a chain: county → town → village (docs/county.md). The
county enrols each town's card in person; a town countersigns each village
card it enrols (a minisign signature by the town's key over the card's exact
bytes); a village signs every file it sends. A town's file for the county is
an ordinary format-1 sync file — encrypted to the county's key, its manifest
signed by the town — whose ZIP holds, besides the town's own records:

- ``forward/<village>/<name>.zip``: a village's *signed inner payload* as the
  town received it (the decrypted ZIP of the village's file: its manifest,
  the village's signature and its data members, byte for byte);
- ``cards/<village>.card`` and ``cards/<village>.card.minisig``: the village's
  card and the town's countersignature of it.

:func:`read_forward_bundle` checks the whole chain and gives every payload
with the office that *signed* it. What it does not check is each record:
that every record's ``owner`` is its payload's ``sender``, that a row stored
under an id keeps its owner, and the column types (``sync/record_checks.py``)
are the ingest's job, payload by payload, with ``sender`` as the signer. So a
town can forward a village's records but never alter them: a forwarded
payload that is not byte for byte what the village signed is refused here,
and village rows in the town's own payload carry ``sender`` = the town, which
the ingest's owner check refuses.

No storage here: bytes and files in, checked values out.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.sync import SyncFileError, archive, crypto, syncfile
from sanzhi_desktop.sync.archive import DEFAULT_LIMITS, MANIFEST, SIGNATURE, Limits
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.manifest import Manifest

#: The trusted comment of a town's countersignature of a village card.
COUNTERSIGN_COMMENT = "sanzhi-countersign town {town} village {village}"


def countersign(card_bytes: bytes, secret_key: str, *, town: str, village: str) -> bytes:
    """The town's countersignature (a ``.minisig`` file's bytes) of a village card's bytes."""
    comment = COUNTERSIGN_COMMENT.format(town=town, village=village)
    return crypto.sign(card_bytes, secret_key, trusted_comment=comment)


def check_countersigned(
    card_bytes: bytes, signature: bytes, town_card: Card, *, village: str = ""
) -> Card:
    """The village card, if ``town_card``'s key countersigned these bytes and the code fits.

    ``village``: the code the card is filed under, to name it when refused.

    :class:`SyncFileError` otherwise: not countersigned by that town, not a
    village card, or a village outside the town's code prefix.
    """
    try:
        crypto.verify(card_bytes, signature, town_card.minisign_public_key)
    except SyncFileError:
        raise SyncFileError(
            msg(
                f"{village or '村'}的密钥卡没有{town_card.name}（{town_card.code}）的签注"
                "（不是这个镇登记的，或者卡片被改动过），整个文件已拒绝。",
                f"The card of {village or 'a village'} is not countersigned by "
                f"{town_card.code}; file refused.",
            )
        ) from None
    card = Card.from_json(card_bytes)
    if card.kind != "village" or not _under(card.code, town_card.code):
        raise _outside(card.code, town_card)
    return card


@dataclass(frozen=True)
class SignedPayload:
    """One office's signed payload: its manifest (signature verified, hashes checked).

    ``sender`` is the office whose key signed ``manifest`` — the one every
    record's ``owner`` must be (the ingest checks that, record by record).
    """

    sender: str
    manifest: Manifest
    #: ``data/<table>.jsonl`` and ``acks.json``, each hash-checked against the manifest.
    members: Mapping[str, bytes]
    limits: Limits = field(default=DEFAULT_LIMITS, repr=False, compare=False)
    #: SHA-256 of ``manifest.json`` as signed: with (sender, seq), what the import ledger
    #: keys a payload by (the same payload forwarded twice is the same manifest).
    manifest_sha256: str = ""
    #: The village's countersigned card, for a forwarded payload (None: the town's own):
    #: where the county learns the village's name.
    card: Card | None = field(default=None, repr=False, compare=False)

    def tables(self) -> list[str]:
        """The tables of the data members, by name."""
        return sorted(t for name in self.members if (t := archive.table_of_member(name)))

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """The records of ``data/<table>.jsonl`` (none when absent), parsed within the limits.

        Only parsed: owner, types and revs are for the ingest to check
        (``record_checks``, with ``sender`` as the signer).
        """
        name = archive.data_member(table)
        if name not in self.members:
            return iter(())
        return archive.iter_jsonl(self.members[name], limits=self.limits)


@dataclass(frozen=True)
class ForwardBundle:
    """A town's file for the county, every signature in it verified."""

    town: str
    file_sha256: str
    #: The town's own payload first, then each forwarded village payload.
    payloads: list[SignedPayload]


def read_forward_bundle(
    path: Path,
    *,
    identity_text: str,
    town_cards: Mapping[str, Card],
    limits: Limits = DEFAULT_LIMITS,
) -> ForwardBundle:
    """Open, decrypt and check a town's file for the county; :class:`SyncFileError` if bad.

    ``identity_text``: the county's age identity file; ``town_cards``: the
    towns' cards the county enrolled, by code. Refused (a plain Chinese
    message naming what failed): a file not for this county, signed by a town
    not enrolled or not by its key, any member altered, added or missing, a
    village card not countersigned by this town or outside its code prefix, a
    forwarded payload whose signer is not its village, not signed by the
    village's key, not addressed to this town, or altered.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SyncFileError(msg(f"读不出这个文件：{exc}", f"Cannot read the file: {exc}")) from exc
    if size > limits.max_file_bytes:
        raise SyncFileError(msg("文件太大，超出安全限制。", "The file is too large."))
    file_sha256 = _file_sha256(path)
    opened = syncfile.open_sealed_path(
        path, identity_text, limits=limits, spool_dir=Path(tempfile.gettempdir()), forward=True
    )
    with opened:
        manifest = opened.manifest
        town_card = _town_card(manifest, town_cards)
        try:
            syncfile.verify_signature(opened, town_card.minisign_public_key)
        except SyncFileError:
            raise SyncFileError(
                msg(
                    f"文件的签名不是{town_card.name}（{town_card.code}）登记过的密钥签的，"
                    "或者清单被改动过，整个文件已拒绝。",
                    f"The file is not signed by {town_card.code}'s enrolled key; refused.",
                )
            ) from None
        if manifest.receiver_code != town_card.code[:6]:
            raise SyncFileError(
                msg(
                    f"这个文件是发给{manifest.receiver_code}的，不是发给本县"
                    f"（{town_card.code[:6]}）的。",
                    f"The file is addressed to {manifest.receiver_code}, not to this county.",
                )
            )
        syncfile.check_hashes(opened)
        names = opened.member_names
        forwards = _forward_members(names, manifest, town_card)
        cards = _village_cards(opened, names, town_card)
        own = {n: _read_checked(opened, n) for n in names if not archive.is_forward_name(n)}
        payloads = [SignedPayload(town_card.code, manifest, own, limits, opened.manifest_sha256)]
        for village, member in forwards:
            card = cards.get(village)
            if card is None:
                raise SyncFileError(
                    msg(
                        f"文件转交了{village}的数据，却没有带上该村经镇签注的密钥卡，"
                        "整个文件已拒绝。",
                        f"Payload of {village} forwarded without its countersigned card.",
                    )
                )
            data = _read_checked(opened, member)
            payloads.append(_village_payload(data, member, card, town_card, limits))
    return ForwardBundle(town_card.code, file_sha256, payloads)


def _read_checked(opened: syncfile.Opened, name: str) -> bytes:
    """A member's bytes, checked once more against the signed manifest as they are kept."""
    data = opened.reader.read(name)
    if archive.sha256_hex(data) != opened.manifest.sha256.get(name):
        raise SyncFileError(
            msg(
                "文件内容与清单不符（文件被改动或损坏），已拒绝。",
                "The file's contents do not match its manifest (altered or damaged).",
            )
        )
    return data


def _town_card(manifest: Manifest, town_cards: Mapping[str, Card]) -> Card:
    town = manifest.sender_code
    card = town_cards.get(town)
    if len(town) != 9 or card is None or card.kind != "town" or card.code != town:
        raise SyncFileError(
            msg(
                f"发件单位（{town}）不是本县登记过的镇，它的文件不能导入。"
                "请先当面核对指纹并登记该镇的密钥卡。",
                f"The sender {town} is not an enrolled town of this county.",
            )
        )
    return card


def _under(village: str, town: str) -> bool:
    return len(village) == 12 and village.isdigit() and village[:9] == town


def _outside(village: str, town_card: Card) -> SyncFileError:
    return SyncFileError(
        msg(
            f"{village}不是{town_card.name}（{town_card.code}）所辖的村"
            f"（村代码应以{town_card.code}开头），整个文件已拒绝。",
            f"{village} is not a village of {town_card.code}; file refused.",
        )
    )


def _forward_members(
    names: list[str], manifest: Manifest, town_card: Card
) -> list[tuple[str, str]]:
    """(village, member) of every forwarded payload, as the signed manifest lists them."""
    found: list[tuple[str, str]] = []
    for name in names:
        parsed = archive.forward_of_member(name)
        if parsed is not None:
            found.append((parsed[0], name))
    listed = {
        (village, archive.forward_member(village, item))
        for village, items in manifest.forwarded.items()
        for item in items
    }
    if set(found) != listed or len(listed) != sum(len(v) for v in manifest.forwarded.values()):
        raise SyncFileError(
            msg(
                "文件里转交的村级文件与清单不符（文件被改动或损坏），已拒绝。",
                "The forwarded payloads do not match the manifest.",
            )
        )
    for village, _member in found:
        if not _under(village, town_card.code):
            raise _outside(village, town_card)
    return sorted(found)


def _village_cards(opened: syncfile.Opened, names: list[str], town_card: Card) -> dict[str, Card]:
    """The village cards in ``cards/``, each countersigned by the town and named for its code."""
    cards: dict[str, Card] = {}
    present = set(names)
    for name in sorted(names):
        parsed = archive.card_of_member(name)
        if parsed is None:
            continue
        village, is_signature = parsed
        if not _under(village, town_card.code):
            raise _outside(village, town_card)
        if is_signature:
            if archive.card_member(village) not in present:
                raise _unsigned_card(village, town_card)
            continue
        signature_name = name + ".minisig"
        if signature_name not in present:
            raise _unsigned_card(village, town_card)
        card_bytes = opened.reader.read(name, max_bytes=syncfile.SMALL_MEMBER_BYTES)
        signature = opened.reader.read(signature_name, max_bytes=syncfile.SMALL_MEMBER_BYTES)
        card = check_countersigned(card_bytes, signature, town_card, village=village)
        if card.code != village:
            raise SyncFileError(
                msg(
                    f"“{name}”里装的是{card.name}（{card.code}）的密钥卡，与文件名不符"
                    "（卡片被调换过），整个文件已拒绝。",
                    f"{name} holds the card of {card.code}: swapped; file refused.",
                )
            )
        cards[village] = card
    return cards


def _unsigned_card(village: str, town_card: Card) -> SyncFileError:
    return SyncFileError(
        msg(
            f"{village}的密钥卡缺少{town_card.name}（{town_card.code}）的签注，整个文件已拒绝。",
            f"{village}'s card lacks {town_card.code}'s countersignature; file refused.",
        )
    )


def _village_payload(
    data: bytes, member: str, card: Card, town_card: Card, limits: Limits
) -> SignedPayload:
    """A forwarded payload, checked against its village's countersigned card."""
    try:
        reader = archive.MemberReader(io.BytesIO(data), limits=limits)
    except SyncFileError as exc:  # the archive's own words: name the member
        raise _wrapped(member, exc) from exc
    try:
        names = reader.names
        if MANIFEST not in names or SIGNATURE not in names:
            raise _bad_payload(member, "缺少清单或签名", " lacks its manifest or signature")
        manifest_bytes = reader.read(MANIFEST, max_bytes=syncfile.SMALL_MEMBER_BYTES)
        signature = reader.read(SIGNATURE, max_bytes=syncfile.SMALL_MEMBER_BYTES)
        manifest = Manifest.from_json(manifest_bytes)
        if manifest.sender_code != card.code:
            raise _PayloadRefused(
                msg(
                    f"转交的“{member}”自称由{manifest.sender_code}发出，"
                    f"却放在{card.name}（{card.code}）名下，整个文件已拒绝。",
                    f"{member} claims sender {manifest.sender_code}, not {card.code}; refused.",
                )
            )
        try:
            crypto.verify(manifest_bytes, signature, card.minisign_public_key)
        except SyncFileError:
            raise _PayloadRefused(
                msg(
                    f"转交的“{member}”不是{card.name}（{card.code}）的密钥签的"
                    "（被镇里或别人改动、重签过），整个文件已拒绝。",
                    f"{member} is not signed by {card.code}'s key; refused.",
                )
            ) from None
        if manifest.receiver_code != town_card.code or manifest.forwarded:
            raise _bad_payload(
                member,
                f"不是发给{town_card.name}（{town_card.code}）的村级文件",
                f" is not a village file addressed to {town_card.code}",
            )
        listed = manifest.sha256
        data_names = [n for n in names if n not in (MANIFEST, SIGNATURE)]
        if set(listed) != set(data_names):
            raise _bad_payload(
                member, "的内容与村里的清单不符", ": members differ from its manifest"
            )
        hashes, _total = reader.digests(data_names)
        altered = sorted(n for n in data_names if hashes[n] != listed[n])
        if altered:
            raise _bad_payload(
                member,
                f"里的“{altered[0]}”与村里签发的不一致（被改动过）",
                f": {altered[0]} differs from what the village signed",
            )
    except _PayloadRefused:
        raise
    except SyncFileError as exc:  # the archive's or the manifest's own words: name the member
        raise _wrapped(member, exc) from exc
    finally:
        reader.close()
    members = _ZipMembers(data, tuple(data_names), limits)
    return SignedPayload(
        card.code, manifest, members, limits, archive.sha256_hex(manifest_bytes), card=card
    )


class _PayloadRefused(SyncFileError):
    """A forwarded payload refused, in words that already name it."""


def _wrapped(member: str, exc: SyncFileError) -> SyncFileError:
    return _PayloadRefused(
        msg(
            f"转交的“{member}”有问题，整个文件已拒绝：{exc}",
            f"The forwarded {member} is refused, and the whole file: {exc}",
        )
    )


def _bad_payload(member: str, zh: str, en: str) -> SyncFileError:
    return _PayloadRefused(
        msg(f"转交的“{member}”{zh}，整个文件已拒绝。", f"{member}{en}; refused.")
    )


class _ZipMembers(Mapping[str, bytes]):
    """A forwarded payload's members, inflated when asked for (the ZIP stays compressed).

    A county ingests hundreds of payloads from one bundle: holding them
    compressed costs a tenth of holding every member inflated. The bytes are
    the ones whose hashes were checked (an immutable ``bytes``), so reading a
    member again gives what was checked.
    """

    def __init__(self, data: bytes, names: tuple[str, ...], limits: Limits) -> None:
        self._data = data
        self._names = names
        self._limits = limits

    def __getitem__(self, name: str) -> bytes:
        if name not in self._names:
            raise KeyError(name)
        reader = archive.MemberReader(io.BytesIO(self._data), limits=self._limits)
        try:
            return reader.read(name)
        finally:
            reader.close()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()
