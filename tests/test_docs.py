"""docs/cli.md documents every CLI command (after sqlite-utils' tests/test_docs.py)."""

import argparse
from pathlib import Path

from sanzhi_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
CLI_REFERENCE = ROOT / "docs" / "cli.md"
README = ROOT / "README.md"


def documentation() -> str:
    """The CLI reference and the per-part command references beside it (``docs/cli-*.md``)."""
    pages = [CLI_REFERENCE, *sorted((ROOT / "docs").glob("cli-*.md"))]
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


def test_every_command_is_in_the_cli_reference() -> None:
    text = documentation()
    missing = [name for name in command_names() if f"sanzhi {name}" not in text]
    assert missing == []


def test_the_readme_stays_short_and_links_the_docs() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200
    assert "make demo" in text and "make test" in text
    for doc in ("docs/user-guide.md", "docs/cli.md", "docs/reliability.md", "docs/benchmarks.md"):
        assert f"]({doc})" in text and (ROOT / doc).exists()


def test_pictures_and_links_in_the_docs_exist() -> None:
    import re

    for doc in [README, *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#]+?)(?:#[^)]*)?\)", doc.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://")):
                continue
            assert (doc.parent / target).exists(), f"{doc.name}: {target}"
