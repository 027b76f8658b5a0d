"""信访 with 包案 and its steps; patrols and a patrol's finding; the safe-village check."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.errors import NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.patrols import Patrol
from sanzhi_desktop.domain.petitions import Petition, PetitionStep
from sanzhi_desktop.domain.safe_village import CheckDraft, CheckItem
from sanzhi_desktop.services import (
    patrols,
    petitions,
    safe_village,
    safety_catalogues,
    screening,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import collect_todos
from sanzhi_desktop.storage import clock
from tests.safety_factories import TODAY, finding, make_village


@pytest.fixture(autouse=True)
def fixed_today():  # type: ignore[no-untyped-def]
    with clock.as_of(TODAY):
        yield


def _petition(**changes: object) -> Petition:
    values: dict[str, object] = {
        "petitioner": "王某",
        "matter": "反映村道排水不畅",
        "received_date": "2026-09-01",
        "channel": "来访",
        "case_owner": "村党支部书记",
        **changes,
    }
    return Petition(**values)  # type: ignore[arg-type]


def test_petition_gets_a_default_deadline_and_overdue_is_a_to_do(session: Session) -> None:
    petition = petitions.register_petition(session, _petition())
    assert petition.deadline == "2026-10-31" and petition.is_open
    todos = [t for t in collect_todos(session) if t.table == "petitions"]
    assert [t.record_id for t in todos] == [petition.id]
    assert "包案领导村党支部书记" in todos[0].text


def test_steps_are_appended_and_a_closed_petition_takes_no_more(session: Session) -> None:
    petition = petitions.register_petition(session, _petition())
    petitions.add_step(session, PetitionStep(petition.id, "交办", "2026-09-02", "镇村建办"))
    with pytest.raises(ValidationError) as err:
        petitions.add_step(session, PetitionStep(petition.id, "批办", "2026-08-01", ""))
    assert {e.field for e in err.value.errors} == {"kind", "step_date", "handler"}
    with pytest.raises(ValidationError) as err:
        petitions.close_petition(session, petition.id, result="", satisfaction="还行")
    assert {e.field for e in err.value.errors} == {"result", "satisfaction"}
    closed = petitions.close_petition(
        session, petition.id, on="2026-10-10", result="已疏通排水沟", satisfaction="满意"
    )
    assert not closed.is_open and closed.closed_date == "2026-10-10"
    with pytest.raises(RefusedError):
        petitions.add_step(session, PetitionStep(petition.id, "督办", "2026-10-11", "镇综治中心"))
    assert [s.kind for s in petitions.list_steps(session, petition.id)] == ["交办"]
    assert not [t for t in collect_todos(session) if t.table == "petitions"]


def test_extending_a_deadline_records_why(session: Session) -> None:
    petition = petitions.register_petition(session, _petition())
    extended = petitions.extend_deadline(
        session, petition.id, deadline="2026-12-31", reason="需等待镇里测量"
    )
    assert extended.deadline == "2026-12-31"
    [step] = petitions.list_steps(session, petition.id)
    assert step.kind == "督办" and "需等待镇里测量" in step.note


def test_a_patrols_finding_becomes_a_screening_finding_once(session: Session) -> None:
    village = make_village(session)
    patrol = patrols.record_patrol(
        session,
        Patrol("2026-11-20", "夜巡", "张三、李四", "一组—二组", findings="两家在路口争吵"),
    )
    stored = patrols.finding_from_patrol(session, patrol.id, finding(village, found=""))
    assert stored.patrol_id == patrol.id and stored.found_date == "2026-11-20"
    assert patrols.get_patrol(session, patrol.id).finding_id == stored.id
    with pytest.raises(RefusedError):
        patrols.finding_from_patrol(session, patrol.id, finding(village))
    assert screening.list_findings(session) == [stored]


def test_patrol_log_sheet_counts_shifts_and_hides_dispute_details(session: Session) -> None:
    from tests.pdf_tools import pdf_text

    village = make_village(session)
    patrol = patrols.record_patrol(
        session,
        Patrol("2026-11-20", "夜巡", "张三、李四", "一组—二组", findings="张建国家门口争吵"),
    )
    patrols.finding_from_patrol(session, patrol.id, finding(village))
    patrols.record_patrol(session, Patrol("2026-11-21", "日巡", "王五", "河堤"))
    text = pdf_text(patrols.print_patrols(session, "2026-11").pdf)
    assert "小营村2026年11月红袖章巡逻记录" in text and "夜巡1次" in text
    assert "张建国家门口争吵" not in text and "已转排查处置" in text


def test_safe_village_check_uses_the_default_items_and_needs_evidence(session: Session) -> None:
    items = safety_catalogues.safe_village_items(session)
    assert items.is_default and len(items.items) == 10
    with pytest.raises(ValidationError) as err:
        safe_village.save_check(
            session, CheckDraft(2026, "2026-11-20", {1: CheckItem(1, "", True, "")})
        )
    assert "第1项" in err.value.for_field("evidence_1")[0]
    check = safe_village.save_check(
        session,
        CheckDraft(
            2026,
            "2026-11-20",
            {1: CheckItem(1, "", True, "台账"), 4: CheckItem(4, "", True, "巡逻记录")},
        ),
    )
    assert check.met_count == 2 and len(check.item_list) == 10
    again = safe_village.save_check(session, CheckDraft(2026, "2026-11-25", {}))
    assert again.id == check.id and again.met_count == 0  # one check per year
    with pytest.raises(ValidationError):
        safe_village.record_conferred_stars(session, 2026, stars=11, conferred_date="2027-01-15")
    stars = safe_village.record_conferred_stars(session, 2026, stars=8, conferred_date="2026-11-27")
    assert stars.stars_conferred == 8
    with pytest.raises(NotFoundError):
        safe_village.record_conferred_stars(session, 2025, stars=8, conferred_date="2026-01-15")
