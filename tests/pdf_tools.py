"""Reading PDFs back in tests with poppler-utils (pdftotext, pdffonts, pdfinfo).

scripts/setup.sh installs poppler-utils; a machine without it fails these
tests loudly rather than skipping them, since "is the Chinese real text, is
the font embedded" is exactly what they exist to check.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


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
