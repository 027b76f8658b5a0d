"""The dossier of a case (一案一卷): its papers, and the printed forms made from them.

A roster villager's details (sex, ethnicity, age, address, phone) are read
from the roster when a paper is printed, not copied into the case: the roster
is the one place personal identifiers live. Only the agreement prints address
and contact; the PDF bytes are the same for the GUI's preview and the CLI.
"""

from __future__ import annotations

import json
from datetime import date

from sanzhi_desktop.domain.errors import NotFoundError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import EventKind, Party
from sanzhi_desktop.domain.mediation_papers import (
    CaseFile,
    PaperKind,
    PartyDetail,
    StoredPaper,
    WrittenAgreement,
    paper_from_row,
)
from sanzhi_desktop.domain.roster import age_on
from sanzhi_desktop.services import mediation
from sanzhi_desktop.services.mediators import mediator_names
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, records, sync_ledger
from sanzhi_desktop.storage import mediation as store


def list_papers(session: Session, case_id: str) -> list[StoredPaper]:
    """The case's papers in the order they were written."""
    return [
        StoredPaper(
            id=row["id"],
            case_id=row["case_id"],
            paper=paper_from_row(row["kind"], json.loads(row["content"] or "{}")),
            seq=int(row["seq"] or 0),
            owner=row["owner"],
        )
        for row in store.list_papers(session.db, case_id)
    ]


def _detail(session: Session, party: Party, on: str) -> PartyDetail:
    detail = PartyDetail(
        role=party.role,
        kind=party.kind,
        name=party.name,
        sex=party.sex,
        ethnicity=party.ethnicity,
        occupation=party.occupation,
        address=party.address,
        contact=party.phone,
        representative=party.representative,
    )
    day = date.fromisoformat(on) if on else clock.today()
    if party.kind == "person" and party.person_id:
        try:
            person = records.get_record(session.db, "persons", party.person_id)
            household = records.get_record(session.db, "households", person["household_id"])
        except NotFoundError:
            return detail  # erased from the roster since: the name snapshot remains
        detail.sex = str(person["sex"])
        detail.ethnicity = str(person["ethnicity"])
        detail.age = age_on(str(person["birth_date"] or ""), day)
        detail.address = str(household["address"] or "")
        detail.contact = str(person["phone"] or "")
        detail.group_no = int(household["group_no"])
    else:
        detail.age = age_on(party.birth_date, day)
    return detail


def _village_name(session: Session, code: str, dossier_no: str) -> str:
    """The enrolled village's own name (小营村, 城关社区), from its key card.

    Only when the town has no card for it (it always should) is the name
    rebuilt from the dossier number's short name.
    """
    peer = sync_ledger.get_peer(session.db, code)
    if peer is not None and peer.name:
        return peer.name
    return dossier_no.split(")")[-1].split("人调字")[0] + "村"


def case_file(session: Session, case_id: str) -> CaseFile:
    """Everything the forms print about one case."""
    case = mediation.get_case(session, case_id)
    owner = mediation.case_owner(session, case.id)
    profile = session.require_profile()
    events = mediation.case_history(mediation.list_events(session, case.id), owner)
    office_name = profile.name
    if owner != profile.code:  # a town printing a village's case: name the village
        office_name = _village_name(session, owner, case.dossier_no)
    closed = [e.on for e in events if e.event_kind is EventKind.ARCHIVED]
    return CaseFile(
        office_name=office_name,
        committee_name=f"{office_name}人民调解委员会",
        dossier_no=case.dossier_no,
        source=case.source,
        dispute_type=case.dispute_type,
        summary=case.summary,
        registered_on=case.registered_on,
        accepted_on=case.accepted_on,
        state_label=case.case_state.label,
        amount_fen=case.amount_fen,
        parties=[
            _detail(session, p, case.registered_on)
            for p in mediation.list_parties(session, case.id)
        ],
        mediators=mediator_names(session, case.mediators),
        events=[(e.on, e.event_kind.label, e.operator, e.detail) for e in events],
        papers=list_papers(session, case.id),
        closed_on=closed[-1] if closed else "",
    )


def agreement_pdf(session: Session, case_id: str) -> bytes:
    """The case's (latest) written agreement; refused when there is none."""
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing import mediation_agreement

    file = case_file(session, case_id)
    written = file.papers_of(PaperKind.WRITTEN_AGREEMENT)
    if not written:
        raise RefusedError(
            msg(
                f"案件{file.dossier_no}还没有书面调解协议。",
                f"Case {file.dossier_no} has no written agreement.",
            )
        )
    agreement = written[-1]
    assert isinstance(agreement, WrittenAgreement)
    return mediation_agreement.agreement_pdf(file, agreement)


def dossier_pdf(session: Session, case_id: str) -> bytes:
    """Cover, intake register and every paper in filing order, then the history."""
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing import mediation_forms

    return mediation_forms.dossier_pdf(case_file(session, case_id))


def intake_pdf(session: Session, case_id: str) -> bytes:
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing import mediation_forms

    return mediation_forms.intake_pdf(case_file(session, case_id))


def paper_pdf(session: Session, case_id: str, paper_id: str) -> bytes:
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing import mediation_forms

    file = case_file(session, case_id)
    for stored in file.papers:
        if stored.id == paper_id:
            return mediation_forms.paper_pdf(file, stored.paper)
    raise NotFoundError(msg("找不到这份文书", "Paper not found"))
