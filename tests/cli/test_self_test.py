"""``sanzhi --self-test``: every check, the Qt ones included, through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services import self_test


def test_self_test_passes_and_prints_one_line_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0, lines
    names = [line.split(":", 1)[0].split()[-1] for line in lines[:-1]]
    assert names == ["resources", "database", "pdf", "sync", "translation", "font"]
    assert all(line.startswith(("ok ", "skip ")) for line in lines[:-1])
    assert "首页" in lines[4]  # the program's own translation is loaded
    assert "取消" in lines[4]  # and Qt's (qtbase_zh_CN.qm)
    assert lines[-1].startswith("自检通过")


def test_sync_line_is_skipped_or_ok_never_missing(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--self-test"])
    sync = next(line for line in capsys.readouterr().out.splitlines() if " sync:" in line)
    if self_test.sync_available():
        assert sync.startswith("ok "), sync
    else:
        assert sync == "skip sync: 跳过：这个版本还没有同步功能"


def test_self_test_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test", "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True
    by_name = {c["name"]: c for c in data["checks"]}
    assert by_name["pdf"]["status"] == "ok"
    assert "embedded" in by_name["pdf"]["detail"]


def test_a_missing_font_fails_with_exit_code_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_font() -> Path:
        raise FileNotFoundError(str(tmp_path / "fonts" / "wqy-microhei.ttf"))

    monkeypatch.setattr(self_test, "font_path", no_font)
    code = main(["--self-test"])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL resources: 缺少字体文件" in out
    assert out.splitlines()[-1].startswith("自检失败")


def test_a_missing_translation_fails(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from sanzhi_desktop.gui import i18n

    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)  # no sanzhi_zh_CN.qm there
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL translation:" in out
    assert "Home→Home" in out


def test_self_test_leaves_no_data_in_the_user_directory(
    capsys: pytest.CaptureFixture[str], isolated_data_dir: Path
) -> None:
    before = sorted(isolated_data_dir.rglob("*"))
    assert main(["--self-test"]) == 0
    assert sorted(isolated_data_dir.rglob("*")) == before
