"""The program's own CJK font, so Chinese renders on a PC that has none.

Windows PCs in village offices usually have SimSun, but Linux installs and
offscreen rendering (tests, screenshots) often have no Chinese font at all
and would draw boxes. Registering the shipped WenQuanYi Micro Hei and making
it the application font gives the same look everywhere. 12 pt is the default
size (UI.md): older clerks read Chinese more easily at that size.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from sanzhi_desktop.resource_files import font_path

log = logging.getLogger(__name__)

APP_FONT_POINT_SIZE = 12
_registered_family: str | None = None


def register_font() -> str | None:
    """Add the shipped font to Qt's database once; its family name, or None if missing."""
    global _registered_family
    if _registered_family is not None:
        return _registered_family
    try:
        path = font_path()
    except FileNotFoundError as exc:
        log.warning("shipped font missing, using the system font: %s", exc)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Qt could not load the font %s", path)
        return None
    _registered_family = families[0]
    return _registered_family


def register_app_font(app: QApplication, point_size: int = APP_FONT_POINT_SIZE) -> str:
    """Register the shipped font and make it the application font; returns the family used."""
    family = register_font()
    font = QFont(family) if family else QFont(app.font())
    font.setPointSize(point_size)
    app.setFont(font)
    return font.family()
