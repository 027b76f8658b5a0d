"""红黑榜: the monthly praise (red) and rectification (black) board.

Workflow (GLOSSARY "Moral governance")::

    reported → verified → reviewed (道德评议会) → posted on a month's board
             → rectified | expired → removed
    reviewed may instead be rejected; an objection that proves an entry
    false removes it from any state before removed, and the record says why.

Which entries a month's board shows is decided here, from dates alone, so a
board can be reprinted for any month:

- a red entry shows on the board of the month it was posted for;
- a black entry shows from its posting month until the month in which it
  left the board (rectified, expired or removed) — it is no longer on the
  board of that month;
- an entry removed because an objection proved it false is on no board.

Penalties must stay within the law (批评教育), so a black entry carries only a
rectification requirement and deadline, never a fine.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import (
    MAX_SHORT_TEXT,
    date_error,
    month_error,
    parse_date,
)
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code


class Board(StrEnum):
    RED = "red"
    BLACK = "black"

    @property
    def label(self) -> str:
        return msg("红榜", "red list") if self is Board.RED else msg("黑榜", "black list")


class EntryStatus(StrEnum):
    REPORTED = "reported"
    VERIFIED = "verified"
    REVIEWED = "reviewed"
    REJECTED = "rejected"
    POSTED = "posted"
    RECTIFIED = "rectified"
    EXPIRED = "expired"
    REMOVED = "removed"

    @property
    def label(self) -> str:
        zh, en = STATUS_LABELS[self.value]
        return msg(zh, en)


STATUS_LABELS = {
    "reported": ("已登记", "reported"),
    "verified": ("已核实", "verified"),
    "reviewed": ("评议通过", "reviewed"),
    "rejected": ("评议未通过", "rejected"),
    "posted": ("已上榜", "posted"),
    "rectified": ("已整改", "rectified"),
    "expired": ("已到期", "expired"),
    "removed": ("已撤榜", "removed"),
}

#: The steps a clerk sees in the detail pane (the fifth is 整改/到期).
WORKFLOW_STEPS = ("reported", "verified", "reviewed", "posted", "closed", "removed")

RED_CATEGORIES = (
    "孝老爱亲", "诚实守信", "助人为乐", "见义勇为", "勤劳致富", "环境卫生", "移风易俗", "热心公益",
)  # fmt: skip
BLACK_CATEGORIES = (
    "环境卫生", "不赡养老人", "邻里不和", "大操大办", "乱搭乱建", "违规养殖", "不文明行为", "其他",
)  # fmt: skip

#: How long a posted black entry stays on the board when neither rectified nor removed.
BLACK_STAY_MONTHS = 3

#: action → the states it may start from.
ALLOWED_FROM: dict[str, frozenset[str]] = {
    "verify": frozenset({"reported"}),
    "review": frozenset({"verified"}),
    "post": frozenset({"reviewed"}),
    "rectify": frozenset({"posted"}),
    "expire": frozenset({"posted"}),
    "remove": frozenset({"posted", "rectified", "expired"}),
    "uphold_objection": frozenset(
        {"reported", "verified", "reviewed", "posted", "rectified", "expired"}
    ),
}

ACTION_LABELS = {
    "verify": ("核实", "verify"),
    "review": ("评议", "review"),
    "post": ("上榜", "post"),
    "rectify": ("登记整改", "mark rectified"),
    "expire": ("到期下榜", "expire"),
    "remove": ("撤榜", "remove"),
    "uphold_objection": ("异议成立撤销", "uphold an objection"),
}


@dataclass
class BoardEntry(Record):
    """One red or black entry; ``name``/``group_no`` are copied from the roster when made."""

    board: str
    household_id: str
    name: str
    group_no: int
    category: str
    deed: str  # red: 事迹; black: 问题
    person_id: str = ""
    evidence: str = ""
    clause_id: str = ""
    clause_label: str = ""
    requirement: str = ""
    deadline: str = ""
    status: str = EntryStatus.REPORTED.value
    reported_date: str = ""
    reported_by: str = ""
    verified_date: str = ""
    verified_by: str = ""
    verify_note: str = ""
    review_date: str = ""
    reviewers: str = ""
    review_opinion: str = ""
    month: str = ""
    posted_date: str = ""
    expires_on: str = ""
    closed_date: str = ""
    rectify_note: str = ""
    removed_date: str = ""
    removal_reason: str = ""
    objection: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        values = self.to_record()
        for key, value in values.items():
            if isinstance(value, str) and key not in {"id", "household_id", "person_id"}:
                values[key] = clean_code(value) if _is_date_field(key) else clean(value)
        return type(self)(**values)

    @property
    def is_black(self) -> bool:
        return self.board == Board.BLACK.value

    @property
    def left_board_on(self) -> str:
        """The date it left the board ("" while still on it)."""
        return self.closed_date or self.removed_date

    def on_board_in(self, month: str) -> bool:
        """Whether the printed board of ``month`` (``YYYY-MM``) shows this entry."""
        if not self.month or self.objection:
            return False
        if self.status not in {"posted", "rectified", "expired", "removed"}:
            return False
        if self.board == Board.RED.value:
            return self.month == month
        if self.month > month:
            return False
        left = self.left_board_on
        return not left or left[:7] > month

    def step_index(self) -> int:
        """Where the entry stands in :data:`WORKFLOW_STEPS` (for the step row)."""
        order = {
            "reported": 1,
            "verified": 2,
            "reviewed": 3,
            "rejected": 2,
            "posted": 4,
            "rectified": 5,
            "expired": 5,
            "removed": 6,
        }
        return order[self.status]


def _is_date_field(key: str) -> bool:
    return key.endswith("_date") or key in {"deadline", "expires_on", "month", "posted_date"}


def validate_entry(entry: BoardEntry) -> list[FieldError]:
    """Check a (cleaned) entry; black entries need a clause, a requirement and a deadline."""
    errors: list[FieldError] = []
    if entry.board not in {b.value for b in Board}:
        errors.append(FieldError("board", msg("请选择红榜或黑榜", "Choose red or black")))
    if not entry.household_id:
        errors.append(FieldError("household_id", msg("请选择所在户", "Choose the household")))
    if not entry.name:
        errors.append(FieldError("name", msg("请填写姓名", "Enter the name")))
    if not entry.category:
        errors.append(FieldError("category", msg("请选择类别", "Choose a category")))
    elif len(entry.category) > 20:
        errors.append(FieldError("category", msg("类别最多20个字", "Category: 20 characters")))
    label = msg("问题", "problem") if entry.is_black else msg("事迹", "deed")
    if not entry.deed:
        errors.append(FieldError("deed", msg(f"请填写{label}", f"Enter the {label}")))
    elif len(entry.deed) > MAX_SHORT_TEXT:
        errors.append(
            FieldError(
                "deed",
                msg(
                    f"{label}最多{MAX_SHORT_TEXT}字（上榜只写简要情况），现在{len(entry.deed)}字",
                    f"At most {MAX_SHORT_TEXT} characters on the board",
                ),
            )
        )
    if err := date_error(entry.reported_date, "登记日期", "report date"):
        errors.append(FieldError("reported_date", err))
    if entry.is_black:
        if not entry.clause_id:
            errors.append(
                FieldError(
                    "clause_id",
                    msg("黑榜须注明违反的村规民约条款", "Cite the village-rule clause broken"),
                )
            )
        if not entry.requirement:
            errors.append(
                FieldError("requirement", msg("请填写整改要求", "Enter the rectification"))
            )
        if err := date_error(entry.deadline, "整改期限", "deadline"):
            errors.append(FieldError("deadline", err))
        else:
            reported = parse_date(entry.reported_date)
            deadline = parse_date(entry.deadline)
            if reported and deadline and deadline < reported:
                errors.append(
                    FieldError(
                        "deadline",
                        msg("整改期限不能早于登记日期", "The deadline is before the report"),
                    )
                )
    return errors


def check_action(entry: BoardEntry, action: str) -> None:
    """:class:`RefusedError` unless ``action`` may be taken in the entry's state."""
    allowed = ALLOWED_FROM[action]
    if action == "rectify" and not entry.is_black:
        raise RefusedError(msg("红榜条目不需要整改", "A red entry has nothing to rectify"))
    if entry.status not in allowed:
        zh, en = ACTION_LABELS[action]
        status = EntryStatus(entry.status)
        raise RefusedError(
            msg(
                f"这条记录目前是“{status.label}”，不能{zh}",
                f"An entry that is {status.label} cannot be: {en}",
            )
        )


def post_error(entry: BoardEntry, month: str, posted_date: str) -> FieldError | None:
    if err := month_error(month):
        return FieldError("month", err)
    if err := date_error(posted_date, "上榜日期", "posting date"):
        return FieldError("posted_date", err)
    review = parse_date(entry.review_date)
    posted = parse_date(posted_date)
    if review and posted and posted < review:
        return FieldError(
            "posted_date", msg("上榜日期不能早于评议日期", "Posted before it was reviewed")
        )
    return None
