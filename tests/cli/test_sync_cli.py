"""``sanzhi keys …``, ``sanzhi export`` and ``sanzhi import`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def offices(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, Path, Path]:
    town = tmp_path / "town" / "town.db"
    village = tmp_path / "village" / "village.db"
    stick = tmp_path / "stick"
    stick.mkdir()
    for db, args in (
        (town, ["town", "--code", "610722100", "--name", "柳林镇"]),
        (
            village,
            ["village", "--code", "610722100201", "--name", "小营村", "--town-name", "柳林镇"],
        ),
    ):
        code, _, err = run(capsys, "--db", str(db), "init", *args)
        assert code == 0, err
    return town, village, stick


def _enrol_both(capsys: pytest.CaptureFixture[str], town: Path, village: Path, stick: Path) -> None:
    for db in (town, village):
        assert run(capsys, "--db", str(db), "keys", "card", "--out", str(stick))[0] == 0
    code, out, err = run(
        capsys,
        "--db",
        str(village),
        "keys",
        "enroll",
        str(stick / "610722100.sanzhi-card"),
        "--yes",
    )
    assert code == 0, err
    assert "已登记" in out
    code, _, err = run(
        capsys,
        "--db",
        str(town),
        "keys",
        "enroll",
        str(stick / "610722100201.sanzhi-card"),
        "--yes",
    )
    assert code == 0, err


def test_keys_show_card_and_enroll(capsys: pytest.CaptureFixture[str], offices) -> None:  # type: ignore[no-untyped-def]
    town, village, stick = offices
    code, out, _ = run(capsys, "--db", str(town), "--json", "keys", "show")
    shown = json.loads(out)
    assert code == 0 and shown["peers"] == []
    assert Path(shown["age_identity"]).read_text().count("AGE-SECRET-KEY-1") == 1
    _enrol_both(capsys, town, village, stick)
    card = json.loads((stick / "610722100.sanzhi-card").read_text())
    assert card["fingerprint"] == shown["fingerprint"]
    code, out, _ = run(capsys, "--db", str(village), "keys", "show")
    assert "柳林镇（610722100）" in out


def test_enroll_without_yes_in_a_script_changes_nothing(capsys, offices) -> None:  # type: ignore[no-untyped-def]
    town, village, stick = offices
    run(capsys, "--db", str(town), "keys", "card", "--out", str(stick))
    code, _, err = run(
        capsys, "--db", str(village), "keys", "enroll", str(stick / "610722100.sanzhi-card")
    )
    assert code == 1 and "--yes" in err
    code, out, _ = run(capsys, "--db", str(village), "--json", "keys", "show")
    assert json.loads(out)["peers"] == []


def test_village_cannot_pin_another_towns_card(capsys, offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _town, village, stick = offices
    other = tmp_path / "other" / "o.db"
    run(capsys, "--db", str(other), "init", "town", "--code", "610722101", "--name", "别镇")
    run(capsys, "--db", str(other), "keys", "card", "--out", str(stick))
    code, _, err = run(
        capsys,
        "--db",
        str(village),
        "keys",
        "enroll",
        str(stick / "610722101.sanzhi-card"),
        "--yes",
    )
    assert code == 1 and "只能登记本镇" in err


def test_export_import_round_trip_and_exit_codes(capsys, offices) -> None:  # type: ignore[no-untyped-def]
    town, village, stick = offices
    _enrol_both(capsys, town, village, stick)
    code, out, err = run(capsys, "--db", str(village), "--json", "export", "--out", str(stick))
    assert code == 0, err
    exported = json.loads(out)
    assert exported["seq"] == 1 and Path(exported["path"]).exists()
    code, out, _ = run(capsys, "--db", str(town), "import", exported["path"])
    assert code == 0 and "已导入" in out
    code, out, _ = run(capsys, "--db", str(town), "--json", "import", exported["path"])
    assert code == 0 and json.loads(out)[0]["status"] == "already"
    broken = stick / "broken.sanzhi"
    broken.write_bytes(b"garbage")
    code, out, _ = run(capsys, "--db", str(town), "import", exported["path"], str(broken))
    assert code == 1
    assert "已拒绝" in out and "已导入过" in out
    assert "共2个文件：已导入0个，已导入过1个，已拒绝1个，已跳过0个。" in out
    assert "Traceback" not in out
    code, out, err = run(capsys, "--db", str(town), "--json", "export", "--out", str(stick))
    assert code == 0, err
    assert json.loads(out)["receiver"] == "610722100201"
    code, out, _ = run(capsys, "--db", str(village), "import", str(stick))
    assert code == 0 and "已导入" in out


def test_revoke_needs_yes_and_then_refuses_the_village(capsys, offices) -> None:  # type: ignore[no-untyped-def]
    town, village, stick = offices
    _enrol_both(capsys, town, village, stick)
    code, out, _ = run(capsys, "--db", str(village), "--json", "export", "--out", str(stick))
    path = json.loads(out)["path"]
    assert run(capsys, "--db", str(town), "keys", "revoke", "610722100201")[0] == 1
    code, out, err = run(capsys, "--db", str(town), "keys", "revoke", "610722100201", "--yes")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(town), "import", path)
    assert code == 1 and "吊销" in out


def test_demo_town_makes_enrolled_villages_with_files_exchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "demo"
    code, text, err = run(
        capsys,
        "--json",
        "demo",
        "--town",
        "--villages",
        "2",
        "--years",
        "1",
        "--out",
        str(out),
        "--no-gui",
    )
    assert code == 0, err
    data = json.loads(text)
    assert data["files"] == 4 and len(data["villages"]) == 2
    code, text, _ = run(capsys, "--db", data["town"], "--json", "keys", "show")
    assert [p["code"] for p in json.loads(text)["peers"]] == ["610722100201", "610722100202"]
    from sanzhi_desktop.services import town
    from sanzhi_desktop.services.session import open_session

    with open_session(Path(data["town"])) as session:
        board = town.dashboard(session)
        assert all(board.counts[c].get("households", 0) > 300 for c, _ in board.villages)
    with open_session(Path(data["villages"][0])) as village:
        from sanzhi_desktop.services import sync

        assert sync.unacknowledged_count(village, "610722100") == 0
