"""``sanzhi keys card --out F.pdf``: the printable card; any other name stays the card file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from tests.pdf_tools import pdf_fonts, pdf_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def village(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    db = tmp_path / "village" / "village.db"
    args = ["village", "--code", "610722100201", "--name", "小营村", "--town-name", "柳林镇"]
    code, _, err = run(capsys, "--db", str(db), "init", *args)
    assert code == 0, err
    return db


def test_pdf_name_writes_the_printable_card(
    capsys: pytest.CaptureFixture[str], village: Path, tmp_path: Path
) -> None:
    out = tmp_path / "小营村密钥卡.PDF"
    code, printed, _ = run(
        capsys, "--db", str(village), "--json", "keys", "card", "--out", str(out)
    )
    shown = json.loads(printed)
    assert code == 0 and shown["path"] == str(out)
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    text = " ".join(pdf_text(pdf).split())
    assert shown["fingerprint"] in text and "小营村" in text
    assert all(f["emb"] == "yes" for f in pdf_fonts(pdf))


def test_other_names_and_folders_still_write_the_card_file(
    capsys: pytest.CaptureFixture[str], village: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "stick.pdf"  # a folder, even with that name: the card file goes in it
    folder.mkdir()
    assert run(capsys, "--db", str(village), "keys", "card", "--out", str(folder))[0] == 0
    card = json.loads((folder / "610722100201.sanzhi-card").read_text("utf-8"))
    assert card["format"] == "sanzhi-card"
    named = tmp_path / "card.json"
    code, printed, _ = run(capsys, "--db", str(village), "keys", "card", "--out", str(named))
    assert code == 0 and "密钥卡已保存" in printed
    assert json.loads(named.read_text("utf-8"))["fingerprint"] == card["fingerprint"]
