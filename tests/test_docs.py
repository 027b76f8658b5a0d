"""The README and docs/ document every CLI command (after sqlite-utils' tests/test_docs.py)."""

import argparse
from pathlib import Path

from sanzhi_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
#: A part's commands may be documented in docs/cli-<part>.md instead of the README.
CLI_DOCS = sorted((ROOT / "docs").glob("cli*.md"))


def command_names() -> list[str]:
    parser = build_parser()
    names = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                names.append(name)
                for sub_action in sub._actions:
                    if isinstance(sub_action, argparse._SubParsersAction):
                        names.extend(f"{name} {child}" for child in sub_action.choices)
    return names


def test_every_command_is_in_the_readme() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in [README, *CLI_DOCS])
    missing = [name for name in command_names() if f"sanzhi {name}" not in text]
    assert missing == []
