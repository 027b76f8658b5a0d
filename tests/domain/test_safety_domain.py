"""Rules of 平安 and 信用 that need neither a database nor Qt."""

from __future__ import annotations

from datetime import date

from sanzhi_desktop.domain.credit import (
    UNRATED,
    Coverage,
    Criterion,
    MoralFacts,
    adjusted_grade,
    credit_village_gaps,
    grade_for,
    score_of,
)
from sanzhi_desktop.domain.patrols import Patrol, validate_patrol
from sanzhi_desktop.domain.petitions import Petition, default_deadline, validate_petition
from sanzhi_desktop.domain.screening import (
    Finding,
    missed_periods,
    period_end,
    period_label,
    period_of,
    validate_finding,
)
from sanzhi_desktop.domain.screening import (
    default_deadline as finding_deadline,
)

TODAY = date(2026, 11, 28)


def test_half_month_periods_split_on_the_15th() -> None:
    assert period_of("2026-11-15") == "2026-11-1"
    assert period_of("2026-11-16") == "2026-11-2"
    assert period_end("2026-02-2") == date(2026, 2, 28)
    assert period_label("2026-11-2") == "2026年11月下半月"
    assert period_of("2026-11-30", "month") == "2026-11"


def test_a_period_that_ended_without_a_sweep_is_missed_and_the_running_one_is_not() -> None:
    swept = {"2026-10-1", "2026-11-1"}
    missed = missed_periods(swept, since=date(2026, 10, 3), today=TODAY, rhythm="half_month")
    assert missed == ["2026-10-2"]  # 2026-11-2 is still running
    monthly = missed_periods({"2026-09"}, since=date(2026, 9, 1), today=TODAY, rhythm="month")
    assert monthly == ["2026-10"]


def test_finding_deadline_follows_its_risk_and_bad_input_names_each_field() -> None:
    assert finding_deadline("2026-11-20", "高") == "2026-11-23"
    assert finding_deadline("2026-11-20", "低") == "2026-12-05"
    bad = Finding(found_date="2026-12-30", dispute_type="打架", summary="", risk="很高")
    fields = {e.field for e in validate_finding(bad, dispute_types=["邻里"], today=TODAY)}
    assert fields == {"found_date", "dispute_type", "summary", "risk", "parties"}


def test_petition_deadline_is_sixty_days_and_a_leader_is_required() -> None:
    assert default_deadline("2026-11-01") == "2026-12-31"
    petition = Petition("王某", "反映排水", "2026-11-01", "来访", "", deadline="2026-10-01")
    errors = {e.field: e.message for e in validate_petition(petition, today=TODAY)}
    assert set(errors) == {"case_owner", "deadline"}
    assert "包案领导" in errors["case_owner"]
    open_one = Petition("王某", "反映排水", "2026-09-01", "来访", "村主任", deadline="2026-10-31")
    assert open_one.overdue(TODAY)
    assert not Petition(**{**open_one.to_record(), "status": "closed"}).overdue(TODAY)


def test_patrol_needs_a_known_shift_members_and_a_route() -> None:
    patrol = Patrol("2026-11-20", "午巡", " 、 ", "")
    assert {e.field for e in validate_patrol(patrol, today=TODAY)} == {"shift", "members", "route"}
    assert Patrol("", "", "张三，李四 王五", "").member_list == ["张三", "李四", "王五"]


CRITERIA = [Criterion("C1", "守法", 50), Criterion("C2", "还款", 30), Criterion("C3", "公益", 20)]


def test_score_and_grade_lines() -> None:
    assert score_of(["C1", "C2", "C2", "X"], CRITERIA) == 80  # a code counts once
    assert grade_for(90) == "AAA" and grade_for(75) == "AA" and grade_for(60) == "A"
    assert grade_for(59) == UNRATED


def test_an_open_black_entry_blocks_the_grade_and_says_why() -> None:
    result = adjusted_grade(95, facts=MoralFacts(open_black=["环境卫生（2026年10月上榜）"]))
    assert result.base == "AAA" and result.grade == UNRATED
    assert "黑榜在榜" in result.adjustments[0] and "环境卫生" in result.adjustments[0]


def test_bad_faith_lowers_and_red_raises_one_grade() -> None:
    assert adjusted_grade(80, facts=MoralFacts(), bad_faith="贷款逾期").grade == "A"
    assert adjusted_grade(60, facts=MoralFacts(), bad_faith="贷款逾期").grade == UNRATED
    raised = adjusted_grade(80, facts=MoralFacts(red_this_year=["孝老爱亲（2026年5月）"]))
    assert raised.grade == "AAA" and "守信激励" in raised.adjustments[0]
    assert adjusted_grade(95, facts=MoralFacts(red_this_year=["x"])).grade == "AAA"
    assert adjusted_grade(40, facts=MoralFacts(red_this_year=["x"])).grade == UNRATED


def test_coverage_rounds_down_and_names_every_gap() -> None:
    cover = Coverage(2026, live=300, filed=299, rated=270, by_grade={"AAA": 100, UNRATED: 20})
    assert cover.filed_pct == 99 and cover.rated_pct == 90 and cover.graded == 100
    gaps = credit_village_gaps(cover, {"filed_pct": 100, "rated_pct": 90, "graded_pct": 70})
    assert len(gaps) == 2 and "建档覆盖率99%" in gaps[0]
    full = Coverage(2026, live=10, filed=10, rated=10, by_grade={"AA": 8, UNRATED: 2})
    assert credit_village_gaps(full, {"filed_pct": 100, "rated_pct": 90, "graded_pct": 70}) == []
