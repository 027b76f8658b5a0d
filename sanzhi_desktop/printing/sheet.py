"""The building blocks every printed sheet shares.

A sheet module (``printing/<sheet>.py``) builds a list of reportlab flowables
with the helpers here and calls :func:`render_pdf`. Text is real text in the
shipped font, so ``pdftotext`` finds the Chinese and the figures, and the font
travels inside the PDF (a subset) so the sheet prints the same on any PC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sanzhi_desktop.printing.font_fallback import mark_fallbacks
from sanzhi_desktop.printing.layout import TableWithEnding, fit_columns
from sanzhi_desktop.printing.line_breaking import CJKParagraph
from sanzhi_desktop.resource_files import font_path

FONT_NAME = "WQYMicroHei"
PAGE_SIZES = {"A4": A4, "A3": A3, "A4-landscape": landscape(A4), "A3-landscape": landscape(A3)}
RED = colors.HexColor("#C00000")
BLACK = colors.black
#: A3 has twice A4's area: a board sheet on A3 scales its type, boxes and gaps by √2
#: (GLOSSARY "Printed forms": a wall sheet is read from a step back).
A3_SCALE = 1.42
#: The mark a sheet carries while its record is not yet approved (issue 22).
DRAFT_MARK = "草稿（未经审核，不得张贴）"


def page_scale(page: str) -> float:
    """How much larger than on A4 a sheet's type and boxes are on ``page``."""
    return A3_SCALE if page.startswith("A3") else 1.0


def register_font() -> str:
    """Register the shipped font with reportlab once; returns its name."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path())))
    return FONT_NAME


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in the shipped font; lines break by :mod:`line_breaking`'s rules.

    ``scale`` is :func:`page_scale` of the page: every size and leading grows
    with it, so an A3 sheet is the A4 sheet designed larger, not stretched.
    """

    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    heading: ParagraphStyle
    scale: float = 1.0


def styles(*, base_size: float = 11, color: Any = BLACK, scale: float = 1.0) -> Styles:
    font = register_font()

    def style(
        name: str, size: float, align: int = TA_LEFT, leading: float = 1.45
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size * scale,
            leading=size * scale * leading,
            alignment=align,
            wordWrap="CJK",
            textColor=color,
            keepWithNext=1 if name == "heading" else 0,
        )

    return Styles(
        title=style("title", base_size + 9, TA_CENTER, 1.3),
        subtitle=style("subtitle", base_size, TA_CENTER),
        body=style("body", base_size),
        small=style("small", base_size - 2),
        cell=style("cell", base_size - 1, TA_LEFT, 1.3),
        cell_right=style("cell_right", base_size - 1, TA_RIGHT, 1.3),
        cell_center=style("cell_center", base_size - 1, TA_CENTER, 1.3),
        heading=style("heading", base_size + 2, TA_LEFT, 1.4),
        scale=scale,
    )


def escape(text: object) -> str:
    """Text for a reportlab Paragraph (which reads a little XML); characters the
    shipped font lacks (rare ideographs in names) in a fallback font."""
    markup = (
        str(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br/>")
    )
    return mark_fallbacks(markup, register_font())


def para(text: object, style: ParagraphStyle) -> Paragraph:
    return CJKParagraph(escape(text), style)


def money(fen: int) -> str:
    """Fen as 元 with two decimals and thousands separators: 123450 → ``1,234.50``."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def chinese_date(iso: str) -> str:
    """``2026-11-28`` → ``2026年11月28日`` (empty stays empty)."""
    if not iso:
        return ""
    year, month, day = iso[:10].split("-")
    return f"{int(year)}年{int(month)}月{int(day)}日"


#: Table commands that change no cell's text box: a table with only these in ``extra``
#: may draw its one-line cells as plain strings (:func:`grid_table`).
_BOX_NEUTRAL = frozenset(
    {"BACKGROUND", "ROWBACKGROUNDS", "GRID", "INNERGRID", "BOX", "OUTLINE", "LINEABOVE",
     "LINEBELOW", "LINEBEFORE", "LINEAFTER"}
)  # fmt: skip
#: reportlab's default left and right padding of a table cell (grid_table keeps it).
_CELL_SIDE_PADDING = 6.0
_ALIGNMENTS = {"l": "LEFT", "c": "CENTER", "r": "RIGHT"}


def _one_line(text: object, room: float, size: float) -> bool:
    """Whether ``text`` prints as one line of the shipped font within ``room`` points, as is.

    Such a cell is drawn as a plain string: the same glyphs at the same
    place as a paragraph's one line (see :func:`grid_table`), without the
    paragraph's markup parser and line breaker. Text a paragraph would
    change is left to the paragraph: markup characters, whitespace (which a
    paragraph collapses), characters from a fallback font.
    """
    if not isinstance(text, str) or not text:
        return False
    if any(c in "&<>" or c.isspace() for c in text):
        return False
    if mark_fallbacks(text, FONT_NAME) != text:
        return False
    return bool(stringWidth(text, FONT_NAME, size) <= room - 0.01)


def grid_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    st: Styles,
    header_rows: int = 1,
    align: Sequence[str] | None = None,
    color: Any = BLACK,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table; strings become wrapping paragraphs, ``align`` per column (l/c/r).

    The widths are a design; :func:`layout.fit_columns` moves room to the
    columns whose short cells (names, headers) would otherwise wrap.

    A cell whose text fits on one line is drawn as a plain string in the
    cell style's font, size, leading and colour, aligned as its column: a
    paragraph's single line sits at the same baseline (middle-aligned, both
    are one leading high) and the same left, centre or right edge, so the
    sheet looks the same — and a sheet of a hundred short cells no longer
    parses and breaks a hundred paragraphs (issue 23: printing was 1.5–1.9×
    a bare reportlab floor). Only where ``extra`` holds nothing but rules
    and backgrounds: a span or a padding of a caller's would move the box.
    """
    cell_style = {"l": st.cell, "c": st.cell_center, "r": st.cell_right}
    aligns = list(align or ["l"] * len(col_widths))
    widths = fit_columns(rows, col_widths, font=FONT_NAME, size=st.cell.fontSize)
    plain = all(cmd[0] in _BOX_NEUTRAL for cmd in extra)
    size = st.cell.fontSize

    def cell_of(r: int, i: int, cell: Any) -> Any:
        if isinstance(cell, Flowable):
            return cell
        if plain and _one_line(cell, widths[i] - 2 * _CELL_SIDE_PADDING, size):
            return cell
        return para(cell, cell_style[aligns[i]] if r >= header_rows else st.cell_center)

    data = [[cell_of(r, i, cell) for i, cell in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(data, colWidths=widths, repeatRows=header_rows)
    pad = 3 * st.scale
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("GRID", (0, 0), (-1, -1), 0.6 * st.scale, color),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        # the one-line cells drawn as strings: the cell styles' size, leading and colour
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), st.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.cell.textColor),
    ]
    for i, code in enumerate(aligns):
        commands.append(("ALIGN", (i, header_rows), (i, -1), _ALIGNMENTS[code]))
    if header_rows:
        commands.append(("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"))
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#F2F2F2")))
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def with_ending(table: Table, ending: Sequence[Flowable], *, header_rows: int = 1) -> Flowable:
    """``table`` then the sheet's closing block, kept with the table's last rows."""
    return TableWithEnding(table, ending, header_rows=header_rows)


def seal_label(label: str, *, st: Styles, width: float) -> str:
    """The label over a seal box, broken before "（盖章）" when one line would not fit.

    A label never wraps inside a word: it is one line, or the body's name on
    the first line and "（盖章）" on the second.
    """
    room = width - 12
    if stringWidth(label, FONT_NAME, st.cell_center.fontSize) <= room or "（" not in label:
        return label
    head, _, tail = label.rpartition("（")
    return f"{head}\n（{tail}"


def seal_box(label: str, *, st: Styles, width: float = 45 * mm, height: float = 32 * mm) -> Table:
    """One empty box with its label, where a seal goes (盖章处)."""
    table = Table(
        [[para(seal_label(label, st=st, width=width), st.cell_center)], [""]],
        colWidths=[width],
        rowHeights=[None, height],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                ("BOX", (0, 0), (-1, -1), 0.6, BLACK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.grey),
            ]
        )
    )
    return table


def seals_row(labels: Sequence[str], *, st: Styles, width: float) -> Table:
    """Seal boxes (盖章处) side by side, equal and aligned, spread over the width.

    One table holds every box, so the labels share a row height and the boxes
    line up even when one label needs two lines.
    """
    count = max(len(labels), 1)
    box = min(55 * mm * st.scale, width / count - 6 * mm * st.scale)
    space = (width - box * count) / (count + 1)
    widths: list[float] = [space]
    first_row: list[Any] = [""]
    for label in labels:
        widths += [box, space]
        first_row += [para(seal_label(label, st=st, width=box), st.cell_center), ""]
    commands: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), FONT_NAME)]
    for index in range(len(labels)):
        col = 1 + 2 * index
        commands += [
            ("BOX", (col, 0), (col, 1), 0.6 * st.scale, BLACK),
            ("LINEBELOW", (col, 0), (col, 0), 0.3 * st.scale, colors.grey),
        ]
    table = Table(
        [first_row, [""] * len(widths)],
        colWidths=widths,
        rowHeights=[None, 32 * mm * st.scale],
    )
    table.setStyle(TableStyle(commands))
    return table


def signature_lines(labels: Sequence[str], *, st: Styles, width: float) -> Table:
    """``label：________  日期：________`` lines for people to sign."""
    rows = [[para(f"{label}：", st.body), "", para("日期：", st.body), ""] for label in labels]
    table = Table(
        rows,
        colWidths=[width * 0.28, width * 0.32, width * 0.12, width * 0.28],
        rowHeights=[11 * mm * st.scale] * len(rows),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, BLACK),
                ("LINEBELOW", (3, 0), (3, -1), 0.5, BLACK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def render_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    page: str = "A4",
    author: str = "sanzhi-desktop",
    page_numbers: bool = True,
    margins_mm: float = 18,
    draft: bool = False,
) -> bytes:
    """Lay ``story`` out on pages and return the PDF (font embedded as a subset).

    ``draft`` marks every page 草稿（未经审核，不得张贴）: a sheet whose record
    the committee has not approved may be previewed, never mistaken for one to post.
    """
    register_font()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[page],
        title=title,
        author=author,
        initialFontName=FONT_NAME,  # else every page names an unembedded Helvetica
        leftMargin=margins_mm * mm,
        rightMargin=margins_mm * mm,
        topMargin=margins_mm * mm,
        bottomMargin=margins_mm * mm,
    )

    def footer(canvas: Any, document: Any) -> None:
        if draft:
            draw_draft_mark(canvas, document.pagesize)
        if not page_numbers:
            return
        canvas.saveState()
        canvas.setFont(FONT_NAME, 9 * page_scale(page))
        canvas.drawCentredString(document.pagesize[0] / 2, 10 * mm, f"第{document.page}页")
        canvas.restoreState()

    doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def draw_draft_mark(canvas: Any, pagesize: tuple[float, float]) -> None:
    """The draft mark: a line at the top and a large grey diagonal across the page."""
    page_w, page_h = pagesize
    canvas.saveState()
    canvas.setFillColor(RED)
    canvas.setFont(FONT_NAME, page_w / 50)
    canvas.drawCentredString(page_w / 2, page_h - 10 * mm, DRAFT_MARK)
    canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.35))
    size = page_w / 13
    canvas.setFont(FONT_NAME, size)
    canvas.translate(page_w / 2, page_h / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -size / 3, DRAFT_MARK)
    canvas.restoreState()


def content_width(page: str = "A4", margins_mm: float = 18) -> float:
    """The printable width of a page in points."""
    return float(PAGE_SIZES[page][0] - 2 * margins_mm * mm)
