"""The shared sheet helpers: embedded font, real Chinese text, money format."""

from reportlab.lib.units import mm

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
from tests.pdf_tools import pdf_fonts, pdf_pages, pdf_text


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
