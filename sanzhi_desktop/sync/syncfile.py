"""A whole sync file: seal (ZIP → sign → encrypt) and open (decrypt → unzip → verify).

The steps of DESIGN.md §3 that need no database live here, so that anything
else that reads these files (a town script, a test) shares them:

- :func:`seal` builds the members, the manifest with every member's SHA-256,
  its minisign signature, the ZIP, and encrypts it to the receiver;
- :func:`open_sealed` decrypts with this office's identity and reads the ZIP
  within the limits (names, sizes, bombs), returning the *unverified* manifest;
- :func:`verify_signature` and :func:`check_hashes` are the second and third
  checks, once the caller has looked up the sender's enrolled key;
- :func:`write_atomically` is how a file reaches the stick: temp file, fsync,
  rename, fsync of the directory, then read back and compared.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.sync import SyncFileError, archive, crypto
from sanzhi_desktop.sync.archive import ACKS, MANIFEST, SIGNATURE, Limits
from sanzhi_desktop.sync.manifest import Manifest


@dataclass(frozen=True)
class Acks:
    """``acks.json``: the receiver's files the sender imported, and the rev it holds of them."""

    imported: list[dict[str, Any]] = field(default_factory=list)
    max_rev: int = 0

    def to_json(self) -> bytes:
        data = {"imported": self.imported, "max_rev": self.max_rev}
        return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode()

    @classmethod
    def from_json(cls, data: bytes) -> Acks:
        try:
            raw = json.loads(data)
            imported = raw["imported"]
            max_rev = raw["max_rev"]
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise _bad_acks() from exc
        if type(max_rev) is not int or not isinstance(imported, list):
            raise _bad_acks()
        for item in imported:
            if not isinstance(item, dict) or type(item.get("seq")) is not int:
                raise _bad_acks()
        return cls(imported=imported, max_rev=max_rev)

    @property
    def seqs(self) -> list[int]:
        return sorted({int(item["seq"]) for item in self.imported})


@dataclass
class Opened:
    """A decrypted sync file, its members read from the ZIP as they are needed.

    The manifest and its signature are read at once (small); the data members
    are streamed (:meth:`lines`), so a file costs a chunk of memory however
    much it holds. Close it (or use ``with``): a big file's plain ZIP waits in
    a temporary file until then.
    """

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    reader: archive.MemberReader
    plain: IO[bytes] | None = None

    @property
    def manifest_sha256(self) -> str:
        return archive.sha256_hex(self.manifest_bytes)

    @property
    def member_names(self) -> list[str]:
        """Every member but the manifest and its signature."""
        return [n for n in self.reader.names if n not in (MANIFEST, SIGNATURE)]

    def acks(self) -> Acks:
        if ACKS not in self.reader.names:
            return Acks()
        return Acks.from_json(self.reader.read(ACKS, max_bytes=SMALL_MEMBER_BYTES))

    def tables(self) -> list[str]:
        """The tables of the data members, in the order of the ZIP."""
        return [
            table
            for name in self.member_names
            if (table := archive.table_of_member(name)) is not None
        ]

    def lines(self, table: str) -> Iterator[tuple[int, bytes]]:
        """``(line number, line)`` of ``data/<table>.jsonl``, streamed."""
        return self.reader.lines(archive.data_member(table))

    def close(self) -> None:
        self.reader.close()
        if self.plain is not None:
            self.plain.close()

    def __enter__(self) -> Opened:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


#: The manifest, its signature and the acks are read whole: they are never big.
SMALL_MEMBER_BYTES = 16 * 1024 * 1024
#: A decrypted ZIP up to this size stays in memory; a bigger one goes to a temporary file.
SPOOL_BYTES = 32 * 1024 * 1024


def seal(
    manifest: Manifest,
    tables: Mapping[str, list[dict[str, Any]]],
    acks: Acks,
    *,
    secret_key: str,
    recipient: str,
    forward: Mapping[str, bytes] | None = None,
) -> bytes:
    """The encrypted file's bytes; ``manifest``'s counts and hashes are filled in here.

    ``forward``: a town's file for its county also holds these members
    (``forward/…`` payloads and ``cards/…``; :mod:`.forward`), hashed like the others.
    """
    members: dict[str, bytes] = {ACKS: acks.to_json()}
    counts: dict[str, int] = {}
    for table, records in sorted(tables.items()):
        if records:
            members[archive.data_member(table)] = archive.jsonl(records)
            counts[table] = len(records)
    for name, data in (forward or {}).items():
        archive.check_member_name(name, forward=True)
        members[name] = data
    hashes = {name: archive.sha256_hex(data) for name, data in members.items()}
    manifest = replace(manifest, counts=counts, sha256=hashes)
    manifest_bytes = manifest.to_json()
    trusted = f"sanzhi-sync {manifest.sender_code} seq {manifest.seq}"
    members[MANIFEST] = manifest_bytes
    members[SIGNATURE] = crypto.sign(manifest_bytes, secret_key, trusted_comment=trusted)
    return crypto.encrypt(archive.build_zip(members, forward=bool(forward)), recipient)


def open_sealed(data: bytes, identity: str, *, limits: Limits) -> Opened:
    """Decrypt and unzip (step 1 and the first half of step 2); nothing verified yet."""
    if len(data) > limits.max_file_bytes:
        raise SyncFileError(msg("文件太大，超出安全限制。", "The file is too large."))
    return _opened(io.BytesIO(crypto.decrypt(data, identity)), limits)


def open_sealed_path(
    path: Path, identity: str, *, limits: Limits, spool_dir: Path, forward: bool = False
) -> Opened:
    """:func:`open_sealed` of a file on disk, decrypted a block at a time.

    The plain ZIP goes to a spooled temporary file in ``spool_dir`` (the data
    file's folder, which holds the same records in plain already): in memory
    up to :data:`SPOOL_BYTES`, on disk beyond, and deleted when closed.
    ``forward``: a town's file for its county, whose ``forward/`` and ``cards/``
    members are allowed (every other file is refused for holding them).
    """
    plain = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, dir=str(spool_dir))  # noqa: SIM115 — closed by Opened.close
    try:
        with open(path, "rb") as source:
            crypto.decrypt_stream(source, plain, identity)
        plain.seek(0)
        return _opened(plain, limits, forward=forward)
    except BaseException:
        plain.close()
        raise


def _opened(plain: IO[bytes], limits: Limits, *, forward: bool = False) -> Opened:
    reader = archive.MemberReader(plain, limits=limits, forward=forward)
    try:
        names = reader.names
        if MANIFEST not in names or SIGNATURE not in names:
            raise SyncFileError(
                msg("文件里缺少清单或签名，已拒绝。", "The file lacks its manifest or signature.")
            )
        manifest_bytes = reader.read(MANIFEST, max_bytes=SMALL_MEMBER_BYTES)
        signature = reader.read(SIGNATURE, max_bytes=SMALL_MEMBER_BYTES)
        return Opened(Manifest.from_json(manifest_bytes), manifest_bytes, signature, reader, plain)
    except BaseException:
        reader.close()
        plain.close()
        raise


def verify_signature(opened: Opened, public_b64: str) -> None:
    crypto.verify(opened.manifest_bytes, opened.signature, public_b64)


def check_hashes(opened: Opened) -> None:
    """Every member listed in the manifest, with its hash; nothing more, nothing less.

    Each member is read through once, streamed (its decompressed size counted
    against ``max_total_bytes`` on the way).
    """
    listed = opened.manifest.sha256
    names = opened.member_names
    if set(listed) != set(names):
        raise _altered()
    hashes, _total = opened.reader.digests(names)
    if any(hashes[name] != listed[name] for name in names):
        raise _altered()


def write_atomically(path: Path, data: bytes) -> None:
    """temp → fsync → rename → fsync directory → read back; never a half file under ``path``.

    An interruption before the rename leaves at most a hidden ``.tmp`` file
    (removed when Python still runs the cleanup); the previous files are never
    touched.
    """
    directory = path.parent
    temp = directory / f".{path.name}.tmp"
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if exc.filename is None:  # a failed write() names no file: say which one it was
            exc.filename = str(path)
        raise
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_directory(directory)
    if path.read_bytes() != data:
        path.unlink(missing_ok=True)
        raise SyncFileError(
            msg(
                "写入U盘后读回的内容不一致（U盘可能有问题），请换一个U盘再导出。",
                "The file read back differs from what was written; try another drive.",
            )
        )


def write_stream_atomically(path: Path, source: IO[bytes]) -> str:
    """:func:`write_atomically` of a stream, copied a block at a time; its SHA-256 hex.

    For a big file already on disk or in a spooled temporary file (a village
    payload the town keeps): never held whole in memory. Read back and
    compared by hash.
    """
    directory = path.parent
    temp = directory / f".{path.name}.tmp"
    digest = hashlib.sha256()
    try:
        with open(temp, "wb") as handle:
            while block := source.read(1024 * 1024):
                digest.update(block)
                handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    _fsync_directory(directory)
    check = hashlib.sha256()
    with open(path, "rb") as back:
        while block := back.read(1024 * 1024):
            check.update(block)
    if check.hexdigest() != digest.hexdigest():
        path.unlink(missing_ok=True)
        raise SyncFileError(
            msg(
                "写入后读回的内容不一致（磁盘可能有问题）。",
                "The file read back differs from what was written.",
            )
        )
    return digest.hexdigest()


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _altered() -> SyncFileError:
    return SyncFileError(
        msg(
            "文件内容与清单不符（文件被改动或损坏），已拒绝。",
            "The file's contents do not match its manifest (altered or damaged).",
        )
    )


def _bad_acks() -> SyncFileError:
    return SyncFileError(
        msg("文件里的回执（acks.json）不对。", "The file's acks.json is not valid.")
    )
