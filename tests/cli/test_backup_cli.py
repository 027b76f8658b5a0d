"""``sanzhi backup|restore|recover``, ``check`` naming a backup, ``sanzhi town recovery``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services.session import open_session
from tests.cli.test_cli import init_village
from tests.services.test_backups import damage
from tests.sync.helpers import VILLAGE_CODE, add_household, enrol_both, make_town, make_village


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_list_and_usb(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "--json", "backup")
    assert code == 0
    made = json.loads(out)
    assert made["ok"] and Path(made["path"]).exists() and made["office_code"] == VILLAGE_CODE
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _ = run(capsys, "--db", str(db), "backup", "--out", str(stick))
    assert code == 0 and "已备份并校验" in out
    assert len(list(stick.glob("x-usb-*.db"))) == 1
    code, out, _ = run(capsys, "--db", str(db), "--json", "backup", "--list")
    assert code == 0 and len(json.loads(out)) >= 1
    code, _, err = run(capsys, "--db", str(db), "backup", "--out", str(tmp_path / "none"))
    assert code == 1 and "找不到文件夹" in err


def test_restore_asks_then_restores(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    with open_session(db) as s:
        add_household(s, "0101")
    code, out, _ = run(capsys, "--db", str(db), "--json", "backup")
    saved = json.loads(out)["path"]
    with open_session(db) as s:
        add_household(s, "0102")
    # without --yes and without a terminal: nothing happens
    code, out, err = run(capsys, "--db", str(db), "restore", saved)
    assert code == 1 and "--yes" in err
    assert "小营村" in out and "户1" in out  # what the backup holds was shown
    with open_session(db) as s:
        assert s.db.execute("SELECT count(*) FROM households").fetchone()[0] == 2
    code, out, err = run(capsys, "--db", str(db), "restore", saved, "--yes")
    assert code == 0, err
    assert "已恢复" in out and "新的站点标识" in out and "恢复前的文件已备份到" in out
    with open_session(db) as s:
        assert s.db.execute("SELECT count(*) FROM households").fetchone()[0] == 1


def test_check_names_the_newest_good_backup_and_restore_fixes_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "--json", "backup")
    saved = json.loads(out)["path"]
    with open_session(db) as s:
        s.db.execute("CREATE TABLE filler (x TEXT)")
        for i in range(300):
            s.db.execute("INSERT INTO filler VALUES (?)", ["x" * 500 + str(i)])
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db)
    damaged = db.read_bytes()
    code, _, err = run(capsys, "--db", str(db), "check")
    assert code == 1 and "损坏" in err
    assert saved in err and "sanzhi restore" in err
    assert db.read_bytes() == damaged  # check never writes
    code, out, err = run(capsys, "--db", str(db), "restore", saved, "--yes")
    assert code == 0, err
    assert "损坏的文件已移到" in out
    aside = [p for p in tmp_path.glob("x.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    code, _, _ = run(capsys, "--db", str(db), "check")
    assert code == 0


def test_restore_refuses_a_damaged_backup(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    code, _, err = run(capsys, "--db", str(db), "restore", str(bad), "--yes")
    assert code == 1 and "不是本程序" in err


def test_town_recovery_and_recover(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    town = make_town(tmp_path)
    village = make_village(tmp_path)
    enrol_both(town, village)
    stick = tmp_path / "stick"
    stick.mkdir()
    from sanzhi_desktop.services import keys, sync

    add_household(village, "0101")
    sync.export_all(village, stick)
    sync.import_sync_files(town, [stick])
    village.close()
    shutil.rmtree(village.path.parent)
    fresh = make_village(tmp_path / "new")
    keys.enroll(fresh, keys.own_card(town))
    keys.enroll(town, keys.own_card(fresh))
    town_path, fresh_path = town.path, fresh.path
    town.close()
    fresh.close()
    code, _, err = run(
        capsys, "--db", str(fresh_path), "town", "recovery", VILLAGE_CODE, "--out", str(stick)
    )
    assert code == 1 and "只有镇里" in err
    code, out, err = run(
        capsys,
        "--db",
        str(town_path),
        "--json",
        "town",
        "recovery",
        VILLAGE_CODE,
        "--out",
        str(stick),
    )
    assert code == 0, err
    made = json.loads(out)
    assert made["own_records"] == 2
    code, out, err = run(capsys, "--db", str(fresh_path), "recover", made["path"])
    assert code == 0, err
    assert "下一次导出序号从2开始" in out
    with open_session(fresh_path) as s:
        assert s.db.execute("SELECT count(*) FROM households").fetchone()[0] == 1
