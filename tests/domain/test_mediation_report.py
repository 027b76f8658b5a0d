"""The monthly figures against a fixture counted by hand."""

import json

import pytest

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.domain.mediation import Case, CaseEvent
from sanzhi_desktop.domain.mediation_report import check_month, monthly_report

TYPES = ["婚姻家庭（含继承）", "邻里", "房屋宅基地", "其他"]
VILLAGE = "610722100201"


def case(cid: str, source: str, kind: str, fen: int, people: int, crime=0, petition=0) -> Case:
    return Case(
        id=cid,
        source=source,
        dispute_type=kind,
        summary="",
        registered_on="2026-10-30",
        amount_fen=fen,
        people_involved=people,
        crime_risk=crime,
        petition_risk=petition,
    )


def ev(cid: str, kind: str, on: str, owner: str = VILLAGE, **data: str) -> CaseEvent:
    return CaseEvent(case_id=cid, kind=kind, on=on, owner=owner, data=json.dumps(data))


CASES = [
    case("a", "当事人申请", "邻里", 100_00, 2, crime=1),
    case("b", "当事人申请", "邻里", 2_500_00, 3, petition=1),
    case("c", "公安移交", "婚姻家庭（含继承）", 0, 2, crime=1),
    case("d", "调委会主动调解", "房屋宅基地", 50_000_00, 12, petition=1),
    case("e", "法院委托", "其他", 1_00, 2),  # accepted in October: not received in November
]
EVENTS = [
    ev("a", "accepted", "2026-11-01"),
    ev("a", "mediation_started", "2026-11-02"),
    ev("a", "agreed", "2026-11-03", form="written"),
    ev("b", "accepted", "2026-11-10"),
    ev("b", "escalated", "2026-11-12"),
    ev("b", "town_reply", "2026-11-13", owner="610722100"),  # the town's: never counted
    ev("b", "agreed", "2026-11-30", form="oral"),
    ev("c", "accepted", "2026-11-30"),
    ev("d", "accepted", "2026-11-15"),
    ev("d", "escalated", "2026-11-16"),
    ev("d", "terminated", "2026-11-20"),
    ev("e", "accepted", "2026-10-31"),
    ev("e", "agreed", "2026-11-01", form="written"),
    ev("a", "follow_up", "2026-12-01"),  # December: not counted
]


def test_november_by_hand() -> None:
    report = monthly_report("2026-11", CASES, EVENTS, dispute_types=TYPES, village_owner=VILLAGE)
    # received: a, b, c, d (e was accepted in October)
    assert report.received == 4
    # settled: a (written), b (oral), e (written, agreed in November although received before)
    assert (report.settled, report.written, report.oral) == (3, 2, 1)
    assert report.terminated == 1  # d
    assert report.success_rate == pytest.approx(3 / 4) and report.success_rate_text == "75.0%"
    assert report.amount_fen == 100_00 + 2_500_00 + 0 + 50_000_00
    assert report.by_source == {
        "当事人申请": 2,
        "调委会主动调解": 1,
        "公安移交": 1,
        "法院委托": 0,
        "政府指定": 0,
    }
    by_type = {r.dispute_type: (r.received, r.settled) for r in report.by_type}
    assert by_type == {
        "婚姻家庭（含继承）": (1, 0),
        "邻里": (2, 2),
        "房屋宅基地": (1, 0),
        "其他": (0, 1),
    }
    # 防止民转刑: settled and flagged → a only (c is not settled yet); its 2 people
    assert (report.crime_cases, report.crime_people) == (1, 2)
    # 防止群体性上访: b settled (3 people); d was terminated, so not prevented
    assert (report.petition_cases, report.petition_people) == (1, 3)
    assert report.escalated == 2
    assert report.figures()["涉及金额（元）"] == "52600.00"


def test_an_empty_month_has_no_rate() -> None:
    report = monthly_report("2026-09", CASES, EVENTS, dispute_types=TYPES)
    assert report.received == 0 and report.success_rate is None
    assert report.success_rate_text == "—"
    assert [r.received for r in report.by_type] == [0, 0, 0, 0]


@pytest.mark.parametrize("bad", ["2026-13", "2026/11", "26-11", "", "2026-1"])
def test_bad_months_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        check_month(bad)
