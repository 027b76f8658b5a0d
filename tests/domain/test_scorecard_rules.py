"""Grading a figure against a target, points and ranking."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.scorecard import (
    Figure,
    Grade,
    TargetItem,
    VillageCard,
    grade,
    points,
    rank,
    validate_item,
)

RATE = TargetItem("TJ-01", "mediation", "调解成功率", "mediation_success", met_at=95, near_at=85)
RANGE = TargetItem("DJ-01", "party", "示范岗", "inspected", unit="个", met_at=3, near_at=2, upper=5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (95.0, Grade.MET),
        (94.9, Grade.NEAR),
        (85.0, Grade.NEAR),
        (84.9, Grade.MISSED),
        (None, Grade.NO_DATA),
    ],
)
def test_grade_at_the_thresholds(value: float | None, expected: Grade) -> None:
    assert grade(value, RATE) is expected


def test_a_range_target_is_near_above_its_upper_bound() -> None:
    assert [grade(v, RANGE) for v in (2, 3, 5, 6)] == [
        Grade.NEAR,
        Grade.MET,
        Grade.MET,
        Grade.NEAR,
    ]
    assert RANGE.target == "3–5个" and RATE.target == "≥95%"


def test_points_and_shares() -> None:
    assert (points(Grade.MET, 12), points(Grade.NEAR, 12), points(Grade.MISSED, 12)) == (
        12,
        6,
        0,
    )
    assert Figure.share(19, 20).value == 95.0 and Figure.share(0, 0).value is None
    assert Figure.share(1, 3).shown("%") == "33.3%"


def test_equal_totals_share_a_rank() -> None:
    def card(code: str, total: float) -> VillageCard:
        from sanzhi_desktop.domain.scorecard import Cell

        item = TargetItem("X", "boards", "x", "inspected", weight=total or 1)
        grade_ = Grade.MET if total else Grade.MISSED
        return VillageCard(code, code, [Cell(item, Figure(1.0), grade_, points(grade_, total))])

    ordered = rank([card("a", 5), card("b", 9), card("c", 5), card("d", 0)])
    assert [(c.code, c.rank) for c in ordered] == [("b", 1), ("a", 2), ("c", 2), ("d", 4)]


def test_catalogue_lines_are_checked() -> None:
    bad = TargetItem("", "nowhere", "", "guess", unit="斤", weight=0, met_at=50, near_at=60)
    fields = {e.field for e in validate_item(bad, known_rules=frozenset({"mediation_success"}))}
    assert fields == {"code", "title", "part", "rule", "unit", "weight", "near_at"}
