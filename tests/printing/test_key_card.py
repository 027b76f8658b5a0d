"""密钥卡: the printed card names the office and shows the fingerprint, font embedded."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from sanzhi_desktop.printing.key_card import FINGERPRINT_SIZE, KeyCardSheet, key_card_pdf
from sanzhi_desktop.services import keys
from sanzhi_desktop.services.session import Session
from tests.pdf_tools import pdf_fonts, pdf_pages, pdf_text

CARD = KeyCardSheet(
    office_name="小营村",
    code="610722100201",
    kind="village",
    town_name="柳林镇",
    age_recipient="age1ylds6x6aydl3vr2gxft0l2cr5w0sm8lsmvahppt62svnpyk0ppzq3r6xhu",
    minisign_public_key="RWSHh1WFa/V1woPbdOnT1pd83hBNLxvypBWFe1zKsoRpJl+2bNG1uy2t",
    fingerprint="7239 7279 6191 5064 6512",
    printed_on="2026-11-28",
)


def test_card_shows_office_fingerprint_keys_and_signature_line() -> None:
    pdf = key_card_pdf(CARD)
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 1
    assert "小营村同步密钥卡" in text and "610722100201" in text and "柳林镇" in text
    assert "村" in text and "2026年11月28日" in text
    assert "7239 7279 6191 5064 6512" in " ".join(text.split())
    assert CARD.age_recipient in text and CARD.minisign_public_key in text
    assert "对比人签字" in text and "大声读出" in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)


def test_a_town_card_and_a_long_name_still_fit_one_page() -> None:
    town = replace(CARD, office_name="某某某某某某某某某某镇" * 2, code="610722100", kind="town")
    pdf = key_card_pdf(town)
    text = " ".join(pdf_text(pdf).split())
    assert pdf_pages(pdf) == 1
    assert "镇（乡）" in text and "7239 7279 6191 5064 6512" in text


def word_heights(pdf: bytes) -> dict[str, float]:
    """Each word's height on the page (``pdftotext -bbox``), to compare type sizes."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "card.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True
        ).stdout.decode()
    heights = {}
    for match in re.finditer(r'yMin="([\d.]+)"[^>]*yMax="([\d.]+)">([^<]+)<', html):
        heights[match.group(3)] = float(match.group(2)) - float(match.group(1))
    return heights


def test_the_fingerprint_is_printed_far_larger_than_the_text() -> None:
    heights = word_heights(key_card_pdf(CARD))
    body = heights[CARD.age_recipient]
    assert FINGERPRINT_SIZE >= 3 * 11
    assert all(heights[group] > 2.5 * body for group in CARD.groups)


def test_service_prints_this_offices_own_card(session: Session) -> None:
    card = keys.own_card(session)
    text = " ".join(pdf_text(keys.card_pdf(session)).split())
    assert card.fingerprint in text
    assert "小营村" in text and "某镇" in text and card.age_recipient in text
