"""A command line imports its own command module only; the table of modules stays true."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

from sanzhi_desktop import cli
from sanzhi_desktop.cli.base import ChineseArgumentParser, Registry, common_options
from sanzhi_desktop.services.session import Session


def _registered_by(module_name: str) -> set[str]:
    parser = ChineseArgumentParser()
    commands = parser.add_subparsers(dest="command")
    module = importlib.import_module(f"sanzhi_desktop.cli.{module_name}")
    register = getattr(module, "register", None)
    if register is not None:
        register(Registry(commands, common_options()))
    choices: dict[str, argparse.ArgumentParser] = commands.choices
    return set(choices)


def test_the_table_names_the_module_of_every_command() -> None:
    owners: dict[str, set[str]] = {}
    for name in cli.command_modules():
        for command in _registered_by(name):
            owners.setdefault(command, set()).add(name)
    shared = {c for c, modules in owners.items() if len(modules) > 1}
    # ``print``: every part adds to it (the whole parser); the others are named in full
    assert shared == {"print", *cli.GROUP_MODULES}
    for group, modules in cli.GROUP_MODULES.items():
        assert owners[group] == set(modules)
    single = {c: next(iter(m)) for c, m in owners.items() if c not in shared}
    assert single == cli.COMMAND_MODULES


def test_which_modules_a_command_line_needs() -> None:
    assert cli.modules_for([]) == ["core"]
    assert cli.modules_for(["--db", "roster.db", "info"]) == ["core"]
    assert cli.modules_for(["roster", "list"]) == ["roster"]
    assert cli.modules_for(["county", "ingest", "DIR"]) == [
        "county",
        "county_keys",
        "county_scorecard",
    ]
    assert cli.modules_for(["print", "notice", "ID"]) is None
    assert cli.modules_for(["--help"]) is None
    assert cli.modules_for(["no-such-command"]) is None


def test_sanzhi_info_imports_no_other_command_nor_heavy_library(session: Session) -> None:
    session.close()
    code = (
        "import sys\n"
        "from sanzhi_desktop.cli import main\n"
        "assert main(['--db', sys.argv[1], 'info']) == 0\n"
        "heavy = ('reportlab', 'openpyxl', 'PySide6', 'pyrage', 'minisign', 'cryptography',\n"
        "         'sanzhi_desktop.cli.roster', 'sanzhi_desktop.cli.sync', 'sanzhi_desktop.gui')\n"
        "print('HEAVY:' + ','.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(session.path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "小营村" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "HEAVY:"
