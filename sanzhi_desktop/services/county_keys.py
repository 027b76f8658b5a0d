"""The county office's identity: its keys and its card (docs/county.md).

A county has no SQLite data file (its records live in PostgreSQL), but it
needs what a town has: an age identity to open its towns' files and a
minisign key pair, and a card the towns pin. They live in ``county/`` of the
data directory, in the same text formats as an office's keys (``age -d -i``
and ``minisign -V`` work on them):

    county/county.json            {"code": "610722", "name": "某某县"}
    county/<code>-age.txt          age identity (secret, owner-only)
    county/<code>-age.pub          age recipient
    county/<code>-minisign.key     minisign secret key (secret, owner-only)
    county/<code>-minisign.pub     minisign public key

Created once and never replaced: a lost key means a new card and every town
enrolling it again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.storage import clock
from sanzhi_desktop.sync import crypto
from sanzhi_desktop.sync.cards import CARD_SUFFIX, Card

COUNTY_DIR = "county"
IDENTITY_FILE = "county.json"


@dataclass(frozen=True)
class CountyKeys:
    code: str
    name: str
    folder: Path
    age_identity: str
    age_recipient: str
    minisign_secret: str
    minisign_public_b64: str

    @property
    def card(self) -> Card:
        """The county's card, which every town of the county pins (``town enroll-county``)."""
        return Card.build(
            kind="county",
            code=self.code,
            name=self.name,
            town_code="",
            recipient=self.age_recipient,
            public_b64=self.minisign_public_b64,
        )

    @property
    def fingerprint(self) -> str:
        return self.card.fingerprint


def county_dir(data_dir: Path) -> Path:
    return Path(data_dir) / COUNTY_DIR


def check_county_code(code: str) -> str:
    """A 6-digit county code (2 province, 2 prefecture, 2 county), or :class:`RefusedError`."""
    code = code.strip()
    if len(code) != 6 or not code.isdigit() or not code.isascii():
        raise RefusedError(
            msg(
                f"县级区划代码应为6位数字（统计用区划代码的前6位），“{code}”不对。",
                f"A county code has 6 digits, not {code!r}.",
            )
        )
    if code[4:6] == "00":
        raise RefusedError(
            msg(f"“{code}”是地市一级的代码，不是县（区）的。", f"{code} is not a county code.")
        )
    return code


def ensure_county_keys(data_dir: Path, *, code: str = "", name: str = "") -> CountyKeys:
    """The county's keys, created the first time (then ``code`` and ``name`` are needed).

    Given again later, ``code`` must be the county's own: one folder holds one county.
    """
    folder = county_dir(data_dir)
    identity_path = folder / IDENTITY_FILE
    if not identity_path.exists():
        if not code or not name.strip():
            raise RefusedError(
                msg(
                    "县里的密钥还没有建立。第一次请写明县的代码和名称："
                    "sanzhi county keys --code 610722 --name 某某县",
                    "No county keys yet: give --code and --name the first time.",
                )
            )
        _create(folder, check_county_code(code), name.strip())
    keys = load_county_keys(data_dir)
    if code and code.strip() != keys.code:
        raise RefusedError(
            msg(
                f"这个数据目录里已经是{keys.name}（{keys.code}）的密钥，不能改成{code}。",
                f"These are the keys of {keys.code}, not {code}.",
            )
        )
    return keys


def load_county_keys(data_dir: Path) -> CountyKeys:
    """The county's keys as they are; :class:`RefusedError` when none were created."""
    folder = county_dir(data_dir)
    try:
        identity = json.loads((folder / IDENTITY_FILE).read_text(encoding="utf-8"))
        code, name = str(identity["code"]), str(identity["name"])
        age_identity = (folder / f"{code}-age.txt").read_text(encoding="ascii")
        secret = (folder / f"{code}-minisign.key").read_text(encoding="ascii")
        public = (folder / f"{code}-minisign.pub").read_text(encoding="ascii")
    except FileNotFoundError as exc:
        raise RefusedError(
            msg(
                f"在 {folder} 里找不到县里的密钥，请先运行 sanzhi county keys --code … --name …。",
                f"No county keys in {folder}: run sanzhi county keys first.",
            )
        ) from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RefusedError(
            msg(
                f"县里的密钥文件已损坏（{folder}）。",
                f"The county key files are damaged ({folder}).",
            )
        ) from exc
    return CountyKeys(
        code=code,
        name=name,
        folder=folder,
        age_identity=age_identity,
        age_recipient=crypto.recipient_of(age_identity),
        minisign_secret=secret,
        minisign_public_b64=crypto.minisign_public_base64(public),
    )


def write_county_card(data_dir: Path, out: Path) -> Path:
    """Write the county's card; ``out`` may be a folder (``<code>.sanzhi-card`` in it)."""
    card = load_county_keys(data_dir).card
    out = Path(out)
    path = out / f"{card.code}{CARD_SUFFIX}" if out.is_dir() else out
    if not path.parent.is_dir():
        raise RefusedError(
            msg(f"找不到文件夹 {path.parent}（U盘插好了吗？）", f"No such folder: {path.parent}")
        )
    path.write_bytes(card.to_json())
    return path


def _create(folder: Path, code: str, name: str) -> None:
    texts = crypto.generate_keys(created=clock.now(), comment=f"sanzhi county {code}")
    folder.mkdir(parents=True, exist_ok=True)
    _write_private(folder / f"{code}-age.txt", texts.age_identity)
    _write_private(folder / f"{code}-minisign.key", texts.minisign_secret)
    (folder / f"{code}-age.pub").write_text(texts.age_recipient, encoding="ascii")
    (folder / f"{code}-minisign.pub").write_text(texts.minisign_public, encoding="ascii")
    # Last: its presence says the keys are complete.
    (folder / IDENTITY_FILE).write_text(
        json.dumps({"code": code, "name": name}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
