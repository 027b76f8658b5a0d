"""Print: 100 quarterly finance sheets to PDF through ``services.finance.finance_pdf``.

Baseline, in the same run: a bare reportlab script that draws, with the same
embedded font, the same text (the sheet's lines, taken once with pdftotext
from our PDF) and the same table (``printing.finance_sheet.finance_rows``) into
a SimpleDocTemplate. The database is the 10-year demo village (39 quarters,
cycled). Target: ≤ 1.5×.

Run: ``python benchmarks/print_sheets.py [--runs 5] [--sheets 100]``.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from benchmarks import common, make_data
from sanzhi_desktop.printing.finance_sheet import finance_rows
from sanzhi_desktop.printing.sheet import register_font
from sanzhi_desktop.services import finance
from sanzhi_desktop.services.session import Session, open_session

LIMIT = 1.5


def pdf_lines(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True)
    return [line.strip() for line in out.stdout.decode().splitlines() if line.strip()]


def bare_pdf(title: str, lines: list[str], rows: list[list[str]]) -> bytes:
    """What a programmer would write with reportlab alone: title, a table, the text."""
    font = register_font()
    style = ParagraphStyle("body", fontName=font, fontSize=11, leading=15)
    head = ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=1)
    table = Table(rows, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 10),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ]
        )
    )
    story: list[Any] = [Paragraph(title, head), table]
    story += [Paragraph(line, style) for line in lines]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=title).build(story)
    return buffer.getvalue()


def quarters(session: Session, count: int) -> list[tuple[int, int]]:
    found = [(int(r["year"]), int(r["quarter"])) for r in finance.list_finance(session)]  # type: ignore[call-overload]
    return [found[i % len(found)] for i in range(count)]


def figures(
    *, runs: int, sheets: int, years: int = 10, out: Path = make_data.DEFAULT_OUT
) -> list[common.Figure]:
    db = make_data.demo_village(years=years, out=out)
    with open_session(db, operator="基准测试") as session:
        todo = quarters(session, sheets)
        # the baseline's inputs, prepared untimed: its job is drawing, not reading the database
        inputs = []
        for year, quarter in todo:
            disclosure = finance.get_finance(session, year, quarter)
            lines = pdf_lines(finance.finance_pdf(session, year, quarter))
            inputs.append((lines[0], lines[1:], finance_rows(disclosure)[0]))

        def ours() -> None:
            for year, quarter in todo:
                finance.finance_pdf(session, year, quarter)

        def bare() -> None:
            for title, lines, rows in inputs:
                bare_pdf(title, lines, rows)

        ours_t, bare_t = [], []
        for _ in range(runs):  # alternate, so drift hits both alike
            ours_t += common.time_call(ours, runs=1)
            bare_t += common.time_call(bare, runs=1)
    return [common.ratio_figure("print", ours_t, bare_t, limit=LIMIT, detail={"sheets": sheets})]


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
