"""Export and import of sync files between a village and its town (DESIGN.md §3)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sanzhi_desktop.services import keys, roster, sync
from sanzhi_desktop.services.progress import Cancelled
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.services.sync import ImportStatus
from sanzhi_desktop.storage import migrations, sync_ledger
from sanzhi_desktop.sync.archive import Limits
from tests.sync.helpers import (
    OTHER_VILLAGE,
    TOWN_CODE,
    VILLAGE_CODE,
    Pair,
    add_household,
    crafted_file,
    db_fingerprint,
    make_town,
    make_village,
    pair,
    rename_head,
    rows_of,
    synced_state,
)


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Pair]:
    with pair(tmp_path) as offices:
        yield offices


def _import(p: Pair, *paths: Path) -> list[sync.ImportReport]:
    return sync.import_sync_files(p.town, list(paths))


def test_village_file_arrives_at_the_town_with_every_record(p: Pair) -> None:
    add_household(p.village, "0101", "张三")
    add_household(p.village, "0102", "李四")
    result = sync.export_sync_file(p.village, p.stick)
    assert result.path.name == f"{VILLAGE_CODE}-{result.path.name.split('-')[1]}-1.sanzhi"
    assert result.counts == {"households": 2, "persons": 2}
    [report] = _import(p, result.path)
    assert report.status is ImportStatus.IMPORTED
    assert report.changed == 4
    assert synced_state(p.town, owner=VILLAGE_CODE) == synced_state(p.village, owner=VILLAGE_CODE)


def test_same_file_twice_and_a_renamed_copy_are_no_ops(p: Pair) -> None:
    add_household(p.village, "0101")
    path = sync.export_sync_file(p.village, p.stick).path
    _import(p, path)
    before = db_fingerprint(p.town)
    copy = p.stick / "copy of it.sanzhi"
    shutil.copy(path, copy)
    reports = _import(p, path, copy)
    assert [r.status for r in reports] == [ImportStatus.ALREADY, ImportStatus.ALREADY]
    assert "已经导入过" in reports[1].message
    assert db_fingerprint(p.town) == before


def test_lost_file_is_covered_by_the_next(p: Pair) -> None:
    add_household(p.village, "0101")
    first = sync.export_sync_file(p.village, p.stick).path
    add_household(p.village, "0102")
    second = sync.export_sync_file(p.village, p.stick).path
    first.unlink()  # the stick with file 1 was lost
    [report] = _import(p, second)
    assert report.status is ImportStatus.IMPORTED
    assert synced_state(p.town, owner=VILLAGE_CODE) == synced_state(p.village, owner=VILLAGE_CODE)
    assert sync_ledger.held_rev(p.town.db, VILLAGE_CODE) > 0


def test_older_file_after_a_newer_one_changes_no_record(p: Pair) -> None:
    household_id = add_household(p.village, "0101", "张三")
    old = sync.export_sync_file(p.village, p.stick).path
    rename_head(p.village, household_id, "张三丰")
    new = sync.export_sync_file(p.village, p.stick).path
    _import(p, new)
    state = synced_state(p.town, owner=VILLAGE_CODE)
    [report] = _import(p, old)
    assert report.status is ImportStatus.IMPORTED
    assert report.changed == 0
    assert synced_state(p.town, owner=VILLAGE_CODE) == state
    assert rows_of(p.town, "households")[0]["head_name"] == "张三丰"


def test_edit_after_export_arrives_in_the_next_file(p: Pair) -> None:
    household_id = add_household(p.village, "0101", "张三")
    _import(p, sync.export_sync_file(p.village, p.stick).path)
    rename_head(p.village, household_id, "王五")
    second = sync.export_sync_file(p.village, p.stick)
    assert second.counts.get("households") == 1
    _import(p, second.path)
    [row] = [r for r in rows_of(p.town, "households") if r["id"] == household_id]
    assert row["head_name"] == "王五"


def test_deleted_record_arrives_as_a_tombstone(p: Pair) -> None:
    household_id = add_household(p.village, "0101")
    _import(p, sync.export_sync_file(p.village, p.stick).path)
    persons = [r["id"] for r in rows_of(p.village, "persons")]
    roster.delete_household(p.village, household_id)
    assert persons
    _import(p, sync.export_sync_file(p.village, p.stick).path)
    [row] = [r for r in rows_of(p.town, "households") if r["id"] == household_id]
    assert row["deleted"] == 1


def test_acks_travel_back_and_the_village_sends_only_what_is_new(p: Pair) -> None:
    add_household(p.village, "0101")
    _import(p, sync.export_sync_file(p.village, p.stick).path)
    assert sync.unacknowledged_count(p.village, TOWN_CODE) == 2
    [town_file] = sync.export_all(p.town, p.stick)
    [report] = sync.import_sync_files(p.village, [town_file.path])
    assert report.status is ImportStatus.IMPORTED
    assert sync.unacknowledged_count(p.village, TOWN_CODE) == 0
    assert sync_ledger.list_exports(p.village.db)[0]["acknowledged_at"]
    add_household(p.village, "0102")
    nxt = sync.export_sync_file(p.village, p.stick)
    assert nxt.counts == {"households": 1, "persons": 1}
    assert nxt.since_rev > 0


def test_an_unacknowledged_export_is_repeated_in_full(p: Pair) -> None:
    add_household(p.village, "0101")
    sync.export_sync_file(p.village, p.stick)
    add_household(p.village, "0102")
    second = sync.export_sync_file(p.village, p.stick)
    assert second.since_rev == 0
    assert second.counts == {"households": 2, "persons": 2}


def test_town_file_carries_only_rows_for_that_village_and_revocations(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        other = make_village(tmp_path, OTHER_VILLAGE, "大营村")
        keys.enroll(other, keys.own_card(p.town))
        keys.enroll(p.town, keys.own_card(other))
        add_household(p.village, "0101")
        _import(p, sync.export_sync_file(p.village, p.stick).path)
        keys.revoke(
            p.town,
            OTHER_VILLAGE,
            reason="电脑丢失",
        )
        [town_file] = sync.export_all(p.town, p.stick)  # the revoked village gets none
        assert town_file.receiver == VILLAGE_CODE
        assert town_file.counts == {"key_revocations": 1}
        sync.import_sync_files(p.village, [town_file.path])
        [revocation] = rows_of(p.village, "key_revocations")
        assert revocation["code"] == OTHER_VILLAGE
        assert rows_of(p.village, "households")[0]["owner"] == VILLAGE_CODE
        other.close()


def test_village_imports_whole_drive_and_skips_files_for_others(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        other = make_village(tmp_path, OTHER_VILLAGE, "大营村")
        keys.enroll(p.town, keys.own_card(other))
        sync.export_all(p.town, p.stick)  # one file for each village on the same stick
        sync.export_sync_file(p.village, p.stick)  # and the village's own file
        reports = sync.import_sync_files(p.village, [p.stick])
        statuses = sorted(r.status.value for r in reports)
        assert statuses == ["imported", "skipped"]
        assert sync.refused_count(reports) == 0
        other.close()


# --- refusals: nothing changes ------------------------------------------------------


def _assert_refused(p: Pair, path: Path, fragment: str) -> None:
    before = db_fingerprint(p.town)
    [report] = _import(p, path)
    assert report.status is ImportStatus.REFUSED, report.message
    assert fragment in report.message
    assert db_fingerprint(p.town) == before


def test_a_bad_record_after_applied_chunks_leaves_the_town_unchanged(
    p: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records are checked as they are applied, a chunk at a time: a bad one near the end
    rolls back the chunks already merged, so a refused file still writes nothing."""
    monkeypatch.setattr(sync, "IMPORT_CHUNK", 2)
    for number in ("0101", "0102", "0103", "0104", "0105"):
        add_household(p.village, number)
    rows = rows_of(p.village, "households")
    rows[-1]["owner"] = OTHER_VILLAGE
    path = crafted_file(p.village, p.town, p.stick, {"households": rows})
    _assert_refused(p, path, "不属于发件单位")


def test_a_file_is_applied_a_chunk_at_a_time(p: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync, "IMPORT_CHUNK", 2)
    for number in ("0101", "0102", "0103", "0104", "0105"):
        add_household(p.village, number)
    path = sync.export_sync_file(p.village, p.stick).path
    [report] = _import(p, path)
    assert report.status is ImportStatus.IMPORTED, report.message
    assert report.counts["households"] == 5 == len(rows_of(p.town, "households"))


def test_a_count_that_does_not_match_the_manifest_is_refused(
    p: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sender whose signed manifest claims more records than the file holds."""
    from dataclasses import replace

    from sanzhi_desktop.sync import syncfile

    def claiming_one_more(manifest: Any, **changes: Any) -> Any:
        counts = {table: n + 1 for table, n in changes.pop("counts").items()}
        return replace(manifest, counts=counts, **changes)

    add_household(p.village, "0101")
    add_household(p.village, "0102")
    rows = rows_of(p.village, "households")
    monkeypatch.setattr(syncfile, "replace", claiming_one_more)
    path = crafted_file(p.village, p.town, p.stick, {"households": rows})
    monkeypatch.undo()
    _assert_refused(p, path, "记录数与清单不符")


def test_truncated_file_refused(p: Pair) -> None:
    add_household(p.village, "0101")
    path = sync.export_sync_file(p.village, p.stick).path
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _assert_refused(p, path, "损坏")


def test_bit_flipped_file_refused(p: Pair) -> None:
    add_household(p.village, "0101")
    path = sync.export_sync_file(p.village, p.stick).path
    data = bytearray(path.read_bytes())
    data[len(data) - 40] ^= 0x01
    path.write_bytes(bytes(data))
    _assert_refused(p, path, "损坏")


def test_file_resigned_by_another_key_refused(p: Pair, tmp_path: Path) -> None:
    impostor = make_village(tmp_path / "impostor", VILLAGE_CODE, "小营村")  # same code, new keys
    try:
        add_household(p.village, "0101")
        records = {"households": rows_of(p.village, "households")}
        secret = keys.ensure_keys(impostor).minisign_secret
        path = crafted_file(p.village, p.town, p.stick, records, secret_key=secret)
        _assert_refused(p, path, "签名不对")
    finally:
        impostor.close()


def test_unknown_sender_refused(p: Pair, tmp_path: Path) -> None:
    stranger = make_village(tmp_path, OTHER_VILLAGE, "大营村")  # never enrolled by the town
    try:
        add_household(stranger, "0101")
        records = {"households": rows_of(stranger, "households")}
        _assert_refused(p, crafted_file(stranger, p.town, p.stick, records), "没有登记过")
    finally:
        stranger.close()


def test_revoked_sender_refused(p: Pair) -> None:
    add_household(p.village, "0101")
    path = sync.export_sync_file(p.village, p.stick).path
    keys.revoke(p.town, VILLAGE_CODE)
    _assert_refused(p, path, "已被吊销")


def test_wrong_receiver_refused(p: Pair, tmp_path: Path) -> None:
    other_town = make_town(tmp_path / "elsewhere", "610722101")
    try:
        add_household(p.village, "0101")
        path = sync.export_sync_file(p.village, p.stick).path
        before = db_fingerprint(other_town)
        [report] = sync.import_sync_files(other_town, [path])
        assert report.status is ImportStatus.REFUSED
        assert "不是发给本单位" in report.message
        assert db_fingerprint(other_town) == before
        # signed for another receiver code, but encrypted to us: refused by the manifest check
        records = {"households": rows_of(p.village, "households")}
        _assert_refused(
            p,
            crafted_file(p.village, p.town, p.stick, records, receiver_code="610722101"),
            "不是发给本单位",
        )
    finally:
        other_town.close()


def test_record_owned_by_another_village_refused(p: Pair) -> None:
    add_household(p.village, "0101")
    [row] = rows_of(p.village, "households")
    row["owner"] = OTHER_VILLAGE
    path = crafted_file(p.village, p.town, p.stick, {"households": [row]})
    _assert_refused(p, path, "不属于发件单位")


def test_newer_schema_refused_with_please_update(p: Pair) -> None:
    add_household(p.village, "0101")
    records = {"households": rows_of(p.village, "households")}
    newer = migrations.latest_schema_version() + 1
    path = crafted_file(p.village, p.town, p.stick, records, schema_version=newer)
    _assert_refused(p, path, "请先升级程序")


def test_older_schema_is_upgraded_missing_columns_take_defaults(p: Pair) -> None:
    add_household(p.village, "0101")
    [row] = rows_of(p.village, "households")
    del row["note"], row["address"]  # columns an older program did not have
    older = migrations.latest_schema_version() - 1
    path = crafted_file(p.village, p.town, p.stick, {"households": [row]}, schema_version=older)
    [report] = _import(p, path)
    assert report.status is ImportStatus.IMPORTED
    [stored] = rows_of(p.town, "households")
    assert (stored["note"], stored["address"]) == ("", "")


def test_unknown_column_refused(p: Pair) -> None:
    add_household(p.village, "0101")
    [row] = rows_of(p.village, "households")
    row["surprise"] = "x"
    _assert_refused(p, crafted_file(p.village, p.town, p.stick, {"households": [row]}), "格式不对")


def test_decompression_bomb_refused(p: Pair) -> None:
    add_household(p.village, "0101")
    [row] = rows_of(p.village, "households")
    row["note"] = "0" * 3_000_000  # compresses ~1000:1
    path = crafted_file(p.village, p.town, p.stick, {"households": [row]})
    before = db_fingerprint(p.town)
    [report] = sync.import_sync_files(p.town, [path], limits=Limits(max_line_bytes=10**8))
    assert report.status is ImportStatus.REFUSED
    assert "压缩炸弹" in report.message
    assert db_fingerprint(p.town) == before


def test_export_killed_before_rename_leaves_no_file(
    p: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_household(p.village, "0101")
    good = sync.export_sync_file(p.village, p.stick).path
    good_bytes = good.read_bytes()

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        sync.export_sync_file(p.village, p.stick)
    monkeypatch.undo()
    assert sorted(f.name for f in p.stick.iterdir()) == [good.name]
    assert good.read_bytes() == good_bytes
    # a hard kill may leave a half temp file: the town refuses it
    half = p.stick / ".half.sanzhi.tmp"
    half.write_bytes(good_bytes[: len(good_bytes) // 3])
    _assert_refused(p, half, "损坏")
    # and the next export still works, its seq after the lost one
    assert sync.export_sync_file(p.village, p.stick).seq == 3


def test_import_interrupted_midway_leaves_the_database_as_before(p: Pair) -> None:
    for no in ("0101", "0102", "0103"):
        add_household(p.village, no)
    path = sync.export_sync_file(p.village, p.stick).path
    before = db_fingerprint(p.town)

    def cancel_at_third(done: int, total: int, text: str = "") -> None:
        if done == 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        sync.import_sync_file(p.town, path, progress=cancel_at_third)
    assert db_fingerprint(p.town) == before
    assert _import(p, path)[0].status is ImportStatus.IMPORTED


def test_copied_database_with_the_same_site_id_is_reported(p: Pair, tmp_path: Path) -> None:
    add_household(p.village, "0101")
    # the clerk copies the whole data folder to a second PC
    copy_dir = tmp_path / "second-pc"
    shutil.copytree(p.village.path.parent, copy_dir)
    (copy_dir / "sanzhi.db.lock").unlink(missing_ok=True)
    second = open_session(copy_dir / "sanzhi.db", operator="另一台")
    try:
        add_household(p.village, "0201", "赵六")
        add_household(second, "0301", "钱七")
        first_file = sync.export_sync_file(p.village, p.stick).path
        stick2 = tmp_path / "stick2"
        stick2.mkdir()
        second_file = sync.export_sync_file(second, stick2).path
        assert first_file.name == second_file.name  # same sender, same seq
        [one] = _import(p, first_file)
        [two] = _import(p, second_file)
        assert one.warnings == []
        assert two.status is ImportStatus.IMPORTED
        assert any("同一个数据文件副本" in w for w in two.warnings)
        [alert] = sync.list_alerts(p.town)
        assert alert["peer"] == VILLAGE_CODE
    finally:
        second.close()


def test_two_versions_from_two_pcs_keep_the_loser_as_a_conflict(p: Pair, tmp_path: Path) -> None:
    household_id = add_household(p.village, "0101", "张三")
    copy_dir = tmp_path / "second-pc"
    shutil.copytree(p.village.path.parent, copy_dir)
    (copy_dir / "sanzhi.db.lock").unlink(missing_ok=True)
    second = open_session(copy_dir / "sanzhi.db", operator="另一台")
    try:
        from sanzhi_desktop.storage.records import set_meta

        with second.db.atomic():
            set_meta(second.db, "site_id", "second-pc-site")  # a restored copy takes a new id
        rename_head(p.village, household_id, "甲")
        rename_head(second, household_id, "乙")
        stick2 = tmp_path / "stick2"
        stick2.mkdir()
        files = [sync.export_sync_file(p.village, p.stick).path]
        files.append(sync.export_sync_file(second, stick2).path)
        for path in files:
            _import(p, path)
        [row] = [r for r in rows_of(p.town, "households") if r["id"] == household_id]
        [conflict] = sync.list_conflicts(p.town)
        assert row["head_name"] == "乙"  # written later: the greater rev wins
        assert '"head_name": "甲"' in conflict["loser"]
    finally:
        second.close()


def test_village_without_town_card_cannot_export(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sanzhi_desktop.domain.errors import RefusedError

    with pytest.raises(RefusedError, match="密钥卡"):
        sync.export_sync_file(session, tmp_path)


def test_a_village_cannot_revoke_another_villages_key(tmp_path: Path) -> None:
    """Found in review: a village's own key_revocations row used to count at the town."""
    from sanzhi_desktop.services import keys
    from sanzhi_desktop.storage import records
    from tests.sync.helpers import enrol_both, make_village

    with pair(tmp_path) as p:
        other = make_village(tmp_path / "other", code="610722100202", name="大营村")
        try:
            enrol_both(p.town, other)
            victim = keys.own_card(other)
            # Given a village that writes a revocation of its neighbour's key in its own file,
            records.insert_record(
                p.village.db,
                "key_revocations",
                {
                    "addressee": "*",
                    "code": victim.code,
                    "fingerprint": victim.fingerprint,
                    "revoked_at": "2026-11-28T00:00:00+08:00",
                    "reason": "伪造",
                },
                author=p.village.author,
            )
            sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
            # then the town still accepts the neighbour's files.
            add_household(other, "0101")
            [report] = sync.import_sync_files(p.town, [sync.export_sync_file(other, p.stick).path])
            assert report.status.value == "imported", report.message
        finally:
            other.close()
