"""公开事项: a notice on one of the public boards and the rules of its lifecycle.

The lifecycle follows the approval practice of the village affairs
disclosure rules (GLOSSARY "Public boards"):

    draft → review (监委会审核) → approved → posted → expired → archived

- Only a draft is edited; a supervision review either approves it or sends it
  back to draft with the reviewer's opinion.
- A posted notice is never edited in place. A correction is a new notice that
  ``supersedes`` the old one; when the correction is posted the old one gets
  ``superseded_by`` and both stay on record (the correction is the paper trail).
- "Expired" is not stored: a posted notice is expired once its publicity
  period has ended (:func:`effective_status`). Storing it would need a job
  that runs on a calendar, and a village PC is often off for days.
- Objections are recorded only while the notice is within its publicity
  period, and every one must be answered before the notice is archived.

Town circulars (镇通知) are notices owned by the town with an ``addressee``
('*' for every village, or one village code); a village reads them and posts
each on its own board as a notice of its own that names the ``circular_id``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean

DEFAULT_PUBLICITY_DAYS = 7
MAX_PUBLICITY_DAYS = 90
#: A publicity period ending within this many days is a to-do ("ends soon").
ENDING_SOON_DAYS = 2


class NoticeCategory(StrEnum):
    """The boards; the value is what clerks read and what the sheet prints."""

    PARTY = "党务"
    VILLAGE = "村务"
    FINANCE = "财务"
    GOVERNMENT = "政务"
    SERVICE = "服务"


class NoticeStatus(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    APPROVED = "approved"
    POSTED = "posted"
    EXPIRED = "expired"
    ARCHIVED = "archived"

    @property
    def label(self) -> str:
        return {
            "draft": msg("草稿", "draft"),
            "review": msg("监委会审核中", "in review"),
            "approved": msg("已审核待公开", "approved"),
            "posted": msg("公示中", "posted"),
            "expired": msg("公示期满", "publicity ended"),
            "archived": msg("已归档", "archived"),
        }[self.value]


#: The order shown in the workflow step row.
LIFECYCLE = (
    NoticeStatus.DRAFT,
    NoticeStatus.REVIEW,
    NoticeStatus.APPROVED,
    NoticeStatus.POSTED,
    NoticeStatus.EXPIRED,
    NoticeStatus.ARCHIVED,
)

#: Where a board notice is physically posted.
BOARDS = ("村务公开栏", "党务公开栏", "村委会办公室", "村民小组公示点", "微信群")


@dataclass
class Notice(Record):
    """One notice; ``attachments`` is a JSON list of file names kept with the record."""

    category: str = NoticeCategory.VILLAGE.value
    title: str = ""
    body: str = ""
    basis: str = ""
    catalogue_item: str = ""
    period: str = ""
    attachments: str = "[]"
    status: str = NoticeStatus.DRAFT.value
    reviewer: str = ""
    review_opinion: str = ""
    review_date: str = ""
    approved_date: str = ""
    posted_date: str = ""
    publicity_days: int = DEFAULT_PUBLICITY_DAYS
    board: str = ""
    archived_date: str = ""
    supersedes: str = ""
    superseded_by: str = ""
    addressee: str = ""
    circular_id: str = ""
    created_on: str = ""
    id: str = ""
    owner: str = field(default="", compare=False)

    def cleaned(self) -> Self:
        return replace(
            self,
            category=clean(self.category),
            title=clean(self.title),
            body=clean(self.body),
            basis=clean(self.basis),
            catalogue_item=clean(self.catalogue_item),
            period=clean(self.period),
            board=clean(self.board),
            attachments=json.dumps(
                [clean(a) for a in self.attachment_list() if clean(a)], ensure_ascii=False
            ),
        )

    def attachment_list(self) -> list[str]:
        try:
            value = json.loads(self.attachments or "[]")
        except ValueError:
            return []
        return [str(v) for v in value] if isinstance(value, list) else []

    @property
    def is_circular(self) -> bool:
        return bool(self.addressee)

    def publicity_end(self) -> date | None:
        """The last day of the publicity period (posting day counts as day 1)."""
        if not self.posted_date:
            return None
        return date.fromisoformat(self.posted_date) + timedelta(days=self.publicity_days - 1)


def effective_status(notice: Notice, today: date) -> NoticeStatus:
    """The stored status, with "posted" read as "expired" once publicity has ended."""
    status = NoticeStatus(notice.status)
    end = notice.publicity_end()
    if status is NoticeStatus.POSTED and end is not None and today > end:
        return NoticeStatus.EXPIRED
    return status


def validate_notice(notice: Notice) -> list[FieldError]:
    errors: list[FieldError] = []
    if notice.category not in {c.value for c in NoticeCategory}:
        errors.append(
            FieldError(
                "category",
                msg("请选择公开类别：党务、村务、财务、政务或服务", "Choose a category"),
            )
        )
    if not notice.title:
        errors.append(FieldError("title", msg("请填写标题", "Enter a title")))
    elif len(notice.title) > 60:
        errors.append(FieldError("title", msg("标题不超过60个字", "At most 60 characters")))
    if not notice.body:
        errors.append(FieldError("body", msg("请填写公开内容", "Enter the text of the notice")))
    if not 1 <= int(notice.publicity_days) <= MAX_PUBLICITY_DAYS:
        errors.append(
            FieldError(
                "publicity_days",
                msg(
                    f"公示期应为1到{MAX_PUBLICITY_DAYS}天",
                    f"Publicity period: 1 to {MAX_PUBLICITY_DAYS} days",
                ),
            )
        )
    return errors


def _refuse_unless(notice: Notice, allowed: set[NoticeStatus], action_zh: str, action: str) -> None:
    status = NoticeStatus(notice.status)
    if status not in allowed:
        raise RefusedError(
            msg(
                f"“{notice.title}”当前状态为“{status.label}”，不能{action_zh}。",
                f"'{notice.title}' is {status.value}: cannot {action}.",
            )
        )


def check_editable(notice: Notice) -> None:
    """Only a draft is edited; a posted notice is corrected by a new one."""
    if notice.is_circular:
        raise RefusedError(msg("镇通知只能查看，不能修改。", "A town circular is read-only."))
    if NoticeStatus(notice.status) is not NoticeStatus.DRAFT:
        hint = (
            msg("已公开的事项不能修改，请用“更正”发布一条新的公开。", " Post a correction instead.")
            if NoticeStatus(notice.status) in {NoticeStatus.POSTED, NoticeStatus.ARCHIVED}
            else ""
        )
        raise RefusedError(
            msg(
                f"“{notice.title}”不是草稿，不能修改。{hint}",
                f"'{notice.title}' is not a draft and cannot be edited.{hint}",
            )
        )


def submit_for_review(notice: Notice) -> Notice:
    _refuse_unless(notice, {NoticeStatus.DRAFT}, "送审", "send it to review")
    return replace(notice, status=NoticeStatus.REVIEW.value)


def record_review(
    notice: Notice, *, reviewer: str, opinion: str, on: date, approve: bool
) -> Notice:
    """The supervision committee's review: approve, or send back to draft with reasons."""
    _refuse_unless(notice, {NoticeStatus.REVIEW}, "审核", "review it")
    errors = []
    if not clean(reviewer):
        errors.append(FieldError("reviewer", msg("请填写审核人", "Enter the reviewer")))
    if not approve and not clean(opinion):
        errors.append(FieldError("opinion", msg("退回时请写明审核意见", "Say why it is sent back")))
    if errors:
        raise ValidationError(errors)
    return replace(
        notice,
        status=(NoticeStatus.APPROVED if approve else NoticeStatus.DRAFT).value,
        reviewer=clean(reviewer),
        review_opinion=clean(opinion) or msg("同意公开", "approved"),
        review_date=on.isoformat(),
        approved_date=on.isoformat() if approve else "",
    )


def post(notice: Notice, *, on: date, publicity_days: int, board: str) -> Notice:
    _refuse_unless(notice, {NoticeStatus.APPROVED}, "公开", "post it")
    if notice.approved_date and on < date.fromisoformat(notice.approved_date):
        raise RefusedError(
            msg("公开日期不能早于审核通过的日期。", "Posting date is before the approval date.")
        )
    posted = replace(
        notice, status=NoticeStatus.POSTED.value, posted_date=on.isoformat(),
        publicity_days=int(publicity_days), board=clean(board) or BOARDS[0],
    )  # fmt: skip
    errors = [e for e in validate_notice(posted) if e.field == "publicity_days"]
    if errors:
        raise ValidationError(errors)
    return posted


def check_objection_allowed(notice: Notice, raised_on: date) -> None:
    """Objections are taken while the notice is posted, within its publicity period."""
    end = notice.publicity_end()
    if NoticeStatus(notice.status) is not NoticeStatus.POSTED or end is None:
        raise RefusedError(
            msg(
                f"“{notice.title}”没有在公示，不能登记异议。",
                f"'{notice.title}' is not posted: no objections can be recorded.",
            )
        )
    start = date.fromisoformat(notice.posted_date)
    if not start <= raised_on <= end:
        raise RefusedError(
            msg(
                f"异议日期应在公示期内（{start.isoformat()}至{end.isoformat()}）。",
                f"The objection must fall within the publicity period ({start} to {end}).",
            )
        )


def archive(notice: Notice, *, on: date, unanswered_objections: int) -> Notice:
    """Archive after the publicity period, once every objection has an answer."""
    _refuse_unless(notice, {NoticeStatus.POSTED}, "归档", "archive it")
    end = notice.publicity_end()
    if end is not None and on <= end and not notice.superseded_by:
        raise RefusedError(
            msg(
                f"公示期到{end.isoformat()}才结束，结束后才能归档。",
                f"The publicity period ends on {end}; archive after that.",
            )
        )
    if unanswered_objections:
        raise RefusedError(
            msg(
                f"还有{unanswered_objections}条异议没有答复，全部答复后才能归档。",
                f"{unanswered_objections} objection(s) are unanswered.",
            )
        )
    return replace(notice, status=NoticeStatus.ARCHIVED.value, archived_date=on.isoformat())


def check_correctable(notice: Notice) -> None:
    """Only a posted (or archived) notice that is not superseded yet can be corrected."""
    if notice.is_circular:
        raise RefusedError(msg("镇通知不能由村更正。", "A town circular cannot be corrected."))
    if NoticeStatus(notice.status) not in {NoticeStatus.POSTED, NoticeStatus.ARCHIVED}:
        raise RefusedError(
            msg(
                "还没有公开的事项直接修改即可，不需要更正。",
                "Not posted yet: edit it instead of correcting it.",
            )
        )
    if notice.superseded_by:
        raise RefusedError(
            msg(
                "这条公开已经被更正过，请更正最新的一条。", "Already corrected: correct the newest."
            )
        )


def correction_of(notice: Notice, *, today: date) -> Notice:
    """A new draft that will supersede ``notice`` once posted."""
    check_correctable(notice)
    title = notice.title if notice.title.startswith("【更正】") else f"【更正】{notice.title}"
    return Notice(
        category=notice.category,
        title=title[:60],
        body=notice.body,
        basis=notice.basis,
        catalogue_item=notice.catalogue_item,
        period=notice.period,
        attachments=notice.attachments,
        publicity_days=notice.publicity_days,
        supersedes=notice.id,
        created_on=today.isoformat(),
    )


def objection_sentence(
    *, village_phone: str, town_phone: str, town_name: str = "", end: date | None = None
) -> str:
    """The sentence every public sheet ends with ("如有异议，请于公示期内向……反映")."""
    channels = []
    if village_phone:
        channels.append(f"村务监督委员会（电话：{village_phone}）")
    else:
        channels.append("村务监督委员会")
    town = town_name or "镇"
    channels.append(f"{town}纪委（电话：{town_phone}）" if town_phone else f"{town}纪委")
    until = f"（{end.year}年{end.month}月{end.day}日前）" if end else ""
    return f"如有异议，请于公示期内{until}向{'或'.join(channels)}反映。"


@dataclass
class Objection(Record):
    """A villager's objection to a posted notice, and its answer."""

    notice_id: str = ""
    raised_by: str = ""
    content: str = ""
    raised_on: str = ""
    answer: str = ""
    answered_by: str = ""
    answered_on: str = ""
    id: str = ""

    @property
    def answered(self) -> bool:
        return bool(self.answer)


def validate_objection(objection: Objection) -> list[FieldError]:
    errors = []
    if not clean(objection.raised_by):
        errors.append(FieldError("raised_by", msg("请填写提出异议的人", "Who objects?")))
    if not clean(objection.content):
        errors.append(FieldError("content", msg("请填写异议内容", "What is the objection?")))
    return errors
