"""矛盾纠纷排查: sweeps and 零报告, findings handled three ways, the link to mediation, to-dos."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.screening import Sweep
from sanzhi_desktop.services import mediation, screening
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import collect_todos
from sanzhi_desktop.storage import clock
from tests.safety_factories import TODAY, finding, make_village


@pytest.fixture(autouse=True)
def fixed_today():  # type: ignore[no-untyped-def]
    with clock.as_of(TODAY):
        yield


def test_a_sweep_without_findings_is_a_nil_return_and_is_still_recorded(session: Session) -> None:
    sweep = screening.record_sweep(session, Sweep(sweep_date="2026-11-16", swept_by="治保主任"))
    assert sweep.nil_return == 1 and sweep.period == "2026-11-2"
    assert [s.id for s in screening.list_sweeps(session)] == [sweep.id]


def test_findings_take_roster_names_and_a_deadline_by_risk(session: Session) -> None:
    village = make_village(session)
    sweep = screening.record_sweep(
        session,
        Sweep(sweep_date="2026-11-20", swept_by="网格员"),
        [finding(village, risk="高", typed="外村人刘某")],
    )
    assert sweep.nil_return == 0
    [stored] = screening.list_findings(session, sweep_id=sweep.id)
    assert [p.name for p in stored.party_list] == ["张建国", "外村人刘某"]
    assert stored.deadline == "2026-11-23" and not stored.handled


def test_a_bad_finding_refuses_the_whole_sweep(session: Session) -> None:
    village = make_village(session)
    bad = replace(finding(village), risk="", summary="")
    with pytest.raises(ValidationError) as err:
        screening.record_sweep(session, Sweep(sweep_date="2026-11-20", swept_by="网格员"), [bad])
    assert {"risk", "summary"} <= {e.field for e in err.value.errors}
    assert screening.list_sweeps(session) == []


def test_adding_a_finding_later_ends_the_nil_return(session: Session) -> None:
    village = make_village(session)
    sweep = screening.record_sweep(session, Sweep(sweep_date="2026-11-20", swept_by="网格员"))
    screening.add_finding(session, replace(finding(village), sweep_id=sweep.id, found_date=""))
    assert screening.get_sweep(session, sweep.id).nil_return == 0


def test_mediation_opens_a_case_linked_both_ways(session: Session) -> None:
    village = make_village(session)
    sweep = screening.record_sweep(
        session, Sweep(sweep_date="2026-11-20", swept_by="网格员"), [finding(village)]
    )
    [found] = screening.list_findings(session, sweep_id=sweep.id)
    handled, case = screening.send_to_mediation(
        session, found.id, on="2026-11-21", mediator_ids=[village.mediator_id]
    )
    assert handled.handling == "mediation" and handled.case_id == case.id
    assert case.source == "调委会主动调解" and case.dispute_type == "邻里"
    assert [p.person_id for p in mediation.list_parties(session, case.id)] == [
        village.people[0].id,
        village.people[1].id,
    ]
    assert screening.finding_of_case(session, case.id) == handled
    [registered] = mediation.list_events(session, case.id)
    assert "矛盾纠纷排查" in json.loads(registered.data)["origin"]
    with pytest.raises(RefusedError):
        screening.resolve_finding(session, found.id, note="又化解了一次")


def test_mediation_needs_two_parties_and_writes_nothing_when_refused(session: Session) -> None:
    village = make_village(session)
    one_party = replace(finding(village), parties=json.dumps([{"name": "张建国", "person_id": ""}]))
    sweep = screening.record_sweep(
        session, Sweep(sweep_date="2026-11-20", swept_by="网格员"), [one_party]
    )
    [found] = screening.list_findings(session, sweep_id=sweep.id)
    with pytest.raises(ValidationError) as err:
        screening.send_to_mediation(session, found.id, mediator_ids=[village.mediator_id])
    assert err.value.for_field("parties")
    assert not screening.get_finding(session, found.id).handled
    assert mediation.list_cases(session) == []


def test_escalate_and_resolve_need_a_note_and_a_date_after_the_finding(session: Session) -> None:
    village = make_village(session)
    screening.record_sweep(
        session,
        Sweep(sweep_date="2026-11-20", swept_by="网格员"),
        [finding(village), finding(village)],
    )
    first, second = screening.list_findings(session)
    with pytest.raises(ValidationError) as err:
        screening.escalate_finding(session, first.id, note=" ")
    assert err.value.for_field("handled_note")
    with pytest.raises(ValidationError) as err:
        screening.resolve_finding(session, first.id, on="2026-11-01", note="当场化解")
    assert err.value.for_field("handled_date")
    assert (
        screening.escalate_finding(session, first.id, note="报镇综治中心").handling == "escalated"
    )
    assert screening.resolve_finding(session, second.id, note="当场化解").handling == "resolved"


def test_missed_sweep_and_overdue_high_risk_finding_are_to_dos(session: Session) -> None:
    village = make_village(session)
    screening.record_sweep(session, Sweep(sweep_date="2026-10-05", swept_by="网格员"))
    screening.record_sweep(
        session,
        Sweep(sweep_date="2026-11-03", swept_by="网格员"),
        [finding(village, risk="高", found="2026-11-03")],
    )
    assert screening.missed_sweeps(session) == ["2026-10-2"]
    texts = [t.text for t in collect_todos(session) if t.page == "safety"]
    assert any("2026年10月下半月没有排查记录" in t for t in texts)
    assert any("高风险" in t and "2026-11-06" in t for t in texts)
    # the running half (16th–30th) has no sweep and ends in two days: due soon
    # the date is the card's own (one date per to-do), not repeated in the text
    assert any("2026年11月下半月的排查尚未开展" in t for t in texts)


def test_month_register_sheet_is_internal_and_names_no_id_or_phone(session: Session) -> None:
    from tests.pdf_tools import pdf_fonts, pdf_text

    village = make_village(session)
    screening.record_sweep(session, Sweep(sweep_date="2026-11-02", swept_by="治保主任"))
    screening.record_sweep(
        session, Sweep(sweep_date="2026-11-20", swept_by="网格员"), [finding(village)]
    )
    sheet = screening.print_screening(session, "2026-11")
    text = pdf_text(sheet.pdf)
    assert "小营村2026年11月矛盾纠纷排查登记表" in text
    assert "内部登记，不得公开张贴" in text
    assert "零报告" in text and "张建国" in text
    assert village.people[0].id_number not in text and "13912340000" not in text
    fonts = pdf_fonts(sheet.pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)


def test_a_town_records_no_sweeps(session: Session) -> None:
    from sanzhi_desktop.domain.division import OfficeKind

    session.db.execute("UPDATE office SET kind = 'town', code = '610722100'")
    session.reload_profile()
    assert session.require_profile().kind is OfficeKind.TOWN
    with pytest.raises(RefusedError):
        screening.record_sweep(session, Sweep(sweep_date="2026-11-02", swept_by="镇干部"))
