"""``manifest.json`` of a sync file, and the file's name (DESIGN.md §3, format 1).

Fields (all present in every manifest, keys sorted when written)::

    format            "sanzhi-sync"
    format_version    1
    schema_version    number of schema migrations of the sender's program
    app_version       the sender's program version
    sender_code       village (12 digits) or town (9 digits) code
    sender_site_id    the sender database's site id
    receiver_code     the code of the office the file is for
    receiver_fingerprint  the receiver's card fingerprint the sender enrolled
    seq               1, 2, 3 … per sender
    since_rev         the last rev of the sender's the receiver acknowledged
    max_rev           the sender's clock when the file was made
    created_at        ISO 8601 with offset
    counts            {table: records in data/<table>.jsonl}
    sha256            {member name: SHA-256 hex} of every other member but the signature

and, only in a town's file for its county (docs/county.md)::

    forwarded         {village code: [payload names]}: the ``forward/<village>/<name>``
                      members, each a village's signed payload as the town received it

A file without ``forwarded`` (every village's and town's file) is written
exactly as before, key for key, so its bytes and signature do not change.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.sync import SyncFileError

FORMAT = "sanzhi-sync"
FORMAT_VERSION = 1
FILE_SUFFIX = ".sanzhi"
_NAME = re.compile(r"^(\d{9}|\d{12})-(\d{8})-(\d+)\.sanzhi$")


@dataclass(frozen=True)
class Manifest:
    schema_version: int
    app_version: str
    sender_code: str
    sender_site_id: str
    receiver_code: str
    receiver_fingerprint: str
    seq: int
    since_rev: int
    max_rev: int
    created_at: str
    counts: dict[str, int] = field(default_factory=dict)
    sha256: dict[str, str] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    forwarded: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> bytes:
        data = asdict(self)
        if not self.forwarded:
            del data["forwarded"]
        return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        """Parse and type-check; :class:`SyncFileError` for anything but a format-1 manifest."""
        try:
            raw = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _bad() from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise _bad()
        version = raw.get("format_version")
        if type(version) is not int:  # true == 1 and 1.0 == 1 in Python: not a version
            raise _bad()
        if version != FORMAT_VERSION:
            raise SyncFileError(
                msg(
                    "这个同步文件的格式版本较新，本程序读不了，请先升级程序。",
                    "The sync file's format is newer than this program: please update.",
                )
            )
        ints = ("schema_version", "seq", "since_rev", "max_rev")
        strs = (
            "app_version",
            "sender_code",
            "sender_site_id",
            "receiver_code",
            "receiver_fingerprint",
            "created_at",
        )
        try:
            values: dict[str, Any] = {k: raw[k] for k in (*ints, *strs, "counts", "sha256")}
        except KeyError as exc:
            raise _bad() from exc
        if not all(type(values[k]) is int for k in ints) or not all(
            isinstance(values[k], str) for k in strs
        ):
            raise _bad()
        if not _str_map(values["sha256"], str) or not _str_map(values["counts"], int):
            raise _bad()
        forwarded = raw.get("forwarded", {})
        if not isinstance(forwarded, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(n, str) for n in v)
            for k, v in forwarded.items()
        ):
            raise _bad()
        return cls(**values, forwarded=forwarded)


def _str_map(value: object, kind: type) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and type(v) is kind for k, v in value.items()
    )


def file_name(sender: str, day: date, seq: int) -> str:
    """``<sender>-<YYYYMMDD>-<seq>.sanzhi``."""
    return f"{sender}-{day:%Y%m%d}-{seq}{FILE_SUFFIX}"


def parse_file_name(name: str) -> tuple[str, str, int] | None:
    """(sender, YYYYMMDD, seq) of a well-formed name, else None (a renamed copy is fine)."""
    match = _NAME.match(name)
    return (match[1], match[2], int(match[3])) if match else None


def _bad() -> SyncFileError:
    return SyncFileError(
        msg("文件里的清单（manifest.json）不对，已拒绝。", "The file's manifest is not valid.")
    )
