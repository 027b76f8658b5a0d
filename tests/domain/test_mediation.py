"""The mediation lifecycle: every allowed step, every forbidden one refused, deadlines."""

from datetime import date

import pytest

from sanzhi_desktop.domain.dossier import format_dossier_no, next_seq, parse_dossier_no
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.mediation import (
    LIFECYCLE_EVENTS,
    TRANSITIONS,
    Case,
    CaseEvent,
    CaseState,
    Deadline,
    EventKind,
    Party,
    can_escalate,
    deadline_flag,
    due_date,
    follow_up_flag,
    next_state,
    replay,
    validate_parties,
)

ALL_EVENTS = sorted(LIFECYCLE_EVENTS)


@pytest.mark.parametrize("state", list(CaseState))
@pytest.mark.parametrize("kind", ALL_EVENTS)
def test_every_transition_is_allowed_or_refused(state: CaseState, kind: EventKind) -> None:
    allowed = TRANSITIONS[state]
    if kind in allowed:
        assert next_state(state, kind) is allowed[kind]
    else:
        with pytest.raises(RefusedError) as info:
            next_state(state, kind)
        # The refusal names the state the case is in and the step that was asked for.
        assert state.label in str(info.value) and kind.label in str(info.value)


def test_the_forbidden_transitions_that_matter_most() -> None:
    refused = [
        (CaseState.REGISTERED, EventKind.AGREED),  # no agreement before acceptance
        (CaseState.REFUSED, EventKind.ACCEPTED),  # a refusal is final
        (CaseState.ACCEPTED, EventKind.AGREED),  # no agreement without mediating
        (CaseState.MEDIATING, EventKind.ARCHIVED),  # no archive of a running case
        (CaseState.AGREED, EventKind.PERFORMED),  # performance is checked by a visit
        (CaseState.TERMINATED, EventKind.FOLLOW_UP),  # nothing to follow up
        (CaseState.ARCHIVED, EventKind.ACCEPTED),  # archived is closed
        (CaseState.ARCHIVED, EventKind.ARCHIVED),
    ]
    for state, kind in refused:
        with pytest.raises(RefusedError):
            next_state(state, kind)


def ev(kind: EventKind, on: str, **data: str) -> CaseEvent:
    import json

    return CaseEvent(case_id="c", kind=kind.value, on=on, data=json.dumps(data))


def test_replay_folds_events_and_refuses_a_bad_history() -> None:
    history = [
        ev(EventKind.REGISTERED, "2026-01-02"),
        ev(EventKind.ACCEPTED, "2026-01-03"),
        ev(EventKind.ESCALATED, "2026-01-04"),
        ev(EventKind.MEDIATION_STARTED, "2026-01-05"),
        ev(EventKind.AGREED, "2026-01-09", form="oral"),
    ]
    result = replay(history)
    assert result.state is CaseState.AGREED
    assert (result.accepted_on, result.settled_on) == ("2026-01-03", "2026-01-09")
    assert result.agreement_form == "oral" and result.escalated and result.awaiting_reply
    result = replay([*history, ev(EventKind.TOWN_REPLY, "2026-01-10")])
    assert not result.awaiting_reply and len(result.town_replies) == 1
    with pytest.raises(RefusedError):
        replay([ev(EventKind.REGISTERED, "2026-01-02"), ev(EventKind.AGREED, "2026-01-03")])


def test_escalation_is_open_only_and_once_per_reply() -> None:
    assert can_escalate(CaseState.MEDIATING, awaiting_reply=False) is None
    assert can_escalate(CaseState.TERMINATED, awaiting_reply=False) is None
    assert can_escalate(CaseState.MEDIATING, awaiting_reply=True) is not None
    for closed in (CaseState.ARCHIVED, CaseState.REFUSED, CaseState.REFERRED):
        assert can_escalate(closed, awaiting_reply=False) is not None


def running(accepted_on: str, state: CaseState = CaseState.MEDIATING) -> Case:
    return Case(
        source="当事人申请",
        dispute_type="邻里",
        summary="x",
        registered_on=accepted_on,
        accepted_on=accepted_on,
        state=state.value,
    )


def test_thirty_days_across_month_ends() -> None:
    # Accepted on 31 January: day 30 is 2 March in 2026 (February has 28 days) …
    assert due_date("2026-01-31") == date(2026, 3, 2)
    # … and 1 March in the leap year 2028.
    assert due_date("2028-01-31") == date(2028, 3, 1)
    assert due_date("2026-12-15") == date(2027, 1, 14)  # across the year end
    case = running("2026-01-31")
    assert deadline_flag(case, date(2026, 2, 24)) is Deadline.NONE
    assert deadline_flag(case, date(2026, 2, 25)) is Deadline.DUE_SOON  # 5 days before
    assert deadline_flag(case, date(2026, 3, 2)) is Deadline.DUE_SOON  # the last day
    assert deadline_flag(case, date(2026, 3, 3)) is Deadline.OVERDUE
    # A settled or not-yet-accepted case has no running limit.
    assert deadline_flag(running("2026-01-31", CaseState.AGREED), date(2026, 6, 1)) is (
        Deadline.NONE
    )
    assert deadline_flag(running("", CaseState.REGISTERED), date(2026, 6, 1)) is Deadline.NONE


def test_follow_up_flag() -> None:
    case = running("2026-01-01", CaseState.AGREED)
    case.follow_up_due = "2026-02-01"
    assert follow_up_flag(case, date(2026, 1, 20)) is Deadline.NONE
    assert follow_up_flag(case, date(2026, 1, 28)) is Deadline.DUE_SOON
    assert follow_up_flag(case, date(2026, 2, 2)) is Deadline.OVERDUE
    case.follow_up_due = ""
    assert follow_up_flag(case, date(2026, 2, 2)) is Deadline.NONE


def test_parties_need_two_sides_and_representatives() -> None:
    one = [Party(case_id="", role="申请人", kind="outsider", name="张三")]
    assert validate_parties(one)
    org = Party(case_id="", role="被申请人", kind="organisation", name="某公司")
    errors = validate_parties([one[0], org])
    assert any("法定代表人" in e.message for e in errors)
    org.representative = "李四"
    assert validate_parties([one[0], org]) == []
    roster = Party(case_id="", role="申请人", kind="person", name="王五")
    assert any("村民档案" in e.message for e in validate_parties([roster, org]))


def test_dossier_numbers() -> None:
    assert format_dossier_no(2026, "小营", 12) == "(2026)小营人调字第12号"
    parsed = parse_dossier_no("（2026）小营人调字第12号")
    assert parsed is not None and (parsed.year, parsed.short_name, parsed.seq) == (2026, "小营", 12)
    assert parse_dossier_no("2026-12") is None
    assert next_seq([]) == 1 and next_seq([1, 2, 5]) == 6
