"""人民调解: registering cases and moving them through their life, one event at a time.

Every action is: check (the domain's transition table, the office, the
input) → one transaction (the event row, the papers it brings, the case
row's cache) → return the case. A forbidden step writes nothing.

Ownership: a village writes only its own cases. A town session holds its
villages' cases read-only (they arrive by sync) and writes only replies to
escalations: event rows owned by the town, addressed to the case's village.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.dossier import format_dossier_no, next_seq, parse_dossier_no
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.idcard import mask_id_number
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import (
    FOLLOW_UP_DAYS,
    LIFECYCLE_EVENTS,
    TERMINATION_ROUTES,
    Case,
    CaseEvent,
    CaseState,
    Deadline,
    EventKind,
    Party,
    can_escalate,
    date_error,
    deadline_flag,
    due_date,
    follow_up_flag,
    next_state,
    parse_date,
    replay,
    validate_case,
    validate_parties,
)
from sanzhi_desktop.domain.mediation_papers import (
    FollowUp,
    Investigation,
    OralAgreement,
    Paper,
    SessionRecord,
    WrittenAgreement,
)
from sanzhi_desktop.domain.text import clean
from sanzhi_desktop.resource_files import resource_path
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage import mediation as store
from sanzhi_desktop.storage.pages import RowPages

CASES, PARTIES, EVENTS, PAPERS = (
    "mediation_cases",
    "mediation_parties",
    "mediation_events",
    "mediation_papers",
)


# --- catalogue ---------------------------------------------------------------------------


def default_dispute_types() -> list[str]:
    data = json.loads(resource_path("mediation", "dispute_types.json").read_text("utf-8"))
    return [str(t) for t in data["types"]]


def dispute_types(session: Session) -> list[str]:
    """The town's catalogue when it sent one, else the shipped fifteen types."""
    code = session.profile.code if session.profile else ""
    return store.town_dispute_types(session.db, code) or default_dispute_types()


# --- reading -----------------------------------------------------------------------------


def today() -> date:
    """The program's one today (:func:`storage.clock.today`), for callers that name it here.

    Kept so the GUI's mediation dialogs (being rewritten on the record kit)
    keep working; new code asks ``services.calendar.today``.
    """
    return clock.today()


def get_case(session: Session, case_id_or_dossier: str) -> Case:
    """A case by id or by dossier number ("(2026)小营人调字第12号")."""
    key = clean(case_id_or_dossier)
    if parse_dossier_no(key) is not None:
        normalised = key.replace("（", "(").replace("）", ")")
        row = store.find_case_by_dossier_no(session.db, normalised)
        if row is None:
            raise NotFoundError(msg(f"找不到卷号为{key}的案件", f"No case numbered {key}"))
        return Case.from_record(row)
    try:
        return Case.from_record(records.get_record(session.db, CASES, key))
    except NotFoundError:
        raise NotFoundError(msg(f"找不到案件{key}", f"Case {key} not found")) from None


def case_owner(session: Session, case_id: str) -> str:
    return str(records.get_record(session.db, CASES, case_id)["owner"])


def list_parties(session: Session, case_id: str) -> list[Party]:
    return [Party.from_record(r) for r in store.list_parties(session.db, case_id)]


def case_history(events: list[CaseEvent], owner: str) -> list[CaseEvent]:
    """The events that count for a case: its owner's, and the town's replies to it."""
    return [
        e
        for e in events
        if e.owner == owner or (e.event_kind is EventKind.TOWN_REPLY and e.addressee == owner)
    ]


def list_events(session: Session, case_id: str) -> list[CaseEvent]:
    """The case's events in order, the town's replies included."""
    return [CaseEvent.from_record(r) for r in store.list_events(session.db, case_id)]


@dataclass
class CaseFilter:
    text: str = ""
    states: tuple[str, ...] = ()
    year: int | None = None
    escalated_only: bool = False


def _where(session: Session, query: CaseFilter) -> dict[str, Any]:
    """A village sees its own cases; a town the escalated cases of its villages."""
    profile = session.require_profile()
    town = profile.kind is OfficeKind.TOWN
    return {
        "owner": None if town else profile.code,
        "not_owner": profile.code if town else None,
        "text": query.text,
        "states": query.states,
        "year": query.year,
        "escalated_only": query.escalated_only or town,
    }


def _flag_row(row: dict[str, Any], day: date) -> None:
    """Add what the case table shows beyond the stored row: deadline flags, due day, label."""
    case = Case.from_record(row)
    row["deadline"] = deadline_flag(case, day).value
    row["follow_up"] = follow_up_flag(case, day).value
    due = due_date(case.accepted_on)
    row["due_on"] = due.isoformat() if due else ""
    row["state_label"] = case.case_state.label


def list_cases(session: Session, query: CaseFilter | None = None) -> list[dict[str, Any]]:
    """Rows for the case table, each with ``deadline`` and ``follow_up`` flags.

    A village sees its own cases; a town sees the escalated cases of its
    villages (read-only).
    """
    rows = store.list_cases(session.db, **_where(session, query or CaseFilter()))
    day = clock.today()
    for row in rows:
        _flag_row(row, day)
    return rows


def case_pages(
    session: Session,
    query: CaseFilter | None = None,
    *,
    sort: str = "",
    descending: bool = False,
    accepted_from: str = "",
    accepted_to: str = "",
) -> RowPages:
    """:func:`list_cases` a page at a time (a lazy list), each row flagged as it is read."""
    day = clock.today()
    return store.case_pages(
        session.db,
        sort=sort,
        descending=descending,
        on_row=lambda row: _flag_row(row, day),
        accepted_from=accepted_from,
        accepted_to=accepted_to,
        **_where(session, query or CaseFilter()),
    )


def list_case_years(session: Session) -> list[int]:
    return store.list_case_years(session.db)


# --- writing helpers ------------------------------------------------------------------------


def _require_own(session: Session, case: Case) -> None:
    owner = case_owner(session, case.id)
    if owner != session.author.owner:
        raise RefusedError(
            msg(
                "这个案件属于其他单位，这里只能查看。",
                "This case belongs to another office and is read-only here.",
            )
        )


def _check_on(case: Case, on: str, events: list[CaseEvent], field: str = "on") -> None:
    """An event's date: valid, not in the future, not before the case's last step."""
    if err := date_error(on, today=clock.today()):
        raise ValidationError([FieldError(field, err)])
    steps = [e.on for e in events if e.event_kind in LIFECYCLE_EVENTS]
    last = max([case.registered_on, *steps])
    if on < last:
        raise ValidationError(
            [
                FieldError(
                    field,
                    msg(
                        f"日期不能早于本案上一步的日期（{last}）",
                        f"The date cannot be before the case's last step ({last})",
                    ),
                )
            ]
        )


def _append_event(
    session: Session,
    case: Case,
    kind: EventKind,
    on: str,
    *,
    detail: str = "",
    data: dict[str, Any] | None = None,
    follow_up_due: str | None = None,
) -> Case:
    """Write one event and refresh the case's cache; call inside a transaction."""
    events = list_events(session, case.id)
    mine = case_history(events, session.author.owner)
    _check_on(case, on, mine)
    state = replay(mine)
    if kind in (EventKind.ESCALATED,):
        if why := can_escalate(state.state, awaiting_reply=state.awaiting_reply):
            raise RefusedError(why)
    elif kind is not EventKind.NOTE:
        next_state(state.state, kind)  # raises when forbidden
    event = CaseEvent(
        case_id=case.id,
        kind=kind.value,
        on=on,
        detail=clean(detail),
        data=json.dumps(data or {}, ensure_ascii=False, sort_keys=True),
        operator=session.operator,
        addressee="",
        recorded_at=clock.now_iso(),
    )
    values = event.to_record()
    for key in ("id", "owner"):
        values.pop(key)
    row = records.insert_record(session.db, EVENTS, values, author=session.author)
    after = replay([*mine, CaseEvent.from_record(row)])
    changes: dict[str, Any] = {
        "state": after.state.value,
        "accepted_on": after.accepted_on,
        "settled_on": after.settled_on,
        "agreement_form": after.agreement_form,
        "escalated": 1 if after.escalated else 0,
    }
    if follow_up_due is not None:
        changes["follow_up_due"] = follow_up_due
    updated = records.update_record(session.db, CASES, case.id, changes, author=session.author)
    return Case.from_record(updated)


def _add_paper(
    session: Session, case: Case, paper: Paper, *, after_last_step: bool = True
) -> Paper:
    """Write a paper; its date may not precede the case's last step (or its registration)."""
    paper = paper.cleaned()
    if errors := paper.validate(today=clock.today()):
        raise ValidationError(errors)
    own = [e for e in list_events(session, case.id) if e.owner == session.author.owner]
    _check_on(case, paper.on, own if after_last_step else [])
    seq = store.max_paper_seq(session.db, case.id) + 1
    records.insert_record(
        session.db,
        PAPERS,
        {
            "case_id": case.id,
            "kind": paper.kind.value,
            "on": paper.on,
            "seq": seq,
            "content": json.dumps(paper.to_content(), ensure_ascii=False, sort_keys=True),
        },
        author=session.author,
    )
    return paper


def _own_case(session: Session, case_id: str) -> Case:
    case = get_case(session, case_id)
    _require_own(session, case)
    return case


# --- registering ------------------------------------------------------------------------------


def _complete_party(session: Session, party: Party) -> Party:
    party = party.cleaned()
    if party.kind == "person" and party.person_id:
        try:
            person = records.get_record(session.db, "persons", party.person_id)
        except NotFoundError:
            raise ValidationError(
                [FieldError("parties", msg("所选村民不存在或已删除", "Villager not found"))]
            ) from None
        party = replace(
            party,
            name=str(person["name"]),
            sex=str(person["sex"]),
            ethnicity=str(person["ethnicity"]),
            birth_date="",
            address="",
            phone="",
            id_number="",
        )
    return party


def register_case(session: Session, case: Case, parties: list[Party], *, origin: str = "") -> Case:
    """受理登记: give the case its dossier number and write it with its parties.

    The number counts per calendar year of registration; a roster villager's
    details stay in the roster (only the name is copied, as a snapshot).
    ``origin`` says where the case came from when another record opened it
    (e.g. "矛盾纠纷排查 2026-11-03"): it is kept in the registration event's
    data, so the case's own history names it.
    """
    profile = session.require_profile()
    if profile.kind is OfficeKind.TOWN:
        raise RefusedError(
            msg("镇（乡）不登记村的调解案件。", "A town does not register village cases.")
        )
    case = case.cleaned()
    completed = [_complete_party(session, p) for p in parties]
    if not case.people_involved:
        case = replace(case, people_involved=len(completed))
    errors = validate_case(case, dispute_types=dispute_types(session), today=clock.today())
    errors += validate_parties(completed)
    if errors:
        raise ValidationError(errors)
    year = int(case.registered_on[:4])
    with session.db.atomic():
        seq = next_seq(store.dossier_seqs(session.db, profile.code, year))
        values = {
            **case.to_record(),
            "dossier_year": year,
            "dossier_seq": seq,
            "dossier_no": format_dossier_no(year, profile.short_name, seq),
            "state": CaseState.REGISTERED.value,
            "accepted_on": "",
            "settled_on": "",
            "agreement_form": "",
            "follow_up_due": "",
            "escalated": 0,
        }
        values.pop("id")
        row = records.insert_record(session.db, CASES, values, author=session.author)
        stored = Case.from_record(row)
        for n, party in enumerate(completed, start=1):
            party_values = {**party.to_record(), "case_id": stored.id, "seq": n}
            party_values.pop("id")
            records.insert_record(session.db, PARTIES, party_values, author=session.author)
        event = CaseEvent(
            case_id=stored.id,
            kind=EventKind.REGISTERED.value,
            on=stored.registered_on,
            detail=case.summary[:60],
            data=json.dumps({"origin": origin}, ensure_ascii=False) if origin else "{}",
            operator=session.operator,
            recorded_at=clock.now_iso(),
        )
        event_values = event.to_record()
        for key in ("id", "owner"):
            event_values.pop(key)
        records.insert_record(session.db, EVENTS, event_values, author=session.author)
    return stored


def update_case_details(session: Session, case: Case) -> Case:
    """Correct the registration fields (type, summary, amount, flags, mediators)."""
    stored = _own_case(session, case.id)
    if stored.case_state is CaseState.ARCHIVED:
        raise RefusedError(msg("已归档的案件不能修改。", "An archived case cannot be changed."))
    case = case.cleaned()
    errors = validate_case(case, dispute_types=dispute_types(session), today=clock.today())
    if errors:
        raise ValidationError(errors)
    fields = (
        "source",
        "dispute_type",
        "summary",
        "amount_fen",
        "people_involved",
        "crime_risk",
        "petition_risk",
        "mediator_ids",
    )
    with session.db.atomic():
        row = records.update_record(
            session.db,
            CASES,
            stored.id,
            {f: getattr(case, f) for f in fields},
            author=session.author,
        )
    return Case.from_record(row)


# --- the steps -----------------------------------------------------------------------------------


def _require_text(text: str, field: str, zh: str, en: str) -> str:
    text = clean(text)
    if not text:
        raise ValidationError([FieldError(field, msg(f"请填写{zh}", f"Enter the {en}"))])
    return text


def accept_case(session: Session, case_id: str, *, on: str, note: str = "") -> Case:
    with session.db.atomic():
        return _append_event(
            session, _own_case(session, case_id), EventKind.ACCEPTED, on, detail=note
        )


def refuse_case(session: Session, case_id: str, *, on: str, reason: str) -> Case:
    """不予受理, e.g. a party refuses mediation or the matter is before a court."""
    reason = _require_text(reason, "reason", "不予受理的理由", "reason")
    with session.db.atomic():
        return _append_event(
            session,
            _own_case(session, case_id),
            EventKind.REFUSED,
            on,
            detail=reason,
            data={"reason": reason},
        )


def refer_case(session: Session, case_id: str, *, on: str, to: str, reason: str = "") -> Case:
    to = _require_text(to, "to", "移交给哪个单位", "receiving body")
    with session.db.atomic():
        return _append_event(
            session,
            _own_case(session, case_id),
            EventKind.REFERRED,
            on,
            detail=f"移交{to}" + (f"：{clean(reason)}" if clean(reason) else ""),
            data={"to": to, "reason": clean(reason)},
        )


def start_investigation(session: Session, case_id: str, *, on: str) -> Case:
    with session.db.atomic():
        return _append_event(
            session, _own_case(session, case_id), EventKind.INVESTIGATION_STARTED, on
        )


def start_mediation(session: Session, case_id: str, *, on: str) -> Case:
    with session.db.atomic():
        return _append_event(session, _own_case(session, case_id), EventKind.MEDIATION_STARTED, on)


def record_investigation(session: Session, case_id: str, paper: Investigation) -> Case:
    """调查记录; an accepted case starts its investigation with the first record."""
    with session.db.atomic():
        case = _own_case(session, case_id)
        if case.case_state is CaseState.ACCEPTED:
            case = _append_event(session, case, EventKind.INVESTIGATION_STARTED, paper.on)
        elif case.case_state not in (CaseState.INVESTIGATING, CaseState.MEDIATING):
            raise RefusedError(_not_now(case, "调查记录"))
        _add_paper(session, case, paper)
        return get_case(session, case.id)


def record_session(session: Session, case_id: str, paper: SessionRecord) -> Case:
    """调解记录; the first session of an accepted or investigated case starts the mediation."""
    with session.db.atomic():
        case = _own_case(session, case_id)
        if case.case_state in (CaseState.ACCEPTED, CaseState.INVESTIGATING):
            _check_paper_first(paper)
            case = _append_event(session, case, EventKind.MEDIATION_STARTED, paper.on)
        elif case.case_state is not CaseState.MEDIATING:
            raise RefusedError(_not_now(case, "调解记录"))
        _add_paper(session, case, paper)
        return get_case(session, case.id)


def _check_paper_first(paper: Paper) -> None:
    """Validate a paper before the event it brings, so a bad paper writes no event."""
    if errors := paper.cleaned().validate(today=clock.today()):
        raise ValidationError(errors)


def _not_now(case: Case, what: str) -> str:
    return msg(
        f"案件当前为“{case.case_state.label}”，现在不能填写{what}。",
        f"A case that is {case.state} cannot take this paper now.",
    )


def record_agreement(
    session: Session, case_id: str, agreement: WrittenAgreement | OralAgreement
) -> Case:
    """达成协议: the written agreement (协议书) or the oral agreement's register entry."""
    form = "written" if isinstance(agreement, WrittenAgreement) else "oral"
    _check_paper_first(agreement)
    with session.db.atomic():
        case = _own_case(session, case_id)
        due = parse_date(agreement.on)
        follow_up_due = (due + timedelta(days=FOLLOW_UP_DAYS)).isoformat() if due else ""
        case = _append_event(
            session,
            case,
            EventKind.AGREED,
            agreement.on,
            detail="书面协议" if form == "written" else "口头协议",
            data={"form": form},
            follow_up_due=follow_up_due,
        )
        _add_paper(session, case, agreement)
        return case


def terminate_case(
    session: Session, case_id: str, *, on: str, reason: str, routes: list[str]
) -> Case:
    """调解终止: the reason, and the routes (arbitration, administrative, court) explained."""
    reason = _require_text(reason, "reason", "终止调解的理由", "reason")
    routes = [clean(r) for r in routes if clean(r)]
    if not routes:
        raise ValidationError(
            [
                FieldError(
                    "routes",
                    msg(
                        "请选择已告知当事人的救济途径（仲裁、行政处理或起诉）",
                        "Choose the routes the parties were told of",
                    ),
                )
            ]
        )
    unknown = [r for r in routes if r not in TERMINATION_ROUTES]
    if unknown:
        raise ValidationError([FieldError("routes", msg("救济途径不对", "Unknown route"))])
    with session.db.atomic():
        return _append_event(
            session,
            _own_case(session, case_id),
            EventKind.TERMINATED,
            on,
            detail=f"{reason}（已告知：{'、'.join(routes)}）",
            data={"reason": reason, "routes": routes},
        )


def record_follow_up(session: Session, case_id: str, paper: FollowUp) -> Case:
    """回访: each visit is an event and a record; the next visit's date becomes the new due."""
    _check_paper_first(paper)
    with session.db.atomic():
        case = _own_case(session, case_id)
        case = _append_event(
            session,
            case,
            EventKind.FOLLOW_UP,
            paper.on,
            detail=f"{paper.performance}，{paper.satisfaction}",
            data={"performance": paper.performance, "satisfaction": paper.satisfaction},
            follow_up_due=clean(paper.next_visit),
        )
        _add_paper(session, case, paper)
        return case


def confirm_performance(
    session: Session, case_id: str, *, on: str, performed: bool, note: str = ""
) -> Case:
    kind = EventKind.PERFORMED if performed else EventKind.NOT_PERFORMED
    with session.db.atomic():
        return _append_event(
            session, _own_case(session, case_id), kind, on, detail=note, follow_up_due=""
        )


def record_paper(session: Session, case_id: str, paper: Paper) -> Case:
    """A paper that moves nothing: rights notice, judicial confirmation (after an agreement)."""
    from sanzhi_desktop.domain.mediation_papers import JudicialConfirmation

    with session.db.atomic():
        case = _own_case(session, case_id)
        if case.case_state is CaseState.ARCHIVED:
            raise RefusedError(_not_now(case, paper.kind.label))
        if isinstance(paper, JudicialConfirmation) and case.agreement_form != "written":
            raise RefusedError(
                msg(
                    "只有达成书面调解协议的案件才能申请司法确认。",
                    "Only a written agreement can be judicially confirmed.",
                )
            )
        _add_paper(session, case, paper, after_last_step=False)
        return get_case(session, case.id)


def archive_case(session: Session, case_id: str, report: Paper) -> Case:
    """归档 with the closing report (结案报告)."""
    _check_paper_first(report)
    with session.db.atomic():
        case = _own_case(session, case_id)
        case = _append_event(session, case, EventKind.ARCHIVED, report.on, follow_up_due="")
        _add_paper(session, case, report)
        return case


def add_note(session: Session, case_id: str, *, on: str, text: str) -> Case:
    text = _require_text(text, "text", "备注内容", "note")
    with session.db.atomic():
        return _append_event(session, _own_case(session, case_id), EventKind.NOTE, on, detail=text)


# --- escalation ----------------------------------------------------------------------------


def escalate_case(session: Session, case_id: str, *, on: str, reason: str) -> Case:
    """上报镇 at any open step; the case keeps its step while the town looks at it."""
    reason = _require_text(reason, "reason", "上报的理由", "reason")
    with session.db.atomic():
        return _append_event(
            session,
            _own_case(session, case_id),
            EventKind.ESCALATED,
            on,
            detail=reason,
            data={"reason": reason},
        )


def reply_to_escalation(session: Session, case_id: str, text: str, *, on: str = "") -> CaseEvent:
    """The town answers a village's escalated case: an event owned by the town.

    Refused in a village session, for a case of another town's village and for
    a case that was never escalated.
    """
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(
            msg("只有镇（乡）才能答复上报的案件。", "Only a town can reply to an escalation.")
        )
    text = _require_text(text, "text", "答复内容", "reply")
    on = on or clock.today().isoformat()
    if err := date_error(on, today=clock.today()):
        raise ValidationError([FieldError("on", err)])
    case = get_case(session, case_id)
    village = case_owner(session, case.id)
    if village[:9] != profile.code:
        raise RefusedError(
            msg("这个案件不是本镇所辖村的案件。", "This case is not from a village of this town.")
        )
    village_events = [e for e in list_events(session, case.id) if e.owner == village]
    if not any(e.event_kind is EventKind.ESCALATED for e in village_events):
        raise RefusedError(msg("这个案件没有上报镇。", "This case was not escalated."))
    event = CaseEvent(
        case_id=case.id,
        kind=EventKind.TOWN_REPLY.value,
        on=on,
        detail=text,
        data=json.dumps({"town": profile.name}, ensure_ascii=False),
        operator=session.operator,
        addressee=village,
        recorded_at=clock.now_iso(),
    )
    values = event.to_record()
    for key in ("id", "owner"):
        values.pop(key)
    with session.db.atomic():
        row = records.insert_record(session.db, EVENTS, values, author=session.author)
    return CaseEvent.from_record(row)


# --- what the detail pane shows ---------------------------------------------------------------


@dataclass
class CaseView:
    """One case as the detail pane shows it."""

    case: Case
    owner: str
    parties: list[Party]
    mediators: list[str]
    events: list[CaseEvent]
    awaiting_reply: bool
    town_replies: int
    read_only: bool
    allowed: list[str]  # action keys the clerk may use now


def masked_id(party: Party) -> str:
    return mask_id_number(party.id_number) if party.id_number else ""


def case_view(session: Session, case_id: str) -> CaseView:
    from sanzhi_desktop.services.mediators import mediator_names

    case = get_case(session, case_id)
    owner = case_owner(session, case.id)
    events = list_events(session, case.id)
    state = replay(case_history(events, owner))
    profile = session.require_profile()
    read_only = owner != profile.code
    allowed: list[str] = []
    if read_only:
        if profile.kind is OfficeKind.TOWN and state.escalated:
            allowed.append("reply")
    else:
        allowed = allowed_actions(case.case_state, awaiting_reply=state.awaiting_reply)
        if case.agreement_form != "written":
            allowed = [a for a in allowed if a != "judicial_confirmation"]
    return CaseView(
        case=case,
        owner=owner,
        parties=list_parties(session, case.id),
        mediators=mediator_names(session, case.mediators),
        events=events,
        awaiting_reply=state.awaiting_reply,
        town_replies=len([e for e in events if e.event_kind is EventKind.TOWN_REPLY]),
        read_only=read_only,
        allowed=allowed,
    )


def allowed_actions(state: CaseState, *, awaiting_reply: bool) -> list[str]:
    """The buttons the detail pane shows for a case of the office's own."""
    by_state: dict[CaseState, list[str]] = {
        CaseState.REGISTERED: ["accept", "refuse", "refer", "rights_notice", "edit"],
        CaseState.ACCEPTED: ["investigation", "session", "rights_notice", "edit"],
        CaseState.INVESTIGATING: ["investigation", "session", "edit"],
        CaseState.MEDIATING: ["session", "investigation", "agreement", "terminate", "edit"],
        CaseState.AGREED: ["follow_up", "judicial_confirmation"],
        CaseState.FOLLOWING_UP: [
            "follow_up",
            "performed",
            "not_performed",
            "judicial_confirmation",
        ],
        CaseState.TERMINATED: ["archive"],
        CaseState.REFUSED: ["archive"],
        CaseState.REFERRED: ["archive"],
        CaseState.PERFORMED: ["archive", "judicial_confirmation"],
        CaseState.NOT_PERFORMED: ["archive", "judicial_confirmation"],
        CaseState.ARCHIVED: [],
    }
    actions = list(by_state[state])
    if can_escalate(state, awaiting_reply=awaiting_reply) is None:
        actions.append("escalate")
    return actions


# --- to-dos -------------------------------------------------------------------------------------


@todo_provider
def mediation_todos(session: Session) -> list[TodoItem]:
    """Cases due within 5 days or past day 30, follow-ups due, escalations to answer."""
    profile = session.profile
    if profile is None:
        return []
    items: list[TodoItem] = []
    day = clock.today()
    if profile.kind is OfficeKind.TOWN:
        for row in list_cases(session):
            view_events = list_events(session, row["id"])
            state = replay(case_history(view_events, row["owner"]))
            if state.awaiting_reply:
                items.append(
                    TodoItem(
                        text=msg(
                            f"村上报的调解案件{row['dossier_no']}等待镇里答复",
                            f"Escalated case {row['dossier_no']} awaits the town's reply",
                        ),
                        urgency=Urgency.WAITING,
                        page="mediation",
                        table=CASES,
                        record_id=row["id"],
                    )
                )
        return items
    running = (CaseState.ACCEPTED, CaseState.INVESTIGATING, CaseState.MEDIATING)
    follow = (CaseState.AGREED, CaseState.FOLLOWING_UP)
    rows = store.cases_in_states(session.db, profile.code, tuple(s.value for s in running + follow))
    for row in rows:
        case = Case.from_record(row)
        flag = deadline_flag(case, day)
        if flag is not Deadline.NONE:
            due = due_date(case.accepted_on)
            assert due is not None
            overdue = flag is Deadline.OVERDUE
            items.append(
                TodoItem(
                    text=msg(
                        f"调解案件{case.dossier_no}（{row['party_names'] or ''}）"
                        + ("已超过30天期限" if overdue else "即将满30天，请尽快调结"),
                        f"Mediation case {case.dossier_no} "
                        + ("is past its 30-day limit" if overdue else "reaches 30 days soon"),
                    ),
                    urgency=Urgency.OVERDUE if overdue else Urgency.DUE_SOON,
                    page="mediation",
                    table=CASES,
                    record_id=case.id,
                    due=due.isoformat(),
                )
            )
        visit = follow_up_flag(case, day)
        if visit is not Deadline.NONE:
            items.append(
                TodoItem(
                    text=msg(
                        f"调解案件{case.dossier_no}待回访",
                        f"Follow-up visit of {case.dossier_no}",
                    ),
                    urgency=Urgency.OVERDUE if visit is Deadline.OVERDUE else Urgency.DUE_SOON,
                    page="mediation",
                    table=CASES,
                    record_id=case.id,
                    due=case.follow_up_due,
                )
            )
    return items
