"""Recovery from the town: the whole path from a dead village PC back to a working one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services import keys, recovery, roster, sync
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import sync_ledger
from sanzhi_desktop.storage.records import get_meta, site_id
from sanzhi_desktop.sync import SyncFileError
from tests.sync.helpers import (
    OTHER_VILLAGE,
    VILLAGE_CODE,
    Pair,
    add_household,
    db_fingerprint,
    enrol_both,
    make_office,
    make_town,
    make_village,
    rename_head,
    synced_state,
)


def _dead_village(root: Path) -> tuple[Session, Path]:
    """A town that holds 小营村's records after two syncs; returns (town, stick)."""
    p = Pair(make_town(root), make_village(root), root / "stick")
    p.stick.mkdir()
    enrol_both(p.town, p.village)
    first = add_household(p.village, "0101", "张三")
    add_household(p.village, "0102", "李四")
    sync.export_all(p.village, p.stick)
    sync.import_sync_files(p.town, [p.stick])
    rename_head(p.village, first, "张三丰")
    roster.delete_household(
        p.village, roster.get_household(p.village, add_household(p.village, "0103")).id
    )
    sync.export_all(p.village, p.stick)
    sync.import_sync_files(p.town, [p.stick])
    # the town answers once, so the village holds town records too
    sync.export_all(p.town, p.stick)
    sync.import_sync_files(p.village, [p.stick])
    # the village PC dies: its folder (data file and keys) is gone
    folder = p.village.path.parent
    p.village.close()
    shutil.rmtree(folder)
    return p.town, p.stick


def _reinstall(root: Path, town: Session) -> Session:
    village = make_village(root / "new-pc")
    keys.enroll(village, keys.own_card(town))
    keys.enroll(town, keys.own_card(village))  # the town enrols the new card
    return village


def test_whole_recovery_path(tmp_path: Path) -> None:
    town, stick = _dead_village(tmp_path)
    village = _reinstall(tmp_path, town)
    try:
        made = recovery.write_recovery_file(town, VILLAGE_CODE, stick)
        assert made.path.name.endswith(".sanzhi-recovery")
        assert made.own_records >= 5 and made.last_seq == 2
        result = recovery.import_recovery_file(village, made.path)
        # the recovered database holds exactly what the town held of the village
        assert synced_state(village, owner=VILLAGE_CODE) == synced_state(town, owner=VILLAGE_CODE)
        assert result.next_seq == 3
        town_sites = {r[0] for r in town.db.execute("SELECT rev_site FROM households").fetchall()}
        assert site_id(village.db) not in town_sites  # a new site id
        top = town.db.execute(
            "SELECT max(rev) FROM households WHERE owner = ?", [VILLAGE_CODE]
        ).fetchone()[0]
        assert int(get_meta(village.db, "seen_max_rev")) >= top
        # the village works on and its next export is accepted by the town
        new_id = add_household(village, "0104", "王五")
        assert (
            village.db.execute("SELECT rev FROM households WHERE id = ?", [new_id]).fetchone()[0]
            > top
        )
        exported = sync.export_all(village, stick)
        assert exported[0].seq == 3
        assert exported[0].counts == {"households": 1, "persons": 1}  # only what the town lacks
        reports = sync.import_sync_files(town, [exported[0].path])
        assert reports[0].status is sync.ImportStatus.IMPORTED, reports[0].message
        assert reports[0].warnings == []
        assert synced_state(village, owner=VILLAGE_CODE) == synced_state(town, owner=VILLAGE_CODE)
        # and the town's next file is accepted by the recovered village
        back = sync.export_sync_file(town, stick, to=VILLAGE_CODE)
        report = sync.import_sync_file(village, back.path)
        assert report.status is sync.ImportStatus.IMPORTED, report.message
    finally:
        village.close()
        town.close()


def test_recovery_refused_into_a_file_that_holds_records(tmp_path: Path) -> None:
    town, stick = _dead_village(tmp_path)
    village = _reinstall(tmp_path, town)
    try:
        add_household(village, "0901")
        made = recovery.write_recovery_file(town, VILLAGE_CODE, stick)
        before = db_fingerprint(village)
        with pytest.raises(RefusedError, match="新安装"):
            recovery.import_recovery_file(village, made.path)
        assert db_fingerprint(village) == before
    finally:
        village.close()
        town.close()


def test_recovery_file_for_the_old_key_is_refused(tmp_path: Path) -> None:
    """Written before the town enrolled the new card: encrypted to the dead PC's key."""
    town, stick = _dead_village(tmp_path)
    made = recovery.write_recovery_file(town, VILLAGE_CODE, stick)
    village = _reinstall(tmp_path, town)
    try:
        before = db_fingerprint(village)
        with pytest.raises(SyncFileError, match="无法解密"):
            recovery.import_recovery_file(village, made.path)
        assert db_fingerprint(village) == before
    finally:
        village.close()
        town.close()


def test_ordinary_import_refuses_a_recovery_file_and_recover_refuses_a_sync_file(
    tmp_path: Path,
) -> None:
    town, stick = _dead_village(tmp_path)
    village = _reinstall(tmp_path, town)
    try:
        made = recovery.write_recovery_file(town, VILLAGE_CODE, stick)
        report = sync.import_sync_file(village, made.path)
        assert report.status is sync.ImportStatus.REFUSED
        normal = sync.export_sync_file(town, stick, to=VILLAGE_CODE)
        with pytest.raises(SyncFileError, match="不是恢复文件"):
            recovery.import_recovery_file(village, normal.path)
        assert (
            sync_ledger.count_since(village.db, "households", owner=VILLAGE_CODE, since_rev=0) == 0
        )
    finally:
        village.close()
        town.close()


def test_only_a_town_writes_and_only_for_an_enrolled_village(tmp_path: Path) -> None:
    town, stick = _dead_village(tmp_path)
    village = _reinstall(tmp_path, town)
    try:
        with pytest.raises(RefusedError, match="只有镇里"):
            recovery.write_recovery_file(village, VILLAGE_CODE, stick)
        with pytest.raises(RefusedError, match="还没有登记"):
            recovery.write_recovery_file(town, OTHER_VILLAGE, stick)
        with pytest.raises(RefusedError, match="找不到文件夹"):
            recovery.write_recovery_file(town, VILLAGE_CODE, tmp_path / "no-stick")
    finally:
        village.close()
        town.close()


def test_a_tampered_recovery_file_is_refused(tmp_path: Path) -> None:
    town, stick = _dead_village(tmp_path)
    village = _reinstall(tmp_path, town)
    try:
        made = recovery.write_recovery_file(town, VILLAGE_CODE, stick)
        data = bytearray(made.path.read_bytes())
        data[len(data) // 2] ^= 0x40
        made.path.write_bytes(bytes(data))
        before = db_fingerprint(village)
        with pytest.raises(SyncFileError):
            recovery.import_recovery_file(village, made.path)
        assert db_fingerprint(village) == before
        other = make_office(tmp_path / "x", OfficeKind.TOWN, "610722101", "另一镇")
        with pytest.raises(RefusedError, match="只能导入到村里"):
            recovery.import_recovery_file(other, made.path)
        other.close()
    finally:
        village.close()
        town.close()


def test_a_recovery_file_cannot_push_the_clock_beyond_a_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15, rule 2, for the recovery file too: village_max_rev is bounded."""
    from sanzhi_desktop.services import recovery as rec
    from sanzhi_desktop.storage import clock

    town, stick = _dead_village(tmp_path)
    village = _reinstall(tmp_path, town)
    try:
        real_seal = rec._seal

        def far_ahead(manifest, extra, *args):  # type: ignore[no-untyped-def]
            extra = {**extra, "recovery": {**extra["recovery"], "village_max_rev": 2**62}}
            return real_seal(manifest, extra, *args)

        monkeypatch.setattr(rec, "_seal", far_ahead)
        made = recovery.write_recovery_file(town, VILLAGE_CODE, stick)
        with pytest.raises(SyncFileError, match="清单不对"):
            recovery.import_recovery_file(village, made.path)
        assert int(get_meta(village.db, "seen_max_rev", "0")) < clock.now_ms() + 10**8
    finally:
        village.close()
        town.close()
