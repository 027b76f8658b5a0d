"""Backups and restore: verified copies, rotation, the start-up copy, restore, new site id."""

from __future__ import annotations

import errno
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services import backups
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage import backup
from sanzhi_desktop.storage.records import get_meta, set_meta, site_id
from tests.sync.helpers import add_household


def households(session: Session) -> list[str]:
    return [r[0] for r in session.db.execute("SELECT household_no FROM households ORDER BY 1")]


def damage(path: Path) -> None:
    """Overwrite pages in the middle of a checkpointed file (as a bad sector would)."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 30)):
        data[offset] = 0xFF if offset % 7 else 0x00
    path.write_bytes(bytes(data))


def test_backup_is_verified_named_and_counted(session: Session) -> None:
    add_household(session, "0101")
    info = backups.backup_now(session)
    assert info.path.parent == session.path.parent / "backups"
    assert backup.parse_backup_name(info.path.name) is not None
    assert info.reason == "manual" and info.office_code == "610722100201"
    assert info.counts["households"] == 1 and info.counts["persons"] == 1
    assert "小营村" in info.describe() and "户1" in info.describe()
    assert backup.verify_file(info.path) == []
    assert not list(info.path.parent.glob(".*.tmp"))
    # a copy is one self-contained file
    assert not Path(str(info.path) + "-wal").exists()


def test_a_copy_that_fails_its_check_is_deleted(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "_integrity", lambda conn: ["*** page 3 is never used"])
    with pytest.raises(backup.BackupVerifyError, match="已删除"):
        backups.backup_now(session)
    assert list((session.path.parent / "backups").iterdir()) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "已满"), (errno.EROFS, "只读"), (errno.EACCES, "没有权限")],
)
def test_disk_errors_leave_the_file_and_old_copies_intact(
    session: Session, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    add_household(session, "0101")
    old = backups.backup_now(session)
    old_bytes = old.path.read_bytes()

    def fail(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(backup.os, "replace", fail)
    with pytest.raises(RefusedError, match=words) as info:
        backups.backup_now(session)
    assert "没有改动" in str(info.value)
    assert [p.name for p in old.path.parent.iterdir()] == [old.path.name]
    assert old.path.read_bytes() == old_bytes
    assert households(session) == ["0101"]


def test_backup_to_a_missing_folder_is_refused(session: Session, tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="找不到文件夹"):
        backups.backup_now(session, reason="usb", out_dir=tmp_path / "no-stick")


def test_a_folder_given_as_the_backup_is_named_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(RefusedError) as info:
        backups.inspect_backup(tmp_path)
    assert "是一个文件夹" in str(info.value) and "找不到" not in str(info.value)
    with pytest.raises(RefusedError) as missing:
        backups.inspect_backup(tmp_path / "nope.db")
    assert "找不到备份文件" in str(missing.value)


def test_rotation_keeps_14_daily_and_12_monthly(session: Session) -> None:
    first = backups.backup_now(session)
    folder = first.path.parent
    start = datetime(2026, 11, 28, 9, 0, 0)
    for day in range(400):
        for hour in (9, 17):
            taken = start - timedelta(days=day) + timedelta(hours=hour - 9)
            shutil.copy(first.path, folder / backup.backup_file_name("sanzhi", "auto", taken))
    keep = folder / backup.backup_file_name(
        "sanzhi", "before-m006_sync", start - timedelta(days=300)
    )
    shutil.copy(first.path, keep)
    first.path.unlink()
    backups.rotate(session.path)
    left = {
        p.name: parsed
        for p in folder.iterdir()
        if (parsed := backup.parse_backup_name(p.name)) is not None
    }
    auto = sorted((n for n in left.values() if n.reason == "auto"), key=lambda n: n.taken_at)
    days = {n.taken_at.date() for n in auto}
    months = {n.taken_at.strftime("%Y%m") for n in auto}
    assert len(days) == len(auto)  # one per day at most
    assert len(months) == 12 + 0 and len(auto) == 14 + 12 - 1  # Nov 2026 is both a day and a month
    assert auto[-1].taken_at.hour == 17  # the newest of each day is kept
    assert keep.exists()  # the copy made before a migration is never rotated


def test_start_up_copy_only_for_a_set_up_office_once_a_day(db_path: Path) -> None:
    with open_session(db_path) as empty:
        assert empty.startup_backup is None  # nothing to lose in an empty file
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.services.office import init_office

    with open_session(db_path) as s:
        init_office(
            s, kind=OfficeKind.VILLAGE, code="610722100201", name="小营村", town_name="某镇"
        )
    with open_session(db_path) as s:
        assert s.startup_backup is not None and s.startup_backup.exists()
        first = s.startup_backup
    with open_session(db_path) as s:
        assert s.startup_backup is None  # the newest is less than a day old
    old = first.with_name(
        backup.backup_file_name("sanzhi", "auto", datetime.now() - timedelta(days=2))
    )
    first.rename(old)
    with open_session(db_path) as s:
        assert s.startup_backup is not None
    with open_session(db_path, auto_backup=False) as s:
        assert s.startup_backup is None


def test_start_up_copy_failing_does_not_stop_work(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = session.path
    session.close()

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", full)
    with open_session(path) as s:
        assert s.profile is not None
        assert "已满" in s.startup_backup_error


def test_restore_brings_records_back_with_a_new_site_and_clock_kept(session: Session) -> None:
    add_household(session, "0101")
    saved = backups.backup_now(session)
    add_household(session, "0102")
    set_meta(session.db, "sync_last_seq", "7")
    old_site = site_id(session.db)
    old_rev = int(get_meta(session.db, "last_rev"))
    result = backups.restore_backup(session.path, saved.path, session=session)
    assert households(session) == ["0101"]
    assert result.safety_copy is not None and result.safety_copy.exists()
    safety = backups.inspect_backup(result.safety_copy)
    assert safety.counts["households"] == 2  # the replaced file is kept
    assert site_id(session.db) == result.new_site_id != old_site
    assert int(get_meta(session.db, "last_rev")) >= old_rev
    assert int(get_meta(session.db, "sync_last_seq")) == 7
    new = add_household(session, "0103")
    rev, rev_site = session.db.execute(
        "SELECT rev, rev_site FROM households WHERE id = ?", [new]
    ).fetchone()
    assert rev > old_rev and rev_site == result.new_site_id


def test_restore_refuses_another_office_damaged_and_empty_backups(
    session: Session, tmp_path: Path
) -> None:
    from tests.sync.helpers import make_village

    other = make_village(tmp_path / "other", code="610722100202", name="大营村")
    theirs = backups.backup_now(other)
    other.close()
    with pytest.raises(RefusedError, match="大营村"):
        backups.restore_backup(session.path, theirs.path, session=session)
    ours = backups.backup_now(session)
    broken = ours.path.with_name("sanzhi-manual-20260101-000000.db")
    shutil.copy(ours.path, broken)
    damage(broken)
    with pytest.raises(RefusedError):
        backups.restore_backup(session.path, broken, session=session)
    with open_session(tmp_path / "empty" / "e.db") as empty:
        blank = backups.backup_now(empty)
    with pytest.raises(RefusedError, match="空文件"):
        backups.restore_backup(session.path, blank.path, session=session)
    with pytest.raises(RefusedError, match="找不到"):
        backups.inspect_backup(tmp_path / "nothing.db")
    not_db = tmp_path / "x.db"
    not_db.write_bytes(b"hello" * 1000)
    with pytest.raises(RefusedError, match="不是本程序"):
        backups.inspect_backup(not_db)


def test_damaged_file_is_moved_aside_never_written(session: Session) -> None:
    add_household(session, "0101")
    good = backups.backup_now(session)
    path = session.path
    session.db.execute("CREATE TABLE filler (x TEXT)")
    for i in range(300):
        session.db.execute("INSERT INTO filler VALUES (?)", ["x" * 500 + str(i)])
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    damage(path)
    damaged_bytes = path.read_bytes()
    bad_copy = good.path.with_name("sanzhi-auto-29991231-000000.db")
    shutil.copy(path, bad_copy)  # a newer copy that is itself damaged
    offer = backups.damaged_file_offer(path)
    assert str(good.path) in offer and "sanzhi restore" in offer
    assert backups.newest_good_backup(path) is not None
    result = backups.restore_backup(path, good.path)
    assert result.damaged_moved_to is not None
    assert result.damaged_moved_to.read_bytes() == damaged_bytes
    with open_session(path) as s:
        assert households(s) == ["0101"]
        assert site_id(s.db) == result.new_site_id


def test_restore_onto_a_new_pc_without_a_data_file(session: Session, tmp_path: Path) -> None:
    add_household(session, "0101")
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = backups.backup_now(session, reason="usb", out_dir=stick)
    assert copy.path.parent == stick
    target = tmp_path / "new-pc" / "sanzhi.db"
    result = backups.restore_backup(target, copy.path)
    with open_session(target) as s:
        assert households(s) == ["0101"]
        assert s.profile is not None and s.profile.name == "小营村"
        assert site_id(s.db) == result.new_site_id != site_id(session.db)


def test_list_backups_newest_first(session: Session) -> None:
    first = backups.backup_now(session)
    older = first.path.with_name("sanzhi-manual-20200101-000000.db")
    first.path.rename(older)
    backups.backup_now(session)
    listed = backups.list_backups(session.path)
    assert [i.path.name for i in listed][-1] == older.name
    assert len(listed) == 2


def test_two_copies_in_one_second_keep_the_one_just_written(session: Session) -> None:
    manual = backups.backup_now(session)
    auto = backups.backup_now(session, reason="auto")
    assert auto.path.exists()
    assert manual.path.parent == auto.path.parent
