"""Damaged data files: never written to, and the restore that ``check`` suggests works.

The damage is real: a truncated file, an index whose entries no longer match
its table (``quick_check`` passes, ``integrity_check`` fails — the case where
restore used to fail with "备份写好后校验不通过"), and a 0-byte file beside
good backups.
"""

from __future__ import annotations

import re
import shlex
import sqlite3
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services import backups
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage import connection
from tests.sync.helpers import add_household


def _office_with_backup(session: Session) -> tuple[Path, Path]:
    for no in ("0101", "0102", "0103"):
        add_household(session, no, "张三")
    good = backups.backup_now(session).path
    add_household(session, "0104", "李四")
    path = session.path
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    return path, good


def _suggested_restore(err: str) -> list[str]:
    match = re.search(r"sanzhi (restore .+)$", err, re.MULTILINE)
    assert match, err
    return shlex.split(match.group(1))


def _restore_as_suggested(path: Path, err: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(path), *_suggested_restore(err), "--yes"])
    out, err2 = capsys.readouterr()
    assert code == 0, err2
    assert "已恢复" in out
    assert main(["--db", str(path), "check"]) == 0
    assert "数据文件完好" in capsys.readouterr().out
    with open_session(path, auto_backup=False) as session:
        nos = [r[0] for r in session.conn.execute("SELECT household_no FROM households")]
    assert sorted(nos) == ["0101", "0102", "0103"]


def test_a_truncated_file(session: Session, capsys: pytest.CaptureFixture[str]) -> None:
    path, _good = _office_with_backup(session)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    half = path.read_bytes()
    assert main(["--db", str(path), "operators", "add", "李四"]) == 1
    assert "已损坏" in capsys.readouterr().err
    assert path.read_bytes() == half  # never written
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "已损坏" in err
    _restore_as_suggested(path, err, capsys)
    assert list(path.parent.glob("sanzhi.db.damaged-*"))


def _scramble_index(path: Path) -> None:
    """Give two indexes of ``households`` each other's pages: both stay well-formed
    b-trees (``quick_check`` ok) but no longer match the table (``integrity_check``)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        rows = conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'households' AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        assert len(rows) >= 2, rows
        (a, page_a), (b, page_b) = rows[0], rows[1]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", [page_b, a])
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", [page_a, b])
        conn.execute("PRAGMA writable_schema = OFF")
    finally:
        conn.close()


def test_a_damaged_index_page_is_restored_as_check_suggests(
    session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _good = _office_with_backup(session)
    _scramble_index(path)
    probe = sqlite3.connect(path)
    try:
        assert connection.quick_check(probe) == []  # the damage only the thorough check sees
        assert connection.integrity_check(probe) != []
    finally:
        probe.close()
    assert main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "已损坏" in err and "sanzhi restore" in err
    _restore_as_suggested(path, err, capsys)


def test_a_zero_byte_file_with_backups_offers_the_latest(
    session: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = _office_with_backup(session)
    path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    assert main(["--db", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert "数据文件完好" not in out + err
    assert "0字节" in err and good.name in err, err
    assert main(["--db", str(path), "info"]) == 1
    assert "0字节" in capsys.readouterr().err
    assert path.stat().st_size == 0  # not silently turned into a new empty office
    _restore_as_suggested(path, err, capsys)


def test_a_zero_byte_file_without_backups_is_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.write_bytes(b"")
    with open_session(path) as session:
        assert session.profile is None
