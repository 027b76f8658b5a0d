from __future__ import annotations

import json
from datetime import datetime

import pytest

from sanzhi_desktop.sync import SyncFileError, crypto
from sanzhi_desktop.sync.cards import Card


@pytest.fixture(scope="module")
def texts() -> crypto.KeyTexts:
    return crypto.generate_keys(created=datetime(2026, 11, 28).astimezone(), comment="test")


def test_key_files_are_in_the_tools_formats(texts: crypto.KeyTexts) -> None:
    assert texts.age_identity.startswith("# created: ")
    assert "# public key: age1" in texts.age_identity
    assert texts.age_identity.strip().splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    assert texts.minisign_public.startswith("untrusted comment: minisign public key ")
    assert texts.minisign_secret.startswith("untrusted comment: ")


def test_encrypt_decrypt_and_sign_verify(texts: crypto.KeyTexts) -> None:
    sealed = crypto.encrypt(b"hello", texts.age_recipient)
    assert crypto.decrypt(sealed, texts.age_identity) == b"hello"
    other = crypto.generate_keys(created=datetime(2026, 1, 1).astimezone(), comment="other")
    with pytest.raises(SyncFileError, match="不是发给本单位"):
        crypto.decrypt(sealed, other.age_identity)
    public = crypto.minisign_public_base64(texts.minisign_public)
    signature = crypto.sign(b"manifest", texts.minisign_secret, trusted_comment="t")
    crypto.verify(b"manifest", signature, public)
    with pytest.raises(SyncFileError, match="签名不对"):
        crypto.verify(b"manifesT", signature, public)
    with pytest.raises(SyncFileError, match="签名不对"):
        crypto.verify(b"manifest", signature, crypto.minisign_public_base64(other.minisign_public))


def test_fingerprint_is_twenty_digits_and_depends_on_both_keys(texts: crypto.KeyTexts) -> None:
    public = crypto.minisign_public_base64(texts.minisign_public)
    fp = crypto.fingerprint(texts.age_recipient, public)
    assert len(fp.replace(" ", "")) == 20 and fp.replace(" ", "").isdigit()
    assert fp != crypto.fingerprint(texts.age_recipient, public[:-2] + "AA")


def test_card_round_trip_and_tampered_card_refused(texts: crypto.KeyTexts) -> None:
    card = Card.build(
        kind="town",
        code="610722100",
        name="柳林镇",
        town_code="610722100",
        recipient=texts.age_recipient,
        public_b64=crypto.minisign_public_base64(texts.minisign_public),
    )
    assert Card.from_json(card.to_json()) == card
    raw = json.loads(card.to_json())
    raw["age_recipient"] = str(
        crypto.generate_keys(created=datetime(2026, 1, 1).astimezone(), comment="x").age_recipient
    ).strip()
    with pytest.raises(SyncFileError, match="指纹"):
        Card.from_json(json.dumps(raw).encode())
    with pytest.raises(SyncFileError, match="不是一张有效"):
        Card.from_json(b"{}")
