"""Full disk, read-only stick, no permission, injected at the exact call: a Chinese message.

These inject the OSError where the bytes reach the disk, to pin each write
path's cleanup step by step. The same faults made for real (a tmpfs filled to
the last byte, a read-only remount, ``chattr +i``) are in
``test_real_full_disk.py`` and ``test_read_only.py``.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services import backups, sync
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import backup, connection
from sanzhi_desktop.sync import syncfile
from tests.sync.helpers import add_household, db_fingerprint, pair

CASES = [(errno.ENOSPC, "已满"), (errno.EROFS, "只读"), (errno.EACCES, "没有权限")]


def _raiser(code: int):  # type: ignore[no-untyped-def]
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(("code", "words"), CASES)
def test_backup_to_a_full_or_read_only_stick(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    with pair(tmp_path) as p:
        add_household(p.village, "0101")
        old = backups.backup_now(p.village, reason="usb", out_dir=p.stick)
        old_bytes = old.path.read_bytes()
        before = db_fingerprint(p.village)
        monkeypatch.setattr(backup.os, "replace", _raiser(code))
        with pytest.raises(backups.RefusedError, match=words):
            backups.backup_now(p.village, reason="usb", out_dir=p.stick)
        assert sorted(x.name for x in p.stick.iterdir()) == [old.path.name]
        assert old.path.read_bytes() == old_bytes
        assert db_fingerprint(p.village) == before
        assert connection.integrity_check(p.village.db) == []


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "磁盘已满"), (errno.EACCES, "没有权限")]
)
def test_export_to_a_full_stick_keeps_old_files_and_data(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
    words: str,
) -> None:
    with pair(tmp_path) as p:
        add_household(p.village, "0101")
        first = sync.export_all(p.village, p.stick)[0]
        first_bytes = first.path.read_bytes()
        db = p.village.path
        p.village.close()
        real_open = open

        def open_failing(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
            if "w" in mode and str(file).endswith(".tmp"):
                raise (PermissionError if code == errno.EACCES else OSError)(
                    code, os.strerror(code)
                )
            return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(syncfile, "open", open_failing, raising=False)
        exit_code = main(["--db", str(db), "export", "--out", str(p.stick)])
        err = capsys.readouterr().err
        assert exit_code == 1 and words in err
        assert sorted(x.name for x in p.stick.iterdir()) == [first.path.name]
        assert first.path.read_bytes() == first_bytes
        with open_session(db) as again:
            assert connection.integrity_check(again.db) == []
            count = again.db.execute("SELECT count(*) FROM households").fetchone()[0]
            assert count == 1
            p.village = again
            monkeypatch.undo()
            # the next export (with room on the stick) still carries everything
            assert sync.export_all(again, p.stick)[0].counts["households"] == 1


def test_pdf_save_to_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert (
        main(
            [
                "--db",
                str(db),
                "init",
                "village",
                "--code",
                "610722100201",
                "--name",
                "小营村",
                "--town-name",
                "某镇",
            ]
        )
        == 0
    )
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF-old")
    capsys.readouterr()
    # The stick turns read-only while the PDF is being written (cli.base.write_output).
    # (The month's mediation report prints even for a new village: an empty issue
    # wall is refused before anything is written.)
    monkeypatch.setattr(os, "fsync", _raiser(errno.EROFS))
    exit_code = main(
        ["--db", str(db), "report", "mediation", "--month", "2026-11", "--out", str(out)]
    )
    err = capsys.readouterr().err
    assert exit_code == 1 and "只读" in err and str(out) in err
    monkeypatch.undo()
    assert out.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []
    with open_session(db) as s:
        assert connection.integrity_check(s.db) == []
