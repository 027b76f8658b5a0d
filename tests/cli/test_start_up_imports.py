"""Start-up stays light: ``sanzhi gui`` registers only the core commands, and the
modules the window needs before its first paint import neither reportlab nor openpyxl,
nor (up to the first paint) sqlite-utils."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sanzhi_desktop.cli import build_parser, wants_gui
from sanzhi_desktop.services import backups, operators
from sanzhi_desktop.services.session import Session


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], True),
        (["gui"], True),
        (["--db", "x.db", "--operator", "王文书", "gui"], True),
        (["--db=x.db", "--lang", "en"], True),
        (["--db", "gui.db", "info"], False),  # an option's value is not the command
        (["info"], False),
        (["print", "notice", "ID"], False),
        (["--help"], False),
        (["-h"], False),
        (["--version"], False),
        (["--self-test"], False),
    ],
)
def test_wants_gui(argv: list[str], expected: bool) -> None:
    assert wants_gui(argv) is expected


def test_the_full_parser_still_lists_every_command() -> None:
    full = build_parser().format_help()
    core_only = build_parser(modules=["core"]).format_help()
    assert "roster" in full and "print" in full and "sync" in full
    assert "roster" not in core_only and "gui" in core_only


def test_gui_start_imports_no_printing_or_spreadsheet_library() -> None:
    code = (
        "import sys\n"
        "from sanzhi_desktop.cli import build_parser\n"
        "build_parser(modules=['core']).parse_args(['gui'])\n"
        "import sanzhi_desktop.gui.app, sanzhi_desktop.gui.main_window\n"
        "import sanzhi_desktop.gui.pages.home\n"
        "import sanzhi_desktop.services.todo as todo\n"
        "todo.import_every_services_module()\n"  # more than the to-do list needs
        "bad = sorted(m for m in ('reportlab', 'openpyxl') if m in sys.modules)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_the_window_paints_before_sqlite_utils_is_imported(session: Session) -> None:
    """sqlite-utils (with click, dateutil, pluggy) is the largest import of all; the
    queries before the first paint run on the bare connection (Session.conn). The garbage
    collector, paused by ``sanzhi gui``, is collecting again once the window has painted.
    The daily backup (and its code) comes right after the paint too."""
    path = session.path
    operators.sign_in(session, "王文书")  # the usual morning: the same clerk again
    backups.backup_database(session.db, path, reason="auto")  # and today's copy is made
    session.close()
    code = (
        "import builtins, gc, sys\n"
        "original = builtins.print\n"
        "def spy(*args, **kwargs):\n"
        "    if args and str(args[0]).startswith('FIRST_PAINT'):\n"
        "        original('SQLITE_UTILS', 'sqlite_utils' in sys.modules, flush=True)\n"
        "        backups = 'sanzhi_desktop.services.backups' in sys.modules\n"
        "        original('BACKUPS', backups, flush=True)\n"
        "        qt = 'Qt' in sys.modules['PySide6.QtCore'].__dict__\n"
        "        original('QT_NAMESPACE', qt, flush=True)\n"
        "        original('COLLECTING', gc.isenabled(), gc.get_freeze_count() > 0, flush=True)\n"
        "    original(*args, **kwargs)\n"
        "builtins.print = spy\n"
        "from sanzhi_desktop.cli import main\n"
        f"sys.exit(main(['--db', {str(path)!r}, '--operator', '王文书', 'gui']))\n"
    )
    env = {**os.environ, "SANZHI_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "SQLITE_UTILS False" in result.stdout
    assert "BACKUPS False" in result.stdout  # the daily backup waits for the first paint
    # PySide builds the Qt namespace's ~100 enumerations (~20 ms) on first use: after the paint
    assert "QT_NAMESPACE False" in result.stdout
    # the collector, paused while the window was made, runs again, start-up's objects frozen
    assert "COLLECTING True True" in result.stdout
