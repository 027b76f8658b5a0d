"""The scorecard computed from records: each rule at its thresholds, town and village alike."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sanzhi_desktop.domain.councils import Council
from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.scorecard import Grade
from sanzhi_desktop.services import councils, scorecard, sync
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records
from tests.sync.helpers import VILLAGE_CODE, add_household, pair

TODAY = date(2026, 11, 28)


def _case(session: Session, n: int, *, agreed: bool, days: int = 10) -> None:
    registered = date(2026, 3, 1)
    settled = date.fromordinal(registered.toordinal() + days)
    records.insert_record(
        session.db,
        "mediation_cases",
        {
            "dossier_year": 2026,
            "dossier_seq": n,
            "dossier_no": f"(2026)小人调字第{n}号",
            "source": "当事人申请",
            "dispute_type": "邻里",
            "state": "agreed" if agreed else "terminated",
            "registered_on": registered.isoformat(),
            "accepted_on": registered.isoformat(),
            "settled_on": settled.isoformat(),
            "agreement_form": "written" if agreed else "",
        },
        author=session.author,
    )


def _cell(session: Session, code: str) -> tuple[float | None, Grade]:
    card = scorecard.own_card(session, 2026, today=TODAY)
    cell = card.cell(code)
    return cell.figure.value, cell.grade


@pytest.mark.parametrize(
    ("agreed", "expected"),
    [(19, Grade.MET), (18, Grade.NEAR), (17, Grade.NEAR), (16, Grade.MISSED)],
)
def test_mediation_success_at_its_thresholds(
    session: Session, agreed: int, expected: Grade
) -> None:
    for n in range(20):
        _case(session, n + 1, agreed=n < agreed)
    value, result = _cell(session, "TJ-01")
    assert value == 100 * agreed / 20 and result is expected


def test_closure_within_30_days(session: Session) -> None:
    for n in range(10):
        _case(session, n + 1, agreed=True, days=30 if n < 9 else 31)
    assert _cell(session, "TJ-02") == (90.0, Grade.MET)


def test_no_case_to_settle_is_met_but_no_rules_is_missed(session: Session) -> None:
    card = scorecard.own_card(session, 2026, today=TODAY)
    assert card.cell("TJ-01").grade is Grade.MET
    assert card.cell("TJ-01").figure.note == "无需办理的事项"
    assert card.cell("DZ-01").grade is Grade.MISSED
    assert card.cell("GK-02").grade is Grade.NO_DATA  # on-site: not inspected yet


def test_finance_on_time_counts_quarters_due_by_the_day(session: Session) -> None:
    notices = []
    for quarter, posted in ((1, "2026-04-10"), (2, "2026-07-20"), (3, "")):
        notice = records.insert_record(
            session.db,
            "notices",
            {
                "category": "finance",
                "title": f"第{quarter}季度",
                "status": "posted",
                "posted_date": posted,
            },
            author=session.author,
        )
        notices.append(notice["id"])
        records.insert_record(
            session.db,
            "finance_disclosures",
            {
                "year": 2026,
                "quarter": quarter,
                "opening_fen": 0,
                "closing_fen": 0,
                "notice_id": notice["id"],
            },
            author=session.author,
        )
    # due on the 15th of the month after each quarter: Q1 on time, Q2 late, Q3 not posted
    card = scorecard.own_card(session, 2026, today=TODAY)
    cell = card.cell("GK-01")
    assert (cell.figure.numerator, cell.figure.denominator) == (1, 3)
    early = scorecard.own_card(session, 2026, today=date(2026, 4, 20)).cell("GK-01")
    assert (early.figure.value, early.grade) == (100.0, Grade.MET)
    january = scorecard.own_card(session, 2026, today=date(2026, 1, 10)).cell("GK-01")
    assert january.grade is Grade.NO_DATA


def test_councils_count(session: Session) -> None:
    for kind in ("moral_review", "villager_council", "red_white"):
        councils.set_up_council(session, Council(kind=kind, set_up_date="2026-02-01"))
    assert _cell(session, "ZZ-01") == (3.0, Grade.NEAR)


def test_town_sees_the_card_the_village_sees_and_its_catalogue_edit_reaches_it(
    tmp_path: Path,
) -> None:
    with pair(tmp_path) as p:
        add_household(p.village, "0101")
        for n in range(10):
            _case(p.village, n + 1, agreed=n < 9)
        sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
        town_card = scorecard.compute_scorecard(p.town, 2026, today=TODAY).cards[0]
        own = scorecard.own_card(p.village, 2026, today=TODAY)
        assert [(c.item.code, c.figure, c.grade) for c in town_card.cells] == [
            (c.item.code, c.figure, c.grade) for c in own.cells
        ]
        assert town_card.code == VILLAGE_CODE and town_card.last_file
        assert own.cell("TJ-01").grade is Grade.NEAR  # 90% against 95
        items = [
            replace(i, met_at=90.0) if i.code == "TJ-01" else i for i in scorecard.catalogue(p.town)
        ]
        scorecard.save_catalogue(p.town, items)
        with pytest.raises(RefusedError):
            scorecard.save_catalogue(p.village, items)
        [town_file] = sync.export_all(p.town, p.stick)
        sync.import_sync_files(p.village, [town_file.path])
        assert not scorecard.is_default_catalogue(p.village)
        assert scorecard.own_card(p.village, 2026, today=TODAY).cell("TJ-01").grade is Grade.MET


def test_inspections_are_the_towns_and_refuse_nonsense(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        scorecard.record_inspection(
            p.town,
            village_code=VILLAGE_CODE,
            year=2026,
            item_code="GK-02",
            value=92,
            inspector="镇督查组",
        )
        scorecard.record_inspection(
            p.town,
            village_code=VILLAGE_CODE,
            year=2026,
            item_code="GK-02",
            value=70,
            inspector="镇督查组",
        )
        [card] = scorecard.compute_scorecard(p.town, 2026, today=TODAY).cards
        assert (card.cell("GK-02").figure.value, card.cell("GK-02").grade) == (70.0, Grade.MISSED)
        with pytest.raises(ValidationError) as err:
            scorecard.record_inspection(
                p.town,
                village_code="610722100299",
                year=2026,
                item_code="TJ-01",
                value=-1,
                inspector="",
            )
        assert {e.field for e in err.value.errors} == {
            "item_code",
            "village_code",
            "value",
            "inspector",
        }
        table, rows = scorecard.records_behind(p.town, VILLAGE_CODE, 2026, "GK-02")
        assert table == "scorecard_inspections" and [r["value"] for r in rows] == [70.0]


def test_records_behind_a_cell(session: Session) -> None:
    for n in range(3):
        _case(session, n + 1, agreed=n != 1)
    table, rows = scorecard.records_behind(session, VILLAGE_CODE, 2026, "TJ-01", today=TODAY)
    assert table == "mediation_cases" and len(rows) == 3


def test_month_changes(session: Session) -> None:
    for kind in ("moral_review", "villager_council", "red_white"):
        councils.set_up_council(session, Council(kind=kind, set_up_date="2026-05-10"))
    changes = scorecard.month_changes(session, 2026, 5)
    assert [(c.item.code, c.before, c.after) for c in changes] == [
        ("ZZ-01", Grade.MISSED, Grade.NEAR)
    ]
    assert scorecard.month_changes(session, 2026, 6) == []


def _insert(session: Session, table: str, **values: object) -> None:
    records.insert_record(session.db, table, values, author=session.author)


@pytest.mark.parametrize(
    ("posts", "expected"), [(2, Grade.NEAR), (3, Grade.MET), (5, Grade.MET), (6, Grade.NEAR)]
)
def test_model_posts_are_a_range(session: Session, posts: int, expected: Grade) -> None:
    for n in range(posts):
        _insert(
            session, "party_posts", post=f"岗{n}", member_id="m", name="甲", set_date="2026-02-01"
        )
    _insert(  # ended before the day: not counted
        session, "party_posts", post="旧岗", member_id="m", name="乙",
        set_date="2025-02-01", ended_date="2026-01-31",
    )  # fmt: skip
    assert _cell(session, "DJ-01") == (float(posts), expected)


def test_training_days_and_cadres_of_the_year(session: Session) -> None:
    _insert(session, "party_training", trainee="书记", start_date="2026-03-02", days=3)
    _insert(session, "party_training", trainee="书记", start_date="2025-12-01", days=5)
    assert _cell(session, "DJ-02") == (3.0, Grade.NEAR)
    _insert(session, "party_training", trainee="书记", start_date="2026-09-01", days=1)
    assert _cell(session, "DJ-02") == (4.0, Grade.MET)
    for n, year in enumerate((2026, 2026, 2025)):
        _insert(session, "party_cadres", kind="reserve", person_id=f"p{n}", name="丙", year=year)
    assert _cell(session, "DJ-03") == (2.0, Grade.MET)


def test_sweeps_on_time_count_the_half_months_that_ended(session: Session) -> None:
    # by 2026-02-20 three half-months ended: 01-1, 01-2, 02-1; two were swept
    for day, period in (("2026-01-10", "2026-01-1"), ("2026-02-05", "2026-02-1")):
        _insert(
            session, "screening_sweeps", sweep_date=day, period=period, swept_by="甲", nil_return=1
        )
    cell = scorecard.own_card(session, 2026, today=date(2026, 2, 20)).cell("PA-01")
    assert (cell.figure.numerator, cell.figure.denominator) == (2, 3)
    assert cell.grade is Grade.MISSED


def test_petitions_closed_and_credit_files(session: Session) -> None:
    for status, closed in (("closed", "2026-05-01"), ("open", "")):
        _insert(
            session, "petitions", petitioner="丁", matter="道路", received_date="2026-04-01",
            channel="来访", case_owner="村主任", status=status, closed_date=closed,
        )  # fmt: skip
    assert _cell(session, "PA-02") == (50.0, Grade.MISSED)
    first = add_household(session, "0101")
    add_household(session, "0102")
    _insert(session, "credit_files", household_id=first, filed_date="2026-03-01")
    assert _cell(session, "XY-01") == (50.0, Grade.MISSED)


def test_law_study_counts_each_learner_against_their_target(session: Session) -> None:
    learners = []
    for name, category in (("王书记", "cadre"), ("李骨干", "backbone")):
        row = records.insert_record(
            session.db, "law_learners",
            {"name": name, "category": category, "post": "", "person_id": "", "group_no": 1,
             "active": 1, "note": ""},
            author=session.author,
        )  # fmt: skip
        learners.append(row["id"])
    for n in range(4):  # the cadre at 4 (met), the backbone villager at 1 of 2
        who = [{"name": "王书记", "learner_id": learners[0], "person_id": "", "score": None}]
        if n == 0:
            who.append(
                {"name": "李骨干", "learner_id": learners[1], "person_id": "", "score": None}
            )
        _insert(
            session, "law_sessions", held_on=f"2026-0{n + 2}-10", form="集中学法",
            topic="宪法", attendees=json.dumps(who, ensure_ascii=False),
        )  # fmt: skip
    assert _cell(session, "FZ-01") == (50.0, Grade.MISSED)
    _insert(session, "law_sites", name="法治广场", outdoor_area_m2=320, services="[]")
    assert _cell(session, "FZ-04") == (320.0, Grade.MET)
    assert _cell(session, "FZ-03") == (0.0, Grade.MISSED)
