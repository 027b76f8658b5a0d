"""普法: the activities a village records and the town's 普法责任清单 they fulfil.

The default list ships in ``resources/law/duty_list.json``. A town replaces it
for its villages by writing its own rows (owner = the town code, addressee
'*'), which travel in the town's sync file; when such rows exist they are the
list, whole. A duty is done for a period by an activity recorded against it
in that period; what is due soon or overdue is a to-do.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.law_duties import (
    Activity,
    Duty,
    DutyState,
    DutyStatus,
    duty_statuses,
    validate_activity,
    validate_duties,
)
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.resource_files import resource_path
from sanzhi_desktop.services import law
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import law as store
from sanzhi_desktop.storage import records

ACTIVITIES = "law_activities"
DUTIES = "law_duties"


@cache
def default_duties() -> tuple[Duty, ...]:
    data = json.loads(resource_path("law", "duty_list.json").read_text("utf-8"))
    return tuple(
        Duty.from_record({**row, "sort_order": index}) for index, row in enumerate(data["items"])
    )


def read_duty_file(path: Path) -> list[Duty]:
    """A duty list in the default's JSON shape (``{"items": [{code, duty, …}]}``)."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
        items = data["items"] if isinstance(data, dict) else data
        return [
            Duty(
                code=str(row["code"]),
                duty=str(row["duty"]),
                audience=str(row.get("audience", "")),
                frequency=str(row.get("frequency", "yearly")),
                basis=str(row.get("basis", "")),
            )
            for row in items
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValidationError(
            [
                FieldError(
                    "file",
                    msg(
                        "清单文件格式不对：应为JSON，含items列表，每项有code和duty",
                        "The file must be JSON with an items list of {code, duty, …}",
                    ),
                )
            ]
        ) from exc


def duty_list(session: Session) -> list[Duty]:
    """The town's list when it sent one, else the default."""
    profile = session.require_profile()
    if profile.kind is OfficeKind.TOWN:
        rows = store.town_duty_rows(session.db, profile.code)
    else:
        rows = store.duty_rows(session.db, town_code=profile.town_code, village_code=profile.code)
    if rows:
        return [Duty.from_record(r) for r in rows]
    return list(default_duties())


def replace_town_duties(session: Session, duties: list[Duty]) -> int:
    """A town writes its 普法责任清单 for all its villages (replacing its previous one)."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(
            msg("只有镇（乡）可以下发普法责任清单。", "Only a town sets the duty list.")
        )
    duties = [
        replace(d, code=clean_code(d.code), duty=clean(d.duty), audience=clean(d.audience))
        for d in duties
    ]
    if errors := validate_duties(duties):
        raise ValidationError(errors)
    with session.db.atomic():
        for row in store.town_duty_rows(session.db, profile.code):
            records.delete_record(session.db, DUTIES, row["id"], author=session.author)
        for index, duty in enumerate(duties):
            values = {**duty.to_record(), "sort_order": index, "addressee": "*"}
            records.insert_record(session.db, DUTIES, values, author=session.author)
    return len(duties)


# --- activities ------------------------------------------------------------------------


def list_activities(
    session: Session, *, year: int | None = None, owner: str | None = None
) -> list[Activity]:
    owner = owner or session.author.owner
    return [Activity.from_record(r) for r in store.list_activities(session.db, owner, year=year)]


def _checked(session: Session, activity: Activity) -> Activity:
    activity = activity.cleaned()
    if errors := validate_activity(activity, {d.code for d in duty_list(session)}):
        raise ValidationError(errors)
    return activity


def record_activity(session: Session, activity: Activity) -> Activity:
    """Record a 普法 activity (and the duty of the list it fulfils, if any)."""
    session.require_village("普法活动", "publicity activities")
    activity = _checked(session, activity)
    values = activity.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, ACTIVITIES, values, author=session.author)
    return Activity.from_record(row)


def update_activity(session: Session, activity: Activity) -> Activity:
    with session.db.atomic():
        current = records.get_record(session.db, ACTIVITIES, activity.id)
        session.require_own_record(current["owner"])
        activity = replace(_checked(session, activity), id=activity.id)
        row = records.update_record(
            session.db, ACTIVITIES, activity.id, activity.to_record(), author=session.author
        )
    return Activity.from_record(row)


def delete_activity(session: Session, activity_id: str) -> None:
    with session.db.atomic():
        session.require_own_record(records.get_record(session.db, ACTIVITIES, activity_id)["owner"])
        records.delete_record(session.db, ACTIVITIES, activity_id, author=session.author)


# --- the duty list's state ----------------------------------------------------------------


def duty_status(
    session: Session, year: int, *, today: date | None = None, owner: str | None = None
) -> list[DutyStatus]:
    """Every duty's periods of ``year`` begun by ``today``: done, open, due soon, overdue.

    A village is not blamed for periods that ended before it was set up here.
    """
    today = today or law.today()
    owner = owner or session.author.owner
    done: dict[str, list[str]] = {}
    for activity in list_activities(session, year=year, owner=owner):
        if activity.duty_code:
            done.setdefault(activity.duty_code, []).append(activity.held_on)
    return duty_statuses(
        duty_list(session), done, year, today, since=_keeping_since(session, owner)
    )


def _keeping_since(session: Session, owner: str) -> date | None:
    """When the village started keeping this ledger: set-up day or its first activity."""
    profile = session.require_profile()
    first = [a.held_on for a in list_activities(session, owner=owner)[:1]]
    dates = [*first, profile.created_at[:10] if owner == profile.code else ""]
    valid = [date.fromisoformat(d) for d in dates if d]
    return min(valid) if valid else None


@todo_provider
def duty_todos(session: Session) -> list[TodoItem]:
    if session.profile is None or session.profile.kind is not OfficeKind.VILLAGE:
        return []
    if not law.keeps_ledger(session):
        return []
    today = law.today()
    items = []
    statuses = [
        *duty_status(session, today.year - 1, today=today),
        *duty_status(session, today.year, today=today),
    ]
    for status in statuses:
        if status.state not in (DutyState.OVERDUE, DutyState.DUE_SOON):
            continue
        items.append(
            TodoItem(
                text=status.text,
                urgency=Urgency.OVERDUE if status.state is DutyState.OVERDUE else Urgency.DUE_SOON,
                page="law",
                table=DUTIES,
                due=status.due.isoformat(),
            )
        )
    return items
