"""党建 rules: membership on a day, meeting rhythm, the review's grade, targets, 应到."""

from __future__ import annotations

from datetime import date

import pytest

from sanzhi_desktop.domain.decisions import DecisionStep, with_party_count
from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.domain.party import (
    Branch,
    PartyMember,
    count_on,
    validate_branch,
    validate_member,
)
from sanzhi_desktop.domain.party_meetings import (
    PartyMeeting,
    missed_periods,
    period_label,
    period_of,
    periods_between,
    validate_meeting,
)
from sanzhi_desktop.domain.party_points import (
    Pledge,
    ReviewGrade,
    ReviewResult,
    suggested_grade,
    validate_pledge,
    validate_review,
)
from sanzhi_desktop.domain.party_targets import (
    CollectiveStatus,
    ModelPost,
    Targets,
    YearFigures,
    check_targets,
    collective_status,
    operating_income_fen,
)

TODAY = date(2026, 11, 20)


def member(**changes: object) -> PartyMember:
    values: dict[str, object] = {"person_id": "p1", "name": "张建国", "joined_date": "2010-07-01"}
    values.update(changes)
    return PartyMember(**values)  # type: ignore[arg-type]


def fields(errors: list) -> set[str]:  # type: ignore[type-arg]
    return {e.field for e in errors}


def test_a_member_counts_from_joining_until_transferred_out() -> None:
    moved = member(transfer_out_date="2026-05-01", transfer_out_to="镇机关支部")
    arrived = member(
        joined_date="2001-01-01", transfer_in_date="2026-03-01", transfer_in_from="外村"
    )
    assert moved.member_on("2026-04-30") and not moved.member_on("2026-05-01")
    assert not arrived.member_on("2026-02-28") and arrived.member_on("2026-03-01")
    assert count_on([moved, arrived, member()], "2026-04-01") == 3
    assert count_on([moved, arrived, member()], "2026-06-01") == 2


def test_membership_rules_each_name_their_field() -> None:
    errors = validate_member(
        member(
            joined_date="2027-01-01",
            status="probation",
            full_date="2027-02-01",
            flowing=1,
            transfer_out_date="2020-01-01",
        ),
        today=TODAY,
    )
    assert {"joined_date", "full_date", "flow_place", "transfer_out_date", "transfer_out_to"} <= (
        fields(errors)
    )
    assert validate_member(member(), today=TODAY) == []
    assert "入党日期" in validate_member(member(joined_date="2010/7/1"), today=TODAY)[0].message


def test_probation_ends_a_year_after_joining() -> None:
    assert member(status="probation", joined_date="2024-02-29").probation_ends() == date(
        2025, 2, 28
    )
    assert member().probation_ends() is None


def test_dual_post_means_the_same_person() -> None:
    assert (
        validate_branch(Branch(branch_name="中共小营村支部委员会", secretary="张三").cleaned())
        == []
    )
    dual = Branch(branch_name="中共小营村支部委员会", secretary="张三", dual_post=1).cleaned()
    assert dual.chair == "张三"
    wrong = Branch(branch_name="x", secretary="张三", chair="李四", dual_post=1)
    assert fields(validate_branch(wrong)) == {"chair"}


def test_periods_and_missed_meetings() -> None:
    assert period_of("2026-05-12", "month") == "2026-05"
    assert period_of("2026-05-12", "quarter") == "2026Q2"
    assert period_label("2026Q2") == "2026年第2季度" and period_label("2026-05") == "2026年5月"
    assert periods_between(date(2026, 2, 10), TODAY, "quarter") == ["2026Q1", "2026Q2", "2026Q3"]
    held = ["2026-01-15", "2026-02-15", "2026-04-15"]
    # March is missed; November is still open, so not missed
    assert missed_periods(held, "month", since=date(2026, 1, 15), today=TODAY) == [
        "2026-03",
        "2026-05",
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
    ]


def test_attendance_comes_from_the_members_of_that_day() -> None:
    meeting = PartyMeeting(held_on="2026-05-10", topic="学习党章").with_attendees(["a", "b", "a"])
    assert meeting.present == 2
    assert validate_meeting(meeting, members_that_day={"a", "b", "c"}, today=TODAY) == []
    [error] = validate_meeting(meeting, members_that_day={"a"}, today=TODAY)
    assert error.field == "attendees" and "1名" in error.message
    nobody = PartyMeeting(held_on="2026-12-01", topic="")
    assert fields(validate_meeting(nobody, members_that_day=set(), today=TODAY)) == {
        "held_on",
        "topic",
        "attendees",
    }


def test_the_grade_follows_the_votes() -> None:
    def result(e: int, q: int, b: int = 0, u: int = 0, grade: str = "") -> ReviewResult:
        return ReviewResult(
            member_id="m",
            year=2025,
            reviewed_on="2025-12-20",
            votes_excellent=e,
            votes_qualified=q,
            votes_basic=b,
            votes_unqualified=u,
            grade=grade,
        )

    assert suggested_grade(result(16, 14)) is ReviewGrade.EXCELLENT
    assert suggested_grade(result(15, 15)) is ReviewGrade.QUALIFIED
    assert suggested_grade(result(2, 10, 12, 6)) is ReviewGrade.BASIC
    assert suggested_grade(result(0, 5, 5, 20)) is ReviewGrade.UNQUALIFIED
    [error] = validate_review(result(15, 15, grade="excellent"), voters=30)
    assert error.field == "grade" and "过半数" in error.message
    [error] = validate_review(result(20, 15, grade="qualified"), voters=30)
    assert error.field == "votes" and "30" in error.message
    assert validate_review(result(16, 14, grade="excellent"), voters=30) == []
    assert fields(validate_review(result(0, 0, grade="?"), voters=30)) == {"votes", "grade"}


def test_pledge_is_dated_within_its_year_and_fits_the_sheet() -> None:
    ok = Pledge(member_id="m", year=2026, content="带头搞好卫生", made_date="2026-01-10")
    assert validate_pledge(ok) == []
    assert fields(
        validate_pledge(Pledge(member_id="m", year=2026, content="x" * 301, made_date="2025-12-31"))
    ) == {"content", "made_date"}


def test_collective_income_reads_only_operating_lines() -> None:
    lines = [
        ("income", "经营收入", 2_000_000),
        ("income", "发包及上交收入", 1_500_000),
        ("income", "补助收入", 9_000_000),
        ("expense", "经营收入", 100),
    ]
    assert operating_income_fen(lines) == 3_500_000
    assert collective_status(0, 5_000_000) is CollectiveStatus.SHELL
    assert collective_status(3_500_000, 5_000_000) is CollectiveStatus.WEAK
    assert collective_status(5_000_000, 5_000_000) is CollectiveStatus.OK


def test_targets_name_what_falls_short() -> None:
    full = YearFigures(
        year=2026,
        posts=3,
        training_days=4,
        reserve_cadres=2,
        wealth_leaders=3,
        income_fen=6_000_000,
    )
    assert check_targets(full, Targets()).shortfalls == []
    short = check_targets(YearFigures(year=2026, posts=2, training_days=3), Targets())
    assert [s.key for s in short.shortfalls] == [
        "posts",
        "training",
        "reserve",
        "wealth",
        "collective",
    ]
    assert "空壳" in short.shortfalls[-1].text
    stricter = check_targets(full, Targets(training_days=6))
    assert [s.key for s in stricter.shortfalls] == ["training"]


def test_a_post_is_in_force_from_set_until_ended() -> None:
    post = ModelPost(post="卫生岗", member_id="m", set_date="2025-03-01", ended_date="2026-03-01")
    assert post.in_force_on("2025-03-01") and not post.in_force_on("2026-03-01")


def test_party_meeting_count_comes_from_the_roster() -> None:
    step = DecisionStep(decision_id="d", step=3, held_on="2026-05-01", expected=0)
    assert with_party_count(step, 32).expected == 32
    assert with_party_count(DecisionStep(step=3, expected=32), 32).expected == 32
    with pytest.raises(ValidationError) as caught:
        with_party_count(DecisionStep(step=3, held_on="2026-05-01", expected=46), 32)
    assert caught.value.for_field("expected") == [
        "党员大会的应到人数取自党员名册：2026-05-01本支部有党员32名，不是46名"
    ]
    # other steps, and a roster without members, leave the typed count alone
    assert with_party_count(DecisionStep(step=4, expected=46), 32).expected == 46
    assert with_party_count(DecisionStep(step=3, expected=46), 0).expected == 46
