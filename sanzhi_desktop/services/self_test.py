"""``sanzhi --self-test``: prove on the clerk's PC that the installed program works.

A bundle can be broken in ways no unit test sees: a font, catalogue or
translation left out by the packager, a native library missing on this PC,
a module PyInstaller did not find. The self-test exercises the real code
paths on throw-away data — a temporary database, a printed PDF, the shipped
files, a sync round trip between two temporary offices — and prints one line
per check, so a technician reading the screen over the phone can say which
part failed. It never touches the user's own data file.

This module holds the checks that need no Qt; the GUI-side checks (the
translation and the font inside a QApplication) live in
:mod:`sanzhi_desktop.gui.self_test` and are handed in by the CLI, which is
the only layer allowed to know both.
"""

from __future__ import annotations

import enum
import importlib.util
import json
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.resource_files import font_path, resource_roots

# The libraries a check exercises (sqlite-utils, reportlab, …) are imported
# inside the check, so that one left out of a bundle is reported as that
# check's FAIL line instead of a traceback before anything is printed.

TEST_VILLAGE_CODE = "610722100201"
TEST_VILLAGE_NAME = "小营村"
TEST_TOWN_CODE = "610722100"
TEST_TOWN_NAME = "某镇"
SYNC_MODULES = ("sanzhi_desktop.services.sync", "sanzhi_desktop.services.keys")


class Status(enum.Enum):
    OK = "ok"
    FAIL = "FAIL"
    SKIPPED = "skip"


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: ``name`` is a fixed English word scripts can match."""

    name: str
    status: Status
    detail: str

    def line(self) -> str:
        """``ok   database: …`` — the status first, padded, so the lines align."""
        return f"{self.status.value:<4} {self.name}: {self.detail}"


Check = Callable[[Path], CheckResult]
"""A check gets its own empty temporary directory and returns its result."""


def ok(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.OK, detail)


def fail(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.FAIL, detail)


def skipped(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.SKIPPED, detail)


# --- the checks --------------------------------------------------------------


def check_database(workdir: Path) -> CheckResult:
    """Create a data file, set it up as a village, write a household and a person, read back."""
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.domain.roster import Household, Person
    from sanzhi_desktop.services import office, roster
    from sanzhi_desktop.services.session import open_session

    path = workdir / "self-test.db"
    with open_session(path, operator="自检") as session:
        office.init_office(
            session,
            kind=OfficeKind.VILLAGE,
            code=TEST_VILLAGE_CODE,
            name=TEST_VILLAGE_NAME,
            town_name=TEST_TOWN_NAME,
        )
        household = roster.add_household(session, Household("0001", "张自检", 1))
        person = roster.add_person(session, Person("张自检", "男", household.id, relation="户主"))
    with open_session(path, operator="自检") as session:
        again = roster.get_person(session, person.id)
        profile = session.profile
    if again.name != "张自检" or profile is None or profile.code != TEST_VILLAGE_CODE:
        return fail("database", msg("写入的记录读回来不一致", "the record read back differs"))
    return ok("database", msg("写入并读回一条记录", "wrote and read back a record"))


_BASE_FONT = re.compile(rb"/BaseFont\s*/([^\s/<>\[\]()]+)")


def embedded_font_problems(pdf: bytes, *, family: str = "WenQuanYi") -> list[str]:
    """What is wrong with the fonts of ``pdf`` (empty when the shipped font is embedded).

    Read from the PDF bytes rather than with poppler, which the bundle does not
    carry: every ``/BaseFont`` must be a subset (``ABCDEF+Name``, which
    reportlab writes only for fonts it embeds), at least one must be the
    shipped ``family``, and a ``/FontFile2`` stream (embedded TrueType) must be
    present. A sheet naming Helvetica or an unembedded CJK font would print
    blank on a PC without that font.
    """
    problems: list[str] = []
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-32:]:
        problems.append(msg("不是完整的PDF文件", "not a complete PDF file"))
    names = [m.decode("latin-1") for m in _BASE_FONT.findall(pdf)]
    if not names:
        problems.append(msg("PDF里没有字体", "no font in the PDF"))
    unembedded = [n for n in names if not re.fullmatch(r"[A-Z]{6}\+.+", n)]
    if unembedded:
        problems.append(msg("未嵌入的字体：", "fonts not embedded: ") + ", ".join(unembedded))
    if names and not any(family in n for n in names):
        problems.append(msg(f"没有使用{family}字体", f"the {family} font is not used"))
    if pdf.count(b"/FontFile2") < 1:
        problems.append(
            msg("字体文件没有嵌入（缺少FontFile2）", "no embedded font file (FontFile2)")
        )
    return problems


def check_pdf(workdir: Path) -> CheckResult:
    """Print a small sheet in Chinese with the shipped font and check the font travels in it."""
    from sanzhi_desktop.printing import sheet

    st = sheet.styles()
    story = [
        sheet.para("三治融合村务台账 · 打印自检", st.title),
        sheet.grid_table(
            [["项目", "金额（元）"], ["自检", sheet.money(123450)]],
            [200, 120],
            st=st,
            align="lr",
        ),
    ]
    pdf = sheet.render_pdf(story, title="自检")
    (workdir / "self-test.pdf").write_bytes(pdf)
    problems = embedded_font_problems(pdf)
    if problems:
        return fail("pdf", "；".join(problems))
    return ok(
        "pdf",
        msg(
            f"打印了一页PDF（{len(pdf) // 1024} KB），字体已嵌入",
            f"printed a PDF page ({len(pdf) // 1024} KB) with the font embedded",
        ),
    )


def shipped_files(roots: Iterable[Path] | None = None) -> Path | None:
    """The first ``resources/`` folder that exists (the one the program reads)."""
    for root in roots if roots is not None else resource_roots():
        if root.is_dir():
            return root
    return None


def check_resources(workdir: Path, *, roots: Iterable[Path] | None = None) -> CheckResult:
    """The shipped files are there: the font with its licence, and every catalogue parses."""
    root = shipped_files(roots)
    if root is None:
        return fail("resources", msg("找不到 resources 文件夹", "no resources folder found"))
    try:
        font = font_path() if roots is None else root / "fonts" / "wqy-microhei.ttf"
        if not font.is_file() or font.stat().st_size < 1_000_000:
            raise FileNotFoundError(str(font))
    except FileNotFoundError as exc:
        return fail("resources", msg(f"缺少字体文件：{exc}", f"font missing: {exc}"))
    licences = list((root / "fonts").glob("LICENSE*"))
    if not licences:
        return fail("resources", msg("缺少字体的许可证文件", "the font's licence file is missing"))
    catalogues = sorted(root.rglob("*.json"))
    broken = []
    for path in catalogues:
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            broken.append(str(path.relative_to(root)))
    if broken:
        return fail("resources", msg("目录文件损坏：", "damaged catalogues: ") + ", ".join(broken))
    return ok(
        "resources",
        msg(
            f"字体、许可证和{len(catalogues)}个目录文件齐全",
            f"font, licence and {len(catalogues)} catalogue file(s) present",
        ),
    )


def sync_available() -> bool:
    """Whether this version has the sync part (its service modules are present)."""
    return all(importlib.util.find_spec(name) is not None for name in SYNC_MODULES)


def check_sync(workdir: Path, *, available: bool | None = None) -> CheckResult:
    """Export a sync file from a temporary village and import it at a temporary town.

    The whole path a clerk takes, on two throw-away offices with their own
    keys beside their data files: both write their cards, pin/enrol each
    other, the village writes a household and exports to a "USB stick"
    folder, the town imports the file and must then hold that household. This
    is what proves the bundle carries the crypto libraries (pyrage,
    py-minisign with cryptography) and not only that they import.
    """
    if not (sync_available() if available is None else available):
        return skipped(
            "sync",
            msg("跳过：这个版本还没有同步功能", "skipped: sync not available in this version"),
        )
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.domain.roster import Household
    from sanzhi_desktop.services import keys, office, roster, sync
    from sanzhi_desktop.services.session import open_session
    from sanzhi_desktop.storage.records import get_record

    stick = workdir / "usb"
    stick.mkdir()
    with (
        open_session(workdir / "town" / "sanzhi.db", operator="自检") as town,
        open_session(workdir / "village" / "sanzhi.db", operator="自检") as village,
    ):
        office.init_office(town, kind=OfficeKind.TOWN, code=TEST_TOWN_CODE, name=TEST_TOWN_NAME)
        office.init_office(
            village,
            kind=OfficeKind.VILLAGE,
            code=TEST_VILLAGE_CODE,
            name=TEST_VILLAGE_NAME,
            town_name=TEST_TOWN_NAME,
        )
        town_card = keys.write_card(town, workdir / "town.sanzhi-card")
        village_card = keys.write_card(village, workdir / "village.sanzhi-card")
        keys.enroll(village, keys.read_card(town_card))
        keys.enroll(town, keys.read_card(village_card))
        household = roster.add_household(village, Household("0001", "张自检", 1))
        exported = sync.export_sync_file(village, stick)
        report = sync.import_sync_file(town, exported.path)
        if report.status.value != "imported":
            return fail("sync", msg(f"镇导入失败：{report.message}", f"import: {report.message}"))
        arrived = get_record(town.db, "households", household.id)
    if arrived["head_name"] != "张自检":
        return fail("sync", msg("镇里的记录与村里不一致", "the record differs at the town"))
    return ok(
        "sync",
        msg(
            f"村导出{exported.path.name}，镇导入后读到同一条记录",
            f"village exported {exported.path.name}; the town imported it and reads the record",
        ),
    )


# --- running them ------------------------------------------------------------


def core_checks() -> list[tuple[str, Check]]:
    """The checks that need no Qt, in the order they are printed."""
    return [
        ("resources", check_resources),
        ("database", check_database),
        ("pdf", check_pdf),
        ("sync", check_sync),
    ]


def run_check(name: str, check: Check) -> CheckResult:
    """Run one check in a fresh temporary directory; an exception is a FAIL with its message."""
    with tempfile.TemporaryDirectory(prefix=f"sanzhi-self-test-{name}-") as tmp:
        try:
            return check(Path(tmp))
        except Exception as exc:
            return fail(name, f"{type(exc).__name__}: {exc}")


def run_self_test(
    checks: Sequence[tuple[str, Check]],
    *,
    out: TextIO,
    as_json: bool = False,
) -> int:
    """Run ``checks``, print one line per check as it finishes; exit code 1 if any failed."""
    started = time.monotonic()
    results: list[CheckResult] = []
    for name, check in checks:
        result = run_check(name, check)
        results.append(result)
        if not as_json:
            out.write(result.line() + "\n")
            out.flush()
    failed = [r for r in results if r.status is Status.FAIL]
    seconds = time.monotonic() - started
    if as_json:
        data = {
            "ok": not failed,
            "seconds": round(seconds, 2),
            "checks": [
                {"name": r.name, "status": r.status.value, "detail": r.detail} for r in results
            ],
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        summary = (
            msg(f"自检失败：{len(failed)}项", f"self-test FAILED: {len(failed)} check(s)")
            if failed
            else msg(f"自检通过（{seconds:.1f}秒）", f"self-test passed ({seconds:.1f} s)")
        )
        out.write(summary + "\n")
    return 1 if failed else 0
