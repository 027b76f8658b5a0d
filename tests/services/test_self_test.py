"""The checks behind ``sanzhi --self-test`` (the Qt ones are in tests/cli/test_self_test.py)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from sanzhi_desktop.printing import sheet
from sanzhi_desktop.services import self_test
from sanzhi_desktop.services.paths import default_db_path
from sanzhi_desktop.services.self_test import CheckResult, Status


def test_core_checks_pass_on_this_installation(tmp_path: Path) -> None:
    results = [self_test.run_check(name, check) for name, check in self_test.core_checks()]
    assert [r.name for r in results] == ["resources", "database", "pdf", "sync"]
    expected_sync = Status.OK if self_test.sync_available() else Status.SKIPPED
    statuses = [r.status for r in results]
    assert statuses == [Status.OK] * 3 + [expected_sync], [r.line() for r in results]


def test_database_check_never_touches_the_users_data_file(tmp_path: Path) -> None:
    result = self_test.check_database(tmp_path)
    assert result.status is Status.OK
    assert (tmp_path / "self-test.db").exists()
    assert not default_db_path().exists()


def test_a_real_sheet_has_its_font_embedded() -> None:
    st = sheet.styles()
    pdf = sheet.render_pdf([sheet.para("三治融合", st.body)], title="t")
    assert self_test.embedded_font_problems(pdf) == []


def test_a_pdf_with_an_unembedded_font_is_refused() -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("Helvetica", 12)  # a standard font: named, never embedded
    page.drawString(72, 720, "hello")
    page.save()
    problems = self_test.embedded_font_problems(out.getvalue())
    assert any("Helvetica" in p for p in problems)
    assert any("FontFile2" in p for p in problems)


def test_a_truncated_pdf_is_refused() -> None:
    st = sheet.styles()
    pdf = sheet.render_pdf([sheet.para("三治融合", st.body)], title="t")
    assert self_test.embedded_font_problems(pdf[: len(pdf) // 2]) != []
    assert self_test.embedded_font_problems(b"") != []


def _resources(tmp_path: Path, *, font: bool = True, licence: bool = True) -> Path:
    root = tmp_path / "resources"
    (root / "fonts").mkdir(parents=True)
    if font:
        (root / "fonts" / "wqy-microhei.ttf").write_bytes(b"\0" * 1_100_000)
    if licence:
        (root / "fonts" / "LICENSE-wqy-microhei.txt").write_text("Apache-2.0")
    (root / "mediation").mkdir()
    (root / "mediation" / "types.json").write_text('{"a": 1}', encoding="utf-8")
    return root


def test_resources_check_counts_catalogues(tmp_path: Path) -> None:
    result = self_test.check_resources(tmp_path, roots=[_resources(tmp_path)])
    assert result.status is Status.OK
    assert "1" in result.detail


def test_a_damaged_catalogue_fails_the_resources_check(tmp_path: Path) -> None:
    root = _resources(tmp_path)
    (root / "mediation" / "broken.json").write_text("{not json", encoding="utf-8")
    result = self_test.check_resources(tmp_path, roots=[root])
    assert result.status is Status.FAIL
    assert "broken.json" in result.detail


@pytest.mark.parametrize(
    ("font", "licence", "word"), [(False, True, "字体"), (True, False, "许可证")]
)
def test_a_missing_font_or_licence_fails(
    tmp_path: Path, font: bool, licence: bool, word: str
) -> None:
    root = _resources(tmp_path, font=font, licence=licence)
    result = self_test.check_resources(tmp_path, roots=[root])
    assert result.status is Status.FAIL
    assert word in result.detail


def test_no_resources_folder_fails(tmp_path: Path) -> None:
    result = self_test.check_resources(tmp_path, roots=[tmp_path / "nowhere"])
    assert result.status is Status.FAIL


def test_sync_is_skipped_when_this_version_has_none(tmp_path: Path) -> None:
    result = self_test.check_sync(tmp_path, available=False)
    assert result.status is Status.SKIPPED
    assert result.detail == "跳过：这个版本还没有同步功能"


def test_sync_round_trip_between_two_temporary_offices(tmp_path: Path) -> None:
    if not self_test.sync_available():
        pytest.skip("sync not in this version")
    result = self_test.check_sync(tmp_path)
    assert result.status is Status.OK, result.detail
    assert "610722100201-" in result.detail
    assert (tmp_path / "village" / "keys").is_dir()  # keys beside the temporary file only


def test_a_refused_import_fails_the_sync_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync = pytest.importorskip("sanzhi_desktop.services.sync")

    def refuse(session: object, path: Path, **kwargs: object) -> object:
        return sync.ImportReport(path, sync.ImportStatus.REFUSED, "签名不对")

    monkeypatch.setattr(sync, "import_sync_file", refuse)
    result = self_test.check_sync(tmp_path, available=True)
    assert result.status is Status.FAIL
    assert "签名不对" in result.detail


def _ok(workdir: Path) -> CheckResult:
    return self_test.ok("first", "fine")


def _boom(workdir: Path) -> CheckResult:
    raise RuntimeError("库没装好")


def test_run_prints_one_line_per_check_and_fails_on_any_failure() -> None:
    out = io.StringIO()
    code = self_test.run_self_test([("first", _ok), ("second", _boom)], out=out)
    lines = out.getvalue().splitlines()
    assert code == 1
    assert lines[0] == "ok   first: fine"
    assert lines[1].startswith("FAIL second: RuntimeError") and "库没装好" in lines[1]
    assert "失败" in lines[2]


def test_run_passes_when_nothing_failed_and_skips_do_not_count() -> None:
    out = io.StringIO()

    def skip(workdir: Path) -> CheckResult:
        return self_test.skipped("sync", "n/a")

    assert self_test.run_self_test([("first", _ok), ("sync", skip)], out=out) == 0
    assert "skip sync: n/a" in out.getvalue()


def test_run_as_json() -> None:
    out = io.StringIO()
    code = self_test.run_self_test([("first", _ok), ("second", _boom)], out=out, as_json=True)
    data = json.loads(out.getvalue())
    assert code == 1
    assert data["ok"] is False
    assert [c["status"] for c in data["checks"]] == ["ok", "FAIL"]


def test_each_check_gets_an_empty_directory_that_is_removed() -> None:
    seen: list[Path] = []

    def look(workdir: Path) -> CheckResult:
        assert list(workdir.iterdir()) == []
        (workdir / "x").write_text("x")
        seen.append(workdir)
        return self_test.ok("look", "")

    assert self_test.run_check("look", look).status is Status.OK
    assert not seen[0].exists()
