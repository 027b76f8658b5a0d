"""Rules of the public boards: notice lifecycle, deadlines, balance, quorum, issue wall."""

from datetime import date

import pytest

from sanzhi_desktop.domain import notices as rules
from sanzhi_desktop.domain.decisions import DecisionStep, check_step, next_step
from sanzhi_desktop.domain.disclosure_catalogue import (
    CatalogueItem,
    Deadline,
    Frequency,
    deadline_state,
    due_date,
    period_of,
    periods_to_check,
    previous_period,
)
from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine, validate_finance
from sanzhi_desktop.domain.issue_wall import IssueItem, is_overdue, public_name
from sanzhi_desktop.domain.notices import Notice, NoticeStatus

D = date.fromisoformat


def posted_notice() -> Notice:
    notice = rules.submit_for_review(Notice(title="公示", body="内容"))
    notice = rules.record_review(
        notice, reviewer="李", opinion="", on=D("2026-03-01"), approve=True
    )
    return rules.post(notice, on=D("2026-03-02"), publicity_days=7, board="")


def test_lifecycle_runs_in_order_and_refuses_skipping() -> None:
    draft = Notice(title="公示", body="内容")
    with pytest.raises(RefusedError, match="不能公开"):
        rules.post(draft, on=D("2026-03-02"), publicity_days=7, board="")
    notice = posted_notice()
    assert notice.status == "posted" and notice.publicity_end() == D("2026-03-08")
    assert rules.effective_status(notice, D("2026-03-08")) is NoticeStatus.POSTED
    assert rules.effective_status(notice, D("2026-03-09")) is NoticeStatus.EXPIRED
    with pytest.raises(RefusedError, match="不是草稿"):
        rules.check_editable(notice)


def test_review_sends_back_with_an_opinion_only() -> None:
    notice = rules.submit_for_review(Notice(title="公示", body="内容"))
    with pytest.raises(ValidationError) as err:
        rules.record_review(notice, reviewer="李", opinion="", on=D("2026-03-01"), approve=False)
    assert err.value.for_field("opinion")
    back = rules.record_review(
        notice, reviewer="李", opinion="金额有误", on=D("2026-03-01"), approve=False
    )
    assert back.status == "draft" and back.review_opinion == "金额有误"


def test_objections_only_within_publicity_and_block_archiving() -> None:
    notice = posted_notice()
    rules.check_objection_allowed(notice, D("2026-03-05"))
    with pytest.raises(RefusedError, match="公示期内"):
        rules.check_objection_allowed(notice, D("2026-03-09"))
    with pytest.raises(RefusedError, match="结束后才能归档"):
        rules.archive(notice, on=D("2026-03-05"), unanswered_objections=0)
    with pytest.raises(RefusedError, match="1条异议没有答复"):
        rules.archive(notice, on=D("2026-03-10"), unanswered_objections=1)
    assert rules.archive(notice, on=D("2026-03-10"), unanswered_objections=0).status == "archived"


def test_correction_only_of_posted_notices() -> None:
    with pytest.raises(RefusedError, match="直接修改"):
        rules.correction_of(Notice(title="x", body="y"), today=D("2026-03-03"))
    notice = posted_notice()
    notice.id = "old"
    correction = rules.correction_of(notice, today=D("2026-03-03"))
    assert correction.supersedes == "old" and correction.title.startswith("【更正】")
    assert correction.status == "draft"


def test_objection_sentence_names_both_phones() -> None:
    text = rules.objection_sentence(
        village_phone="1", town_phone="2", town_name="某镇", end=D("2026-03-08")
    )
    assert "2026年3月8日前" in text and "电话：1" in text and "某镇纪委（电话：2）" in text


QUARTERLY = CatalogueItem(code="CW-01", item="财务", frequency="quarterly", due_day=15)


@pytest.mark.parametrize(
    ("period", "due"),
    [("2026Q1", "2026-04-15"), ("2025Q4", "2026-01-15"), ("2026Q3", "2026-10-15")],
)
def test_quarterly_due_dates_cross_quarter_and_year(period: str, due: str) -> None:
    assert due_date(QUARTERLY, period) == D(due)


def test_monthly_and_yearly_due_dates_and_month_ends() -> None:
    monthly = CatalogueItem(frequency="monthly", due_day=31)
    assert due_date(monthly, "2026-03") == D("2026-04-30")  # April has 30 days
    assert due_date(monthly, "2025-12") == D("2026-01-31")
    yearly = CatalogueItem(frequency="yearly", due_day=31, due_month=3)
    assert due_date(yearly, "2025") == D("2026-03-31")
    assert due_date(CatalogueItem(frequency="event"), "2026") is None
    assert previous_period("2026Q1") == "2025Q4" and previous_period("2026-01") == "2025-12"
    assert period_of(Frequency.QUARTERLY, D("2026-12-31")) == "2026Q4"


def test_due_soon_and_overdue_around_the_new_year() -> None:
    # On 2026-01-05 the 2025Q4 disclosure is due soon (15 Jan), 2025Q3 (15 Oct) overdue.
    periods = periods_to_check(QUARTERLY, D("2026-01-05"))
    assert "2025Q4" in periods and "2025Q3" in periods and "2026Q1" not in periods
    assert deadline_state(D("2026-01-15"), D("2026-01-05"), done=False) is Deadline.DUE_SOON
    assert deadline_state(D("2025-10-15"), D("2026-01-05"), done=False) is Deadline.OVERDUE
    assert deadline_state(D("2025-10-15"), D("2026-01-05"), done=True) is Deadline.DONE
    assert deadline_state(D("2026-04-15"), D("2026-01-05"), done=False) is Deadline.OPEN


def quarter(opening: int, closing: int) -> FinanceDisclosure:
    lines = [FinanceLine("income", "经营收入", 10_000), FinanceLine("expense", "管理费用", 3_000)]
    return FinanceDisclosure(
        year=2026, quarter=3, opening_fen=opening, closing_fen=closing
    ).with_lines(lines)


def test_finance_balance_rule() -> None:
    assert validate_finance(quarter(50_000, 57_000)) == []
    errors = validate_finance(quarter(50_000, 57_001))
    assert [e.field for e in errors] == ["closing_fen"] and "570.00" in errors[0].message


def test_finance_refuses_non_standard_items_and_bad_quarters() -> None:
    bad = FinanceDisclosure(year=2026, quarter=5).with_lines([FinanceLine("income", "卖树", 100)])
    bad.closing_fen = 100
    fields = {e.field for e in validate_finance(bad)}
    assert fields == {"quarter", "lines"}


def step(n: int, **kw: object) -> DecisionStep:
    values: dict = {
        "decision_id": "d",
        "step": n,
        "held_on": f"2026-05-{n:02d}",
        "content": "c",
        "expected": 30,
        "present": 30,
        "approve": 30,
    }
    values.update(kw)
    return DecisionStep(**values)


def test_steps_go_in_order_and_one_and_two_may_merge() -> None:
    with pytest.raises(RefusedError, match="下一步应为第1步"):
        check_step([], step(2))
    with pytest.raises(RefusedError, match="下一步应为第2步"):
        check_step([step(1)], step(3))
    merged = step(1, merged=1)
    check_step([merged], step(3))
    assert next_step([merged]) == 3
    with pytest.raises(RefusedError, match="只有提议和商议"):
        check_step([step(1), step(2)], step(3, merged=1))
    with pytest.raises(RefusedError, match="日期不能早于"):
        check_step([step(1, held_on="2026-06-01")], step(2, held_on="2026-05-01"))


def test_step_three_needs_two_thirds_present_and_a_majority() -> None:
    done = [step(1), step(2)]
    check_step(done, step(3, expected=30, present=20, approve=11))  # exactly 2/3, 11 > 10
    with pytest.raises(RefusedError, match="不足应到30人的三分之二"):
        check_step(done, step(3, expected=30, present=19, approve=19))
    with pytest.raises(RefusedError, match="未超过到会20人的半数"):
        check_step(done, step(3, expected=30, present=20, approve=10))
    with pytest.raises(ValidationError):
        check_step(done, step(3, expected=30, present=31, approve=20))


def test_issue_overdue_and_public_name() -> None:
    item = IssueItem(
        content="路灯", raised_by="王小明", raised_on="2026-05-01", deadline="2026-05-10"
    )
    assert not is_overdue(item, D("2026-05-10"))
    assert is_overdue(item, D("2026-05-11"))
    item.feedback = "已修好"
    assert not is_overdue(item, D("2026-05-11"))
    assert public_name("王小明") == "王某" and public_name("欧阳修") == "欧阳某"


def test_periods_before_the_office_started_are_not_checked() -> None:
    periods = periods_to_check(QUARTERLY, D("2026-11-28"), since=D("2026-11-01"))
    assert periods == []  # 2026Q3 was due on 15 Oct, before the office started
    assert periods_to_check(QUARTERLY, D("2026-11-28")) == ["2025Q4", "2026Q1", "2026Q2", "2026Q3"]
