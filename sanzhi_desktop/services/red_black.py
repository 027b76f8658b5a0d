"""红黑榜: reporting, verifying, reviewing, posting and taking down entries; the month's board.

Each step is one service call that checks the entry's state (the domain's
``check_action``), writes the step's date and who, and logs the change. A
board for any month is composed from the entries' dates (see
:mod:`sanzhi_desktop.domain.red_black`) and printed with black names masked
unless the office switched full names on — then :class:`PrintedSheet`
carries a warning the GUI asks about and the CLI prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import (
    add_months,
    check_month,
    chinese_month,
    date_error,
    month_last_day,
)
from sanzhi_desktop.domain.red_black import (
    BLACK_STAY_MONTHS,
    Board,
    BoardEntry,
    EntryStatus,
    check_action,
    post_error,
    validate_entry,
)
from sanzhi_desktop.services import councils, village_rules
from sanzhi_desktop.services.moral_common import (
    black_names_full,
    full_names_warning,
    publicity_days,
    who,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, moral, records

TABLE = "red_black_entries"
REVIEW_BODY = "道德评议会"


@dataclass(frozen=True)
class PrintedSheet:
    """A sheet's PDF with what the clerk should know before pinning it up."""

    pdf: bytes
    title: str
    suggested_name: str
    warnings: list[str] = field(default_factory=list)


def get_entry(session: Session, entry_id: str) -> BoardEntry:
    return BoardEntry.from_record(records.get_record(session.db, TABLE, entry_id))


def list_entries(
    session: Session,
    *,
    board: str | None = None,
    status: str | None = None,
    month: str | None = None,
    household_id: str | None = None,
    text: str = "",
) -> list[BoardEntry]:
    rows = moral.list_board_entries(
        session.db, board=board, status=status, month=month, household_id=household_id, text=text
    )
    return [BoardEntry.from_record(r) for r in rows]


def _complete(session: Session, entry: BoardEntry) -> BoardEntry:
    """Clean, copy name and group from the roster, cite the clause; then validate."""
    entry = entry.cleaned()
    if not entry.reported_date:
        entry = replace(entry, reported_date=clock.today_iso())
    if not entry.reported_by:
        entry = replace(entry, reported_by=session.operator)
    errors: list[FieldError] = []
    if entry.household_id:
        try:
            person_id = entry.person_id if entry.board == Board.RED.value else ""
            named = who(session, entry.household_id, person_id)
        except ValidationError as err:
            errors += err.errors
        else:
            # black entries name the household head (户主), red ones the person
            name = named.head_name if entry.is_black else named.name
            entry = replace(entry, name=name, group_no=named.group_no, person_id=person_id)
    if entry.is_black and entry.clause_id:
        try:
            clause = village_rules.get_clause(session, entry.clause_id)
        except Exception:
            errors.append(
                FieldError("clause_id", msg("所引条款不存在", "The cited clause was not found"))
            )
        else:
            entry = replace(entry, clause_label=clause.label)
    if not entry.is_black:
        entry = replace(entry, clause_id="", clause_label="", requirement="", deadline="")
    errors += [e for e in validate_entry(entry) if e.field not in {x.field for x in errors}]
    if errors:
        raise ValidationError(errors)
    return entry


def report_entry(session: Session, entry: BoardEntry) -> BoardEntry:
    """Register a red or black entry (status 已登记)."""
    entry = _complete(session, replace(entry, status=EntryStatus.REPORTED.value))
    values = entry.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return BoardEntry.from_record(row)


def update_entry(session: Session, entry: BoardEntry) -> BoardEntry:
    """Correct an entry's facts — only before the council has reviewed it."""
    with session.db.atomic():
        current = get_entry(session, entry.id)
        if current.status not in {"reported", "verified"}:
            raise_refused_edit(current)
        entry = _complete(session, replace(entry, status=current.status, board=current.board))
        row = records.update_record(
            session.db, TABLE, entry.id, entry.to_record(), author=session.author
        )
    return BoardEntry.from_record(row)


def raise_refused_edit(entry: BoardEntry) -> None:
    raise RefusedError(
        msg(
            f"这条记录已经“{EntryStatus(entry.status).label}”，内容不能再改；"
            "如有错误请以异议撤销后重新登记",
            "A reviewed entry cannot be edited; withdraw it by objection and report it again",
        )
    )


def _step(session: Session, entry_id: str, action: str, values: dict[str, Any]) -> BoardEntry:
    with session.db.atomic():
        entry = get_entry(session, entry_id)
        check_action(entry, action)
        row = records.update_record(session.db, TABLE, entry_id, values, author=session.author)
    return BoardEntry.from_record(row)


def _require_date(value: str, field_name: str, zh: str, en: str) -> str:
    if err := date_error(value, zh, en):
        raise ValidationError([FieldError(field_name, err)])
    return value


def verify_entry(
    session: Session,
    entry_id: str,
    *,
    verified_date: str = "",
    verified_by: str = "",
    note: str = "",
) -> BoardEntry:
    """Someone checked the facts on the spot (核实)."""
    day = _require_date(verified_date or clock.today_iso(), "verified_date", "核实日期", "date")
    by = verified_by.strip() or session.operator
    values = {"status": "verified", "verified_date": day, "verified_by": by, "verify_note": note}
    return _step(session, entry_id, "verify", values)


def review_entry(
    session: Session,
    entry_id: str,
    *,
    approved: bool,
    review_date: str = "",
    reviewers: str = "",
    opinion: str = "",
    meeting_id: str = "",
) -> BoardEntry:
    """The 道德评议会's decision: names of those present, date, opinion; approve or reject.

    ``meeting_id`` names the 道德评议会 meeting (一约五会) that decided it; its
    date and attendees stand in for ``review_date`` and ``reviewers`` left empty.
    """
    if meeting_id:
        meeting = councils.require_review_meeting(session, meeting_id)
        review_date = review_date or meeting.held_on
        reviewers = reviewers or meeting.attendees
    day = _require_date(review_date or clock.today_iso(), "review_date", "评议日期", "review date")
    errors = []
    if not reviewers.strip():
        errors.append(
            FieldError("reviewers", msg("请填写参加评议的人员", "Name the council members"))
        )
    if not approved and not opinion.strip():
        errors.append(
            FieldError("review_opinion", msg("未通过时请写明评议意见", "Give the opinion"))
        )
    if errors:
        raise ValidationError(errors)
    values = {
        "status": "reviewed" if approved else "rejected",
        "review_date": day,
        "reviewers": reviewers.strip(),
        "review_opinion": opinion.strip() or ("同意上榜" if approved else ""),
        "review_meeting_id": meeting_id,
    }
    return _step(session, entry_id, "review", values)


def post_entry(session: Session, entry_id: str, *, month: str, posted_date: str = "") -> BoardEntry:
    """Put a reviewed entry on ``month``'s board.

    It expires at the end of that month (red) or after
    :data:`~sanzhi_desktop.domain.red_black.BLACK_STAY_MONTHS` months (black)
    if it was not rectified or removed before.
    """
    entry = get_entry(session, entry_id)
    posted_date = posted_date or clock.today_iso()
    check_action(entry, "post")
    if err := post_error(entry, month, posted_date):
        raise ValidationError([err])
    stay = BLACK_STAY_MONTHS if entry.is_black else 1
    expires = month_last_day(add_months(month, stay - 1)).isoformat()
    values = {"status": "posted", "month": month, "posted_date": posted_date, "expires_on": expires}
    return _step(session, entry_id, "post", values)


def rectify_entry(
    session: Session, entry_id: str, *, rectified_date: str = "", note: str = ""
) -> BoardEntry:
    """The household has put things right: the entry leaves the board (black only)."""
    day = _require_date(rectified_date or clock.today_iso(), "closed_date", "整改日期", "date")
    values = {"status": "rectified", "closed_date": day, "rectify_note": note.strip()}
    return _step(session, entry_id, "rectify", values)


def expire_entry(session: Session, entry_id: str, *, on: str = "") -> BoardEntry:
    day = _require_date(on or clock.today_iso(), "closed_date", "到期日期", "date")
    return _step(session, entry_id, "expire", {"status": "expired", "closed_date": day})


def expire_due_entries(session: Session, *, today: str = "") -> int:
    """Mark every posted entry whose stay has ended as expired; returns how many."""
    today = today or clock.today_iso()
    count = 0
    with session.db.atomic():
        for entry in list_entries(session, status="posted"):
            if entry.expires_on and entry.expires_on < today:
                expire_entry(session, entry.id, on=entry.expires_on)
                count += 1
    return count


def remove_entry(
    session: Session, entry_id: str, *, removed_date: str = "", reason: str = ""
) -> BoardEntry:
    """Take the entry off the board for good (撤榜)."""
    day = _require_date(removed_date or clock.today_iso(), "removed_date", "撤榜日期", "date")
    entry = get_entry(session, entry_id)
    default = {"rectified": "整改到位", "expired": "公示期满"}.get(entry.status, "撤榜")
    values = {"status": "removed", "removed_date": day, "removal_reason": reason.strip() or default}
    return _step(session, entry_id, "remove", values)


def uphold_objection(
    session: Session, entry_id: str, *, objection: str, reason: str, on: str = ""
) -> BoardEntry:
    """An objection proved the entry false: remove it, and record the objection and why."""
    day = _require_date(on or clock.today_iso(), "removed_date", "日期", "date")
    errors = []
    if not objection.strip():
        errors.append(FieldError("objection", msg("请填写异议内容", "Enter the objection")))
    if not reason.strip():
        errors.append(
            FieldError("removal_reason", msg("请写明核查结论（为何不实）", "Say why it is false"))
        )
    if errors:
        raise ValidationError(errors)
    values = {
        "status": "removed",
        "removed_date": day,
        "objection": objection.strip(),
        "removal_reason": reason.strip(),
    }
    return _step(session, entry_id, "uphold_objection", values)


# --- the month's board -----------------------------------------------------------------


@dataclass(frozen=True)
class MonthBoard:
    month: str
    red: list[BoardEntry]
    black: list[BoardEntry]

    @property
    def review_date(self) -> str:
        dates = [e.review_date for e in [*self.red, *self.black] if e.review_date]
        return max(dates) if dates else ""

    @property
    def posted_date(self) -> str:
        dates = [e.posted_date for e in [*self.red, *self.black] if e.month == self.month]
        return min(dates) if dates else ""


def compose_board(session: Session, month: str) -> MonthBoard:
    """The entries ``month``'s board shows: red for that month, black still standing."""
    try:
        check_month(month)
    except ValueError as exc:
        raise ValidationError([FieldError("month", str(exc))]) from exc
    entries = [BoardEntry.from_record(r) for r in moral.board_candidates(session.db, month)]
    shown = [e for e in entries if e.on_board_in(month)]
    return MonthBoard(
        month=month,
        red=[e for e in shown if e.board == Board.RED.value],
        black=[e for e in shown if e.is_black],
    )


def board_months(session: Session) -> list[str]:
    """Months that have posted entries, newest first (for the page's month list)."""
    months = {e.month for e in list_entries(session) if e.month}
    return sorted(months, reverse=True)


def objection_channel(session: Session) -> str:
    profile = session.require_profile()
    phones = []
    if profile.supervision_phone:
        phones.append(f"村务监督委员会（电话：{profile.supervision_phone}）")
    else:
        phones.append("村务监督委员会")
    if profile.town_supervision_phone:
        phones.append(f"{profile.town_name}（电话：{profile.town_supervision_phone}）")
    return f"如有异议，请于公示期内向{'或'.join(phones)}反映。"


def rules_basis(session: Session) -> str:
    version = village_rules.version_in_force(session)
    rules = f"《{version.title}》" if version else "《村规民约》"
    return f"{rules}及{REVIEW_BODY}评议意见"


def print_board(session: Session, month: str, *, page: str = "A4") -> PrintedSheet:
    """The month's board as a PDF; warns when black names are set to print in full."""
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing.red_black_sheet import BlackRow, RedBlackSheet, RedRow
    from sanzhi_desktop.printing.red_black_sheet import render_red_black_sheet as _render

    profile = session.require_village("红黑榜", "red/black boards")
    board = compose_board(session, month)
    if not board.red and not board.black:
        raise RefusedError(
            msg(
                f"{chinese_month(month)}红黑榜上没有人，没有可打印的榜单。",
                f"Nobody is on the {month} red/black board: there is nothing to print.",
            )
        )
    full = black_names_full(session)
    sheet = RedBlackSheet(
        village_name=profile.name,
        month=month,
        basis=rules_basis(session),
        review_date=board.review_date,
        review_body=f"{profile.name}{REVIEW_BODY}",
        posted_date=board.posted_date,
        objection_channel=objection_channel(session),
        red=[RedRow(e.name, e.group_no, e.category, e.deed) for e in board.red],
        black=[
            BlackRow(e.name, e.group_no, e.clause_label, e.deed, e.requirement, e.deadline)
            for e in board.black
        ],
        publicity_days=publicity_days(session),
        full_black_names=full,
        page=page,
    )
    warnings = [full_names_warning()] if full and board.black else []
    return PrintedSheet(
        pdf=_render(sheet),
        title=sheet.title,
        suggested_name=f"{sheet.title}.pdf",
        warnings=warnings,
    )


# --- to-dos ------------------------------------------------------------------------------


@todo_provider
def red_black_todos(session: Session) -> list[TodoItem]:
    """Entries waiting for a step, black deadlines passed, stays that have ended."""
    # A town holds its villages' lists (from their sync files) but keeps none of
    # its own: their steps are the villages' work, not the town's to-dos.
    if session.profile is None or session.profile.kind is OfficeKind.TOWN:
        return []
    today = clock.today_iso()
    items: list[TodoItem] = []
    for entry in list_entries(session):
        label = Board(entry.board).label
        if entry.status in {"reported", "verified", "reviewed"}:
            step = {"reported": "待核实", "verified": "待道德评议会评议", "reviewed": "待上榜"}
            items.append(
                TodoItem(
                    text=msg(
                        f"{label}：{entry.name}（{entry.category}）{step[entry.status]}",
                        f"{label}: {entry.name} waits for the next step",
                    ),
                    urgency=Urgency.WAITING,
                    page="red_black",
                    table=TABLE,
                    record_id=entry.id,
                    due=entry.reported_date,
                )
            )
        elif entry.status == "posted" and entry.is_black and entry.deadline < today:
            items.append(
                TodoItem(
                    text=msg(
                        f"黑榜：{entry.name}的整改期限已过，请核查整改情况",
                        f"Black list: {entry.name}'s deadline has passed",
                    ),
                    urgency=Urgency.OVERDUE,
                    page="red_black",
                    table=TABLE,
                    record_id=entry.id,
                    due=entry.deadline,
                )
            )
        elif entry.status == "posted" and entry.expires_on and entry.expires_on < today:
            items.append(
                TodoItem(
                    text=msg(
                        f"{label}：{entry.name}的上榜期已满，请下榜",
                        f"{label}: {entry.name}'s stay on the board has ended",
                    ),
                    urgency=Urgency.DUE_SOON,
                    page="red_black",
                    table=TABLE,
                    record_id=entry.id,
                    due=entry.expires_on,
                )
            )
    return items


def today_month() -> str:
    return clock.today_iso()[:7]
