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
from sanzhi_desktop.resource_files import font_path

FONT_NAME = "WQYMicroHei"
PAGE_SIZES = {"A4": A4, "A3": A3, "A4-landscape": landscape(A4), "A3-landscape": landscape(A3)}
RED = colors.HexColor("#C00000")
BLACK = colors.black


def register_font() -> str:
    """Register the shipped font with reportlab once; returns its name."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path())))
    return FONT_NAME


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in the shipped font; ``wordWrap='CJK'`` breaks lines anywhere."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    heading: ParagraphStyle


def styles(*, base_size: float = 11, color: Any = BLACK) -> Styles:
    font = register_font()

    def style(
        name: str, size: float, align: int = TA_LEFT, leading: float = 1.45
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=size * leading,
            alignment=align,
            wordWrap="CJK",
            textColor=color,
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
    return Paragraph(escape(text), style)


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
    """A ruled table; strings become wrapping paragraphs, ``align`` per column (l/c/r)."""
    cell_style = {"l": st.cell, "c": st.cell_center, "r": st.cell_right}
    aligns = list(align or ["l"] * len(col_widths))
    data = [
        [
            cell
            if isinstance(cell, Flowable)
            else para(cell, cell_style[aligns[i]])
            if r >= header_rows
            else para(cell, st.cell_center)
            for i, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    table = Table(data, colWidths=list(col_widths), repeatRows=header_rows)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("GRID", (0, 0), (-1, -1), 0.6, color),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#F2F2F2")))
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def seal_box(label: str, *, st: Styles, width: float = 45 * mm, height: float = 32 * mm) -> Table:
    """An empty box with its label, where the committee's seal goes (盖章处)."""
    table = Table(
        [[para(label, st.cell_center)], [""]], colWidths=[width], rowHeights=[None, height]
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


def signature_lines(labels: Sequence[str], *, st: Styles, width: float) -> Table:
    """``label：________  日期：________`` lines for people to sign."""
    rows = [[para(f"{label}：", st.body), "", para("日期：", st.body), ""] for label in labels]
    table = Table(
        rows,
        colWidths=[width * 0.28, width * 0.32, width * 0.12, width * 0.28],
        rowHeights=[11 * mm] * len(rows),
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
) -> bytes:
    """Lay ``story`` out on pages and return the PDF (font embedded as a subset)."""
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
        if not page_numbers:
            return
        canvas.saveState()
        canvas.setFont(FONT_NAME, 9)
        canvas.drawCentredString(document.pagesize[0] / 2, 10 * mm, f"第{document.page}页")
        canvas.restoreState()

    doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def content_width(page: str = "A4", margins_mm: float = 18) -> float:
    """The printable width of a page in points."""
    return float(PAGE_SIZES[page][0] - 2 * margins_mm * mm)
