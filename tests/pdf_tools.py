"""Reading PDFs back in tests with poppler-utils (pdftotext, pdffonts, pdfinfo).

scripts/setup.sh installs poppler-utils; a machine without it fails these
tests loudly rather than skipping them, since "is the Chinese real text, is
the font embedded" is exactly what they exist to check.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree


def _run(tool: str, pdf: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sheet.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(
            [tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
            capture_output=True,
            check=True,
        )
        return result.stdout.decode("utf-8")


def pdf_text(pdf: bytes) -> str:
    """The text of every page, in reading order (``pdftotext -layout``)."""
    return _run("pdftotext", pdf, "-layout")


def pdf_fonts(pdf: bytes) -> list[dict[str, str]]:
    """One dict per font: name, type, emb (yes/no), sub (yes/no)."""
    lines = _run("pdffonts", pdf).splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type [encoding…] emb sub uni object ID: the flags are the last 5 columns.
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4]})
    return fonts


def pdf_pages(pdf: bytes) -> int:
    for line in _run("pdfinfo", pdf).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise ValueError("no page count")


@dataclass(frozen=True)
class TextLine:
    """A line of text as pdftotext found it on a page (points, origin top left)."""

    page: int
    text: str
    x: float
    top: float
    bottom: float
    page_height: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


def pdf_text_lines(pdf: bytes) -> list[TextLine]:
    """Every line of every page with its box (``pdftotext -bbox-layout``).

    Each table cell and paragraph is its own block, so a line here is one
    line of one cell or paragraph: what 禁则 and page-break tests look at.
    """
    root = ElementTree.fromstring(_run("pdftotext", pdf, "-bbox-layout"))
    lines = []
    pages = [el for el in root.iter() if el.tag.endswith("page")]
    for number, page in enumerate(pages, start=1):
        height = float(page.get("height", "0"))
        for line in (el for el in page.iter() if el.tag.endswith("line")):
            words = [w.text or "" for w in line if w.tag.endswith("word")]
            lines.append(
                TextLine(
                    page=number,
                    text="".join(words),
                    x=float(line.get("xMin", "0")),
                    top=float(line.get("yMin", "0")),
                    bottom=float(line.get("yMax", "0")),
                    page_height=height,
                )
            )
    return lines
