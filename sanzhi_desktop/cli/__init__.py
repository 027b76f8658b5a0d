"""The command line: the same services as the GUI, for scripts and for the township's helper.

``sanzhi`` alone opens the GUI. Every other command prints a result (or JSON
with ``--json``) and exits 0; a refused action prints one line in Chinese on
stderr and exits 1; a usage mistake exits 2.

Commands live in the modules of this package: :mod:`.core` (gui, init, demo,
info, check, log, operators) first, then every other module that has a
``register(registry)`` function, in name order.

A command line imports the module of its own command only
(:data:`COMMAND_MODULES`): the others import the services they run —
reportlab, openpyxl, the sync code and its crypto — and ``sanzhi info``
would pay for all of them. Help, ``print`` (every part adds sheets to it) and
an unknown command build the whole parser. A test checks the table against
what the modules register, so a new command module that is not named there
fails a test.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from sanzhi_desktop import __version__
from sanzhi_desktop.cli import faults
from sanzhi_desktop.cli.base import (
    ChineseArgumentParser,
    Registry,
    common_options,
)
from sanzhi_desktop.domain import lang


def command_modules() -> list[str]:
    """``core`` first, then the other command modules of this package by name."""
    import pkgutil  # not needed by ``sanzhi gui``, which registers ``core`` alone

    names = sorted(
        m.name for m in pkgutil.iter_modules(__path__) if m.name not in {"base", "core", "faults"}
    )
    return ["core", *names]


#: Each top-level command → the one module that registers it (``print`` is in many).
COMMAND_MODULES: dict[str, str] = {
    "gui": "core", "init": "core", "demo": "core", "info": "core", "check": "core",
    "log": "core", "operators": "core", "backup": "backup", "restore": "backup",
    "recover": "backup", "notices": "boards", "civic": "civic", "credit": "credit",
    "law": "law", "report": "mediation", "party": "party", "roster": "roster",
    "safety": "safety", "keys": "sync", "export": "sync", "import": "sync", "town": "town",
}  # fmt: skip

#: Groups that several modules add to (``sanzhi county``: the store, the keys, the
#: scorecard) → every module that adds to them, in registration order.
GROUP_MODULES: dict[str, tuple[str, ...]] = {
    "county": ("county", "county_keys", "county_scorecard"),
}

#: Options of the main parser that take a value (``--db F``), for :func:`wants_gui`.
_VALUE_OPTIONS = frozenset({"--db", "--lang", "--operator", "--pg"})


def command_of(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs ("gui" without one); None when it asks for the main help."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in {"-h", "--help", "--version", "--self-test"}:
            return None
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return "gui"


def modules_for(argv: Sequence[str]) -> list[str] | None:
    """The command modules ``argv`` needs registered; None: every one (the whole parser)."""
    command = command_of(argv) or ""
    if command in GROUP_MODULES:
        return list(GROUP_MODULES[command])
    module = COMMAND_MODULES.get(command)
    return [module] if module else None


def wants_gui(argv: Sequence[str]) -> bool:
    """Whether ``argv`` opens the GUI (no command, or ``gui``) and asks for no help."""
    return command_of(argv) == "gui"


def build_parser(*, modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``sanzhi`` parser with the commands of ``modules`` (default: every module)."""
    common = common_options()
    parser = ChineseArgumentParser(
        prog="sanzhi",
        description="三治融合 village office desk. Without a command, opens the GUI.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"sanzhi-desktop {__version__}")
    from sanzhi_desktop.cli.core import add_pg_option

    add_pg_option(parser)  # ``sanzhi --pg URL``: the county's window
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (database, PDF, font, translation, sync)",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=ChineseArgumentParser
    )
    registry = Registry(commands, common)
    for name in command_modules() if modules is None else modules:
        module = importlib.import_module(f"{__name__}.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(registry)
    return parser


def _preselect_language(argv: Sequence[str]) -> None:
    """Honour --lang before parsing, so that usage errors speak it too."""
    for i, arg in enumerate(argv):
        value = (
            arg.split("=", 1)[1]
            if arg.startswith("--lang=")
            else (argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        )
        if value in lang.SUPPORTED:
            lang.set_language(value)


def run_self_test(*, as_json: bool = False) -> int:
    """``sanzhi --self-test``: the checks without Qt, then the Qt ones (imported here, as
    ``gui`` is for ``cmd_gui``, so that a broken Qt is a FAIL line rather than a crash)."""
    from sanzhi_desktop.services import self_test

    checks = self_test.core_checks()
    try:
        from sanzhi_desktop.gui.self_test import gui_checks
    except ImportError as exc:  # Qt missing or broken in this installation
        failure = self_test.fail("qt", f"{type(exc).__name__}: {exc}")
        checks.append(("qt", lambda _dir: failure))
    else:
        checks.extend(gui_checks())
    return self_test.run_self_test(checks, out=sys.stdout, as_json=as_json)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line; every expected failure ends as one line and exit 1
    (:func:`.faults.run_guarded`), Ctrl-C at any moment as a quiet 130."""
    faults.tolerant_console()
    faults.interrupt_as_exception()
    parsed: list[argparse.Namespace] = []

    def data_file() -> Path:
        from sanzhi_desktop.cli.base import db_path

        return db_path(parsed[0]) if parsed else Path("sanzhi.db")

    return faults.run_guarded(lambda: _run(argv, parsed), db_path=data_file)


def _run(argv: Sequence[str] | None, parsed: list[argparse.Namespace]) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _preselect_language(argv)
    gui = wants_gui(argv)
    if gui:
        from sanzhi_desktop.gui import collector  # no Qt in it

        collector.pause()  # until the window has painted (see gui/collector.py)
    args = build_parser(modules=modules_for(argv)).parse_args(argv)
    parsed.append(args)
    if args.self_test:
        return run_self_test(as_json=bool(getattr(args, "json", False)))
    if args.command is None:
        from sanzhi_desktop.cli.core import cmd_gui

        args.handler = cmd_gui
    return int(args.handler(args))
