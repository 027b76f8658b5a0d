"""善行义举榜: nominating, reviewing, posting and removing good deeds; the month's sheet."""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.good_deeds import (
    VIRTUES,
    DeedStatus,
    GoodDeed,
    check_deed_action,
    validate_deed,
)
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import check_month, chinese_month, date_error
from sanzhi_desktop.services import councils
from sanzhi_desktop.services.moral_common import publicity_days, who
from sanzhi_desktop.services.red_black import REVIEW_BODY, PrintedSheet, objection_channel
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, moral, records

TABLE = "good_deeds"


def get_deed(session: Session, deed_id: str) -> GoodDeed:
    return GoodDeed.from_record(records.get_record(session.db, TABLE, deed_id))


def list_deeds(
    session: Session,
    *,
    month: str | None = None,
    status: str | None = None,
    household_id: str | None = None,
    text: str = "",
) -> list[GoodDeed]:
    rows = moral.list_deeds(
        session.db, month=month, status=status, household_id=household_id, text=text
    )
    return [GoodDeed.from_record(r) for r in rows]


def nominate_deed(session: Session, deed: GoodDeed) -> GoodDeed:
    deed = deed.cleaned()
    if not deed.nominated_date:
        deed = replace(deed, nominated_date=clock.today_iso())
    errors = []
    if deed.household_id:
        try:
            named = who(session, deed.household_id, deed.person_id)
        except ValidationError as err:
            errors += err.errors
        else:
            deed = replace(deed, name=named.name, group_no=named.group_no)
    errors += [e for e in validate_deed(deed) if e.field not in {x.field for x in errors}]
    if errors:
        raise ValidationError(errors)
    values = {**deed.to_record(), "status": DeedStatus.NOMINATED.value}
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return GoodDeed.from_record(row)


def _day(value: str, field_name: str) -> str:
    day = value or clock.today_iso()
    if err := date_error(day, "日期", "date"):
        raise ValidationError([FieldError(field_name, err)])
    return day


def review_deed(
    session: Session,
    deed_id: str,
    *,
    approved: bool,
    reviewers: str = "",
    opinion: str = "",
    review_date: str = "",
    meeting_id: str = "",
) -> GoodDeed:
    """The 道德评议会's decision; ``meeting_id`` names its meeting (as for the red/black board)."""
    if meeting_id:
        meeting = councils.require_review_meeting(session, meeting_id)
        review_date = review_date or meeting.held_on
        reviewers = reviewers or meeting.attendees
    day = _day(review_date, "review_date")
    if not reviewers.strip():
        raise ValidationError(
            [FieldError("reviewers", msg("请填写参加评议的人员", "Name the council members"))]
        )
    with session.db.atomic():
        check_deed_action(get_deed(session, deed_id), "review")
        row = records.update_record(
            session.db,
            TABLE,
            deed_id,
            {
                "status": "reviewed" if approved else "rejected",
                "review_date": day,
                "reviewers": reviewers.strip(),
                "review_opinion": opinion.strip() or ("同意上榜" if approved else "不予上榜"),
                "review_meeting_id": meeting_id,
            },
            author=session.author,
        )
    return GoodDeed.from_record(row)


def post_deed(session: Session, deed_id: str, *, month: str, posted_date: str = "") -> GoodDeed:
    try:
        check_month(month)
    except ValueError as exc:
        raise ValidationError([FieldError("month", str(exc))]) from exc
    day = _day(posted_date, "posted_date")
    with session.db.atomic():
        check_deed_action(get_deed(session, deed_id), "post")
        row = records.update_record(
            session.db,
            TABLE,
            deed_id,
            {"status": "posted", "month": month, "posted_date": day},
            author=session.author,
        )
    return GoodDeed.from_record(row)


def remove_deed(
    session: Session, deed_id: str, *, reason: str, shown_false: bool = False, on: str = ""
) -> GoodDeed:
    """Take a deed down; ``shown_false`` also takes it off every printed month."""
    day = _day(on, "removed_date")
    if not reason.strip():
        raise ValidationError(
            [FieldError("removal_reason", msg("请写明撤下原因", "Say why it is removed"))]
        )
    with session.db.atomic():
        check_deed_action(get_deed(session, deed_id), "remove")
        row = records.update_record(
            session.db,
            TABLE,
            deed_id,
            {
                "status": "removed",
                "removed_date": day,
                "removal_reason": reason.strip(),
                "shown_false": int(shown_false),
            },
            author=session.author,
        )
    return GoodDeed.from_record(row)


def month_deeds(session: Session, month: str) -> list[GoodDeed]:
    return [d for d in list_deeds(session, month=month) if d.on_board_in(month)]


def print_deeds_sheet(session: Session, month: str, *, page: str = "A4") -> PrintedSheet:
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing.good_deeds_sheet import DeedRow, GoodDeedsSheet, render_good_deeds

    session.require_village("善行义举榜", "good-deeds boards")
    try:
        check_month(month)
    except ValueError as exc:
        raise ValidationError([FieldError("month", str(exc))]) from exc
    profile = session.require_profile()
    deeds = month_deeds(session, month)
    if not deeds:
        raise RefusedError(
            msg(
                f"{chinese_month(month)}没有上榜的善行义举，没有可打印的榜单。",
                f"No good deed is on the board in {month}: there is nothing to print.",
            )
        )
    reviews = [d.review_date for d in deeds if d.review_date]
    posted = [d.posted_date for d in deeds if d.posted_date]
    sheet = GoodDeedsSheet(
        village_name=profile.name,
        month=month,
        review_body=f"{profile.name}{REVIEW_BODY}",
        review_date=max(reviews) if reviews else "",
        rows=[DeedRow(d.virtue, d.name, d.group_no, d.deed, d.nominated_by) for d in deeds],
        posted_date=min(posted) if posted else "",
        publicity_days=publicity_days(session),
        objection_channel=objection_channel(session),
        page=page,
    )
    return PrintedSheet(
        pdf=render_good_deeds(sheet), title=sheet.title, suggested_name=f"{sheet.title}.pdf"
    )


@todo_provider
def good_deeds_todos(session: Session) -> list[TodoItem]:
    # A town holds its villages' lists (from their sync files) but keeps none of
    # its own: their steps are the villages' work, not the town's to-dos.
    if session.profile is None or session.profile.kind is OfficeKind.TOWN:
        return []
    items = []
    for deed in list_deeds(session):
        if deed.status in {"nominated", "reviewed"}:
            step = "待评议" if deed.status == "nominated" else "待上榜"
            items.append(
                TodoItem(
                    text=msg(
                        f"善行义举：{deed.name}（{VIRTUES.get(deed.virtue, deed.virtue)}）{step}",
                        f"Good deed: {deed.name} waits for the next step",
                    ),
                    urgency=Urgency.WAITING,
                    page="red_black",
                    table=TABLE,
                    record_id=deed.id,
                    due=deed.nominated_date,
                )
            )
    return items
