"""The shared sheet helpers: embedded font, real Chinese text, money format."""

import pytest
from reportlab.lib.units import mm

from sanzhi_desktop.printing import sheet
from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    money,
    para,
    render_pdf,
    seal_box,
    signature_lines,
    styles,
)
from tests.pdf_tools import pdf_fonts, pdf_pages, pdf_text, pdf_text_lines


def test_money_and_dates() -> None:
    assert money(123450) == "1,234.50"
    assert money(5) == "0.05"
    assert money(-100) == "-1.00"
    assert chinese_date("2026-01-05") == "2026年1月5日"
    assert chinese_date("") == ""


def test_a_sheet_embeds_the_font_and_keeps_chinese_as_text() -> None:
    st = styles()
    width = content_width()
    story = [
        para("小营村2026年第3季度财务收支公开", st.title),
        gap(),
        grid_table(
            [["序号", "项目", "金额(元)"], ["1", "发包及上交收入", money(1_234_50)]],
            [15 * mm, width - 55 * mm, 40 * mm],
            st=st,
            align=["c", "l", "r"],
        ),
        gap(),
        seal_box("村务监督委员会（盖章）", st=st),
        signature_lines(["制表人"], st=st, width=width),
    ]
    pdf = render_pdf(story, title="测试")
    text = pdf_text(pdf)
    assert "小营村2026年第3季度财务收支公开" in text
    assert "1,234.50" in text and "发包及上交收入" in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts)
    assert pdf_pages(pdf) == 1


def test_long_tables_flow_onto_more_pages_with_numbers() -> None:
    st = styles()
    rows = [["序号", "内容"]] + [[str(i), f"第{i}行"] for i in range(1, 120)]
    pdf = render_pdf([grid_table(rows, [20 * mm, 100 * mm], st=st)], title="长表")
    assert pdf_pages(pdf) >= 3
    assert "第2页" in pdf_text(pdf)


def _cell_lines(
    *, strings: bool, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, float, float]]:
    """Each text line of a table (text, left, top) with one-line cells as strings or not."""
    if not strings:
        monkeypatch.setattr(sheet, "_one_line", lambda *args: False)
    st = styles(base_size=10.5, scale=1.42, color=sheet.RED)
    rows = [
        ["序号", "项目", "金额(元)", "摘要"],
        [
            "1",
            "发包及上交收入",
            money(1_234_50),
            "村集体果园承包费，按合同分两次收取，第二次在年底",
        ],
        ["", "本期收入合计", money(-5), "a&b"],
    ]
    table = grid_table(
        rows, [15 * mm, 45 * mm, 35 * mm, 60 * mm], st=st, align=["c", "l", "r", "l"]
    )
    monkeypatch.undo()
    found = pdf_text_lines(render_pdf([table], title="表", page="A3"))
    return [(line.text, round(line.x, 1), round(line.top, 1)) for line in found]


def test_one_line_cells_print_as_strings_exactly_where_paragraphs_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    st = styles()
    table = grid_table(
        [["序号", "项目"], ["1", "很长的摘要" * 8], ["", "a&b"]], [15 * mm, 40 * mm], st=st
    )
    kinds = [[type(cell).__name__ for cell in row] for row in table._cellvalues]
    # short text as strings; wrapped text, markup characters and empty cells stay paragraphs
    assert kinds[0] == ["str", "str"] and kinds[1][0] == "str"
    assert kinds[1][1] != "str" and kinds[2] == [kinds[1][1]] * 2
    as_paragraphs = _cell_lines(strings=False, monkeypatch=monkeypatch)
    as_strings = _cell_lines(strings=True, monkeypatch=monkeypatch)
    assert len(as_strings) >= 10
    assert as_strings == as_paragraphs


def test_a_span_keeps_every_cell_a_paragraph() -> None:
    table = grid_table(
        [["序号", "项目"], ["1", "王建国"]], [15 * mm, 40 * mm], st=styles(),
        extra=[("SPAN", (0, 0), (0, 1))],
    )  # fmt: skip
    assert not any(isinstance(cell, str) for row in table._cellvalues for cell in row)
