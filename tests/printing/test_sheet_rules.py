"""Rules a supervision committee's sheet keeps, checked on the PDF reportlab produced.

Read back with ``pdftotext -bbox-layout`` (tests/pdf_tools.py): every line of
every cell and paragraph with its page and box. Checked: drafts are marked
and carry no opinion; A3 type is ≥ 1.4× A4; no line starts with closing
punctuation; the closing block (objection, seals, date) stays on one page
with at least the last table rows; seal labels never break inside "（盖章）";
short cells (names, headers) stay on one line.
"""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.printing.finance_sheet import finance_pdf
from sanzhi_desktop.printing.layout import fit_columns
from sanzhi_desktop.printing.line_breaking import NO_LINE_END, NO_LINE_START
from sanzhi_desktop.printing.red_black_sheet import (
    BlackRow,
    RedBlackSheet,
    RedRow,
    render_red_black_sheet,
)
from sanzhi_desktop.printing.sheet import DRAFT_MARK, FONT_NAME, grid_table, styles
from sanzhi_desktop.printing.star_list_sheet import StarListRow, StarListSheet, render_star_list
from tests.pdf_tools import TextLine, pdf_text, pdf_text_lines
from tests.printing.test_boards_sheets import PROFILE

OBJECTION = "如有异议，请于公示期内向村务监督委员会（电话：0916-1234567）反映。"
NAMES = ["王建军", "欧阳秀英", "李强", "张桂兰", "赵德福", "刘晓燕", "陈志刚", "杨秀珍"]


def disclosure() -> FinanceDisclosure:
    lines = [
        FinanceLine("income", "发包及上交收入", 1_234_50, "鱼塘发包费，按合同收取"),
        FinanceLine("expense", "管理费用", 200_025, "办公费、水电费"),
    ]
    d = FinanceDisclosure(
        year=2026,
        quarter=3,
        opening_fen=10_000_00,
        review_opinion="经审核，收支真实",
        supervision_opinion="同意公开",
    ).with_lines(lines)
    d.closing_fen = d.expected_closing_fen()
    return d


def star_sheet(count: int, *, page: str = "A4") -> StarListSheet:
    rows = [
        StarListRow(NAMES[i % len(NAMES)], i % 9 + 1, ["爱国守法星", "诚实守信星", "孝老爱亲星"])
        for i in range(count)
    ]
    return StarListSheet(
        village_name="幸福家园村",
        cycle=2026,
        star_names=["爱国守法星", "诚实守信星", "孝老爱亲星"],
        rows=rows,
        posted_date="2026-12-01",
        objection_channel=OBJECTION,
        page=page,
    )


def board_sheet(page: str) -> RedBlackSheet:
    return RedBlackSheet(
        village_name="小营村",
        month="2026-11",
        basis="《小营村村规民约》及道德评议会评议意见",
        review_date="2026-11-04",
        review_body="小营村道德评议会",
        posted_date="2026-11-05",
        objection_channel=OBJECTION,
        red=[
            RedRow(name, 2, "孝老爱亲", "多年悉心照料卧床的婆婆，邻里称赞。") for name in NAMES[:3]
        ],
        black=[
            BlackRow("王小虎", 3, "第五条", "门前长期堆放建筑垃圾", "十日内清理完毕", "2026-12-02")
        ],
        page=page,
    )


def lines_with(lines: list[TextLine], part: str) -> list[TextLine]:
    return [line for line in lines if part in line.text]


# --- drafts -------------------------------------------------------------------------------------


def test_a_draft_quarter_is_marked_on_every_page_and_claims_no_opinion() -> None:
    pdf = finance_pdf(disclosure(), profile=PROFILE, notice=None, draft=True)
    text = "".join(pdf_text(pdf).split())
    assert "草稿（未经审核，不得张贴）" in text
    assert "同意公开" not in text and "收支真实" not in text
    lines = pdf_text_lines(pdf)
    assert {line.page for line in lines_with(lines, DRAFT_MARK)} == {line.page for line in lines}


def test_an_approved_quarter_has_its_opinions_and_no_draft_mark() -> None:
    notice = Notice(title="t", body="b", status="posted", posted_date="2026-10-10")
    pdf = finance_pdf(disclosure(), profile=PROFILE, notice=notice)
    text = "".join(pdf_text(pdf).split())
    assert "村务监督委员会意见：同意公开" in text and "收支真实" in text
    assert "草稿" not in text


# --- A3 is designed larger ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("render", "title", "body", "cell"),
    [
        (lambda page: render_red_black_sheet(board_sheet(page)), "红黑榜", "评选依据", "第五条"),
        (lambda page: render_star_list(star_sheet(5, page=page)), "名单", "本年度评星", "王建军"),
        (
            lambda page: finance_pdf(disclosure(), profile=PROFILE, page=page),
            "财务收支公开",
            "民主理财小组意见",
            "管理费用",
        ),
    ],
)
def test_a3_type_is_at_least_1_4_times_a4(render, title: str, body: str, cell: str) -> None:  # type: ignore[no-untyped-def]
    a4, a3 = pdf_text_lines(render("A4")), pdf_text_lines(render("A3"))
    for part in (title, body, cell):
        small, large = lines_with(a4, part)[0], lines_with(a3, part)[0]
        assert large.height >= 1.4 * small.height - 0.5, part


def test_a3_fills_the_page_as_a4_does() -> None:
    # the lowest text line above the footer sits as far down the page on A3 as on A4
    def lowest(pdf: bytes) -> float:
        lines = [line for line in pdf_text_lines(pdf) if not line.text.startswith("第")]
        return max(line.bottom / line.page_height for line in lines)

    a4 = lowest(render_red_black_sheet(board_sheet("A4")))
    a3 = lowest(render_red_black_sheet(board_sheet("A3")))
    assert a3 >= a4 - 0.05


# --- line breaking on the sheets ----------------------------------------------------------------


@pytest.mark.parametrize("page", ["A4", "A3"])
def test_no_line_on_a_board_starts_with_closing_punctuation(page: str) -> None:
    for pdf in (render_red_black_sheet(board_sheet(page)), render_star_list(star_sheet(12))):
        for line in pdf_text_lines(pdf):
            assert line.text[:1] not in NO_LINE_START, line
            assert line.text[-1:] not in NO_LINE_END, line


def test_short_cells_keep_a_name_or_header_on_one_line() -> None:
    st = styles()
    rows = [
        ["序号", "姓名", "事迹"],
        *[[str(n), name, "事迹" * 30] for n, name in enumerate(NAMES)],
    ]
    # a design that gives the name column far too little room
    table = grid_table(rows, [8 * mm, 10 * mm, 150 * mm], st=st)
    table.wrap(168 * mm, 1000 * mm)
    for row in table._cellvalues:  # the cells reportlab laid out
        for column, cell in enumerate(row[:2]):
            if isinstance(cell, str):  # drawn as a string: one line that must fit its column
                room = table._colWidths[column] - 12  # reportlab's left and right padding
                assert stringWidth(cell, FONT_NAME, st.cell.fontSize) <= room, cell
                continue
            [paragraph] = cell  # reportlab keeps a cell's flowables in a tuple
            assert len(paragraph.blPara.lines) == 1, paragraph.text
    widths = fit_columns(rows, [8 * mm, 10 * mm, 150 * mm], font=FONT_NAME, size=10)
    assert sum(widths) == pytest.approx(168 * mm)


# --- page breaks --------------------------------------------------------------------------------


@pytest.mark.parametrize("count", range(14, 40, 3))
def test_the_closing_block_stays_together_with_the_last_rows(count: int) -> None:
    pdf = render_star_list(star_sheet(count))
    lines = pdf_text_lines(pdf)
    objection = lines_with(lines, "如有异议")[0]
    seals = lines_with(lines, "（盖章）")
    date_line = lines_with(lines, "2026年12月1日")[-1]
    assert {line.page for line in seals} == {objection.page} == {date_line.page}
    last_page = [line for line in lines if line.page == objection.page]
    # the last two households are printed on the page of the closing block
    numbers = {line.text for line in last_page}
    assert {str(count), str(count - 1)} <= numbers


@pytest.mark.parametrize("count", range(14, 40, 3))
def test_no_page_ends_with_a_table_header_alone(count: int) -> None:
    lines = pdf_text_lines(render_star_list(star_sheet(count)))
    pages = sorted({line.page for line in lines})
    for page in pages:
        on_page = [line for line in lines if line.page == page and not line.text.startswith("第")]
        lowest = max(on_page, key=lambda line: line.bottom)
        assert lowest.text not in {"序号", "户主", "村民小组", "星级", "所获星目", "授牌"}
        headers = lines_with(on_page, "序号")
        if headers:  # a header on a page has rows under it
            assert any(line.top > headers[0].bottom and line.text.isdigit() for line in on_page)


# --- seal boxes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["A4", "A3"])
def test_seal_labels_never_break_inside_a_word(page: str) -> None:
    sheet = board_sheet(page)
    long_name = RedBlackSheet(**{**sheet.__dict__, "review_body": "幸福家园村道德评议委员会"})
    for pdf in (render_red_black_sheet(sheet), render_red_black_sheet(long_name)):
        lines = pdf_text_lines(pdf)
        labels = [line for line in lines if "盖" in line.text or "章" in line.text]
        assert labels and all("（盖章）" in line.text for line in labels)
        # the boxes' labels sit on one baseline: the boxes line up
        assert len({round(line.top) for line in lines_with(lines, "（盖章）")}) == 1 or all(
            line.text == "（盖章）" for line in lines_with(lines, "（盖章）")
        )
