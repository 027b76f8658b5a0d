"""age encryption and minisign signatures, in the tools' own text formats.

Why these two: the township's IT helper can open any sync file with Debian's
``age -d -i identity.txt`` and check a manifest with ``minisign -V``, without
this program (DESIGN.md §3). So the keys are written exactly as ``age-keygen``
and ``minisign -G`` write them:

- age identity file: ``# created: …`` / ``# public key: age1…`` / ``AGE-SECRET-KEY-1…``;
- minisign secret key: ``untrusted comment: …`` + base64 (unencrypted, like
  ``minisign -G -W``: the PC has no one to type a password for a USB export);
- minisign public key: ``untrusted comment: minisign public key <ID>`` + base64.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import IO

import minisign
import pyrage

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.sync import SyncFileError


@dataclass(frozen=True)
class KeyTexts:
    """The four key files of one office, as text."""

    age_identity: str
    age_recipient: str
    minisign_secret: str
    minisign_public: str


def generate_keys(*, created: datetime, comment: str) -> KeyTexts:
    """A new age X25519 identity and minisign key pair (``comment``: printable ASCII only)."""
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    identity_text = (
        f"# created: {created.isoformat(timespec='seconds')}\n"
        f"# public key: {recipient}\n{identity}\n"
    )
    pair = minisign.KeyPair.generate()
    secret = pair.secret_key
    secret.untrusted_comment = f"minisign secret key of {comment}"
    public = pair.public_key
    return KeyTexts(
        age_identity=identity_text,
        age_recipient=recipient + "\n",
        minisign_secret=bytes(secret).decode("ascii") + "\n",
        minisign_public=bytes(public).decode("ascii") + "\n",
    )


def recipient_of(identity_text: str) -> str:
    return str(_identity(identity_text).to_public())


def minisign_public_base64(public_text: str) -> str:
    """The base64 line of a public key file (what a card carries and ``minisign -P`` takes)."""
    return str(_public_key(public_text).to_base64().decode("ascii"))


def public_key_file_text(public_base64: str) -> str:
    """A ``minisign.pub`` file from its base64 line (for ``minisign -V -p``)."""
    key = _public_key_from_base64(public_base64)
    return bytes(key).decode("ascii") + "\n"


def fingerprint(age_recipient: str, minisign_public_b64: str) -> str:
    """20 digits in groups of four, read aloud at enrolment.

    Digits, not hex: clerks compare them over the phone or across a desk;
    20 digits (≈66 bits) of SHA-256 over both public keys make a matching
    forgery impractical.
    """
    digest = hashlib.sha256(
        f"sanzhi-card-v1\n{age_recipient.strip()}\n{minisign_public_b64.strip()}".encode()
    ).digest()
    number = int.from_bytes(digest[:12], "big") % 10**20
    digits = f"{number:020d}"
    return " ".join(digits[i : i + 4] for i in range(0, 20, 4))


def check_recipient(text: str) -> str:
    try:
        return str(pyrage.x25519.Recipient.from_str(text.strip()))
    except Exception as exc:
        raise SyncFileError(msg("密钥卡里的加密公钥格式不对", "Bad age recipient")) from exc


def check_public_base64(text: str) -> str:
    _public_key_from_base64(text)
    return text.strip()


def encrypt(data: bytes, recipient: str) -> bytes:
    return bytes(pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient.strip())]))


def decrypt(data: bytes, identity_text: str) -> bytes:
    """Plain bytes, or :class:`SyncFileError` (not for this office, or damaged)."""
    try:
        return bytes(pyrage.decrypt(data, [_identity(identity_text)]))
    except pyrage.DecryptError as exc:
        raise SyncFileError(
            msg(
                "无法解密：这个文件不是发给本单位的，或者文件已损坏（复制不完整）。",
                "Cannot decrypt: the file is not addressed to this office, or it is damaged.",
            )
        ) from exc


def decrypt_stream(source: IO[bytes], target: IO[bytes], identity_text: str) -> None:
    """:func:`decrypt` from one open file into another, a block at a time (big files)."""
    try:
        pyrage.decrypt_io(source, target, [_identity(identity_text)])
    except OSError as exc:  # pyrage's error for a payload cut short or altered
        raise SyncFileError(
            msg(
                "文件已损坏（内容不完整或被改动），没有导入。请重新导出一份。",
                "The file is damaged (incomplete or altered); nothing was imported.",
            )
        ) from exc
    except pyrage.DecryptError as exc:
        raise SyncFileError(
            msg(
                "无法解密：这个文件不是发给本单位的，或者文件已损坏（复制不完整）。",
                "Cannot decrypt: the file is not addressed to this office, or it is damaged.",
            )
        ) from exc


def sign(data: bytes, secret_text: str, *, trusted_comment: str) -> bytes:
    """A ``.minisig`` file's bytes for ``data``."""
    secret = minisign.SecretKey.from_bytes(secret_text.strip().encode("ascii"))
    signature = secret.sign(data, trusted_comment=trusted_comment)
    return bytes(signature) + b"\n"


def verify(data: bytes, signature: bytes, public_b64: str) -> None:
    """Raise :class:`SyncFileError` unless ``signature`` is the key's signature of ``data``."""
    refused = SyncFileError(
        msg(
            "签名不对：这个文件不是由登记过的密钥签发的，或者内容被改动过。",
            "Bad signature: not signed by the enrolled key, or altered.",
        )
    )
    try:
        sig = minisign.Signature.from_bytes(signature)
        _public_key_from_base64(public_b64).verify(data, sig)
    except (minisign.Error, ValueError) as exc:
        raise refused from exc


def _identity(text: str) -> pyrage.x25519.Identity:
    for line in text.splitlines():
        if line.strip().startswith("AGE-SECRET-KEY-"):
            return pyrage.x25519.Identity.from_str(line.strip())
    raise SyncFileError(msg("本单位的解密密钥文件已损坏", "The age identity file is damaged"))


def _public_key(text: str) -> minisign.PublicKey:
    try:
        return minisign.PublicKey.from_bytes(text.strip().encode("ascii"))
    except (minisign.Error, ValueError) as exc:
        raise SyncFileError(msg("签名公钥文件格式不对", "Bad minisign public key")) from exc


def _public_key_from_base64(text: str) -> minisign.PublicKey:
    try:
        return minisign.PublicKey.from_base64(text.strip().encode("ascii"))
    except (minisign.Error, ValueError, UnicodeEncodeError) as exc:
        raise SyncFileError(msg("签名公钥格式不对", "Bad minisign public key")) from exc
