"""Issue 15: a folder import goes file by file, never shows a traceback, and seqs never restart."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.services.sync import ImportStatus
from sanzhi_desktop.storage import clock, sync_ledger
from sanzhi_desktop.storage.records import get_meta
from tests.sync.helpers import (
    OTHER_VILLAGE,
    VILLAGE_CODE,
    Pair,
    add_household,
    crafted_file,
    db_fingerprint,
    make_village,
    pair,
    rows_of,
)


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Pair]:
    with pair(tmp_path) as offices:
        yield offices


def test_a_folder_import_refuses_the_bad_file_and_imports_the_others(
    p: Pair, tmp_path: Path
) -> None:
    other = make_village(tmp_path / "other", OTHER_VILLAGE, "大营村")
    try:
        keys.enroll(other, keys.own_card(p.town))
        keys.enroll(p.town, keys.own_card(other))
        add_household(p.village, "0101")
        add_household(other, "0201")
        good = sync.export_sync_file(other, p.stick).path
        rows = rows_of(p.village, "households")
        rows[0]["rev"] = -3
        bad = crafted_file(
            p.village, p.town, p.stick, {"households": rows}, seq=7, max_rev=clock.now_ms()
        )
        reports = sync.import_sync_files(p.town, [p.stick])
        by_name = {r.path.name: r for r in reports}
        assert by_name[bad.name].status is ImportStatus.REFUSED
        assert "第1行" in by_name[bad.name].message
        assert by_name[good.name].status is ImportStatus.IMPORTED, by_name[good.name].message
        assert [r["owner"] for r in rows_of(p.town, "households")] == [OTHER_VILLAGE]
        summary = sync.summary(reports)
        assert summary.startswith("共2个文件：已导入1个，已导入过0个，已拒绝1个")
    finally:
        other.close()


def test_an_unforeseen_error_is_a_refusal_in_chinese_not_a_traceback(
    p: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_household(p.village, "0101")
    path = sync.export_sync_file(p.village, p.stick).path
    before = db_fingerprint(p.town)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(sync_ledger, "write_rows", broken)
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.REFUSED
    assert "意外的错误（RuntimeError）" in report.message
    assert "数据没有任何改动" in report.message
    assert db_fingerprint(p.town) == before
    monkeypatch.undo()
    assert sync.import_sync_files(p.town, [path])[0].status is ImportStatus.IMPORTED


def test_the_clock_and_seen_max_stay_within_a_day_of_now(p: Pair) -> None:
    """A genuine rev a few hours ahead is fine, and is all the file can push the clock by."""
    add_household(p.village, "0101")
    rows = rows_of(p.village, "households")
    ahead = clock.now_ms() + 3 * 3600 * 1000
    rows[0]["rev"] = ahead
    path = crafted_file(p.village, p.town, p.stick, {"households": rows}, max_rev=ahead)
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.IMPORTED, report.message
    assert int(get_meta(p.town.db, "seen_max_rev")) == ahead


def test_acks_bounded_like_revs(p: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    from sanzhi_desktop.sync import syncfile

    add_household(p.village, "0101")
    rows = rows_of(p.village, "households")
    original = syncfile.Acks

    def huge_ack() -> syncfile.Acks:
        return original(imported=[{"seq": 2**62}], max_rev=2**63 - 1)

    monkeypatch.setattr(syncfile, "Acks", huge_ack)
    path = crafted_file(p.village, p.town, p.stick, {"households": rows})
    monkeypatch.undo()
    before = db_fingerprint(p.town)
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.REFUSED
    assert "回执" in report.message
    assert db_fingerprint(p.town) == before


def test_a_reinstalled_village_takes_its_seq_from_the_towns_acks(p: Pair, tmp_path: Path) -> None:
    """Issue 15, rule 7: a new data file would start at seq 1 again; the town's file says 2."""
    add_household(p.village, "0101")
    for _ in range(2):
        path = sync.export_sync_file(p.village, p.stick).path
        assert sync.import_sync_files(p.town, [path])[0].status is ImportStatus.IMPORTED
    # the village PC is re-installed: a new data file and new keys, enrolled again
    fresh = make_village(tmp_path / "reinstalled", VILLAGE_CODE, "小营村")
    try:
        keys.enroll(fresh, keys.own_card(p.town))
        keys.enroll(p.town, keys.own_card(fresh))
        [town_file] = sync.export_all(p.town, p.stick)
        [report] = sync.import_sync_files(fresh, [town_file.path])
        assert report.status is ImportStatus.IMPORTED, report.message
        assert int(get_meta(fresh.db, "sync_last_seq")) == 2
        add_household(fresh, "0301")
        nxt = sync.export_sync_file(fresh, p.stick)
        assert nxt.seq == 3
        [arrived] = sync.import_sync_files(p.town, [nxt.path])
        assert arrived.status is ImportStatus.IMPORTED, arrived.message
        assert arrived.warnings == []  # no false "two PCs" alert
    finally:
        fresh.close()


def test_the_two_pcs_alert_tells_a_restore_from_a_copied_file(p: Pair, tmp_path: Path) -> None:
    add_household(p.village, "0101")
    # a backup of the data file, taken before the first export ...
    copy_dir = tmp_path / "backup"
    shutil.copytree(p.village.path.parent, copy_dir)
    (copy_dir / "sanzhi.db.lock").unlink(missing_ok=True)
    first = sync.export_sync_file(p.village, p.stick).path
    sync.import_sync_files(p.town, [first])
    # ... restored (a new site id) before the town's file came back: seq 1 again
    restored = open_session(copy_dir / "sanzhi.db", operator="另一台")
    try:
        from sanzhi_desktop.storage.records import set_meta

        with restored.db.atomic():
            set_meta(restored.db, "site_id", "restored-site-id")
        add_household(restored, "0301", "钱七")
        stick2 = tmp_path / "stick2"
        stick2.mkdir()
        again = sync.export_sync_file(restored, stick2)
        assert again.seq == 1
        [report] = sync.import_sync_files(p.town, [again.path])
        assert report.status is ImportStatus.IMPORTED
        [warning] = report.warnings
        assert "两个不同的数据文件" in warning
        assert "恢复过备份或重新安装" in warning and "两个站点标识的文件都还在送来" in warning
    finally:
        restored.close()
