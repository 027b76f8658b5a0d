"""Opening files: WAL, damage detection, migrations with a backup, the instance lock."""

import sqlite3
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


def _corrupt(db_path: Path) -> None:
    """Fill a data file with 300 rows, then overwrite pages 3–40 with garbage."""
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


def test_a_corrupted_page_is_detected(db_path: Path) -> None:
    _corrupt(db_path)
    with pytest.raises(connection.DamagedDatabaseError):
        open_session(db_path)


def test_older_schema_is_backed_up_before_migrating(db_path: Path) -> None:
    db = connection.connect(db_path)
    migrations.runner().apply(db, stop_before="m002_roster")
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


def test_an_early_check_finds_a_corrupted_page_and_the_session_refuses(db_path: Path) -> None:
    _corrupt(db_path)
    damaged = db_path.read_bytes()
    early = connection.EarlyQuickCheck(db_path)
    try:
        problems = early.verdict(db_path)
    except sqlite3.DatabaseError as exc:  # "malformed": as good a verdict as a list
        problems = [str(exc)]
    assert problems  # the page damage, found on the early thread
    with pytest.raises(connection.DamagedDatabaseError):
        open_session(db_path, early_check=connection.EarlyQuickCheck(db_path))
    assert db_path.read_bytes() == damaged


def test_an_early_check_of_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(connection.DamagedDatabaseError) as info:
        open_session(path, early_check=connection.EarlyQuickCheck(path))
    assert "损坏" in str(info.value)


def test_an_early_check_of_a_sound_file_is_used(db_path: Path) -> None:
    with open_session(db_path):
        pass
    early = connection.EarlyQuickCheck(db_path)
    assert early.verdict(db_path) == []
    assert early.verdict(db_path.with_name("other.db")) is None  # another file: not covered
    with open_session(db_path, early_check=early) as session:
        assert session.profile is None


def test_an_early_check_that_could_not_read_is_no_verdict(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A busy file or an unwritable -shm is not damage: open_session checks again itself."""
    with open_session(db_path):
        pass

    def busy(_db: object) -> list[str]:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(connection, "quick_check", busy)
    early = connection.EarlyQuickCheck(db_path)
    assert early.verdict(db_path) is None
    monkeypatch.undo()
    with open_session(db_path, early_check=early) as session:
        assert session.profile is None


def test_an_early_check_never_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "sanzhi.db"
    early = connection.EarlyQuickCheck(path)
    assert early.verdict(path) is None  # nothing to check: open_session checks itself
    assert not path.exists() and not path.parent.exists()
    with open_session(path, early_check=early) as session:  # the first run still works
        assert migrations.schema_version(session.conn) == migrations.latest_schema_version()


def test_schema_version_by_plain_sql_agrees_with_sqlite_utils(db_path: Path) -> None:
    db = connection.connect(db_path)
    assert migrations.schema_version(db) == 0  # no migrations table yet
    migrations.runner().apply(db, stop_before="m003_boards")
    applied = [m.name for m in migrations.runner().applied(db)]
    assert migrations.applied_names(db.conn) == applied == ["m001_core", "m002_roster"]
    assert migrations.pending_names(migrations.applied_names(db.conn))[0] == "m003_boards"
    db.close()


def test_rev_only_indexes_are_dropped_and_exports_still_use_an_index(db_path: Path) -> None:
    db = connection.connect(db_path)
    migrations.runner().apply(db, stop_before="m007_drop_rev_only_indexes")
    db.execute("CREATE INDEX idx_persons_rev ON persons(rev)")  # as files made before had
    assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_changes_rev'").fetchone()
    db.close()
    with open_session(db_path) as session:  # an older file: migrated (after a backup)
        assert session.migration_backup is not None
        names = {r[0] for r in session.conn.execute("SELECT name FROM sqlite_master")}
        assert not {"idx_persons_rev", "idx_households_rev", "idx_changes_rev"} & names
        assert "idx_persons_owner_rev" in names
        plan = session.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM persons WHERE owner = ? AND rev > ? ORDER BY rev",
            ["x", 0],
        ).fetchall()
        assert "idx_persons_owner_rev" in str(plan)


def test_a_larger_page_cache_is_given_back(db_path: Path) -> None:
    with open_session(db_path) as session:
        (before,) = session.conn.execute("PRAGMA cache_size").fetchone()
        with connection.page_cache(session.conn, 256):
            assert session.conn.execute("PRAGMA cache_size").fetchone() == (-256 * 1024,)
        assert session.conn.execute("PRAGMA cache_size").fetchone() == (before,)
        with pytest.raises(RuntimeError), connection.page_cache(session.conn, 64):
            raise RuntimeError("a refused import")
        assert session.conn.execute("PRAGMA cache_size").fetchone() == (before,)
