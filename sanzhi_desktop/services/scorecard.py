"""The town's 考核 scorecard: every village measured against the catalogue's targets.

The town computes it over the records its villages sent; a village computes
its own card the same way over its own records, so it knows its standing
before the town does. The catalogue is the town's (sent down in its sync
file) or the shipped default. Figures come from :mod:`storage.scorecard`,
one statement per rule for every village at once; grading, points and
ranking are :mod:`domain.scorecard`'s.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from sanzhi_desktop.domain.disclosure_catalogue import CatalogueItem, due_date
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.law import BACKBONE_TARGET, CADRE_TARGET
from sanzhi_desktop.domain.scorecard import (
    Cell,
    Figure,
    Grade,
    TargetItem,
    VillageCard,
    grade,
    points,
    rank,
    validate_item,
)
from sanzhi_desktop.resource_files import resource_path
from sanzhi_desktop.services.disclosure_catalogue import finance_item
from sanzhi_desktop.services.red_black import PrintedSheet
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, records, sync_ledger
from sanzhi_desktop.storage import scorecard as store

ITEMS, INSPECTIONS = "scorecard_items", "scorecard_inspections"


@cache
def default_catalogue() -> tuple[TargetItem, ...]:
    data = json.loads(resource_path("scorecard", "targets.json").read_text("utf-8"))
    return tuple(
        TargetItem.from_record({**row, "position": index})
        for index, row in enumerate(data["items"])
    )


def known_rules() -> frozenset[str]:
    return frozenset(store.RULES)


def scored_tables() -> frozenset[str]:
    """Every table a figure is read from (a change to one may change a card)."""
    tables = {rule.table for rule in store.RULES.values()}
    return frozenset(tables | {ITEMS, INSPECTIONS, "notices", "households"})


def _town_code(session: Session) -> str:
    profile = session.require_profile()
    return profile.code if profile.kind is OfficeKind.TOWN else profile.town_code


def catalogue(session: Session) -> list[TargetItem]:
    """The town's catalogue (for this village, if it sent one of its own), else the default."""
    profile = session.require_profile()
    village = profile.code if profile.kind is OfficeKind.VILLAGE else ""
    rows = store.catalogue_rows(session.db, town_code=_town_code(session), village_code=village)
    if rows:
        return [TargetItem.from_record(r) for r in rows]
    return list(default_catalogue())


def is_default_catalogue(session: Session) -> bool:
    return catalogue(session) == list(default_catalogue())


def _require_town(session: Session, what_zh: str, what_en: str) -> str:
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg(f"{what_zh}由镇里设置。", f"{what_en} is set by the town."))
    return profile.code


def save_catalogue(session: Session, items: list[TargetItem]) -> list[TargetItem]:
    """Replace the town's catalogue for all its villages (sent in its next sync files).

    Items keep their id through an edit (derived from the code), so a village
    that imports the new version has its old lines replaced, not doubled;
    an item the town drops is deleted (a tombstone that travels too).
    """
    town = _require_town(session, "考核目录", "The target catalogue")
    errors: list[FieldError] = []
    codes: set[str] = set()
    for index, item in enumerate(items):
        for error in validate_item(item, known_rules=known_rules()):
            errors.append(
                FieldError(error.field, f"第{index + 1}项（{item.code}）：{error.message}")
            )
        if item.code in codes:
            errors.append(FieldError("code", msg(f"编号{item.code}重复", f"Duplicate {item.code}")))
        codes.add(item.code)
    if not items:
        errors.append(FieldError("items", msg("考核目录不能为空", "The catalogue is empty")))
    if errors:
        raise ValidationError(errors)
    existing = {r["code"]: r for r in store.catalogue_rows(session.db, town_code=town)}
    saved = []
    with session.db.atomic():
        for position, item in enumerate(items):
            values = {**item.to_record(), "position": position, "addressee": "*"}
            values.pop("id")
            record_id = records.natural_id(ITEMS, town, "*", item.code)
            if item.code in existing:
                row = records.update_record(
                    session.db, ITEMS, record_id, values, author=session.author
                )
            else:
                row = _insert_or_restore(session, record_id, values)
            saved.append(TargetItem.from_record(row))
        for code, row in existing.items():
            if code not in codes:
                records.delete_record(session.db, ITEMS, row["id"], author=session.author)
    return saved


def _insert_or_restore(session: Session, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """Insert an item; one the town deleted before and adds again comes back under its id."""
    try:
        records.get_record(session.db, ITEMS, record_id, include_deleted=True)
    except NotFoundError:  # a new item
        return records.insert_record(
            session.db, ITEMS, values, author=session.author, record_id=record_id
        )
    session.db.execute(f"UPDATE [{ITEMS}] SET deleted = 0 WHERE id = ?", [record_id])
    return records.update_record(session.db, ITEMS, record_id, values, author=session.author)


def record_inspection(
    session: Session,
    *,
    village_code: str,
    year: int,
    item_code: str,
    value: float,
    inspector: str,
    note: str = "",
    on: str = "",
) -> None:
    """An inspector's figure for an on-site item (a village's board upkeep, say)."""
    town = _require_town(session, "实地检查结果", "Inspections")
    items = {i.code: i for i in catalogue(session)}
    errors = []
    if item_code not in items or not items[item_code].inspected:
        errors.append(FieldError("item_code", msg("这一项不是实地检查项目", "Not an on-site item")))
    if village_code not in {p.code for p in sync_ledger.list_peers(session.db, kind="village")}:
        errors.append(FieldError("village_code", msg("这个村还没有登记", "Village not enrolled")))
    if not 0 <= value <= 100_000:
        errors.append(FieldError("value", msg("数值不在合理范围内", "Value out of range")))
    if not inspector.strip():
        errors.append(FieldError("inspector", msg("请填写检查人", "Name the inspector")))
    if errors:
        raise ValidationError(errors)
    values = {
        "village_code": village_code,
        "year": year,
        "item_code": item_code,
        "value": float(value),
        "inspected_on": on or clock.today_iso(),
        "inspector": inspector.strip(),
        "note": note.strip(),
        "addressee": village_code,
    }
    record_id = records.natural_id(INSPECTIONS, town, village_code, year, item_code)
    with session.db.atomic():
        try:
            records.get_record(session.db, INSPECTIONS, record_id)
        except NotFoundError:  # the first inspection
            records.insert_record(
                session.db, INSPECTIONS, values, author=session.author, record_id=record_id
            )
        else:
            records.update_record(session.db, INSPECTIONS, record_id, values, author=session.author)


# --- computing ----------------------------------------------------------------------


@dataclass(frozen=True)
class Scorecard:
    year: int
    as_of: date
    items: list[TargetItem]
    cards: list[VillageCard]  # ranked
    default_catalogue: bool

    def totals(self) -> dict[str, float]:
        return {c.code: c.total for c in self.cards}


def as_of_day(year: int, today: date) -> date:
    """The day a year's figures are taken on: its last day, or today for the year so far."""
    return min(date(year, 12, 31), today) if year >= today.year else date(year, 12, 31)


def finance_due(item: CatalogueItem, year: int, as_of: date) -> list[tuple[int, str]]:
    """(quarter, due date) of the year's finance disclosures that fell due by ``as_of``."""
    due = []
    for quarter in range(1, 5):
        day = due_date(item, f"{year}Q{quarter}")
        if day is not None and day <= as_of:
            due.append((quarter, day.isoformat()))
    return due


def _sweep_periods(year: int, as_of: date) -> list[str]:
    """The year's half-month sweep periods that ended by ``as_of`` (the plan's default rhythm)."""
    from sanzhi_desktop.domain.screening import period_end

    periods = [f"{year:04d}-{month:02d}-{half}" for month in range(1, 13) for half in (1, 2)]
    return [p for p in periods if period_end(p) <= as_of]


def rule_params(year: int, as_of: date, due: list[tuple[int, str]]) -> dict[str, Any]:
    """The parameters every rule's statement takes, in SQLite and in PostgreSQL alike.

    ``due`` is :func:`finance_due` of the town's finance item: the one thing
    that differs between towns (each may set its own deadlines).
    """
    periods = _sweep_periods(year, as_of)
    return {
        "year": year,
        "start": f"{year:04d}-01-01",
        "end": as_of.isoformat(),
        "due": json.dumps(due),
        "due_count": len(due),
        "periods": json.dumps(periods),
        "period_count": len(periods),
        "cadre_target": CADRE_TARGET,
        "backbone_target": BACKBONE_TARGET,
    }


def _params(session: Session, year: int, as_of: date) -> dict[str, Any]:
    return rule_params(year, as_of, finance_due(finance_item(session), year, as_of))


def _villages(session: Session) -> list[tuple[str, str, str]]:
    """(code, name, last file received) of the villages the card is computed for."""
    profile = session.require_profile()
    if profile.kind is OfficeKind.VILLAGE:
        return [(profile.code, profile.name, "")]
    last = store.last_received_per_sender(session.db)
    return [
        (p.code, p.name, last.get(p.code, ""))
        for p in sync_ledger.list_peers(session.db, kind="village")
        if not p.revoked_at
    ]


def _inspected(session: Session, year: int) -> dict[tuple[str, str], float]:
    rows = store.inspections(session.db, town_code=_town_code(session), year=year)
    return {(r["village_code"], r["item_code"]): float(r["value"]) for r in rows}


def figure_of(rule: store.Rule, found: tuple[int, int] | None, params: dict[str, Any]) -> Figure:
    """A village's figure from its rule's row (``None``: the village had no row)."""
    numerator, denominator = found or (
        0,
        int(params.get(rule.due_param, 0)) if rule.due_param else 0,
    )
    if not rule.share:
        return Figure.count(numerator)
    return Figure.share(numerator, denominator)


def graded(item: TargetItem, figure: Figure, rule: store.Rule | None) -> Cell:
    """The cell of ``item``: its grade and points (the rule says what "no records" scores)."""
    if figure.value is None and rule is not None and rule.when_empty != "no_data":
        result = Grade.MET if rule.when_empty == "met" else Grade.MISSED
        note = "无需办理的事项" if result is Grade.MET else "没有记录"
        figure = replace(figure, note=note)
    else:
        result = grade(figure.value, item)
    return Cell(item, figure, result, points(result, item.weight))


def compute_scorecard(session: Session, year: int, *, today: date | None = None) -> Scorecard:
    """Every village's card for ``year`` as of ``today`` (the year so far) or its end."""
    today = today or clock.today()
    as_of = as_of_day(year, today)
    items = catalogue(session)
    params = _params(session, year, as_of)
    villages = _villages(session)
    computed: dict[str, dict[str, tuple[int, int]]] = {}
    for item in items:
        rule = store.RULES.get(item.rule)
        if rule is not None and rule.name not in computed:
            computed[rule.name] = store.figures(session.db, rule, params)
    inspected = _inspected(session, year)
    cards = []
    for code, name, last in villages:
        card = VillageCard(code, name, last_file=last)
        for item in items:
            rule = store.RULES.get(item.rule)
            if item.inspected:
                value = inspected.get((code, item.code))
                figure = Figure(value) if value is not None else Figure(None, note="待实地检查")
                card.cells.append(graded(item, figure, None))
            elif rule is None:
                card.cells.append(graded(item, Figure(None, note="本版程序不会计算"), None))
            else:
                card.cells.append(
                    graded(item, figure_of(rule, computed[rule.name].get(code), params), rule)
                )
        cards.append(card)
    return Scorecard(year, as_of, items, rank(cards), is_default_catalogue(session))


def own_card(session: Session, year: int, *, today: date | None = None) -> VillageCard:
    """A village's own card (what the town will see once it has the village's records)."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.VILLAGE:
        raise RefusedError(msg("本村考核卡只在村里查看。", "A village's own card."))
    [card] = compute_scorecard(session, year, today=today).cards
    return card


@dataclass(frozen=True)
class Change:
    village: str
    item: TargetItem
    before: Grade
    after: Grade


def month_changes(session: Session, year: int, month: int) -> list[Change]:
    """Cells whose grade changed during ``month``: the 通报's "本月变化"."""
    end = (date(year, month, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    start = date(year, month, 1) - timedelta(days=1)
    after = compute_scorecard(session, year, today=end)
    if start.year != year:
        return [
            Change(card.name, cell.item, Grade.NO_DATA, cell.grade)
            for card in after.cards
            for cell in card.cells
            if cell.grade is not Grade.NO_DATA
        ]
    before = {c.code: c for c in compute_scorecard(session, year, today=start).cards}
    changes = []
    for card in after.cards:
        old = before.get(card.code)
        for cell in card.cells:
            was = old.cell(cell.item.code).grade if old else Grade.NO_DATA
            if was is not cell.grade:
                changes.append(Change(card.name, cell.item, was, cell.grade))
    return changes


def records_behind(
    session: Session, village_code: str, year: int, item_code: str, *, today: date | None = None
) -> tuple[str, list[dict[str, Any]]]:
    """The table and the rows a cell's figure was computed from (read-only drill-down)."""
    items = {i.code: i for i in catalogue(session)}
    if item_code not in items:
        raise RefusedError(msg("考核目录里没有这一项", "No such item"))
    item = items[item_code]
    if item.inspected:
        rows = [
            r
            for r in store.inspections(session.db, town_code=_town_code(session), year=year)
            if r["village_code"] == village_code and r["item_code"] == item_code
        ]
        return INSPECTIONS, rows
    rule = store.RULES[item.rule]
    today = today or clock.today()
    params = {**_params(session, year, as_of_day(year, today)), "owner": village_code}
    return rule.table, store.drill(session.db, rule, params)


# --- the 通报 and the spreadsheet ---------------------------------------------------------


def period_text(year: int, as_of: date) -> str:
    if as_of.month == 12 and as_of.day == 31:
        return f"{year}年"
    return f"{year}年1—{as_of.month}月" if as_of.month > 1 else f"{year}年1月"


def month_end(year: int, month: int) -> date:
    return (date(year, month, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def change_sentences(changes: list[Change]) -> list[str]:
    return [
        f"{c.village}：{c.item.title}由“{c.before.label}”变为“{c.after.label}”" for c in changes
    ]


def print_scorecard(
    session: Session, year: int, *, month: int | None = None, today: date | None = None
) -> PrintedSheet:
    """The 通报 on A3 landscape: the scorecard as of ``month``'s end (or today) and its changes."""
    from sanzhi_desktop.printing.scorecard_sheet import (
        ScorecardSheet,
        ScoreColumn,
        ScoreRow,
        render_scorecard,
    )

    profile = session.require_profile()
    _require_town(session, "考核通报", "The scorecard bulletin")
    today = today or clock.today()
    if month is not None and not 1 <= month <= 12:
        raise ValidationError([FieldError("month", msg("月份应在1到12之间", "Month 1–12"))])
    taken = as_of_day(year, today if month is None else min(today, month_end(year, month)))
    card = compute_scorecard(session, year, today=taken)
    if not card.cards:
        raise RefusedError(msg("还没有登记任何村，没有可通报的内容。", "No village enrolled."))
    changes = month_changes(session, year, taken.month)
    sheet = ScorecardSheet(
        town_name=profile.name,
        period=period_text(year, taken),
        columns=[ScoreColumn(i.code, i.title, i.target, i.weight) for i in card.items],
        rows=[
            ScoreRow(
                c.rank,
                c.name,
                [(shown_figure(cell), cell.grade.value) for cell in c.cells],
                c.total,
                c.last_file[:10],
            )
            for c in card.cards
        ],
        changes=change_sentences(changes),
        made_on=today.isoformat(),
        default_catalogue=card.default_catalogue,
    )
    return PrintedSheet(render_scorecard(sheet), sheet.title, f"{sheet.title}.pdf")


def shown_figure(cell: Cell) -> str:
    """The figure as printed; a cell without one says why (待实地检查, 无需办理的事项)."""
    if cell.figure.value is None and cell.figure.note:
        return cell.figure.note
    return cell.figure.shown(cell.item.unit)


def scorecard_table(card: Scorecard) -> tuple[list[str], list[list[object]]]:
    """Headers and rows as numbers (a rate is a fraction, formatted % in the sheet)."""
    headers = ["名次", "村", *[f"{i.title}（{i.target}）" for i in card.items], "总分", "数据截至"]
    rows: list[list[object]] = []
    for village in card.cards:
        cells: list[object] = []
        for cell in village.cells:
            value = cell.figure.value
            if value is None:
                cells.append("—")
            else:
                cells.append(value / 100 if cell.item.unit == "%" else value)
        rows.append([village.rank, village.name, *cells, village.total, village.last_file[:10]])
    return headers, rows
