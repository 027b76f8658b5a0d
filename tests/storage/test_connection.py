"""Opening files: WAL, damage detection, migrations with a backup, the instance lock."""

from pathlib import Path

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import connection, migrations
from sanzhi_desktop.storage.lock import AlreadyRunningError, InstanceLock


def test_new_file_is_wal_and_fully_migrated(db_path: Path) -> None:
    with open_session(db_path) as session:
        mode = session.db.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        assert migrations.schema_version(session.db) == migrations.latest_schema_version()
        assert session.migration_backup is None  # nothing to back up in a new file


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    payload = b"this is not a database" * 100
    path.write_bytes(payload)
    with pytest.raises(connection.DamagedDatabaseError) as info:
        open_session(path)
    assert "损坏" in str(info.value)
    assert path.read_bytes() == payload


def test_a_corrupted_page_is_detected(db_path: Path) -> None:
    with open_session(db_path) as session:
        session.db.execute("CREATE TABLE filler (x TEXT)")
        for i in range(300):
            session.db.execute("INSERT INTO filler VALUES (?)", ["x" * 500 + str(i)])
        session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 40)):
        data[offset] = 0xFF if offset % 7 else 0x00
    db_path.write_bytes(bytes(data))
    with pytest.raises(connection.DamagedDatabaseError):
        open_session(db_path)


def test_older_schema_is_backed_up_before_migrating(db_path: Path) -> None:
    db = connection.connect(db_path)
    migrations.MIGRATIONS.apply(db, stop_before="m002_roster")
    db.close()
    with open_session(db_path) as session:
        assert session.migration_backup is not None
        assert session.migration_backup.exists()
        assert "m002_roster" in session.migration_backup.name
        backup = connection.connect(session.migration_backup)
        assert migrations.schema_version(backup) == 1
        backup.close()


def test_newer_schema_is_refused(db_path: Path) -> None:
    with open_session(db_path) as session:
        session.db["_sqlite_migrations"].insert(  # type: ignore[union-attr]
            {"migration_set": "sanzhi", "name": "m999_future", "applied_at": "2030"}
        )
    with pytest.raises(RefusedError) as info:
        open_session(db_path)
    assert "更新版本" in str(info.value)


def test_second_copy_is_told_plainly(db_path: Path) -> None:
    with open_session(db_path):
        with pytest.raises(AlreadyRunningError) as info:
            open_session(db_path)
        assert "已经在运行" in str(info.value)
    with open_session(db_path):  # released on close
        pass


def test_lock_is_released_when_opening_fails(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"x" * 1000)
    with pytest.raises(connection.DamagedDatabaseError):
        open_session(path)
    with InstanceLock(path):
        pass
