"""公开事项: what a clerk does with a notice, from draft to archive; town circulars.

Every function checks with the domain's rules first, then writes in one
transaction, then returns the stored notice. The domain decides what is
allowed in which state (:mod:`sanzhi_desktop.domain.notices`); this module adds
what needs the database: the objections of a notice, the notice a
correction supersedes, and who owns a row (a village never writes the town's
circulars).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sanzhi_desktop.domain import notices as rules
from sanzhi_desktop.domain.division import OfficeKind, division_code_error
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.notices import Notice, NoticeStatus, Objection
from sanzhi_desktop.domain.record import short_id
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import boards as store
from sanzhi_desktop.storage import clock, records

TABLE = "notices"
OBJECTIONS = "notice_objections"


@dataclass(frozen=True)
class NoticeRow:
    """A notice as lists show it: the record, its status on ``as_of`` and its objections."""

    notice: Notice
    status: NoticeStatus
    open_objections: int
    objections: int


# --- reading ----------------------------------------------------------------------------


def get_notice(session: Session, notice_id: str) -> Notice:
    return Notice.from_record(records.get_record(session.db, TABLE, notice_id))


def _own(session: Session, notice: Notice) -> Notice:
    if notice.owner and notice.owner != session.author.owner:
        raise RefusedError(
            msg("这是镇里发来的通知，只能查看。", "This is the town's circular: read-only.")
        )
    return notice


def list_notices(
    session: Session, *, category: str = "", year: int | None = None, as_of: date | None = None
) -> list[NoticeRow]:
    """The office's own notices, newest first, with their current status."""
    as_of = as_of or clock.today()
    owner = session.author.owner
    counts = store.objection_counts(session.db, owner)
    rows = []
    for row in store.list_notices(session.db, owner=owner, category=category, year=year):
        notice = Notice.from_record(row)
        total, still_open = counts.get(notice.id, (0, 0))
        rows.append(
            NoticeRow(
                notice=notice,
                status=rules.effective_status(notice, as_of),
                open_objections=still_open,
                objections=total,
            )
        )
    return rows


def list_objections(session: Session, notice_id: str) -> list[Objection]:
    return [Objection.from_record(r) for r in store.list_objections(session.db, notice_id)]


# --- the lifecycle ------------------------------------------------------------------------


def check_notice(notice: Notice) -> Notice:
    notice = notice.cleaned()
    errors = rules.validate_notice(notice)
    if errors:
        raise ValidationError(errors)
    return notice


def create_notice(session: Session, notice: Notice) -> Notice:
    """Save a new draft."""
    notice = check_notice(replace(notice, status=NoticeStatus.DRAFT.value, addressee=""))
    if not notice.created_on:
        notice = replace(notice, created_on=clock.today().isoformat())
    values = notice.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return Notice.from_record(row)


def update_notice(session: Session, notice: Notice) -> Notice:
    """Change a draft; anything else is refused (a posted notice is corrected)."""
    stored = _own(session, get_notice(session, notice.id))
    rules.check_editable(stored)
    notice = check_notice(
        replace(
            notice,
            status=stored.status,
            supersedes=stored.supersedes,
            superseded_by=stored.superseded_by,
            addressee="",
        )
    )
    return _write(session, notice)


def delete_draft(session: Session, notice_id: str) -> None:
    stored = _own(session, get_notice(session, notice_id))
    rules.check_editable(stored)
    with session.db.atomic():
        records.delete_record(session.db, TABLE, notice_id, author=session.author)


def _write(session: Session, notice: Notice) -> Notice:
    with session.db.atomic():
        row = records.update_record(
            session.db, TABLE, notice.id, notice.to_record(), author=session.author
        )
    return Notice.from_record(row)


def submit_for_review(session: Session, notice_id: str) -> Notice:
    notice = _own(session, get_notice(session, notice_id))
    return _write(session, rules.submit_for_review(check_notice(notice)))


def record_review(
    session: Session,
    notice_id: str,
    *,
    reviewer: str,
    opinion: str = "",
    on: date | None = None,
    approve: bool = True,
) -> Notice:
    """The supervision committee approves the draft, or sends it back with its opinion."""
    notice = _own(session, get_notice(session, notice_id))
    reviewed = rules.record_review(
        notice, reviewer=reviewer, opinion=opinion, on=on or clock.today(), approve=approve
    )
    return _write(session, reviewed)


def post_notice(
    session: Session,
    notice_id: str,
    *,
    on: date | None = None,
    publicity_days: int | None = None,
    board: str = "",
) -> Notice:
    """Post it on the board; a correction marks the notice it supersedes."""
    notice = _own(session, get_notice(session, notice_id))
    posted = rules.post(
        notice,
        on=on or clock.today(),
        publicity_days=publicity_days if publicity_days is not None else notice.publicity_days,
        board=board,
    )
    with session.db.atomic():
        result = _write(session, posted)
        if notice.supersedes:
            records.update_record(
                session.db,
                TABLE,
                notice.supersedes,
                {"superseded_by": notice.id},
                author=session.author,
            )
    return result


def correct_notice(session: Session, notice_id: str) -> Notice:
    """Start a correction: a new draft that will supersede the posted notice."""
    notice = _own(session, get_notice(session, notice_id))
    rules.check_correctable(notice)
    pending = [
        r
        for r in store.list_notices(session.db, owner=session.author.owner)
        if r["supersedes"] == notice.id
    ]
    if pending:
        raise RefusedError(
            msg(
                f"已有一条更正草稿“{pending[0]['title']}”，请继续处理它。",
                "A correction of this notice already exists.",
            )
        )
    return create_notice(session, rules.correction_of(notice, today=clock.today()))


def archive_notice(session: Session, notice_id: str, *, on: date | None = None) -> Notice:
    notice = _own(session, get_notice(session, notice_id))
    open_count = sum(1 for o in list_objections(session, notice_id) if not o.answered)
    return _write(
        session, rules.archive(notice, on=on or clock.today(), unanswered_objections=open_count)
    )


def record_objection(
    session: Session, notice_id: str, *, raised_by: str, content: str, raised_on: date | None = None
) -> Objection:
    notice = get_notice(session, notice_id)
    when = raised_on or clock.today()
    rules.check_objection_allowed(notice, when)
    objection = Objection(
        notice_id=notice_id,
        raised_by=clean(raised_by),
        content=clean(content),
        raised_on=when.isoformat(),
    )
    errors = rules.validate_objection(objection)
    if errors:
        raise ValidationError(errors)
    values = objection.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, OBJECTIONS, values, author=session.author)
    return Objection.from_record(row)


def answer_objection(
    session: Session, objection_id: str, *, answer: str, answered_by: str, on: date | None = None
) -> Objection:
    stored = Objection.from_record(records.get_record(session.db, OBJECTIONS, objection_id))
    if stored.answered:
        raise RefusedError(msg("这条异议已经答复过了。", "Already answered."))
    errors = []
    if not clean(answer):
        errors.append(FieldError("answer", msg("请填写答复内容", "Enter the answer")))
    if not clean(answered_by):
        errors.append(FieldError("answered_by", msg("请填写答复人", "Who answers?")))
    if errors:
        raise ValidationError(errors)
    values = {
        "answer": clean(answer),
        "answered_by": clean(answered_by),
        "answered_on": (on or clock.today()).isoformat(),
    }
    with session.db.atomic():
        row = records.update_record(
            session.db, OBJECTIONS, objection_id, values, author=session.author
        )
    return Objection.from_record(row)


# --- town circulars ------------------------------------------------------------------------


def issue_circular(
    session: Session, notice: Notice, *, addressee: str = "*", on: date | None = None
) -> Notice:
    """A town office sends a circular to all its villages ('*') or to one village code."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("只有镇（乡）可以发通知。", "Only a town office issues circulars."))
    addressee = clean_code(addressee) or "*"
    if addressee != "*":
        error = division_code_error(addressee, OfficeKind.VILLAGE)
        if error is None and not addressee.startswith(profile.code):
            error = msg("这个村不属于本镇", "Not a village of this town")
        if error:
            raise ValidationError([FieldError("addressee", error)])
    when = (on or clock.today()).isoformat()
    notice = check_notice(
        replace(
            notice,
            status=NoticeStatus.POSTED.value,
            addressee=addressee,
            posted_date=when,
            created_on=when,
            approved_date=when,
        )
    )
    values = notice.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return Notice.from_record(row)


def list_circulars(session: Session) -> list[tuple[Notice, bool]]:
    """Circulars: for a village, those received and whether it has posted each one."""
    profile = session.require_profile()
    if profile.kind is OfficeKind.TOWN:
        rows = store.list_circulars(session.db, town_code=profile.code)
        return [(Notice.from_record(r), True) for r in rows]
    posted = store.notices_posting_circular(session.db, profile.code)
    rows = store.list_circulars(session.db, village_code=profile.code)
    return [(Notice.from_record(r), r["id"] in posted) for r in rows]


def post_circular(
    session: Session, circular_id: str, *, on: date | None = None, board: str = ""
) -> Notice:
    """Post a town circular on the village's board: a notice of the village naming it."""
    circular = get_notice(session, circular_id)
    code = session.author.owner
    if not circular.is_circular or circular.addressee not in ("*", code):
        raise RefusedError(msg("这不是发给本村的镇通知。", "Not a circular for this village."))
    if circular_id in store.notices_posting_circular(session.db, code):
        raise RefusedError(msg("这条镇通知已经张贴过了。", "Already posted."))
    when = on or clock.today()
    notice = check_notice(
        Notice(
            category=circular.category,
            title=circular.title,
            body=circular.body,
            basis=circular.basis,
            attachments=circular.attachments,
            status=NoticeStatus.POSTED.value,
            approved_date=when.isoformat(),
            posted_date=when.isoformat(),
            publicity_days=circular.publicity_days,
            board=clean(board) or rules.BOARDS[0],
            circular_id=circular_id,
            created_on=when.isoformat(),
        )
    )
    values = notice.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return Notice.from_record(row)


# --- printing ---------------------------------------------------------------------------------


def notice_pdf(session: Session, notice_id: str, *, page: str = "A4") -> bytes:
    """The notice as posted on the board (A4, or A3 for the board itself)."""
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing import notice_sheet

    notice = get_notice(session, notice_id)
    session.require_own_record(notice.owner)
    if NoticeStatus(notice.status) in (NoticeStatus.DRAFT, NoticeStatus.REVIEW):
        raise RefusedError(
            msg(
                "这条公开事项还没有通过监委会审核，不能打印上墙。",
                "This notice has not been approved by the supervision committee yet.",
            )
        )
    return notice_sheet.notice_pdf(notice, profile=session.require_profile(), page=page)


def is_draft(notice: Notice | None) -> bool:
    """Whether a sheet resting on ``notice`` is a draft: no notice, or not yet approved.

    Such a sheet prints marked 草稿（未经审核，不得张贴） and without the
    committee's opinion (issue 22); the notice itself is refused instead.
    """
    return notice is None or NoticeStatus(notice.status) in (
        NoticeStatus.DRAFT,
        NoticeStatus.REVIEW,
    )


def find_notice(session: Session, prefix: str) -> Notice:
    """A notice by its id, its short id or another unambiguous end or start of it (CLI)."""
    prefix = prefix.strip()
    rows = store.ids_matching(session.db, TABLE, prefix) if len(prefix) >= 4 else []
    if len(rows) != 1:
        raise NotFoundError(
            msg(f"找不到编号为“{prefix}”的公开事项", f"No notice with id '{prefix}'")
        )
    return get_notice(session, rows[0])


# --- to-dos -----------------------------------------------------------------------------------


@todo_provider
def notice_todos(session: Session) -> list[TodoItem]:
    """Unanswered objections, publicity periods ending or ended, drafts waiting for review,
    circulars not yet posted."""
    if session.profile is None:
        return []
    now = clock.today()
    owner = session.profile.code
    items: list[TodoItem] = []
    for objection in store.unanswered_objections(session.db, owner):
        items.append(
            TodoItem(
                text=msg(
                    f"异议待答复：“{objection['notice_title']}”",
                    f"Objection to answer: {objection['notice_title']}",
                ),
                urgency=Urgency.OVERDUE,
                page="boards",
                table=TABLE,
                record_id=objection["notice_id"],
                due=objection["raised_on"],
            )
        )
    for row in list_notices(session, as_of=now):
        items.extend(_notice_todo(row, now))
    if session.profile.kind is OfficeKind.VILLAGE:
        for circular, posted in list_circulars(session):
            if not posted:
                items.append(
                    TodoItem(
                        text=msg(
                            f"镇通知待张贴：“{circular.title}”",
                            f"Post the town circular: {circular.title}",
                        ),
                        urgency=Urgency.DUE_SOON,
                        page="boards",
                        table=TABLE,
                        record_id=circular.id,
                        due=circular.posted_date,
                    )
                )
    return items


def _notice_todo(row: NoticeRow, now: date) -> list[TodoItem]:
    notice = row.notice
    end = notice.publicity_end()
    if row.status is NoticeStatus.POSTED and end is not None:
        if (end - now).days <= rules.ENDING_SOON_DAYS:
            return [
                TodoItem(
                    text=msg(
                        f"公示期即将结束：“{notice.title}”",
                        f"Publicity ends soon: {notice.title}",
                    ),
                    urgency=Urgency.DUE_SOON,
                    page="boards",
                    table=TABLE,
                    record_id=notice.id,
                    due=end.isoformat(),
                )
            ]
    elif row.status is NoticeStatus.EXPIRED and end is not None and (now - end).days <= 30:
        return [
            TodoItem(
                text=msg(
                    f"公示期已满，待归档：“{notice.title}”",
                    f"Publicity ended, archive: {notice.title}",
                ),
                urgency=Urgency.WAITING,
                page="boards",
                table=TABLE,
                record_id=notice.id,
                due=end.isoformat(),
            )
        ]
    elif row.status in (NoticeStatus.REVIEW, NoticeStatus.APPROVED):
        waiting = msg("待监委会审核", "waiting for review")
        if row.status is NoticeStatus.APPROVED:
            waiting = msg("已审核，待张贴", "approved, to post")
        return [
            TodoItem(
                text=f"{waiting}：“{notice.title}”",
                urgency=Urgency.WAITING,
                page="boards",
                table=TABLE,
                record_id=notice.id,
            )
        ]
    return []


def notice_summary(row: dict[str, Any]) -> str:
    """One line for the CLI list."""
    return f"{short_id(row['id'])}  {row['category']}  {row['status']}  {row['title']}"
