"""The README and docs/cli*.md document every CLI command (after sqlite-utils' test_docs).

A part's command reference may live in its own ``docs/cli-<part>.md``.
"""

import argparse
from pathlib import Path

from sanzhi_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def documentation() -> str:
    pages = [README, *sorted((ROOT / "docs").glob("cli*.md"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


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
    text = documentation()
    missing = [name for name in command_names() if f"sanzhi {name}" not in text]
    assert missing == []
