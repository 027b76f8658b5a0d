"""Printing the rare characters of people's names that the main font does not have.

WenQuanYi Micro Hei (the shipped font) covers the common ideographs, not the
extensions where some people's names live: 𪚥 (Ext. B), most of Ext. A and
every character of Ext. C–H. Printed with it, such a name comes out with a
blank where the character should be — on a sheet that names the person in
public. So the text of every paragraph goes through :func:`mark_fallbacks`,
which wraps each run of characters the main font lacks in a ``<font>`` tag
naming the first shipped fallback font that has them:

- Hanazono Mincho A and B (花園明朝, SIL OFL 1.1): Ext. A, B–F and the
  compatibility ideographs;
- BabelStone Han (Arphic Public License): what those lack, chiefly Ext. G
  and H.

Each is shipped as a subset holding only the ideographs the main font
lacks (made by ``scripts/make_fallback_fonts.py`` from the Debian packages
fonts-hanazono and fonts-babelstone-han; their licences are beside them), and
each is read by reportlab only when a text first needs it: a sheet without a
rare character costs nothing more. Like the main font, it is embedded in the
PDF as a subset of the glyphs used.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from sanzhi_desktop.resource_files import resource_path

#: (reportlab name, file under resources/fonts), in the order they are tried.
FALLBACK_FONTS: tuple[tuple[str, str], ...] = (
    ("SanzhiHanaMinA", "hanazono-a-extra.ttf"),
    ("SanzhiHanaMinB", "hanazono-b-extra.ttf"),
    ("SanzhiBabelStoneHan", "babelstone-han-extra.ttf"),
)

#: Below this code point every character is one the main font has (Latin,
#: punctuation, the Chinese symbols): looked up without a dictionary.
_FIRST_RARE = 0x3400


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """The ToUnicode CMap of an embedded subset, with characters outside the BMP right.

    reportlab 5.1 writes each character as ``<%04X>`` of its code point, so
    𪚥 (U+2A6A5) becomes five hex digits and a PDF reader maps it to ⩪
    (U+2A6A): the sheet prints the right glyph but copying, searching or
    ``pdftotext`` give another character. A PDF CMap wants UTF-16BE, which
    for such a character is its surrogate pair (``<D869DEA5>``). This stands
    in for reportlab's function (installed below); the rest of the CMap is
    the one the PDF reference gives for a simple one-byte-code font.
    """
    pairs = "\n".join(
        f"<{code:02X}> <{chr(point).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for code, point in enumerate(subset)
    )
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        f"/CIDSystemInfo\n<< /Registry ({font_name})\n/Ordering ({font_name})\n"
        f"/Supplement 0\n>> def\n/CMapName /{font_name} def\n/CMapType 2 def\n"
        f"1 begincodespacerange\n<00> <{len(subset) - 1:02X}>\nendcodespacerange\n"
        f"{len(subset)} beginbfchar\n{pairs}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def _coverage(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    face = pdfmetrics.getFont(font_name).face
    return frozenset(face.charToGlyph)


@cache
def _fallback_coverage(index: int) -> frozenset[int]:
    name, file_name = FALLBACK_FONTS[index]
    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            path = resource_path("fonts", file_name)
        except FileNotFoundError:
            return frozenset()  # a trimmed installation: print what the main font can
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return _coverage(name)


def fallback_for(point: int) -> str | None:
    """The name of the first fallback font with a glyph for ``point``; None if none has."""
    for index, (name, _file) in enumerate(FALLBACK_FONTS):
        if point in _fallback_coverage(index):
            return name
    return None


def mark_fallbacks(markup: str, main_font: str) -> str:
    """``markup`` (a reportlab paragraph's text, already escaped) with every run of
    characters ``main_font`` lacks wrapped in ``<font name="…">`` of a fallback font.

    Characters that no shipped font has are left as they are.
    """
    if all(ord(char) < _FIRST_RARE for char in markup):
        return markup
    main = _coverage(main_font)
    parts: list[str] = []
    run_font: str | None = None
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        text = "".join(run)
        parts.append(f'<font name="{run_font}">{text}</font>' if run_font else text)
        run.clear()

    for char in markup:
        point = ord(char)
        font = None if point < _FIRST_RARE or point in main else fallback_for(point)
        if font != run_font:
            flush()
            run_font = font
        run.append(char)
    flush()
    return "".join(parts)
