"""Build hook: compile the Qt Linguist sources in i18n/ into .qm files.

The .qm files are build products, so they are not committed; they are written
to ``sanzhi_desktop/locale/`` (ignored by git) and shipped in the wheel as
artifacts. Editable installs run the same hook, so a developer checkout has
them too.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> str:
    """Locate Qt's lrelease: the PySide6 wheel ships it inside the package."""
    import PySide6

    package_dir = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        candidate = package_dir / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise RuntimeError("lrelease not found: install PySide6-Essentials")
    return found


def compile_translations(root: Path) -> list[Path]:
    out_dir = root / "sanzhi_desktop" / "locale"
    out_dir.mkdir(parents=True, exist_ok=True)
    lrelease = find_lrelease()
    written = []
    for ts in sorted((root / "i18n").glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        compile_translations(Path(self.root))
