"""Board sheets: embedded font, real Chinese title and the totals in the text."""

from datetime import date

from sanzhi_desktop.domain.decisions import Decision, DecisionStep
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.domain.issue_wall import IssueItem
from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.domain.office import OfficeProfile
from sanzhi_desktop.printing.decision_sheet import decision_pdf
from sanzhi_desktop.printing.finance_sheet import finance_pdf
from sanzhi_desktop.printing.issue_wall_sheet import issue_wall_pdf
from sanzhi_desktop.printing.notice_sheet import notice_pdf
from tests.pdf_tools import pdf_fonts, pdf_pages, pdf_text

PROFILE = OfficeProfile(
    kind=OfficeKind.VILLAGE,
    code="610722100201",
    name="小营村",
    town_name="某镇",
    supervision_phone="0916-1234567",
    town_supervision_phone="0916-7654321",
)


def embedded(pdf: bytes) -> bool:
    fonts = pdf_fonts(pdf)
    return bool(fonts) and all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts)


def test_finance_sheet_title_totals_phones() -> None:
    lines = [
        FinanceLine("income", "发包及上交收入", 1_234_50, "鱼塘发包费"),
        FinanceLine("income", "补助收入", 500_000),
        FinanceLine("expense", "管理费用", 200_025, "办公费"),
    ]
    d = FinanceDisclosure(year=2026, quarter=3, opening_fen=10_000_00).with_lines(lines)
    d.closing_fen = d.expected_closing_fen()
    notice = Notice(title="t", body="b", posted_date="2026-10-10", publicity_days=7)
    pdf = finance_pdf(d, profile=PROFILE, notice=notice)
    text = " ".join(pdf_text(pdf).split())
    assert "小营村2026年第3季度财务收支公开" in text
    assert "6,234.50" in text and "2,000.25" in text  # income and expense subtotals
    assert "10,000.00" in text and "14,234.25" in text  # opening and closing
    assert "0916-1234567" in text and "0916-7654321" in text and "如有异议" in text
    assert "2026年10月16日" in text
    assert embedded(pdf) and pdf_pages(pdf) == 1


def test_notice_sheet_a4_and_a3() -> None:
    notice = Notice(
        category="村务",
        title="宅基地审批公示",
        body="同意王某户申请",
        posted_date="2026-05-01",
        reviewer="李监委",
        review_opinion="同意公开",
        review_date="2026-04-30",
    )
    for page in ("A4", "A3"):
        pdf = notice_pdf(notice, profile=PROFILE, page=page)
        text = pdf_text(pdf)
        assert "宅基地审批公示" in text and "李监委" in text and "盖章" in text
        assert embedded(pdf)


def test_decision_register_one_page_per_step() -> None:
    steps = [
        DecisionStep(
            step=1,
            merged=1,
            held_on="2026-05-01",
            form="党支部会议",
            expected=5,
            present=5,
            approve=5,
            content="提议修路",
        ),
        DecisionStep(
            step=3,
            held_on="2026-05-08",
            form="党员大会",
            expected=30,
            present=24,
            approve=20,
            content="审议",
        ),
    ]
    pdf = decision_pdf(Decision(title="修路", source="群众建议"), steps, profile=PROFILE)
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 2 and "修路" in text and "80%" in text and "党员大会审议" in text
    assert embedded(pdf)


def test_issue_wall_hides_full_names() -> None:
    items = [
        IssueItem(
            category="道路交通",
            content="路灯坏了",
            raised_by="王小明",
            raised_on="2026-05-01",
            deadline="2026-05-10",
        )
    ]
    pdf = issue_wall_pdf(items, profile=PROFILE, today=date(2026, 6, 1))
    text = pdf_text(pdf)
    assert "王某" in text and "王小明" not in text and "已逾期" in text
    assert embedded(pdf)


ID_NUMBER = "610722199001011236"
MOBILE = "13812345678"
TYPED = f"王小二，身份证{ID_NUMBER}，电话{MOBILE}"


def test_numbers_typed_into_public_texts_are_masked_on_every_board_sheet() -> None:
    # Given identifiers typed into the free texts of each public board sheet,
    notice = Notice(
        category="村务", title="低保公示", body=TYPED, basis=TYPED, posted_date="2026-05-01"
    )
    wall = [
        IssueItem(
            category="其他",
            content=TYPED,
            raised_by="张三丰",
            raised_on="2026-05-01",
            measures=TYPED,
            feedback=TYPED,
        )
    ]
    disclosure = FinanceDisclosure(year=2026, quarter=2, opening_fen=0).with_lines(
        [FinanceLine("income", "其他收入", 100, TYPED, TYPED)]
    )
    sheets = {
        "notice": notice_pdf(notice, profile=PROFILE),
        "issue wall": issue_wall_pdf(wall, profile=PROFILE, today=date(2026, 6, 1)),
        "finance": finance_pdf(disclosure, profile=PROFILE),
    }
    # then none of them carries the ID number or the mobile number in full.
    for name, pdf in sheets.items():
        text = pdf_text(pdf).replace(" ", "").replace("\n", "")
        assert ID_NUMBER not in text and MOBILE not in text, name
        assert "6107***" in text and "8****5678" in text, name  # masked (wrapped in narrow cells)
    # The supervision phones, which a sheet must carry, are left alone.
    assert "0916-1234567" in pdf_text(sheets["notice"])
