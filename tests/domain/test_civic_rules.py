"""The rules of the 自治/德治 registers: councils, worthies, family rules, 红白事 limits."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.councils import (
    CouncilMeeting,
    CouncilMember,
    validate_meeting,
    validate_member,
)
from sanzhi_desktop.domain.custom_reform import (
    CustomEvent,
    CustomLimits,
    excesses,
    limits_errors,
    validate_event,
)
from sanzhi_desktop.domain.family_rules import FamilyRules, validate_family_rules
from sanzhi_desktop.domain.worthies import Contribution, Worthy, validate_contribution

TODAY = "2026-11-28"


def _fields(errors: list) -> set[str]:  # type: ignore[type-arg]
    return {e.field for e in errors}


def test_member_needs_the_roster_or_an_outside_place_and_a_sane_term() -> None:
    member = CouncilMember(council_id="c", name="周明远", term_start="2026-01-01")
    assert "outside_place" in _fields(validate_member(member))
    outside = CouncilMember(
        council_id="c", name="周明远", outside_place="西安市", term_start="2026-01-01"
    )
    assert validate_member(outside) == []
    backwards = CouncilMember(
        council_id="c",
        name="周明远",
        outside_place="西安市",
        term_start="2026-01-01",
        term_end="2025-12-31",
    )
    assert _fields(validate_member(backwards)) == {"term_end"}
    assert CouncilMember("c", "甲", term_start="2025-03-01", term_end="2026-02-01").serves_in(2026)
    assert not CouncilMember("c", "甲", term_start="2025-03-01", term_end="2025-12-01").serves_in(
        2026
    )


def test_meeting_counts_and_dates() -> None:
    ok = CouncilMeeting("c", "red_white", TODAY, "议题", present_count=5, expected_count=7)
    assert validate_meeting(ok, today=TODAY) == []
    more = CouncilMeeting("c", "red_white", TODAY, "议题", present_count=8, expected_count=7)
    assert _fields(validate_meeting(more, today=TODAY)) == {"present_count"}
    future = CouncilMeeting("c", "red_white", "2026-11-29", "议题")
    assert _fields(validate_meeting(future, today=TODAY)) == {"held_on"}


def test_worthy_roles_are_the_six_in_order() -> None:
    worthy = Worthy(name="周明远", field="企业家", roles="纠纷调解员、美德传承员、美德传承员")
    assert worthy.cleaned().roles == "美德传承员、纠纷调解员"


@pytest.mark.parametrize(
    ("item", "field"),
    [
        (Contribution("w", TODAY, "捐资"), "amount_fen"),
        (Contribution("w", TODAY, "项目"), "project"),
        (Contribution("w", TODAY, "调解协助"), "case_id"),
        (Contribution("w", TODAY, "捐资", amount_fen=-1), "amount_fen"),
        (Contribution("w", "2026-12-01", "项目", project="修路"), "made_on"),
    ],
)
def test_contribution_refusals(item: Contribution, field: str) -> None:
    assert field in _fields(validate_contribution(item, today=TODAY))


def test_family_rules_cannot_be_excellent_before_collected() -> None:
    rules = FamilyRules("h", "张三", 1, "孝敬父母", "2026-03-01", excellent_year=2025)
    assert _fields(validate_family_rules(rules, today=TODAY)) == {"excellent_year"}


def test_limits_at_the_threshold_are_within_and_one_above_is_over() -> None:
    limits = CustomLimits(wedding_tables=20, wedding_cars=6, betrothal_fen=3_000_000)
    at = CustomEvent("h", "张三", 1, "wedding", TODAY, tables=20, cars=6, betrothal_fen=3_000_000)
    assert excesses(at, limits) == []
    over = CustomEvent("h", "张三", 1, "wedding", TODAY, tables=21, cars=7, betrothal_fen=3_000_100)
    assert excesses(over, limits) == [
        "桌数21桌，超过限额20桌",
        "车辆7辆，超过限额6辆",
        "彩礼30,001元，超过限额30,000元",
    ]
    funeral = CustomEvent("h", "张三", 1, "funeral", TODAY, tables=16)
    assert excesses(funeral, limits) == ["桌数16桌，超过限额15桌"]
    assert excesses(funeral, CustomLimits(funeral_tables=0)) == []  # 0: no limit


def test_event_refusals() -> None:
    gift = CustomEvent("h", "张三", 1, "funeral", TODAY, betrothal_fen=100)
    assert _fields(validate_event(gift, today=TODAY)) == {"betrothal_fen"}
    negative = CustomEvent("h", "张三", 1, "wedding", TODAY, tables=-1)
    assert _fields(validate_event(negative, today=TODAY)) == {"tables"}
    assert _fields(limits_errors(CustomLimits(wedding_tables=-3))) == {"wedding_tables"}
