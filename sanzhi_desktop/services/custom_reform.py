"""移风易俗: the 红白理事会's register of weddings and funerals, checked against limits.

Registering an event compares its scale with the village's limits
(:class:`~sanzhi_desktop.domain.custom_reform.CustomLimits`, a setting the
clerk copies from the 村规民约; the plan's common figures by default). An
event over a limit carries a finding that stays a to-do until the council
handles it — 劝导, 批评教育, or a black-list entry made through the red/black
board's own workflow (reported here, then verified, reviewed and posted there).
The 彩礼 amount is kept for the council and never printed on a public sheet.
"""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.custom_reform import (
    HANDLINGS,
    CustomEvent,
    CustomLimits,
    excesses,
    limits_errors,
    validate_event,
    validate_handling,
)
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.red_black import BoardEntry
from sanzhi_desktop.services import red_black
from sanzhi_desktop.services.moral_common import who
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import civic, clock, office, records

EVENTS = "custom_events"
LIMITS_KEY = "custom_reform_limits"
#: The red/black board's category for an entry made from a finding.
BLACK_CATEGORY = "大操大办"


def limits(session: Session) -> CustomLimits:
    """The village's limits: the setting, or the defaults where it is missing or spoilt."""
    stored = office.get_setting(session.conn, LIMITS_KEY, None)
    if not isinstance(stored, dict):
        return CustomLimits()
    try:
        value = CustomLimits(**{k: v for k, v in stored.items() if k in CustomLimits().as_dict()})
    except TypeError:
        return CustomLimits()
    return CustomLimits() if limits_errors(value) else value


def set_limits(session: Session, value: CustomLimits) -> None:
    session.require_village("红白事限额", "limits for weddings and funerals")
    if errors := limits_errors(value):
        raise ValidationError(errors)
    with session.db.atomic():
        office.set_setting(session.db, LIMITS_KEY, value.as_dict())


def list_events(
    session: Session,
    *,
    year: int | None = None,
    open_findings_only: bool = False,
    owner: str | None = None,
) -> list[CustomEvent]:
    where, params = [], []
    if year is not None:
        where.append("held_on LIKE ?")
        params.append(f"{year:04d}-%")
    if open_findings_only:
        where.append("finding != '' AND handling = ''")
    rows = civic.live_rows(
        session.db,
        EVENTS,
        owner=owner or session.require_profile().code,
        where=" AND ".join(where),
        params=params,
        order="held_on DESC, rev DESC",
    )
    return [CustomEvent.from_record(r) for r in rows]


def get_event(session: Session, event_id: str) -> CustomEvent:
    return CustomEvent.from_record(records.get_record(session.db, EVENTS, event_id))


def register_event(session: Session, event: CustomEvent) -> CustomEvent:
    """Register a wedding or funeral; over a limit, it carries the finding to handle."""
    session.require_village("红白事登记", "the weddings and funerals register")
    event = replace(
        event.cleaned(),
        finding="",
        handling="",
        handled_on="",
        handled_note="",
        red_black_entry_id="",
    )
    errors: list[FieldError] = []
    if event.household_id:
        try:
            named = who(session, event.household_id)
        except ValidationError as err:
            errors += err.errors
        else:
            event = replace(event, head_name=named.head_name, group_no=named.group_no)
    errors += [
        e
        for e in validate_event(event, today=clock.today_iso())
        if e.field not in {x.field for x in errors}
    ]
    if errors:
        raise ValidationError(errors)
    event = replace(event, finding="；".join(excesses(event, limits(session))))
    values = event.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, EVENTS, values, author=session.author)
    return CustomEvent.from_record(row)


def handle_finding(
    session: Session,
    event_id: str,
    *,
    handling: str,
    note: str,
    on: str = "",
    clause_id: str = "",
    deadline: str = "",
) -> CustomEvent:
    """The council handled an over-limit finding: 劝导 or 批评教育, or a black-list entry.

    ``black_list`` reports a black-board entry about the household (category
    大操大办, the finding as its problem, ``note`` as the rectification, citing
    ``clause_id`` with ``deadline``) into the red/black workflow, whose own
    checks apply; the entry id is kept on the event so either side leads to
    the other.
    """
    session.require_village("红白事登记", "the weddings and funerals register")
    on = on.strip() or clock.today_iso()
    event = get_event(session, event_id)
    session.require_own_record(str(records.get_record(session.db, EVENTS, event_id)["owner"]))
    if not event.finding:
        raise RefusedError(
            msg("这件红白事没有超出限额，无需处理", "This event is within the limits")
        )
    if event.handling:
        raise RefusedError(
            msg(
                f"这件红白事已于{event.handled_on}处理（{HANDLINGS.get(event.handling, '')}）",
                "This finding was already handled",
            )
        )
    if errors := validate_handling(handling, note.strip(), on, today=clock.today_iso()):
        raise ValidationError(errors)
    with session.db.atomic():
        entry_id = ""
        if handling == "black_list":
            entry = red_black.report_entry(
                session,
                BoardEntry(
                    board="black",
                    household_id=event.household_id,
                    name=event.head_name,
                    group_no=event.group_no,
                    category=BLACK_CATEGORY,
                    deed=f"{event.kind_label}{event.finding}"[:200],
                    evidence=f"{event.held_on}{event.kind_label}（红白事登记）",
                    clause_id=clause_id,
                    requirement=note.strip(),
                    deadline=deadline,
                    reported_date=on,
                ),
            )
            entry_id = entry.id
        row = records.update_record(
            session.db,
            EVENTS,
            event_id,
            {
                "handling": handling,
                "handled_on": on,
                "handled_note": note.strip(),
                "red_black_entry_id": entry_id,
            },
            author=session.author,
        )
    return CustomEvent.from_record(row)


@todo_provider
def custom_reform_todos(session: Session) -> list[TodoItem]:
    if session.profile is None or session.profile.kind is not OfficeKind.VILLAGE:
        return []
    return [
        TodoItem(
            text=msg(
                f"移风易俗：{e.head_name}家{e.kind_label}超出限额，待红白理事会处理",
                f"{e.head_name}'s {e.kind} exceeded the limits: to be handled",
            ),
            urgency=Urgency.DUE_SOON,
            page="civic",
            table=EVENTS,
            record_id=e.id,
            due=e.held_on,
        )
        for e in list_events(session, open_findings_only=True)
    ]
