"""Chinese line breaking (禁则) for every paragraph a sheet prints.

reportlab's CJK wrapping breaks after any character that fills the line. Its
list of characters that may not start a line lacks the full-width ，；：！？,
it never looks at the character that ends a line, and it lets the odd
character hang into the margin — inside a ruled table cell that means over
the rule. A clerk's board must read like a typeset one, so this module breaks
lines itself:

- no line starts with closing punctuation (，。；：、）」』！？ and the like);
  the character before it moves down with it instead (推出), so the line stays
  inside its width and a lone "。" never sits on its own line;
- no line ends with an opening bracket or quote (（「『“《 …): it moves down;
- a run of Latin letters or digits ("2026.5.12", "A3", a phone number) stays
  whole when it fits on a line;
- a paragraph does not end with a single character on its last line.

Only when a whole line is made of characters that cannot be separated does it
fall back to breaking at the width, so wrapping always makes progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

#: May not start a line (full-width and ASCII closing punctuation, 、, 。, ellipses).
NO_LINE_START = frozenset("，。；：、！？）」』】〕〉》”’…—·%‰℃,.;:!?)]}" + "\uff09\uff3d\uff5d")
#: May not end a line (opening brackets and quotes, currency signs).
NO_LINE_END = frozenset("（「『【〔〈《“‘([{¥￥$" + "\uff08\uff3b\uff5b")
#: How far back a break may move to keep a word or the punctuation rules.
_MAX_PUSH = 12


def _is_word_char(ch: str) -> bool:
    """A character of a Latin word or a number, which should not be split."""
    return ch.isascii() and (ch.isalnum() or ch in "._-/:@+#*")  # * of a masked number


def allowed_break(text: Sequence[str], at: int, *, keep_words: bool = True) -> bool:
    """Whether a line may end before ``text[at]`` (``0 < at < len(text)``)."""
    before, after = text[at - 1], text[at]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return not (keep_words and _is_word_char(before) and _is_word_char(after))


def break_point(text: Sequence[str], start: int, overflow: int) -> int:
    """Where to end the line ``text[start:…]`` whose character ``overflow`` no longer fits.

    Moves the break back until the rules allow it; if a long number leaves
    no such place within reach, the number is split rather than a line
    started with punctuation. A line always keeps at least one character so
    that wrapping makes progress.
    """
    lowest = max(start + 1, overflow - _MAX_PUSH)
    for keep_words in (True, False):
        at = overflow
        while at > lowest and not allowed_break(text, at, keep_words=keep_words):
            at -= 1
        if allowed_break(text, at, keep_words=keep_words):
            return at
    return overflow  # nothing allowed within reach: break at the width


def split_lines(
    chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float]
) -> list[tuple[int, int]]:
    """``(start, end)`` of each line for characters with the given widths.

    A ``"\\n"`` in ``chars`` is a forced break (reportlab's ``<br/>``). The
    width of line *n* is ``max_widths[n]`` (the last one repeats).
    """
    lines: list[tuple[int, int]] = []
    start = 0
    used = 0.0
    i = 0
    count = len(chars)
    while i < count:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        if chars[i] == "\n":
            lines.append((start, i + 1))
            start, used, i = i + 1, 0.0, i + 1
            continue
        used += widths[i]
        if used > limit + 1e-6 and i > start:
            end = break_point(chars, start, i)
            lines.append((start, end))
            start, used, i = end, 0.0, end
            continue
        i += 1
    if start < count:
        lines.append((start, count))
    return _no_single_last_character(chars, lines)


def _no_single_last_character(
    chars: Sequence[str], lines: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A paragraph does not end with one character alone on its line ("垃/圾").

    The line above gives up its last character when the rules allow the
    earlier break; it has room for it, being the longer line.
    """
    if len(lines) < 2:
        return lines
    (a, b), (c, d) = lines[-2], lines[-1]
    if d - c != 1 or b != c or b - a < 3 or chars[b - 1] == "\n" or chars[c] == "\n":
        return lines
    if not allowed_break(chars, b - 1):
        return lines
    return [*lines[:-2], (a, b - 1), (b - 1, d)]


class CJKParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A ``Paragraph`` whose CJK wrapping follows :mod:`line_breaking`'s rules.

    Used with ``wordWrap='CJK'`` styles (every sheet style): the characters
    and their fragments are reportlab's own, only the break points are ours.
    """

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the rest of a paragraph split over two pages
        self.height = 0
        frags = self.frags
        if len(frags) == 1 and not hasattr(frags[0], "cbDefn") and hasattr(frags[0], "text"):
            return self._one_style_lines(frags[0], maxWidths)
        chars: list[Any] = []
        for frag in frags:
            text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
            if isinstance(text, bytes):
                text = text.decode("utf8")
            if hasattr(frag, "lineBreak"):
                chars.append(cjkU("\n", frag, "utf8"))
            elif text:
                chars.extend(cjkU(ch, frag, "utf8") for ch in text)
        keys = [str(ch) for ch in chars]
        widths = [0.0 if k == "\n" else float(ch.width) for k, ch in zip(keys, chars, strict=True)]
        lines = []
        for number, (start, end) in enumerate(split_lines(keys, widths, maxWidths)):
            forced = end > start and keys[end - 1] == "\n"
            body = chars[start : end - 1] if forced else chars[start:end]
            width = maxWidths[min(number, len(maxWidths) - 1)]
            used = sum(widths[start:end])
            lines.append(makeCJKParaLine(body, width, used, width - used, forced, False))
        return ParaLines(kind=1, lines=lines)

    def _one_style_lines(self, frag: Any, max_widths: Sequence[float]) -> Any:
        """Lines of a paragraph in one style, in reportlab's light form for that case.

        (Most cells and lines of a sheet are one style; this form draws about
        twice as fast as the general one.)
        """
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        widths = char_widths(text, frag.fontName, frag.fontSize)
        lines = []
        for number, (start, end) in enumerate(split_lines(text, widths, max_widths)):
            width = max_widths[min(number, len(max_widths) - 1)]
            lines.append((width - sum(widths[start:end]), [text[start:end]]))
        return frag.clone(kind=0, lines=lines, ascent=frag.fontSize, descent=-0.2 * frag.fontSize)


@lru_cache(maxsize=4096)
def _char_width(ch: str, font: str, size: float) -> float:
    return float(stringWidth(ch, font, size))


def char_widths(text: str, font: str, size: float) -> list[float]:
    """The width of every character of ``text`` (cached: sheets repeat their characters)."""
    return [_char_width(ch, font, size) for ch in text]
