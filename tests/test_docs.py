"""Every CLI command is documented: in the README or a docs/cli*.md page (after sqlite-utils)."""

import argparse
from pathlib import Path

from sanzhi_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
#: The CLI reference of a part lives in ``docs/cli-<part>.md`` (and the README, for now).
CLI_DOCS = [README, *sorted((ROOT / "docs").glob("cli*.md"))]


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
    text = "\n".join(doc.read_text(encoding="utf-8") for doc in CLI_DOCS)
    missing = [name for name in command_names() if f"sanzhi {name}" not in text]
    assert missing == []
