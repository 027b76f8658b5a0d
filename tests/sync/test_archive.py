from __future__ import annotations

import io
import zipfile

import pytest

from sanzhi_desktop.sync import SyncFileError, archive
from sanzhi_desktop.sync.archive import Limits


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buffer.getvalue()


def test_build_and_read_round_trip_and_are_deterministic() -> None:
    members = {"acks.json": b"{}", "data/persons.jsonl": archive.jsonl([{"name": "张三"}])}
    assert archive.build_zip(members) == archive.build_zip(dict(reversed(members.items())))
    assert archive.read_zip(archive.build_zip(members)) == members
    assert list(archive.iter_jsonl(members["data/persons.jsonl"])) == [{"name": "张三"}]


@pytest.mark.parametrize(
    "name",
    ["../evil.jsonl", "/etc/passwd", "data/../../x.jsonl", "data/a/b.jsonl", "readme.txt", "C:\\x"],
)
def test_names_outside_the_format_are_refused(name: str) -> None:
    with pytest.raises(SyncFileError, match="不允许"):
        archive.read_zip(_zip({name: b"x"}))


def test_decompression_bomb_is_stopped_by_the_ratio() -> None:
    bomb = _zip({"data/persons.jsonl": b"0" * 5_000_000})
    with pytest.raises(SyncFileError, match="压缩炸弹"):
        archive.read_zip(bomb)


def test_member_count_and_size_limits() -> None:
    many = _zip({f"data/t{i}.jsonl": b"{}" for i in range(5)})
    with pytest.raises(SyncFileError, match="成员太多"):
        archive.read_zip(many, limits=Limits(max_members=4))
    with pytest.raises(SyncFileError, match="过大"):
        archive.read_zip(_zip({"acks.json": b"x" * 100}), limits=Limits(max_member_bytes=10))


def test_long_line_and_garbage_lines_refused() -> None:
    with pytest.raises(SyncFileError, match="太长"):
        list(archive.iter_jsonl(b'{"a": "' + b"x" * 50 + b'"}\n', limits=Limits(max_line_bytes=20)))
    with pytest.raises(SyncFileError, match="损坏"):
        list(archive.iter_jsonl(b"[1, 2]\n"))


def test_a_line_exactly_at_the_limit_is_read_with_or_without_its_newline() -> None:
    line = b'{"a": "' + b"x" * 13 + b'"}'  # 22 bytes
    limits = Limits(max_line_bytes=len(line))
    assert list(archive.iter_jsonl(line + b"\n" + line, limits=limits)) == [{"a": "x" * 13}] * 2
    with pytest.raises(SyncFileError, match="太长"):
        list(archive.iter_jsonl(line + b"\n", limits=Limits(max_line_bytes=len(line) - 1)))
    with pytest.raises(SyncFileError, match="损坏"):
        archive.read_zip(b"not a zip")


@pytest.mark.parametrize(
    "name",
    [
        "forward/610722100201/610722100201-20261128-1.zip",
        "cards/610722100201.card",
        "cards/610722100201.card.minisig",
    ],
)
def test_forwarding_members_only_in_a_towns_file_for_its_county(name: str) -> None:
    archive.check_member_name(name, forward=True)
    with pytest.raises(SyncFileError, match="不允许的内容"):
        archive.check_member_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "forward/61072210020/x.zip",
        "forward/610722100201/.x.zip",
        "forward/610722100201/x.zip/y.zip",
        "forward/610722100201/x..zip",
        "forward/610722100201/x.sanzhi",
        "cards/610722100.card",
        "cards/610722100201.card.sig",
    ],
)
def test_forwarding_member_names_are_strict(name: str) -> None:
    with pytest.raises(SyncFileError, match="不允许的内容"):
        archive.check_member_name(name, forward=True)
