"""季度财务收支公开: keep a quarter's figures, turn them into a finance notice, print.

A disclosure's id is the natural key ``(village, year, quarter)``, so the same
quarter entered on two PCs becomes one record. Its figures can change until
its notice has been sent to review; after that the notice's lifecycle rules
(review, post, objections, correction) apply, and a changed figure needs a
correction of the posted notice.
"""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.errors import NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.finance import FinanceDisclosure, finance_title, validate_finance
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.notices import Notice, NoticeCategory, NoticeStatus
from sanzhi_desktop.services import notices
from sanzhi_desktop.services.disclosure_catalogue import finance_item
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import boards as store
from sanzhi_desktop.storage import records

TABLE = "finance_disclosures"


def disclosure_id(session: Session, year: int, quarter: int) -> str:
    return records.natural_id(TABLE, session.author.owner, int(year), int(quarter))


def get_finance(session: Session, year: int, quarter: int) -> FinanceDisclosure:
    try:
        row = records.get_record(session.db, TABLE, disclosure_id(session, year, quarter))
    except NotFoundError:
        raise NotFoundError(
            msg(f"还没有{year}年第{quarter}季度的财务公开", f"No finance for {year} Q{quarter}")
        ) from None
    return FinanceDisclosure.from_record(row)


def get_finance_by_id(session: Session, finance_id: str) -> FinanceDisclosure:
    return FinanceDisclosure.from_record(records.get_record(session.db, TABLE, finance_id))


def list_finance(session: Session) -> list[dict[str, object]]:
    """Every quarter's disclosure, newest first, with its notice's status and posting date."""
    return store.list_finance(session.db, owner=session.author.owner)


def _check(disclosure: FinanceDisclosure) -> FinanceDisclosure:
    disclosure = disclosure.cleaned()
    errors = validate_finance(disclosure)
    if errors:
        raise ValidationError(errors)
    return disclosure


def save_finance(session: Session, disclosure: FinanceDisclosure) -> FinanceDisclosure:
    """Create or change a quarter's disclosure (refused once its notice left draft)."""
    disclosure = _check(disclosure)
    record_id = disclosure_id(session, disclosure.year, disclosure.quarter)
    try:
        existing: dict[str, object] | None = records.get_record(session.db, TABLE, record_id)
    except NotFoundError:
        existing = None
    values = disclosure.to_record()
    values.pop("id")
    with session.db.atomic():
        if existing is None:
            values["notice_id"] = ""
            stored = records.insert_record(
                session.db, TABLE, values, author=session.author, record_id=record_id
            )
        else:
            notice_id = str(existing["notice_id"] or "")
            _refuse_if_notice_moved_on(session, notice_id)
            values["notice_id"] = notice_id
            stored = records.update_record(
                session.db, TABLE, record_id, values, author=session.author
            )
            if notice_id:
                _refresh_notice(session, FinanceDisclosure.from_record(stored))
    return FinanceDisclosure.from_record(stored)


def _refuse_if_notice_moved_on(session: Session, notice_id: str) -> None:
    if not notice_id:
        return
    try:
        notice = notices.get_notice(session, notice_id)
    except NotFoundError:
        return
    if notice.status != NoticeStatus.DRAFT.value:
        raise RefusedError(
            msg(
                "这个季度的财务公开已送审或已公开，数字不能再改；如有错误，请对公开事项做“更正”。",
                "This quarter's notice has left draft; correct the notice instead.",
            )
        )


def finance_body(disclosure: FinanceDisclosure) -> str:
    income, expense = disclosure.income_fen(), disclosure.expense_fen()
    return (
        f"期初余额{disclosure.opening_fen / 100:,.2f}元，本期收入{income / 100:,.2f}元，"
        f"本期支出{expense / 100:,.2f}元，期末余额{disclosure.closing_fen / 100:,.2f}元。"
        "收支明细见财务公开表。"
    )


def _refresh_notice(session: Session, disclosure: FinanceDisclosure) -> None:
    notice = notices.get_notice(session, disclosure.notice_id)
    notices.update_notice(session, replace(notice, body=finance_body(disclosure)))


def make_finance_notice(session: Session, year: int, quarter: int) -> Notice:
    """Turn the quarter's figures into a draft finance notice (once)."""
    disclosure = get_finance(session, year, quarter)
    if disclosure.notice_id:
        try:
            return notices.get_notice(session, disclosure.notice_id)
        except NotFoundError:
            pass
    profile = session.require_profile()
    item = finance_item(session)
    with session.db.atomic():
        notice = notices.create_notice(
            session,
            Notice(
                category=NoticeCategory.FINANCE.value,
                title=finance_title(profile.name, year, quarter),
                body=finance_body(disclosure),
                basis=item.legal_basis,
                catalogue_item=item.code,
                period=disclosure.period,
                publicity_days=item.publicity_days,
            ),
        )
        records.update_record(
            session.db, TABLE, disclosure.id, {"notice_id": notice.id}, author=session.author
        )
    return notice


def finance_pdf(session: Session, year: int, quarter: int, *, page: str = "A4") -> bytes:
    """The finance disclosure sheet (GLOSSARY "Printed forms").

    Until the committee has approved the quarter's notice the sheet is a
    draft (:func:`notices.is_draft`): every page is marked 草稿（未经审核，不得张贴）
    and no opinion is printed, so it never claims an approval it lacks.
    """
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing import finance_sheet

    disclosure = get_finance(session, year, quarter)
    notice = _notice_of(session, disclosure)
    return finance_sheet.finance_pdf(
        _check(disclosure),
        profile=session.require_profile(),
        notice=notice,
        page=page,
        draft=notices.is_draft(notice),
    )


def _notice_of(session: Session, disclosure: FinanceDisclosure) -> Notice | None:
    if not disclosure.notice_id:
        return None
    try:
        return notices.get_notice(session, disclosure.notice_id)
    except NotFoundError:
        return None


def is_draft_quarter(session: Session, year: int, quarter: int) -> bool:
    """Whether the quarter's sheet prints as a draft (for the GUI to say so before it opens)."""
    return notices.is_draft(_notice_of(session, get_finance(session, year, quarter)))
