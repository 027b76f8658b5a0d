"""The ZIP inside a sync file: built deterministically, read defensively.

Reading is step 1 of DESIGN.md §3's import: before anything is believed, the
archive must stay within :class:`Limits` (file size, member count, bytes per
member and in total, compression ratio, line length) and every member name
must be one the format defines — no ``..``, no absolute paths, no surprises.
Sizes declared in the ZIP directory can lie, so members are read in chunks and
counted as they decompress: a bomb is stopped after ``max_member_bytes``, not
after it has filled the memory.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.sync import SyncFileError

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
ACKS = "acks.json"
DATA_PREFIX = "data/"
DATA_SUFFIX = ".jsonl"

_TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
#: A town's file for its county (docs/county.md) also carries its villages' payloads as
#: received and the village cards it countersigned; nothing else may name a folder.
FORWARD_PREFIX = "forward/"
CARDS_PREFIX = "cards/"
CARD_MEMBER_SUFFIX = ".card"
CARD_SIGNATURE_SUFFIX = ".card.minisig"
_FORWARD_NAME = re.compile(r"^forward/(\d{12})/([0-9A-Za-z][0-9A-Za-z_-]{0,99}\.zip)$")
_CARD_NAME = re.compile(r"^cards/(\d{12})\.card(\.minisig)?$")
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Limits:
    """What a sync file may hold; generous for a village's decade of records."""

    max_file_bytes: int = 512 * 1024 * 1024
    max_members: int = 500
    max_member_bytes: int = 512 * 1024 * 1024
    max_total_bytes: int = 1024 * 1024 * 1024
    #: Deflate of real JSON lines reaches 10–20×; 1000× is zeros (a bomb).
    max_ratio: int = 200
    max_line_bytes: int = 1024 * 1024


DEFAULT_LIMITS = Limits()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def data_member(table: str) -> str:
    return f"{DATA_PREFIX}{table}{DATA_SUFFIX}"


def table_of_member(name: str) -> str | None:
    """The table of ``data/<table>.jsonl``, or None for another member."""
    if name.startswith(DATA_PREFIX) and name.endswith(DATA_SUFFIX):
        table = name[len(DATA_PREFIX) : -len(DATA_SUFFIX)]
        if _TABLE_NAME.match(table):
            return table
    return None


def forward_member(village: str, name: str) -> str:
    """``forward/<village>/<name>``: a village's payload as the town received it."""
    return f"{FORWARD_PREFIX}{village}/{name}"


def card_member(village: str) -> str:
    """``cards/<village>.card``; its town's countersignature is this name + ``.minisig``."""
    return f"{CARDS_PREFIX}{village}{CARD_MEMBER_SUFFIX}"


def forward_of_member(name: str) -> tuple[str, str] | None:
    """(village, payload name) of ``forward/<village>/<name>.zip``, or None."""
    match = _FORWARD_NAME.match(name)
    return (match[1], match[2]) if match else None


def card_of_member(name: str) -> tuple[str, bool] | None:
    """(village, is the countersignature) of ``cards/<village>.card[.minisig]``, or None."""
    match = _CARD_NAME.match(name)
    return (match[1], bool(match[2])) if match else None


def is_forward_name(name: str) -> bool:
    """A member only a town's file for its county may hold."""
    return forward_of_member(name) is not None or card_of_member(name) is not None


def check_member_name(name: str, *, forward: bool = False) -> None:
    """Refuse any name but the format's own (path tricks included).

    ``forward``: a town's file for the county, which may also hold
    ``forward/<village>/<name>.zip`` and ``cards/<village>.card[.minisig]``
    (strict patterns: digits, then one plain file name; no ``..``, no
    absolute path, no third level).
    """
    if name in (MANIFEST, SIGNATURE, ACKS) or table_of_member(name) is not None:
        return
    if forward and is_forward_name(name):
        return
    raise SyncFileError(
        msg(
            f"文件里有不允许的内容“{name}”（可能是恶意文件），已拒绝。",
            f"The file holds a member that is not allowed: {name!r}",
        )
    )


def build_zip(members: Mapping[str, bytes], *, forward: bool = False) -> bytes:
    """A ZIP of ``members`` in name order with fixed timestamps (same input, same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            check_member_name(name, forward=forward)
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name])
    return buffer.getvalue()


class MemberReader:
    """An opened ZIP whose members are read a chunk at a time, never held whole.

    The directory is checked when it is opened (member count, names, no name
    twice, declared sizes); each member is decompressed as it is read and
    stopped as soon as it passes its cap (``max_member_bytes``, or
    ``max_ratio`` times its compressed size), so a bomb costs a chunk of
    memory, not its decompressed size. A member can be read more than once
    (its hash, then its records): inflating again is cheaper than keeping it.
    """

    def __init__(
        self, source: IO[bytes], *, limits: Limits = DEFAULT_LIMITS, forward: bool = False
    ) -> None:
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
            raise _damaged() from exc
        infos = self._zip.infolist()
        if len(infos) > limits.max_members:
            self._zip.close()
            raise _too_big(msg(f"成员太多（{len(infos)}个）", f"{len(infos)} members"))
        self._infos: dict[str, zipfile.ZipInfo] = {}
        try:
            for info in infos:
                check_member_name(info.filename, forward=forward)
                if info.filename in self._infos:
                    raise _damaged()
                if info.file_size > limits.max_member_bytes:
                    raise _too_big(msg("单个成员过大", "member too large"))
                self._infos[info.filename] = info
        except SyncFileError:
            self._zip.close()
            raise

    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def close(self) -> None:
        self._zip.close()

    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes, 64 KiB at a time, within its cap."""
        info = self._infos[name]
        limits = self.limits
        size = 0
        cap = min(limits.max_member_bytes, max(info.compress_size, 1024) * limits.max_ratio)
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > cap:
                        raise _too_big(
                            msg(
                                "压缩比异常（疑似“压缩炸弹”）",
                                "compression ratio too high (zip bomb)",
                            )
                        )
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise _damaged() from exc

    def read(self, name: str, *, max_bytes: int | None = None) -> bytes:
        """A whole member (the manifest, its signature, the acks: small ones)."""
        parts: list[bytes] = []
        size = 0
        for chunk in self.chunks(name):
            size += len(chunk)
            if max_bytes is not None and size > max_bytes:
                raise _too_big(msg(f"成员“{name}”过大", f"member {name} too large"))
            parts.append(chunk)
        return b"".join(parts)

    def digests(self, names: Iterable[str]) -> tuple[dict[str, str], int]:
        """The SHA-256 of ``names`` and their total decompressed size, each read once, streamed."""
        hashes: dict[str, str] = {}
        total = 0
        for name in names:
            digest = hashlib.sha256()
            for chunk in self.chunks(name):
                total += len(chunk)
                if total > self.limits.max_total_bytes:
                    raise _too_big(msg("解压后总量过大", "too much decompressed data"))
                digest.update(chunk)
            hashes[name] = digest.hexdigest()
        return hashes, total

    def lines(self, name: str) -> Iterator[tuple[int, bytes]]:
        """``(number, line)`` of a member, each within ``max_line_bytes`` (newline not counted)."""
        limit = self.limits.max_line_bytes
        number = 0
        rest = b""
        for chunk in self.chunks(name):
            lines = (rest + chunk if rest else chunk).split(b"\n")
            rest = lines.pop()  # the part after the last newline: the next chunk goes on
            for line in lines:
                number += 1
                if len(line) > limit:
                    raise _too_big(msg(f"第{number}行太长", f"line {number} too long"))
                yield number, line
            if len(rest) > limit:
                raise _too_big(msg(f"第{number + 1}行太长", f"line {number + 1} too long"))
        if rest:
            yield number + 1, rest


_CHUNK = 64 * 1024


def read_zip(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Every member's bytes, or :class:`SyncFileError` when a limit or a name is broken."""
    reader = MemberReader(io.BytesIO(data), limits=limits)
    try:
        members: dict[str, bytes] = {}
        total = 0
        for name in reader.names:
            members[name] = reader.read(name)
            total += len(members[name])
            if total > limits.max_total_bytes:
                raise _too_big(msg("解压后总量过大", "too much decompressed data"))
        return members
    finally:
        reader.close()


def jsonl(records: list[dict[str, Any]]) -> bytes:
    """One JSON object a line, keys sorted, UTF-8 (Chinese kept readable)."""
    return b"".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        for r in records
    )


def iter_jsonl(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[dict[str, Any]]:
    """The records of a ``data/*.jsonl`` member; refuses over-long or non-object lines.

    Lines are taken one at a time (not ``data.split``): a million-record member
    would otherwise be copied whole into a list of lines before the first record.
    """
    for number, line in enumerate(io.BytesIO(data), start=1):
        if not line.strip():
            continue
        # The limit is on the line itself, without its newline (as when it was split).
        if len(line) - line.endswith(b"\n") > limits.max_line_bytes:
            raise _too_big(msg(f"第{number}行太长", f"line {number} too long"))
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _damaged() from exc
        if not isinstance(record, dict):
            raise _damaged()
        yield record


def _damaged() -> SyncFileError:
    return SyncFileError(
        msg(
            "文件已损坏（内容不完整或被改动），没有导入。请重新导出一份。",
            "The file is damaged (incomplete or altered); nothing was imported.",
        )
    )


def _too_big(detail: str) -> SyncFileError:
    return SyncFileError(
        msg(
            f"文件超出安全限制：{detail}，已拒绝。",
            f"The file exceeds a safety limit: {detail}.",
        )
    )
