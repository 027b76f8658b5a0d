"""Rare ideographs in names print: from a shipped fallback font, embedded, and really drawn.

"Really drawn" is checked on the rendered page: the rare character alone on a
page must put ink on it (a missing glyph prints nothing, or the same empty box
for every character), and two different rare characters must look different.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest

from sanzhi_desktop.printing.font_fallback import FALLBACK_FONTS, fallback_for, mark_fallbacks
from sanzhi_desktop.printing.sheet import FONT_NAME, para, register_font, render_pdf, styles
from tests.pdf_tools import pdf_fonts, pdf_text

#: Ext. B (𪚥 zhé), Ext. A, Ext. C, Ext. G, Ext. H: none in WenQuanYi Micro Hei.
RARE = {"Ext B": "𪚥", "Ext A": "\u3400", "Ext C": "\U0002a700", "Ext G": "\U00030000"}
RARE["Ext H"] = "\U00031350"


def _ink(pdf: bytes) -> bytes:
    """The first page rendered in grey at 40 dpi, as raw PGM bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", str(path), f"{tmp}/p"],
            check=True,
            capture_output=True,
        )
        (page,) = Path(tmp).glob("p*.pgm")
        return page.read_bytes()


def _dark_pixels(pgm: bytes) -> int:
    body = pgm.split(b"\n", 3)[3]
    return sum(1 for value in body if value < 128)


def test_the_main_font_lacks_them_and_a_fallback_has_each() -> None:
    register_font()
    for name, char in RARE.items():
        assert mark_fallbacks(char, FONT_NAME) != char, name  # not left to the main font
        assert fallback_for(ord(char)) in {n for n, _ in FALLBACK_FONTS}, name


def test_common_text_is_untouched() -> None:
    register_font()
    assert mark_fallbacks("张三 2026年 &amp; 〇", FONT_NAME) == "张三 2026年 &amp; 〇"


def test_runs_are_wrapped_once_per_font() -> None:
    register_font()
    marked = mark_fallbacks("王𪚥𪚥明", FONT_NAME)
    assert marked.count("<font ") == 1 and marked.startswith("王<font ") and marked.endswith("明")


@pytest.mark.parametrize("block", RARE)
def test_a_rare_character_is_embedded_and_drawn(block: str) -> None:
    st = styles(base_size=40)
    char = RARE[block]
    pdf = render_pdf([para(f"王{char}明", st.title)], title="姓名")
    fonts = pdf_fonts(pdf)
    used = {f["name"].split("+")[-1] for f in fonts}
    assert any(name.startswith("Sanzhi") for name in used), fonts  # a fallback, embedded
    assert all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    assert char in pdf_text(pdf)
    alone = _ink(render_pdf([para(char, st.title)], title="姓名"))
    blank = _ink(render_pdf([para(" ", st.title)], title="姓名"))
    assert _dark_pixels(alone) > _dark_pixels(blank) + 20  # a glyph, not a blank


def test_two_rare_characters_do_not_print_the_same_box() -> None:
    st = styles(base_size=40)
    first = _ink(render_pdf([para(RARE["Ext B"], st.title)], title="姓名"))
    second = _ink(render_pdf([para(RARE["Ext H"], st.title)], title="姓名"))
    assert first != second
