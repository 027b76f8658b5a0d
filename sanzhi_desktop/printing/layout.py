"""Page layout rules every sheet shares: column widths from content, clean page breaks.

- :func:`fit_columns` widens a column just enough that a short cell (a 2–5
  character name, "序号", "村民小组", "已授牌", a date like "2026.5.12") stays on
  one line, taking the room from the columns of long text, which wrap anyway.
- :class:`TableWithEnding` keeps the block that closes a sheet (signatures,
  seals, date, objection sentence, phones) on the page of the table's last
  rows: when it does not fit after the table, the last rows move to the next
  page with it (under the repeated header) instead of the block standing
  alone, and a table never leaves only its header at the bottom of a page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

#: A cell this short is one word (a name, a header, a label such as "已上回音壁"): it never wraps.
SHORT_CELL = 5
#: A date in a cell ("2026年11月20日", "2026-11-20", "2026.11.20") is read as one word.
_DATE = re.compile(r"^\d{4}(年\d{1,2}月(\d{1,2}日)?|[-.]\d{1,2}[-.]\d{1,2})$")
#: Table cell padding left + right (reportlab's default 6 pt each side).
CELL_PADDING = 12.0


def _unbreakable(text: str) -> list[str]:
    """The parts of a cell that must not be split over two lines: short cells and dates whole."""
    text = text.strip()
    if not text:
        return []
    if len(text) <= SHORT_CELL or _DATE.match(text):
        return [text]
    parts, run = [], ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            run += ch
        else:
            if len(run) > 1:
                parts.append(run)
            run = ""
    if len(run) > 1:
        parts.append(run)
    return parts


def fit_columns(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    font: str,
    size: float,
    padding: float = CELL_PADDING,
) -> list[float]:
    """``widths`` adjusted so no short cell wraps; the total width stays the same.

    A column that needs more than it was given takes the room from columns
    that have more than they need, in proportion to what they can spare. When
    the whole table cannot hold every word the columns keep what they could get.
    """
    need = [0.0] * len(widths)
    for row in rows:
        for c, cell in enumerate(row[: len(widths)]):
            if not isinstance(cell, str):
                continue
            for part in _unbreakable(cell):
                need[c] = max(need[c], stringWidth(part, font, size) + padding + 0.5)
    out = [float(w) for w in widths]
    deficit = sum(max(n - w, 0.0) for n, w in zip(need, out, strict=True))
    if deficit <= 0:
        return out
    spare = [max(w - n, 0.0) if n <= w else 0.0 for n, w in zip(need, out, strict=True)]
    total_spare = sum(spare)
    if total_spare <= 0:
        return out
    give = min(1.0, total_spare / deficit)
    take = min(deficit, total_spare) / total_spare
    return [
        w + (n - w) * give if n > w else w - s * take
        for n, w, s in zip(need, out, spare, strict=True)
    ]


class TableWithEnding(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A table followed by the sheet's closing block, never separated from its last rows.

    On a page where both fit it draws them one under the other. Otherwise it
    splits the table (through reportlab's own split, which repeats the header)
    so that at least ``keep_rows`` rows go to the next page with the ending.
    """

    def __init__(
        self, table: Table, ending: Sequence[Flowable], *, keep_rows: int = 2, header_rows: int = 1
    ) -> None:
        super().__init__()
        self.table = table
        self.ending = list(ending)
        self.keep_rows = keep_rows
        self.header_rows = header_rows
        self._sizes: list[tuple[float, float]] = []
        self._gave_up = False

    def _parts(self) -> list[Flowable]:
        return [self.table, *self.ending]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = []
        height = 0.0
        for index, part in enumerate(self._parts()):
            w, h = part.wrap(availWidth, availHeight)
            space = part.getSpaceAfter() + (part.getSpaceBefore() if index else 0.0)
            self._sizes.append((w, h))
            height += h + space
        self.width, self.height = availWidth, height
        return availWidth, height

    def draw(self) -> None:
        y = self.height
        for index, (part, (w, h)) in enumerate(zip(self._parts(), self._sizes, strict=True)):
            if index:
                y -= part.getSpaceBefore()
            y -= h
            part.drawOn(self.canv, 0, y, _sW=self.width - w)
            y -= part.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
        rows: list[float] = list(self.table._rowHeights)
        last_cut = len(rows) - self.keep_rows
        cut, used = 0, 0.0
        for index, row_height in enumerate(rows):
            if used + row_height > availHeight or index >= last_cut:
                break
            used += row_height
            cut = index + 1
        if cut <= self.header_rows:
            if self._gave_up:  # even a fresh page cannot hold it: flow normally
                return self._parts()
            self._gave_up = True
            return []  # the whole table starts on the next page
        pieces = self.table.split(availWidth, used + 0.01)
        if len(pieces) != 2:
            return self._parts()
        first, rest = pieces
        return [
            first,
            TableWithEnding(
                rest, self.ending, keep_rows=self.keep_rows, header_rows=self.header_rows
            ),
        ]
