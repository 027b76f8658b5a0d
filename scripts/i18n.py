"""Qt Linguist upkeep for the GUI's translation.

    python scripts/i18n.py update        # lupdate: gather tr() strings into i18n/*.ts
    python scripts/i18n.py fill F.json   # fill translations from {"Context": {"source": "译文"}}
    python scripts/i18n.py check         # list unfinished entries; exit 1 if any
    python scripts/i18n.py release       # lrelease into sanzhi_desktop/locale (as the build does)

The .ts file is the source of truth for translations and is committed; the
.qm files are built from it by hatch_build.py when the package is built or
installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "i18n" / "sanzhi_zh_CN.ts"


def gui_sources() -> list[Path]:
    return sorted((ROOT / "sanzhi_desktop" / "gui").rglob("*.py"))


def lupdate(ts_file: Path = TS_FILE) -> None:
    """Gather strings; entries whose source text vanished are dropped (-no-obsolete)."""
    import PySide6

    tool = Path(PySide6.__file__).parent / "lupdate"
    if not tool.exists():
        tool = Path(PySide6.__file__).parent / "lupdate.exe"
    args = [
        str(tool),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        "-target-language",
        "zh_CN",
        *map(str, gui_sources()),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(args, check=True)


def unfinished(ts_file: Path = TS_FILE) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                missing.append((name, message.findtext("source") or ""))
    return missing


def fill(parts: list[Path], ts_file: Path = TS_FILE) -> int:
    """Copy translations from JSON parts into the .ts; returns how many were filled."""
    table: dict[tuple[str, str], str] = {}
    for part in parts:
        for context, messages in json.loads(part.read_text(encoding="utf-8")).items():
            for source, text in messages.items():
                table[(context, source)] = text
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or (name, source) not in table:
                continue
            translation.text = table[(name, source)]
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    text = ts_file.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
    )
    ts_file.write_text(text, encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        lupdate()
    elif command == "fill":
        print(f"filled {fill([Path(p) for p in argv[1:]])}")
    elif command == "release":
        sys.path.insert(0, str(ROOT))
        from hatch_build import compile_translations

        for path in compile_translations(ROOT):
            print(path)
    missing = unfinished()
    for context, source in missing:
        print(f"unfinished: [{context}] {source}")
    print(f"{len(missing)} unfinished")
    return 1 if missing and command == "check" else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
