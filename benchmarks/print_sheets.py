"""Print: 100 quarterly finance sheets to PDF through ``services.finance.finance_pdf``.

Baseline, in the same run: the same sheets drawn with bare reportlab — the
floor of this work, because it is what the sheet costs without anything of
ours in between. Each sheet's content is taken once, untimed, from the story
our sheet module hands to ``render_pdf``: every paragraph's text (the same
text lines, in the same ``ParagraphStyle`` — the shipped font embedded as a
subset, the same sizes and leading), every table's cells, column widths,
row heights and style commands (the same ruled table, the same signature
lines and seal boxes), every gap. The floor lays them out with stock
``Paragraph`` (reportlab's own CJK wrapping), ``Table`` and
``SimpleDocTemplate`` on the same page size and margins, with the same page
number in the footer, and draws no more than that: no Chinese line-breaking
rules (``printing.line_breaking``), no fallback-font marking
(``font_fallback``), no column fitting (``layout.fit_columns`` — the floor
gets the widths it computed), no keeping of the table's last rows with the
closing block (``layout.TableWithEnding``), no database read (the floor's
inputs are prepared before timing). Both PDFs of a sheet must have the same
number of pages, or the figure is refused.

The database is the 10-year demo village (its quarters whose notice is
approved — a draft carries a mark the floor would lack — cycled). Target: ≤ 1.3×.
The detail gives each run's ratio (ours/floor of that run), so the spread shows.

Run: ``python benchmarks/print_sheets.py [--runs 5] [--sheets 100] [--out DIR]``.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from benchmarks import common, make_data
from sanzhi_desktop.printing import finance_sheet
from sanzhi_desktop.printing.layout import TableWithEnding
from sanzhi_desktop.printing.sheet import FONT_NAME, PAGE_SIZES
from sanzhi_desktop.services import finance
from sanzhi_desktop.services.session import Session, open_session

LIMIT = 1.3
MARGIN = 18 * mm  # render_pdf's default margins


@contextmanager
def captured_stories() -> Any:
    """Record, untimed, the story each ``finance_pdf`` renders and each table's style commands."""
    stories: list[tuple[list[Flowable], str, str, bool]] = []
    render = finance_sheet.render_pdf
    set_style = Table.setStyle

    def spy_render(story: Sequence[Flowable], *, title: str, page: str = "A4", **kw: Any) -> bytes:
        stories.append((list(story), title, page, bool(kw.get("draft"))))
        return render(story, title=title, page=page, **kw)

    def spy_style(table: Table, style: Any) -> None:
        table._bench_commands = [*getattr(table, "_bench_commands", []), *style.getCommands()]
        set_style(table, style)

    finance_sheet.render_pdf = spy_render  # type: ignore[assignment]
    Table.setStyle = spy_style  # type: ignore[method-assign]
    try:
        yield stories
    finally:
        finance_sheet.render_pdf = render  # type: ignore[assignment]
        Table.setStyle = set_style  # type: ignore[method-assign]


def plain(flowable: Any) -> Any:
    """A flowable of ours as the floor's input: text, style, sizes and commands only."""
    if isinstance(flowable, Paragraph):
        return ("para", flowable.text, flowable.style)
    if isinstance(flowable, Spacer):
        return ("gap", flowable.width, flowable.height)
    if isinstance(flowable, TableWithEnding):
        return ("seq", [plain(flowable.table), *(plain(f) for f in flowable.ending)])
    if isinstance(flowable, Table):
        widths = list(flowable._colWidths)
        cells = [
            [plain_cell(c, widths[i]) for i, c in enumerate(row)] for row in flowable._cellvalues
        ]
        return (
            "table",
            cells,
            widths,
            list(flowable._argH),
            flowable.repeatRows,
            list(getattr(flowable, "_bench_commands", [])) + string_cell_commands(flowable),
        )
    raise TypeError(f"the floor has no stand-in for {type(flowable).__name__}")


def one_line(para: Paragraph, width: float) -> str | None:
    """The paragraph's text when the floor would print it as a plain string: one line, no markup."""
    text = para.text
    if not text or any(c in "&<>" or c.isspace() for c in text):
        return None
    room = width - 12  # reportlab's default left and right cell padding
    return text if stringWidth(text, para.style.fontName, para.style.fontSize) <= room else None


def _single(cell: Any) -> Any:
    """reportlab keeps a cell's flowables in a tuple; one flowable alone, as itself."""
    return cell[0] if isinstance(cell, list | tuple) and len(cell) == 1 else cell


def plain_cell(cell: Any, width: float) -> Any:
    """A table cell: text stays text; a paragraph that fits one line becomes text (as a
    programmer would write it); other flowables become inputs."""
    cell = _single(cell)
    if isinstance(cell, Paragraph) and (text := one_line(cell, width)) is not None:
        return text
    if isinstance(cell, Flowable):
        return ("cell", [plain(cell)])
    if isinstance(cell, list | tuple):
        return ("cell", [plain(c) for c in cell])
    return cell


def string_cell_commands(table: Table) -> list[tuple[Any, ...]]:
    """The floor's style for the cells it prints as strings, as a programmer would write it:
    font size, leading and colour for the whole table, alignment per column (the header's
    own), a command per cell only where a cell differs from its column."""
    names = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}
    looks: dict[tuple[int, int], Any] = {}
    for r, row in enumerate(table._cellvalues):
        for c, cell in enumerate(map(_single, row)):
            if isinstance(cell, Paragraph) and one_line(cell, table._colWidths[c]) is not None:
                looks[(r, c)] = cell.style
    if not looks:
        return []
    first = next(iter(looks.values()))
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), first.fontSize),
        ("LEADING", (0, 0), (-1, -1), first.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), first.textColor),
    ]
    header = table.repeatRows if isinstance(table.repeatRows, int) else 0
    column_align: dict[int, str] = {}
    for (r, c), style in looks.items():
        if r >= header:
            column_align.setdefault(c, names.get(style.alignment, "LEFT"))
    for c, align in column_align.items():
        commands.append(("ALIGN", (c, header), (c, -1), align))
    if header:
        commands.append(("ALIGN", (0, 0), (-1, header - 1), "CENTER"))
    for (r, c), style in looks.items():
        align = names.get(style.alignment, "LEFT")
        expected = column_align.get(c, "LEFT") if r >= header else "CENTER"
        if align != expected:
            commands.append(("ALIGN", (c, r), (c, r), align))
        if (style.fontSize, style.leading, style.textColor) != (
            first.fontSize,
            first.leading,
            first.textColor,
        ):
            commands += [
                ("FONTSIZE", (c, r), (c, r), style.fontSize),
                ("LEADING", (c, r), (c, r), style.leading),
                ("TEXTCOLOR", (c, r), (c, r), style.textColor),
            ]
    return commands


def bare_flowables(item: Any) -> list[Any]:
    """The floor's flowables for one input: stock reportlab classes only."""
    kind = item[0]
    if kind == "para":
        return [Paragraph(item[1], item[2])]
    if kind == "gap":
        return [Spacer(item[1], item[2])]
    if kind == "seq":
        return [f for part in item[1] for f in bare_flowables(part)]
    _, cells, widths, heights, repeat, commands = item
    data = [
        [
            [f for part in c[1] for f in bare_flowables(part)] if isinstance(c, tuple) else c
            for c in row
        ]
        for row in cells
    ]
    return [Table(data, colWidths=widths, rowHeights=heights, repeatRows=repeat, style=commands)]


def bare_pdf(title: str, page: str, items: list[Any]) -> bytes:
    """What a programmer would write with reportlab alone for exactly this sheet."""
    story = [f for item in items for f in bare_flowables(item)]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT_NAME, 9)
        canvas.drawCentredString(doc.pagesize[0] / 2, 10 * mm, f"第{doc.page}页")
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[page],
        title=title,
        initialFontName=FONT_NAME,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")


def quarters(session: Session) -> list[tuple[int, int]]:
    return [(int(r["year"]), int(r["quarter"])) for r in finance.list_finance(session)]  # type: ignore[call-overload]


def figures(
    *, runs: int, sheets: int, years: int = 10, out: Path = make_data.DEFAULT_OUT
) -> list[common.Figure]:
    db = make_data.demo_village(years=years, out=out)
    with open_session(db, operator="基准测试") as session:
        # the floor's inputs, prepared untimed: its job is drawing, not reading the database.
        # Sheets to post only: a draft (its notice not yet approved) carries a mark the floor lacks.
        prepared = {}
        for year, quarter in quarters(session):
            with captured_stories() as stories:
                ours_pdf = finance.finance_pdf(session, year, quarter)
            [(story, title, page, draft)] = stories
            if draft:
                continue
            items = [plain(f) for f in story]
            floor_pdf = bare_pdf(title, page, items)
            if page_count(ours_pdf) != page_count(floor_pdf):
                raise RuntimeError(
                    f"{title}: ours has {page_count(ours_pdf)} pages, the floor "
                    f"{page_count(floor_pdf)} — not the same sheet"
                )
            prepared[(year, quarter)] = (title, page, items)
        found = list(prepared)
        todo = [found[i % len(found)] for i in range(sheets)]
        inputs = [prepared[key] for key in todo]

        def ours() -> None:
            for year, quarter in todo:
                finance.finance_pdf(session, year, quarter)

        def bare() -> None:
            for title, page, items in inputs:
                bare_pdf(title, page, items)

        ours_t, bare_t = [], []
        for _ in range(runs):  # alternate, so drift hits both alike
            ours_t += common.time_call(ours, runs=1)
            bare_t += common.time_call(bare, runs=1)
    per_run = sorted(round(o / b, 2) for o, b in zip(ours_t, bare_t, strict=True))
    return [
        common.ratio_figure(
            "print",
            ours_t,
            bare_t,
            limit=LIMIT,
            detail={"sheets": sheets, "pages": page_count(ours_pdf), "run_ratios": per_run},
        )
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--sheets", type=int, default=100)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    args = parser.parse_args()
    common.emit(
        figures(runs=args.runs, sheets=args.sheets, years=args.years, out=args.out),
        as_json=args.json,
    )


if __name__ == "__main__":
    main()
