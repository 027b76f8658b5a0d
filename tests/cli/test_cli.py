"""The command line: exit codes, Chinese one-line errors, --json output."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanzhi_desktop import __version__
from sanzhi_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def init_village(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, _, err = run(
        capsys,
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
    )
    assert code == 0, err


def test_init_then_info_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "--json", "info")
    data = json.loads(out)
    assert code == 0
    assert data["profile"]["name"] == "小营村"
    assert (data["counts"]["households"], data["counts"]["persons"]) == (0, 0)
    assert data["site_id"] and data["schema_version"] >= 2


def test_options_may_follow_the_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    code, out, _ = run(capsys, "info", "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["profile"]["code"] == "610722100201"


def test_bad_code_is_refused_in_chinese_and_creates_no_profile(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The command of the "done when", exactly.
    db = tmp_path / "y.db"
    code, _, err = run(
        capsys, "--db", str(db), "init", "village", "--code", "12345", "--name", "测试村"
    )
    assert code == 1
    assert "区划代码" in err and "12位" in err and "所属镇" in err
    assert len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_bad_code_in_an_existing_file_leaves_it_without_profile(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "y.db"
    from sanzhi_desktop.services.session import open_session

    open_session(db).close()
    code, _, _ = run(
        capsys,
        "--db",
        str(db),
        "init",
        "village",
        "--code",
        "12345",
        "--name",
        "测试村",
        "--town-name",
        "某镇",
    )
    assert code == 1
    code, out, _ = run(capsys, "--db", str(db), "--json", "info")
    assert json.loads(out)["profile"] is None


def test_reinit_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    code, _, err = run(
        capsys, "--db", str(db), "init", "town", "--code", "610722100", "--name", "某镇"
    )
    assert code == 1 and "不能重新初始化" in err


def test_usage_errors_exit_2_with_one_chinese_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as info:
        main(
            [
                "--db",
                str(tmp_path / "x.db"),
                "init",
                "village",
                "--name",
                "小营村",
                "--town-name",
                "某镇",
            ]
        )
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "缺少必需的参数" in err and len(err.strip().splitlines()) == 1


def test_info_on_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "nothing.db"), "info")
    assert code == 1 and "不存在" in err
    assert not (tmp_path / "nothing.db").exists()


def test_check_sound_and_damaged(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "--json", "check")
    assert code == 0 and json.loads(out)["ok"] is True
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 200)
    code, _, err = run(capsys, "--db", str(bad), "check")
    assert code == 1 and "损坏" in err


def test_operators_and_log(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "--json", "operators", "add", "王文书")
    assert code == 0 and json.loads(out) == ["王文书"]
    code, out, _ = run(capsys, "--db", str(db), "--json", "log")
    entries = json.loads(out)
    assert entries[0]["table"] == "office" and entries[0]["action"] == "insert"


def test_english_messages_on_request(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(
        capsys,
        "--lang",
        "en",
        "--db",
        str(tmp_path / "y.db"),
        "init",
        "village",
        "--code",
        "12345",
        "--name",
        "x",
        "--town-name",
        "y",
    )
    assert code == 1 and "12 digits" in err


def test_demo_creates_a_village(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    code, out, err = run(capsys, "demo", "--no-gui", "--db", str(db), "--json")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db), "--json", "info")
    counts = json.loads(out)["counts"]
    assert counts["households"] >= 300 and counts["persons"] >= 1000


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sanzhi_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_an_output_file_is_never_left_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from sanzhi_desktop.cli.base import write_output
    from sanzhi_desktop.storage.disk_faults import DiskFullError

    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "sheet.pdf"
    target.write_bytes(b"old sheet")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(DiskFullError, match="磁盘已满"):
        write_output(target, b"new sheet")
    assert target.read_bytes() == b"old sheet"
    assert list(stick.iterdir()) == [target]  # no temp file left behind
    monkeypatch.undo()
    write_output(target, b"new sheet")
    assert target.read_bytes() == b"new sheet"


def test_a_missing_output_folder_is_refused_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    target = tmp_path / "stick-not-mounted" / "report.pdf"
    code, _, err = run(
        capsys, "--db", str(db), "report", "mediation", "--month", "2026-11", "--out", str(target)
    )
    assert code == 1 and "找不到文件夹" in err
    assert not target.parent.exists()


def test_db_pointing_at_a_folder_is_one_chinese_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    for argv in (
        ["info"],
        ["check"],
        ["init", "village", "--code", "610722100201", "--name", "小营村", "--town-name", "某镇"],
    ):
        code, _, err = run(capsys, "--db", str(folder), *argv)
        assert code == 1, argv
        assert "文件夹" in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_log_dates_and_unknown_operators_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    init_village(capsys, db)
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db), "log", "--since", "notadate"])
    assert info.value.code == 2
    assert "2026-11-28的格式" in capsys.readouterr().err
    code, _, err = run(capsys, "--db", str(db), "operators", "remove", "不存在的人")
    assert code == 1 and "没有“不存在的人”" in err
