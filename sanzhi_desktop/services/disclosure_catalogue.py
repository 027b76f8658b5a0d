"""The disclosure catalogue in force and what it makes due, due soon or overdue.

The default catalogue ships in ``resources/boards/disclosure_catalogue.json``.
A town replaces it for its villages by writing its own rows (owner = the
town code, addressee '*'), which travel in the town's sync file; when such
rows exist they are the catalogue, whole — a town that drops an item means it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from sanzhi_desktop.domain.disclosure_catalogue import (
    CatalogueItem,
    Deadline,
    Frequency,
    deadline_state,
    due_date,
    period_label,
    periods_to_check,
)
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.resource_files import resource_path
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import boards as store
from sanzhi_desktop.storage import clock, records

TABLE = "disclosure_catalogue"
#: The default catalogue's code of the quarterly finance disclosure.
FINANCE_ITEM_CODE = "CW-01"


@cache
def default_catalogue() -> tuple[CatalogueItem, ...]:
    data = json.loads(resource_path("boards", "disclosure_catalogue.json").read_text("utf-8"))
    return tuple(
        CatalogueItem.from_record({**row, "sort_order": index})
        for index, row in enumerate(data["items"])
    )


def catalogue(session: Session) -> list[CatalogueItem]:
    """The town's catalogue when it sent one, else the default."""
    profile = session.require_profile()
    rows = store.catalogue_rows(session.db, town_code=profile.town_code or profile.code)
    if rows:
        return [CatalogueItem.from_record(r) for r in rows]
    return list(default_catalogue())


def finance_item(session: Session) -> CatalogueItem:
    """The quarterly finance item: ``CW-01``, or the town's quarterly 财务 item."""
    return finance_item_in(catalogue(session))


def finance_item_in(items: list[CatalogueItem]) -> CatalogueItem:
    """The quarterly finance item of a catalogue (a county reads each town's)."""
    for item in items:
        if item.code == FINANCE_ITEM_CODE:
            return item
    for item in items:
        if item.category == "财务" and item.frequency == Frequency.QUARTERLY.value:
            return item
    return default_catalogue()[0]


def replace_town_catalogue(session: Session, items: list[CatalogueItem]) -> int:
    """A town writes its catalogue for all its villages (replacing its previous one)."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("只有镇（乡）可以设置公开目录。", "Only a town sets the catalogue."))
    with session.db.atomic():
        for row in store.catalogue_rows(session.db, town_code=profile.code):
            records.delete_record(session.db, TABLE, row["id"], author=session.author)
        for index, item in enumerate(items):
            values = {**item.to_record(), "sort_order": index, "addressee": "*"}
            records.insert_record(
                session.db,
                TABLE,
                values,
                author=session.author,
                record_id=records.natural_id(TABLE, profile.code, item.code, clock.now_ms()),
            )
    return len(items)


@dataclass(frozen=True)
class DueItem:
    item: CatalogueItem
    period: str
    due: date
    state: Deadline

    @property
    def text(self) -> str:
        label = period_label(self.period)
        due = f"{self.due.year}年{self.due.month}月{self.due.day}日"
        if self.state is Deadline.OVERDUE:
            return msg(
                f"已逾期：{label}{self.item.item}（应于{due}前公开）",
                f"Overdue: {self.item.item} {label} (due {self.due})",
            )
        if self.state is Deadline.DUE_SOON:
            return msg(
                f"即将到期：{label}{self.item.item}（{due}前公开）",
                f"Due soon: {self.item.item} {label} (by {self.due})",
            )
        return msg(f"已公开：{label}{self.item.item}", f"Done: {self.item.item} {label}")

    @property
    def todo_text(self) -> str:
        """:attr:`text` without the date: the to-do list shows :attr:`due` beside it, once."""
        label = period_label(self.period)
        if self.state is Deadline.OVERDUE:
            return msg(f"逾期未公开：{label}{self.item.item}", f"Overdue: {self.item.item} {label}")
        return msg(f"待公开：{label}{self.item.item}", f"To publish: {self.item.item} {label}")


def deadlines(session: Session, *, today: date | None = None) -> list[DueItem]:
    """Each catalogue item's recent periods with their state (done / due soon / overdue)."""
    today = today or clock.today()
    done = store.posted_periods(session.db, session.author.owner)
    since = _keeping_since(session)
    result = []
    for item in catalogue(session):
        for period in periods_to_check(item, today, since=since):
            due = due_date(item, period)
            assert due is not None
            state = deadline_state(due, today, done=(item.code, period) in done)
            result.append(DueItem(item, period, due, state))
    return result


def _keeping_since(session: Session) -> date | None:
    """When this office started keeping its boards: set-up day, or its oldest notice."""
    profile = session.require_profile()
    dates = [profile.created_at[:10], store.earliest_notice_date(session.db, profile.code)]
    valid = [date.fromisoformat(d) for d in dates if d]
    return min(valid) if valid else None


@todo_provider
def catalogue_todos(session: Session) -> list[TodoItem]:
    if session.profile is None or session.profile.kind is not OfficeKind.VILLAGE:
        return []
    finance_code = finance_item(session).code
    items = []
    for due in deadlines(session):
        if due.state not in (Deadline.OVERDUE, Deadline.DUE_SOON):
            continue
        table, record_id = "", ""
        if due.item.code == finance_code:
            year, quarter = due.period.split("Q")
            table = "finance_disclosures"
            record_id = records.natural_id(table, session.profile.code, int(year), int(quarter))
        items.append(
            TodoItem(
                text=due.todo_text,
                urgency=Urgency.OVERDUE if due.state is Deadline.OVERDUE else Urgency.DUE_SOON,
                page="boards",
                table=table,
                record_id=record_id,
                due=due.due.isoformat(),
            )
        )
    return items
