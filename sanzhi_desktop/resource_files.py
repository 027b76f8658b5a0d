"""Finding the files shipped with the program (fonts, catalogues, icons).

The same ``resources/`` folder sits in two places: inside the installed
package (the wheel force-includes it as ``sanzhi_desktop/resources``; a
PyInstaller bundle keeps that layout) and at the top of a source checkout.
One helper looks in both, so printing, the GUI and services never guess.
It sits outside the layers (standard library only) because every layer may
need a shipped file: printing the font, services the default catalogues.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_roots() -> list[Path]:
    """Where ``resources/`` may be, in the order they are searched."""
    return [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]


@cache
def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts…>``; :class:`FileNotFoundError` if it is nowhere.

    Remembered once found: shipped files do not move while the program runs,
    and the services ask for their catalogues on every record they check
    (two ``stat`` calls each, a tenth of the demo village's time).
    """
    for root in resource_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    searched = ", ".join(str(root) for root in resource_roots())
    raise FileNotFoundError(f"resource {'/'.join(parts)} not found in {searched}")


FONT_FILE = ("fonts", "wqy-microhei.ttf")


def font_path() -> Path:
    """The CJK TrueType font used on screen and embedded in printed PDFs."""
    return resource_path(*FONT_FILE)
