"""Debian's ``age`` and ``minisign`` read our files (scripts/setup.sh installs them)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.sync import crypto
from tests.sync.helpers import add_household, pair

needs_tools = pytest.mark.skipif(
    not (shutil.which("age") and shutil.which("minisign")),
    reason="Debian's age and minisign are not installed (scripts/setup.sh installs them)",
)


@needs_tools
def test_age_decrypts_and_minisign_verifies_an_exported_file(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        add_household(p.village, "0101", "张三")
        exported = sync.export_sync_file(p.village, p.stick).path
        town_identity = keys.key_paths(p.town).age_identity
        plain = subprocess.run(
            ["age", "-d", "-i", str(town_identity), str(exported)],
            check=True,
            capture_output=True,
        ).stdout
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            archive.extractall(tmp_path / "out")
        village_pub = tmp_path / "village.pub"
        card = keys.own_card(p.village)
        village_pub.write_text(crypto.public_key_file_text(card.minisign_public_key))
        assert village_pub.read_text() == keys.key_paths(p.village).minisign_public.read_text()
        manifest = tmp_path / "out" / "manifest.json"
        result = subprocess.run(
            ["minisign", "-V", "-p", str(village_pub), "-m", str(manifest)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        assert "sanzhi-sync 610722100201 seq 1" in result.stdout
        assert "张三" in (tmp_path / "out" / "data" / "households.jsonl").read_text()
        manifest.write_bytes(manifest.read_bytes() + b" ")
        tampered = subprocess.run(
            ["minisign", "-V", "-p", str(village_pub), "-m", str(manifest)], capture_output=True
        )
        assert tampered.returncode != 0
