"""Issue 15, rule 7: a restore onto a deleted data file keeps the highest seq of its backups."""

from __future__ import annotations

from pathlib import Path

from sanzhi_desktop.services import backups
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage.records import get_meta, set_meta
from tests.sync.helpers import add_household


def test_restore_onto_a_deleted_file_takes_the_seq_and_clock_of_the_newest_backup(
    session: Session, tmp_path: Path
) -> None:
    add_household(session, "0101")
    old = backups.backup_now(session, reason="manual")
    old_path = old.path.rename(old.path.with_name("sanzhi-manual-20200101-000000.db"))
    with session.db.atomic():
        set_meta(session.db, "sync_last_seq", "7")  # files 1–7 went to the town since
        set_meta(session.db, "last_rev", str(10**12 + 5))
    backups.backup_now(session, reason="auto")
    path = session.path
    session.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)  # the data file is gone
    backups.restore_backup(path, old_path)  # the clerk picks the older copy
    with open_session(path) as restored:
        assert int(get_meta(restored.db, "sync_last_seq")) == 7
        assert int(get_meta(restored.db, "last_rev")) >= 10**12 + 5
