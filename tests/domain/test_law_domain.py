"""The 法治 rules without a database: targets, duty periods, coverage, the 六无 check."""

from __future__ import annotations

import json
from datetime import date

from sanzhi_desktop.domain.law import (
    Attendee,
    Learner,
    StudySession,
    attendance_counts,
    encode_attendees,
    validate_session,
)
from sanzhi_desktop.domain.law_duties import (
    Duty,
    DutyFrequency,
    DutyState,
    duty_state,
    duty_statuses,
    period_bounds,
    periods_in_year,
)
from sanzhi_desktop.domain.law_registers import (
    Honour,
    SixNilCheck,
    coverage_by_group,
    evaluate_six_nil,
    percent_text,
    total_coverage,
    validate_honour,
    validate_six_nil,
)

CADRE = Learner(name="王建国", category="cadre", person_id="p-wang", id="l-wang")
BACKBONE = Learner(name="李秀英", category="backbone", id="l-li")


def study(day: str, *people: Attendee, form: str = "集中学法") -> StudySession:
    return StudySession(
        held_on=day, form=form, topic="宪法", hours=2, attendees=encode_attendees(people)
    )


def test_cadre_needs_four_sessions_backbone_two() -> None:
    # Given three sessions for the cadre and two for the backbone villager in 2026
    sessions = [
        study("2026-03-01", Attendee("王建国", learner_id="l-wang"), Attendee("李秀英", "l-li")),
        study("2026-05-01", Attendee("王建国", learner_id="l-wang"), Attendee("李秀英", "l-li")),
        study("2026-07-01", Attendee("王建国", learner_id="l-wang")),
        study("2025-12-30", Attendee("王建国", learner_id="l-wang")),  # another year
    ]
    cadre, backbone = attendance_counts([CADRE, BACKBONE], sessions, 2026)
    assert (cadre.attended, cadre.target, cadre.met, cadre.short) == (3, 4, False, 1)
    assert (backbone.attended, backbone.target, backbone.met) == (2, 2, True)


def test_a_cadre_picked_from_the_roster_counts_as_the_same_person_once() -> None:
    # picked once from the list, once from the roster, and twice in one session
    sessions = [
        study("2026-03-01", Attendee("王建国", learner_id="l-wang")),
        study("2026-04-01", Attendee("王建国", person_id="p-wang")),
        study("2026-05-01", Attendee("王建国", person_id="p-wang"), Attendee("王建国", "l-wang")),
        study("2026-06-01", Attendee("王建国", person_id="p-other")),
    ]
    [count] = attendance_counts([CADRE], sessions, 2026)
    assert count.attended == 3


def test_a_learner_who_left_is_not_counted() -> None:
    retired = Learner(name="赵四", category="cadre", active=0, id="l-zhao")
    assert attendance_counts([retired], [], 2026) == []


def test_exam_scores_are_kept_and_only_exams_have_them() -> None:
    exam = study("2026-12-01", Attendee("王建国", learner_id="l-wang", score=92), form="考试")
    [count] = attendance_counts([CADRE], [exam], 2026)
    assert count.scores == (92,)
    lecture = study("2026-12-01", Attendee("王建国", learner_id="l-wang", score=92), form="讲座")
    assert [e.message for e in validate_session(lecture)] == ["只有考试才记成绩"]
    too_high = study("2026-12-01", Attendee("王建国", learner_id="l-wang", score=120), form="考试")
    assert "成绩应在0到100之间" in validate_session(too_high)[0].message


def test_a_session_needs_attendees_sane_hours_and_no_one_twice() -> None:
    empty = StudySession(held_on="2026-13-01", form="聊天", topic="", hours=0)
    fields = {e.field for e in validate_session(empty)}
    assert fields == {"held_on", "form", "topic", "hours", "attendees"}
    twice = study("2026-03-01", Attendee("王建国", learner_id="l-wang"), Attendee("王", "l-wang"))
    assert "重复" in validate_session(twice)[0].message


def test_duty_periods_and_their_last_day() -> None:
    assert periods_in_year(DutyFrequency.HALF_YEARLY, 2026) == ["2026H1", "2026H2"]
    assert periods_in_year(DutyFrequency.QUARTERLY, 2026)[-1] == "2026Q4"
    assert period_bounds("2026H1") == (date(2026, 1, 1), date(2026, 6, 30))
    assert period_bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_bounds("2026Q4")[1] == date(2026, 12, 31)


def test_duty_is_due_soon_in_the_last_fortnight_and_overdue_after() -> None:
    assert duty_state("2026Q3", date(2026, 9, 1), done=False) is DutyState.OPEN
    assert duty_state("2026Q3", date(2026, 9, 20), done=False) is DutyState.DUE_SOON
    assert duty_state("2026Q3", date(2026, 10, 1), done=False) is DutyState.OVERDUE
    assert duty_state("2026Q3", date(2026, 10, 1), done=True) is DutyState.DONE


def test_a_duty_is_done_by_an_activity_in_its_period_only() -> None:
    duty = Duty(code="PF-01", duty="进乡村", frequency="quarterly")
    statuses = duty_statuses(
        [duty], {"PF-01": ["2026-02-10", "2026-07-01"]}, 2026, date(2026, 10, 5)
    )
    states = {s.period: s.state for s in statuses}
    # Q4 has begun and is open; Q2 had no activity (the July one is Q3's)
    assert states == {
        "2026Q1": DutyState.DONE,
        "2026Q2": DutyState.OVERDUE,
        "2026Q3": DutyState.DONE,
        "2026Q4": DutyState.OPEN,
    }
    excused = duty_statuses([duty], {}, 2026, date(2026, 10, 5), since=date(2026, 8, 1))
    assert [s.period for s in excused] == ["2026Q3", "2026Q4"]


def test_coverage_by_group_and_a_rate_just_under_100_never_shows_100() -> None:
    households = [("a", 1), ("b", 1), ("c", 2), ("d", 2), ("e", 2)]
    groups = coverage_by_group(households, {"a", "b", "c", "d"})
    assert [(g.group_no, g.households, g.reached, g.met) for g in groups] == [
        (1, 2, 2, True),
        (2, 3, 2, False),
    ]
    total = total_coverage(groups)
    assert (total.households, total.reached, total.missing) == (5, 4, 1)
    assert percent_text(100 * 1999 / 2000) == "99.9%"
    assert percent_text(100.0) == "100.0%"


def test_six_nil_log_items_are_not_met_when_the_log_shows_cases() -> None:
    items = {code: {"met": True, "evidence": "有证明"} for code in (
        "no_case", "no_lawsuit", "no_petition", "no_cult", "no_gambling_drugs", "no_fatal_accident"
    )}  # fmt: skip
    check = SixNilCheck(
        year=2026, items=json.dumps(items), checked_on="2026-12-20", checked_by="张"
    )
    clean = evaluate_six_nil(check, 2026, {"no_case": 0, "no_lawsuit": 0})
    assert clean.met and clean.met_count == 6
    court = evaluate_six_nil(check, 2026, {"no_case": 0, "no_lawsuit": 2})
    lawsuit = next(i for i in court.items if i.label == "无讼")
    assert not court.met and not lawsuit.met and "调解台账：本年2件" in lawsuit.evidence
    unchecked = evaluate_six_nil(None, 2026, {})
    assert not unchecked.checked and unchecked.met_count == 0


def test_six_nil_entered_items_need_evidence() -> None:
    check = SixNilCheck(
        year=2026,
        items=json.dumps({"no_cult": {"met": True, "evidence": ""}}),
        checked_on="2026-12-20",
        checked_by="张",
    )
    assert [e.field for e in validate_six_nil(check)] == ["no_cult"]


def test_an_honour_of_a_person_needs_the_person_a_household_honour_does_not() -> None:
    person = Honour(kind="law_savvy", household_id="h", year=2026, basis="培训合格")
    assert [e.field for e in validate_honour(person)] == ["person_id"]
    household = Honour(kind="model_household", household_id="h", year=2026, basis="家风好")
    assert validate_honour(household) == []
