"""Draw the program's icon: resources/icons/sanzhi.svg, sanzhi.png (256 px) and sanzhi.ico.

    python packaging/make_icon.py

Our own artwork, no third-party images: a red rounded square with a gold
frame and the characters 三治 in gold. The characters are taken from the
shipped WenQuanYi Micro Hei (Apache-2.0) and written into the SVG as outlines,
so the SVG shows the same on a PC without that font. The files are committed;
run this again only to change the design.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sanzhi_desktop.gui.fonts import register_font  # noqa: E402

SIZE = 256
RED = "#B8282B"
GOLD = "#F6D37C"
TEXT = "三治"


def text_path(family: str) -> QPainterPath:
    """The outlines of 三治, scaled and centred in the icon."""
    font = QFont(family)
    font.setPixelSize(100)
    font.setBold(True)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, TEXT)
    box = path.boundingRect()
    target_width = SIZE * 0.70
    scale = target_width / box.width()
    path.translate(-box.center())
    from PySide6.QtGui import QTransform

    transform = QTransform()
    transform.translate(SIZE / 2, SIZE / 2 + 2)
    transform.scale(scale, scale)
    return transform.map(path)


def path_to_svg(path: QPainterPath) -> str:
    """SVG path data (M/L/C) of a QPainterPath."""
    parts: list[str] = []
    i = 0
    count = path.elementCount()
    while i < count:
        element = path.elementAt(i)
        if element.isMoveTo():
            parts.append(f"M{element.x:.2f} {element.y:.2f}")
            i += 1
        elif element.isLineTo():
            parts.append(f"L{element.x:.2f} {element.y:.2f}")
            i += 1
        else:  # a cubic: this element and the next two (CurveToDataElement)
            c1, c2, end = element, path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{c1.x:.2f} {c1.y:.2f} {c2.x:.2f} {c2.y:.2f} {end.x:.2f} {end.y:.2f}")
            i += 3
    return "".join(parts) + "Z"


def paint(painter: QPainter, glyphs: QPainterPath) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(RED))
    painter.drawRoundedRect(QRectF(8, 8, SIZE - 16, SIZE - 16), 44, 44)
    pen = QPen(QColor(GOLD), 7)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(26, 26, SIZE - 52, SIZE - 52), 30, 30)
    # The font has no bold face: a thin outline stroke makes the strokes read at 16 px.
    painter.setPen(
        QPen(
            QColor(GOLD),
            3.5,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.setBrush(QBrush(QColor(GOLD)))
    painter.drawPath(glyphs)


def svg(glyphs: QPainterPath) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- sanzhi-desktop icon: drawn by packaging/make_icon.py; glyph outlines of 三治 from
     WenQuanYi Micro Hei (Apache-2.0, see resources/fonts/). -->
<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">
  <title>三治融合村务台账</title>
  <rect x="8" y="8" width="{SIZE - 16}" height="{SIZE - 16}" rx="44" ry="44" fill="{RED}"/>
  <rect x="26" y="26" width="{SIZE - 52}" height="{SIZE - 52}" rx="30" ry="30" fill="none"
        stroke="{GOLD}" stroke-width="7"/>
  <path fill="{GOLD}" fill-rule="nonzero" stroke="{GOLD}" stroke-width="3.5"
        stroke-linejoin="round" stroke-linecap="round" d="{path_to_svg(glyphs)}"/>
</svg>
"""


def main() -> None:
    app = QApplication.instance() or QApplication([])
    family = register_font()
    if family is None:
        raise SystemExit("the shipped font is missing")
    glyphs = text_path(family)
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    (out / "sanzhi.svg").write_text(svg(glyphs), encoding="utf-8")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint(painter, glyphs)
    painter.end()
    image.save(str(out / "sanzhi.png"))
    from PIL import Image  # Pillow (a reportlab dependency) writes a multi-size .ico

    Image.open(out / "sanzhi.png").save(
        out / "sanzhi.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)]
    )
    del app
    print(f"wrote {out}/sanzhi.svg, sanzhi.png, sanzhi.ico")


if __name__ == "__main__":
    main()
