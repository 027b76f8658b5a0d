"""人民调解: a mediation case, its states and the events that move it.

The life of a case (人民调解法; GLOSSARY "People's mediation")::

    registered → accepted | refused | referred
    accepted → investigating → mediating   (accepted → mediating when nothing needs investigating)
    mediating → agreed (written | oral) | terminated
    agreed → following_up (a visit; more visits keep it there) → performed | not_performed
    refused | referred | terminated | performed | not_performed → archived

Decisions:

- The events are the truth: an append-only list of (kind, date, who, what).
  The case row keeps the resulting state and a few dates as a cache so lists
  and deadlines need no replay; the service writes both in one transaction.
- :data:`TRANSITIONS` is the whole table; anything it does not name is refused
  with a sentence that says what the case is waiting for, not a code.
- Escalation to the town (上报镇) is not a state: a case keeps its step while
  the town looks at it, can be escalated at any open step, and once more only
  after the town answered. The town's replies are events of the town's own
  (owner = town code, addressee = the village), so they never conflict with
  the village's rows when they meet in sync.
- The time limit (人民调解工作若干规定 art. 33) is 30 days from acceptance;
  "settled" means an agreement or a termination was reached.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sanzhi_desktop.domain.errors import FieldError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean

#: Days from acceptance within which a case should be settled.
TIME_LIMIT_DAYS = 30
#: A case is "due soon" this many days before its limit.
DUE_SOON_DAYS = 5
#: The first follow-up visit is due this many days after the agreement.
FOLLOW_UP_DAYS = 15
#: Largest amount a clerk can type (10 亿元), to catch a slip of the finger.
MAX_AMOUNT_FEN = 100_000_000_000

SOURCES = ("当事人申请", "调委会主动调解", "公安移交", "法院委托", "政府指定")
PARTY_ROLES = ("申请人", "被申请人", "第三人")
PARTY_KINDS = ("person", "outsider", "organisation")
TERMINATION_ROUTES = ("仲裁", "行政处理", "向人民法院起诉")


class CaseState(StrEnum):
    REGISTERED = "registered"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    REFERRED = "referred"
    INVESTIGATING = "investigating"
    MEDIATING = "mediating"
    AGREED = "agreed"
    TERMINATED = "terminated"
    FOLLOWING_UP = "following_up"
    PERFORMED = "performed"
    NOT_PERFORMED = "not_performed"
    ARCHIVED = "archived"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS: dict[CaseState, str] = {
    CaseState.REGISTERED: "已登记",
    CaseState.ACCEPTED: "已受理",
    CaseState.REFUSED: "不予受理",
    CaseState.REFERRED: "已移交",
    CaseState.INVESTIGATING: "调查中",
    CaseState.MEDIATING: "调解中",
    CaseState.AGREED: "已达成协议",
    CaseState.TERMINATED: "调解终止",
    CaseState.FOLLOWING_UP: "回访中",
    CaseState.PERFORMED: "已履行",
    CaseState.NOT_PERFORMED: "未履行",
    CaseState.ARCHIVED: "已归档",
}


class EventKind(StrEnum):
    REGISTERED = "registered"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    REFERRED = "referred"
    INVESTIGATION_STARTED = "investigation_started"
    MEDIATION_STARTED = "mediation_started"
    AGREED = "agreed"
    TERMINATED = "terminated"
    FOLLOW_UP = "follow_up"
    PERFORMED = "performed"
    NOT_PERFORMED = "not_performed"
    ARCHIVED = "archived"
    ESCALATED = "escalated"
    TOWN_REPLY = "town_reply"
    NOTE = "note"

    @property
    def label(self) -> str:
        return EVENT_LABELS[self]


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.REGISTERED: "登记",
    EventKind.ACCEPTED: "受理",
    EventKind.REFUSED: "不予受理",
    EventKind.REFERRED: "移交",
    EventKind.INVESTIGATION_STARTED: "开始调查",
    EventKind.MEDIATION_STARTED: "开始调解",
    EventKind.AGREED: "达成协议",
    EventKind.TERMINATED: "终止调解",
    EventKind.FOLLOW_UP: "回访",
    EventKind.PERFORMED: "确认已履行",
    EventKind.NOT_PERFORMED: "确认未履行",
    EventKind.ARCHIVED: "归档",
    EventKind.ESCALATED: "上报镇",
    EventKind.TOWN_REPLY: "镇回复",
    EventKind.NOTE: "备注",
}

S, E = CaseState, EventKind

#: state → {event → next state}. Everything not listed is refused.
TRANSITIONS: dict[CaseState, dict[EventKind, CaseState]] = {
    S.REGISTERED: {E.ACCEPTED: S.ACCEPTED, E.REFUSED: S.REFUSED, E.REFERRED: S.REFERRED},
    S.ACCEPTED: {E.INVESTIGATION_STARTED: S.INVESTIGATING, E.MEDIATION_STARTED: S.MEDIATING},
    S.INVESTIGATING: {E.MEDIATION_STARTED: S.MEDIATING},
    S.MEDIATING: {E.AGREED: S.AGREED, E.TERMINATED: S.TERMINATED},
    S.AGREED: {E.FOLLOW_UP: S.FOLLOWING_UP},
    S.FOLLOWING_UP: {
        E.FOLLOW_UP: S.FOLLOWING_UP,
        E.PERFORMED: S.PERFORMED,
        E.NOT_PERFORMED: S.NOT_PERFORMED,
    },
    S.REFUSED: {E.ARCHIVED: S.ARCHIVED},
    S.REFERRED: {E.ARCHIVED: S.ARCHIVED},
    S.TERMINATED: {E.ARCHIVED: S.ARCHIVED},
    S.PERFORMED: {E.ARCHIVED: S.ARCHIVED},
    S.NOT_PERFORMED: {E.ARCHIVED: S.ARCHIVED},
    S.ARCHIVED: {},
}

#: Events that move a case along (the others — escalation, replies, notes — do not).
LIFECYCLE_EVENTS = frozenset(kind for moves in TRANSITIONS.values() for kind in moves)

#: States in which the village is done with the case (no escalation, no deadline).
CLOSED_STATES = frozenset({S.REFUSED, S.REFERRED, S.ARCHIVED})
#: States in which the case still runs against the 30-day limit.
RUNNING_STATES = frozenset({S.ACCEPTED, S.INVESTIGATING, S.MEDIATING})
#: States reached once mediation ended with an agreement.
AGREED_STATES = frozenset({S.AGREED, S.FOLLOWING_UP, S.PERFORMED, S.NOT_PERFORMED})

#: The main line shown as a row of steps in the detail pane.
MAIN_STEPS: tuple[CaseState, ...] = (
    S.REGISTERED,
    S.ACCEPTED,
    S.INVESTIGATING,
    S.MEDIATING,
    S.AGREED,
    S.FOLLOWING_UP,
    S.PERFORMED,
    S.ARCHIVED,
)

#: Short names for the row of steps (the full labels are too wide for the detail pane).
STEP_LABELS: dict[CaseState, str] = {
    S.REGISTERED: "登记",
    S.ACCEPTED: "受理",
    S.INVESTIGATING: "调查",
    S.MEDIATING: "调解",
    S.AGREED: "协议",
    S.FOLLOWING_UP: "回访",
    S.PERFORMED: "履行",
    S.ARCHIVED: "归档",
}

_WAITING_FOR: dict[CaseState, str] = {
    S.REGISTERED: "等待决定是否受理",
    S.ACCEPTED: "已受理，下一步是调查或调解",
    S.INVESTIGATING: "正在调查，下一步是调解",
    S.MEDIATING: "正在调解，下一步是达成协议或终止调解",
    S.AGREED: "已达成协议，下一步是回访",
    S.FOLLOWING_UP: "正在回访，下一步是确认是否履行",
    S.REFUSED: "已不予受理，只能归档",
    S.REFERRED: "已移交，只能归档",
    S.TERMINATED: "调解已终止，只能归档",
    S.PERFORMED: "协议已履行，只能归档",
    S.NOT_PERFORMED: "协议未履行，只能归档",
    S.ARCHIVED: "已归档，不能再改动",
}


def next_state(state: CaseState, kind: EventKind) -> CaseState:
    """The state after ``kind`` happens in ``state``; :class:`RefusedError` if it can't."""
    moves = TRANSITIONS[state]
    if kind not in moves:
        raise RefusedError(
            msg(
                f"案件当前为“{state.label}”（{_WAITING_FOR[state]}），不能“{kind.label}”。",
                f"A case that is {state.value} cannot be {kind.value}.",
            )
        )
    return moves[kind]


def allowed_events(state: CaseState) -> list[EventKind]:
    """The lifecycle events allowed now (for showing only the actions that can be used)."""
    return list(TRANSITIONS[state])


def step_index(state: CaseState) -> int:
    """Where ``state`` sits on :data:`MAIN_STEPS` (side branches sit at their main step)."""
    side = {
        S.REFUSED: 1,
        S.REFERRED: 1,
        S.TERMINATED: 4,
        S.NOT_PERFORMED: 6,
    }
    if state in side:
        return side[state]
    if state is S.ARCHIVED:
        return len(MAIN_STEPS)
    return MAIN_STEPS.index(state)


# --- records --------------------------------------------------------------------------


@dataclass
class Case(Record):
    """A mediation case (one dossier). ``state`` and the dates are a cache of its events."""

    source: str
    dispute_type: str
    summary: str
    registered_on: str
    amount_fen: int = 0
    people_involved: int = 0
    crime_risk: int = 0  # 防止民转刑: a dispute that could have turned criminal
    petition_risk: int = 0  # 防止群体性上访: a dispute that could have led to a mass petition
    mediator_ids: str = "[]"  # JSON list of mediator ids
    dossier_year: int = 0
    dossier_seq: int = 0
    dossier_no: str = ""
    state: str = CaseState.REGISTERED.value
    accepted_on: str = ""
    settled_on: str = ""
    agreement_form: str = ""  # "written" | "oral" | ""
    follow_up_due: str = ""
    escalated: int = 0
    id: str = ""

    @property
    def case_state(self) -> CaseState:
        return CaseState(self.state)

    @property
    def mediators(self) -> list[str]:
        value = json.loads(self.mediator_ids or "[]")
        return [str(v) for v in value] if isinstance(value, list) else []

    def cleaned(self) -> Case:
        return Case(
            **{
                **self.to_record(),
                "source": clean(self.source),
                "dispute_type": clean(self.dispute_type),
                "summary": clean(self.summary),
                "registered_on": clean(self.registered_on),
            }
        )


@dataclass
class Party(Record):
    """One side of a dispute: a villager from the roster, an outsider or an organisation.

    A roster villager is referred to by ``person_id``; the name is kept as a
    snapshot so the dossier still reads right after a roster change. Outsiders'
    details live here (they are not in the roster); an organisation names its
    representative.
    """

    case_id: str
    role: str
    kind: str
    name: str
    person_id: str = ""
    sex: str = ""
    ethnicity: str = ""
    birth_date: str = ""
    occupation: str = ""
    address: str = ""
    phone: str = ""
    id_number: str = ""
    representative: str = ""
    seq: int = 0
    id: str = ""

    def cleaned(self) -> Party:
        values: dict[str, Any] = {
            k: clean(v) if isinstance(v, str) else v for k, v in self.to_record().items()
        }
        return Party(**values)


@dataclass
class CaseEvent(Record):
    """One thing that happened to a case; ``data`` is JSON (reason, routes, form…)."""

    case_id: str
    kind: str
    on: str
    detail: str = ""
    data: str = "{}"
    operator: str = ""
    addressee: str = ""
    owner: str = ""
    recorded_at: str = ""
    id: str = ""

    @property
    def event_kind(self) -> EventKind:
        return EventKind(self.kind)

    @property
    def values(self) -> dict[str, Any]:
        value = json.loads(self.data or "{}")
        return value if isinstance(value, dict) else {}


@dataclass
class Mediator(Record):
    """A member of the village mediation committee (调委会)."""

    name: str
    role: str = "调解员"
    phone: str = ""
    active: int = 1
    id: str = ""


MEDIATOR_ROLES = ("主任", "副主任", "委员", "调解员")


# --- validation ---------------------------------------------------------------------

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: str) -> date | None:
    if not _ISO.match(value or ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def date_error(value: str, *, required: bool = True, today: date | None = None) -> str | None:
    """Why ``value`` is not an acceptable ISO date (not in the future), or None."""
    if not value:
        return msg("请填写日期（如2026-11-28）", "Enter a date (2026-11-28)") if required else None
    day = parse_date(value)
    if day is None:
        return msg("日期应写成2026-11-28的格式", "Write the date as 2026-11-28")
    if day > (today or date.today()):
        return msg("日期不能晚于今天", "The date is in the future")
    return None


def validate_case(
    case: Case, *, dispute_types: Sequence[str], today: date | None = None
) -> list[FieldError]:
    errors: list[FieldError] = []
    if case.source not in SOURCES:
        errors.append(FieldError("source", msg("请选择案件来源", "Choose the source")))
    if case.dispute_type not in dispute_types:
        errors.append(FieldError("dispute_type", msg("请选择纠纷类型", "Choose the dispute type")))
    if not case.summary:
        errors.append(FieldError("summary", msg("请简要写明纠纷情况", "Describe the dispute")))
    elif len(case.summary) > 2000:
        errors.append(FieldError("summary", msg("简要案情最多2000字", "At most 2000 characters")))
    if err := date_error(case.registered_on, today=today):
        errors.append(FieldError("registered_on", err))
    if not isinstance(case.amount_fen, int) or not 0 <= case.amount_fen <= MAX_AMOUNT_FEN:
        errors.append(
            FieldError(
                "amount_fen", msg("涉及金额应为0到10亿元之间", "Amount must be 0 to 1,000,000,000")
            )
        )
    if not isinstance(case.people_involved, int) or not 0 <= case.people_involved <= 100_000:
        errors.append(FieldError("people_involved", msg("涉及人数不对", "Bad number of people")))
    if not case.mediators:
        errors.append(FieldError("mediators", msg("请至少选择一名调解员", "Choose a mediator")))
    return errors


def validate_parties(parties: Sequence[Party]) -> list[FieldError]:
    """At least two sides, each named; organisations need a representative."""
    errors: list[FieldError] = []
    if len(parties) < 2:
        errors.append(
            FieldError("parties", msg("纠纷至少要有两方当事人", "A dispute needs two parties"))
        )
    for n, party in enumerate(parties, start=1):
        if party.kind not in PARTY_KINDS:
            errors.append(FieldError("parties", msg(f"第{n}位当事人类型不对", f"Party {n}: kind")))
        if not party.name:
            errors.append(
                FieldError("parties", msg(f"第{n}位当事人没有姓名", f"Party {n}: enter the name"))
            )
        if party.role not in PARTY_ROLES:
            errors.append(
                FieldError("parties", msg(f"第{n}位当事人的身份不对", f"Party {n}: choose a role"))
            )
        if party.kind == "person" and not party.person_id:
            errors.append(
                FieldError(
                    "parties",
                    msg(f"第{n}位当事人请从村民档案中选择", f"Party {n}: pick from the roster"),
                )
            )
        if party.kind == "organisation" and not party.representative:
            errors.append(
                FieldError(
                    "parties",
                    msg(
                        f"单位当事人“{party.name}”请填写法定代表人或负责人",
                        f"Organisation {party.name}: enter its representative",
                    ),
                )
            )
    roles = {p.role for p in parties}
    if parties and len(parties) >= 2 and roles == {"第三人"}:
        errors.append(FieldError("parties", msg("当事人不能都是第三人", "Not all third parties")))
    return errors


def reason_error(text: str, what: str, what_en: str) -> str | None:
    if not clean(text):
        return msg(f"请填写{what}", f"Enter the {what_en}")
    return None


# --- deadlines ----------------------------------------------------------------------


def due_date(accepted_on: str) -> date | None:
    """The day by which a case accepted on ``accepted_on`` should be settled."""
    accepted = parse_date(accepted_on)
    return accepted + timedelta(days=TIME_LIMIT_DAYS) if accepted else None


class Deadline(StrEnum):
    NONE = "none"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def deadline_flag(case: Case, today: date) -> Deadline:
    """Overdue after day 30 of a running case, due soon within its last 5 days."""
    if case.case_state not in RUNNING_STATES:
        return Deadline.NONE
    due = due_date(case.accepted_on)
    if due is None:
        return Deadline.NONE
    if today > due:
        return Deadline.OVERDUE
    if today >= due - timedelta(days=DUE_SOON_DAYS):
        return Deadline.DUE_SOON
    return Deadline.NONE


def follow_up_flag(case: Case, today: date) -> Deadline:
    """A follow-up visit is due (or late) on ``follow_up_due`` of an agreed case."""
    if case.case_state not in (S.AGREED, S.FOLLOWING_UP):
        return Deadline.NONE
    due = parse_date(case.follow_up_due)
    if due is None:
        return Deadline.NONE
    if today > due:
        return Deadline.OVERDUE
    if today >= due - timedelta(days=DUE_SOON_DAYS):
        return Deadline.DUE_SOON
    return Deadline.NONE


# --- replay ---------------------------------------------------------------------------


@dataclass
class Replay:
    """What a list of events adds up to (the case row's cache, recomputed)."""

    state: CaseState = CaseState.REGISTERED
    accepted_on: str = ""
    settled_on: str = ""
    agreement_form: str = ""
    escalated: bool = False
    awaiting_reply: bool = False
    town_replies: list[CaseEvent] = field(default_factory=list)


def replay(events: Iterable[CaseEvent]) -> Replay:
    """Fold events (in order) into a state; a forbidden step raises :class:`RefusedError`."""
    result = Replay()
    for event in events:
        kind = event.event_kind
        if kind is E.REGISTERED:
            continue
        if kind in LIFECYCLE_EVENTS:
            result.state = next_state(result.state, kind)
            if kind is E.ACCEPTED:
                result.accepted_on = event.on
            elif kind in (E.AGREED, E.TERMINATED):
                result.settled_on = event.on
                if kind is E.AGREED:
                    result.agreement_form = str(event.values.get("form", ""))
        elif kind is E.ESCALATED:
            result.escalated = True
            result.awaiting_reply = True
        elif kind is E.TOWN_REPLY:
            result.town_replies.append(event)
            result.awaiting_reply = False
    return result


def can_escalate(state: CaseState, *, awaiting_reply: bool) -> str | None:
    """Why the case cannot be escalated now, or None."""
    if state in CLOSED_STATES:
        return msg(
            f"案件已“{state.label}”，不能再上报镇。", f"A {state.value} case cannot be escalated."
        )
    if awaiting_reply:
        return msg(
            "这个案件已上报镇，正在等待镇里答复，答复后才能再次上报。",
            "Already escalated; wait for the town's reply.",
        )
    return None
