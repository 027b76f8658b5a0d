"""Mediation services: numbering, the lifecycle through the services, escalation, to-dos."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.mediation import Case, EventKind, Party
from sanzhi_desktop.domain.mediation_papers import ClosingReport, FollowUp, OralAgreement
from sanzhi_desktop.services import mediation
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import Urgency
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage.records import Author
from tests.mediation_factory import (
    agreement,
    freeze_today,
    mediator,
    new_case,
    session_paper,
    villagers,
)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_today(monkeypatch)


def count(session: Session, table: str) -> int:
    return int(session.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_dossier_numbers_count_per_year(session: Session) -> None:
    people = villagers(session)
    mid = mediator(session).id
    first = new_case(session, registered_on="2025-12-30", people=people, mediator_id=mid)
    second = new_case(session, registered_on="2025-12-31", people=people, mediator_id=mid)
    third = new_case(session, registered_on="2026-01-02", people=people, mediator_id=mid)
    assert first.dossier_no == "(2025)小营人调字第1号"
    assert second.dossier_no == "(2025)小营人调字第2号"
    assert third.dossier_no == "(2026)小营人调字第1号"
    assert mediation.get_case(session, "（2026）小营人调字第1号").id == third.id
    with pytest.raises(NotFoundError):
        mediation.get_case(session, "(2026)小营人调字第9号")


def test_register_checks_everything_and_writes_nothing_on_error(session: Session) -> None:
    a, _b = villagers(session)
    bad = Case(source="路上捡的", dispute_type="吵架", summary="", registered_on="2027-01-01")
    with pytest.raises(ValidationError) as info:
        mediation.register_case(
            session, bad, [Party(case_id="", role="申请人", kind="person", name="", person_id=a.id)]
        )
    fields = {e.field for e in info.value.errors}
    assert {"source", "dispute_type", "summary", "registered_on", "mediators", "parties"} <= fields
    assert count(session, "mediation_cases") == 0 and count(session, "mediation_parties") == 0


def test_roster_parties_keep_only_a_name_snapshot(session: Session) -> None:
    case = new_case(session)
    parties = mediation.list_parties(session, case.id)
    assert [p.name for p in parties] == ["王大明", "李小红"]
    assert all(p.id_number == "" and p.phone == "" for p in parties)
    assert case.people_involved == 2


def test_a_case_from_intake_to_archive(session: Session) -> None:
    case = new_case(session)
    case = mediation.accept_case(session, case.id, on="2026-11-03")
    assert case.state == "accepted" and case.accepted_on == "2026-11-03"
    case = mediation.record_session(session, case.id, session_paper("2026-11-05"))
    assert case.state == "mediating"
    case = mediation.record_agreement(session, case.id, agreement("2026-11-06"))
    assert case.state == "agreed" and case.agreement_form == "written"
    assert case.settled_on == "2026-11-06" and case.follow_up_due == "2026-11-21"
    visit = FollowUp(
        on="2026-11-20", visitor="赵调解", performance="部分履行", next_visit="2026-12-05"
    )
    case = mediation.record_follow_up(session, case.id, visit)
    assert case.state == "following_up" and case.follow_up_due == "2026-12-05"
    case = mediation.confirm_performance(session, case.id, on="2026-11-25", performed=True)
    assert case.state == "performed" and case.follow_up_due == ""
    case = mediation.archive_case(
        session, case.id, ClosingReport(on="2026-11-26", summary="协议已履行", result="调解成功")
    )
    assert case.state == "archived"
    kinds = [e.kind for e in mediation.list_events(session, case.id)]
    assert kinds == [
        "registered",
        "accepted",
        "mediation_started",
        "agreed",
        "follow_up",
        "performed",
        "archived",
    ]
    papers = session.db.execute("SELECT kind FROM mediation_papers ORDER BY seq").fetchall()
    assert [p[0] for p in papers] == [
        "session",
        "written_agreement",
        "follow_up",
        "closing_report",
    ]
    view = mediation.case_view(session, case.id)
    assert view.allowed == [] and not view.read_only


def test_forbidden_steps_write_nothing(session: Session) -> None:
    case = new_case(session)
    before = (count(session, "mediation_events"), count(session, "changes"))
    with pytest.raises(RefusedError):
        mediation.record_agreement(session, case.id, agreement("2026-11-06"))
    with pytest.raises(RefusedError):
        mediation.confirm_performance(session, case.id, on="2026-11-06", performed=True)
    with pytest.raises(RefusedError):
        mediation.archive_case(session, case.id, ClosingReport(on="2026-11-06", summary="x"))
    with pytest.raises(RefusedError):
        mediation.record_session(session, case.id, session_paper("2026-11-05"))
    assert (count(session, "mediation_events"), count(session, "changes")) == before
    mediation.refuse_case(session, case.id, on="2026-11-03", reason="一方当事人拒绝调解")
    with pytest.raises(RefusedError):
        mediation.accept_case(session, case.id, on="2026-11-04")
    with pytest.raises(RefusedError):
        mediation.escalate_case(session, case.id, on="2026-11-04", reason="x")


def test_dates_cannot_go_backwards_or_into_the_future(session: Session) -> None:
    case = new_case(session)
    with pytest.raises(ValidationError, match="早于"):
        mediation.accept_case(session, case.id, on="2026-11-01")
    with pytest.raises(ValidationError, match="晚于今天"):
        mediation.accept_case(session, case.id, on="2026-11-29")
    mediation.accept_case(session, case.id, on="2026-11-03")
    with pytest.raises(ValidationError):
        mediation.record_session(session, case.id, replace(session_paper("2026-11-02")))


def test_termination_needs_reason_and_routes(session: Session) -> None:
    case = new_case(session)
    mediation.accept_case(session, case.id, on="2026-11-03")
    mediation.start_mediation(session, case.id, on="2026-11-04")
    with pytest.raises(ValidationError) as info:
        mediation.terminate_case(session, case.id, on="2026-11-05", reason="双方分歧大", routes=[])
    assert info.value.errors[0].field == "routes"
    case = mediation.terminate_case(
        session, case.id, on="2026-11-05", reason="双方分歧大", routes=["向人民法院起诉"]
    )
    assert case.state == "terminated" and case.settled_on == "2026-11-05"
    assert "向人民法院起诉" in mediation.list_events(session, case.id)[-1].detail


def test_oral_agreement_and_no_judicial_confirmation_for_it(session: Session) -> None:
    from sanzhi_desktop.domain.mediation_papers import JudicialConfirmation

    case = new_case(session)
    mediation.accept_case(session, case.id, on="2026-11-03")
    mediation.start_mediation(session, case.id, on="2026-11-03")
    case = mediation.record_agreement(
        session, case.id, OralAgreement(on="2026-11-03", content="当场道歉，赔偿200元")
    )
    assert case.agreement_form == "oral"
    with pytest.raises(RefusedError, match="书面"):
        mediation.record_paper(
            session, case.id, JudicialConfirmation(on="2026-11-10", court="某县人民法院")
        )


def test_escalation_and_reply_rules(session: Session) -> None:
    case = new_case(session)
    mediation.accept_case(session, case.id, on="2026-11-03")
    case = mediation.escalate_case(session, case.id, on="2026-11-04", reason="涉及多户，村里调不了")
    assert case.escalated == 1 and case.state == "accepted"  # escalation is not a step
    with pytest.raises(RefusedError, match="等待"):
        mediation.escalate_case(session, case.id, on="2026-11-05", reason="再报")
    with pytest.raises(RefusedError, match="只有镇"):
        mediation.reply_to_escalation(session, case.id, "收到")
    assert "escalate" not in mediation.case_view(session, case.id).allowed


def test_town_replies_to_a_village_case(empty_session: Session) -> None:
    """A town holds its villages' cases read-only and answers with events of its own."""
    session = empty_session
    init_office(session, kind=OfficeKind.TOWN, code="610722100", name="某镇")
    village = Author(operator="村文书", owner="610722100201")
    with session.db.atomic():
        row = records.insert_record(
            session.db,
            "mediation_cases",
            {
                "dossier_year": 2026,
                "dossier_seq": 3,
                "dossier_no": "(2026)小营人调字第3号",
                "source": "当事人申请",
                "dispute_type": "征地拆迁",
                "summary": "征地补偿分配",
                "registered_on": "2026-11-01",
                "state": "mediating",
                "escalated": 1,
            },
            author=village,
        )
        for kind, on in (("registered", "2026-11-01"), ("escalated", "2026-11-05")):
            records.insert_record(
                session.db,
                "mediation_events",
                {"case_id": row["id"], "kind": kind, "on": on, "detail": "涉及30户"},
                author=village,
            )
    listed = mediation.list_cases(session)
    assert [r["id"] for r in listed] == [row["id"]]
    todos = mediation.mediation_todos(session)
    assert len(todos) == 1 and todos[0].urgency is Urgency.WAITING
    view = mediation.case_view(session, row["id"])
    assert view.read_only and view.allowed == ["reply"] and view.awaiting_reply
    with pytest.raises(RefusedError, match="其他单位"):
        mediation.accept_case(session, row["id"], on="2026-11-06")
    with pytest.raises(ValidationError):
        mediation.reply_to_escalation(session, row["id"], "  ")
    reply = mediation.reply_to_escalation(session, row["id"], "镇司法所11月10日到村联合调解")
    assert reply.owner == "610722100" and reply.addressee == "610722100201"
    events = mediation.list_events(session, row["id"])
    assert events[-1].event_kind is EventKind.TOWN_REPLY
    assert not mediation.case_view(session, row["id"]).awaiting_reply
    assert mediation.mediation_todos(session) == []


def test_a_reply_for_another_towns_village_is_refused(empty_session: Session) -> None:
    session = empty_session
    init_office(session, kind=OfficeKind.TOWN, code="610722101", name="别的镇")
    village = Author(operator="村文书", owner="610722100201")
    with session.db.atomic():
        row = records.insert_record(
            session.db,
            "mediation_cases",
            {
                "dossier_year": 2026,
                "dossier_seq": 1,
                "dossier_no": "(2026)小营人调字第1号",
                "source": "当事人申请",
                "dispute_type": "邻里",
                "registered_on": "2026-11-01",
                "state": "mediating",
            },
            author=village,
        )
    with pytest.raises(RefusedError, match="不是本镇"):
        mediation.reply_to_escalation(session, row["id"], "收到")


def test_todos_list_due_overdue_and_follow_ups(session: Session, monkeypatch) -> None:
    people = villagers(session)
    mid = mediator(session).id
    overdue = new_case(session, registered_on="2026-10-01", people=people, mediator_id=mid)
    mediation.accept_case(session, overdue.id, on="2026-10-02")  # day 30 = 2026-11-01
    soon = new_case(session, registered_on="2026-11-01", people=people, mediator_id=mid)
    mediation.accept_case(session, soon.id, on="2026-11-01")  # due 2026-12-01
    calm = new_case(session, registered_on="2026-11-20", people=people, mediator_id=mid)
    mediation.accept_case(session, calm.id, on="2026-11-20")
    agreed = new_case(session, registered_on="2026-11-01", people=people, mediator_id=mid)
    mediation.accept_case(session, agreed.id, on="2026-11-01")
    mediation.record_session(session, agreed.id, session_paper("2026-11-02"))
    mediation.record_agreement(session, agreed.id, agreement("2026-11-02"))  # visit due 11-17
    todos = mediation.mediation_todos(session)
    by_case = {(t.record_id, t.urgency) for t in todos}
    assert (overdue.id, Urgency.OVERDUE) in by_case
    assert (soon.id, Urgency.DUE_SOON) in by_case
    assert (agreed.id, Urgency.OVERDUE) in by_case
    assert all(t.record_id != calm.id for t in todos)
    rows = {r["id"]: r for r in mediation.list_cases(session)}
    assert rows[overdue.id]["deadline"] == "overdue" and rows[calm.id]["deadline"] == "none"
    assert rows[agreed.id]["follow_up"] == "overdue"


def test_list_search_by_party_and_dossier(session: Session) -> None:
    case = new_case(session)
    assert [r["id"] for r in mediation.list_cases(session, mediation.CaseFilter(text="李小"))] == [
        case.id
    ]
    assert mediation.list_cases(session, mediation.CaseFilter(text="张三")) == []
    rows = mediation.list_cases(session, mediation.CaseFilter(text="第1号"))
    assert rows and rows[0]["party_names"] == "王大明、李小红"


def test_a_dossier_printed_at_the_town_names_the_village_as_enrolled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in review: 城关社区's committee was printed as 城关村人民调解委员会."""
    from sanzhi_desktop.services import mediation_papers, sync
    from tests.sync.helpers import enrol_both, make_town, make_village

    freeze_today(monkeypatch)
    town = make_town(tmp_path)
    village = make_village(tmp_path, name="城关社区")
    try:
        enrol_both(town, village)
        case = new_case(village)
        mediation.accept_case(village, case.id, on="2026-11-03")
        mediation.escalate_case(village, case.id, on="2026-11-04", reason="涉及多户")
        stick = tmp_path / "stick"
        stick.mkdir()
        sync.import_sync_files(town, [sync.export_sync_file(village, stick).path])
        papers = mediation_papers.case_file(town, case.id)
        assert papers.committee_name == "城关社区人民调解委员会"
    finally:
        village.close()
        town.close()
