"""问题墙+回音壁: record a villager's problem, assign it, answer it, post the answer.

Each step is a function; the status only moves forward (raised → assigned →
answered → posted). Overdue items (deadline passed, no feedback) are to-dos.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sanzhi_desktop.domain import issue_wall as rules
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.issue_wall import IssueItem, IssueStatus
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.text import clean
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import boards as store
from sanzhi_desktop.storage import clock, records

TABLE = "issue_wall"


def _check(item: IssueItem) -> IssueItem:
    item = replace(
        item,
        content=clean(item.content),
        raised_by=clean(item.raised_by),
        responsible=clean(item.responsible),
        measures=clean(item.measures),
        feedback=clean(item.feedback),
    )
    errors = rules.validate_issue(item)
    if errors:
        raise ValidationError(errors)
    return item


def raise_issue(session: Session, item: IssueItem) -> IssueItem:
    item = _check(
        replace(
            item,
            status=IssueStatus.RAISED.value,
            raised_on=item.raised_on or clock.today().isoformat(),
        )
    )
    values = item.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return IssueItem.from_record(row)


def get_issue(session: Session, issue_id: str) -> IssueItem:
    return IssueItem.from_record(records.get_record(session.db, TABLE, issue_id))


def list_issues(session: Session) -> list[IssueItem]:
    return [
        IssueItem.from_record(r) for r in store.list_issues(session.db, owner=session.author.owner)
    ]


def _write(session: Session, item: IssueItem) -> IssueItem:
    item = _check(item)
    with session.db.atomic():
        row = records.update_record(
            session.db, TABLE, item.id, item.to_record(), author=session.author
        )
    return IssueItem.from_record(row)


def _require(item: IssueItem, allowed: set[IssueStatus], action: str) -> None:
    status = IssueStatus(item.status)
    if status not in allowed:
        raise RefusedError(
            msg(
                f"这条问题当前为“{status.label}”，不能{action}。",
                f"Cannot {action} now ({status.value}).",
            )
        )


def assign_issue(
    session: Session, issue_id: str, *, responsible: str, deadline: date, measures: str = ""
) -> IssueItem:
    item = get_issue(session, issue_id)
    _require(item, {IssueStatus.RAISED, IssueStatus.ASSIGNED}, "分派")
    if not clean(responsible):
        raise ValidationError(
            [FieldError("responsible", msg("请填写责任人", "Who is responsible?"))]
        )
    return _write(
        session,
        replace(
            item,
            responsible=responsible,
            deadline=deadline.isoformat(),
            measures=measures or item.measures,
            status=IssueStatus.ASSIGNED.value,
        ),
    )


def answer_issue(
    session: Session, issue_id: str, *, feedback: str, on: date | None = None, measures: str = ""
) -> IssueItem:
    item = get_issue(session, issue_id)
    _require(item, {IssueStatus.ASSIGNED}, "反馈")
    if not clean(feedback):
        raise ValidationError([FieldError("feedback", msg("请填写办理结果", "Enter the result"))])
    return _write(
        session,
        replace(
            item,
            feedback=feedback,
            measures=measures or item.measures,
            answered_on=(on or clock.today()).isoformat(),
            status=IssueStatus.ANSWERED.value,
        ),
    )


def post_answer(session: Session, issue_id: str, *, on: date | None = None) -> IssueItem:
    """Put the answer on the 回音壁."""
    item = get_issue(session, issue_id)
    _require(item, {IssueStatus.ANSWERED}, "上回音壁")
    return _write(
        session,
        replace(item, posted_on=(on or clock.today()).isoformat(), status=IssueStatus.POSTED.value),
    )


def issue_wall_pdf(
    session: Session, *, year: int | None = None, page: str = "A4-landscape"
) -> bytes:
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing import issue_wall_sheet

    items = list_issues(session)
    if year is not None:
        items = [i for i in items if i.raised_on.startswith(str(year))]
    if not items:
        raise RefusedError(
            msg(
                "问题墙上还没有问题，没有可打印的内容。",
                "The issue wall has no problems yet: there is nothing to print.",
            )
        )
    return issue_wall_sheet.issue_wall_pdf(
        list(reversed(items)), profile=session.require_profile(), page=page, today=clock.today()
    )


@todo_provider
def issue_todos(session: Session) -> list[TodoItem]:
    if session.profile is None:
        return []
    now = clock.today()
    items = []
    for item in list_issues(session):
        if rules.is_overdue(item, now):
            items.append(
                TodoItem(
                    text=msg(
                        f"问题墙逾期未办结：{item.content[:20]}（责任人{item.responsible}）",
                        f"Issue wall overdue: {item.content[:20]}",
                    ),
                    urgency=Urgency.OVERDUE,
                    page="boards",
                    table=TABLE,
                    record_id=item.id,
                    due=item.deadline,
                )
            )
        elif item.status == IssueStatus.RAISED.value:
            items.append(
                TodoItem(
                    text=msg(
                        f"问题墙待分派：{item.content[:20]}",
                        f"Issue to assign: {item.content[:20]}",
                    ),
                    urgency=Urgency.WAITING,
                    page="boards",
                    table=TABLE,
                    record_id=item.id,
                )
            )
    return items
