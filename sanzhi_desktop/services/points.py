"""积分制: points by rule, redemptions at the points store, balances and the quarter's sheet.

The ledger is append-only (see :mod:`sanzhi_desktop.domain.points`): this
module only ever inserts rows. The balance of a household is the sum of its
entries, computed in SQL for the lists and checked against the domain's
``balance`` in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.points import (
    EntryKind,
    LedgerEntry,
    PointsRule,
    quarter_months,
    validate_entry,
)
from sanzhi_desktop.services.moral_catalogues import catalogue_rows
from sanzhi_desktop.services.moral_common import (
    black_names_full,
    full_names_warning,
    publicity_days,
    who,
)
from sanzhi_desktop.services.red_black import PrintedSheet, objection_channel
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, moral, records

TABLE = "points_entries"


@dataclass(frozen=True)
class RuleCatalogue:
    rules: list[PointsRule]
    source: str  # "default" or "town"

    def find(self, code: str) -> PointsRule | None:
        return next((r for r in self.rules if r.code == code), None)


def points_rules(session: Session) -> RuleCatalogue:
    found = catalogue_rows(session, "points_rules")
    return RuleCatalogue(
        rules=[
            PointsRule(
                code=str(r["code"]),
                category=str(r["category"]),
                points=int(r["points"]),
                description=str(r["description"]),
                evidence=str(r.get("evidence") or ""),
            )
            for r in found.rows
        ],
        source=found.source,
    )


def _append(session: Session, entry: LedgerEntry) -> LedgerEntry:
    entry = entry.cleaned()
    errors = validate_entry(entry)
    if entry.household_id:
        try:
            who(session, entry.household_id)
        except ValidationError as err:
            errors += err.errors
    if errors:
        raise ValidationError(errors)
    values = entry.to_record()
    values.pop("id")
    row = records.insert_record(session.db, TABLE, values, author=session.author)
    return LedgerEntry.from_record(row)


def add_points(
    session: Session,
    household_id: str,
    rule_code: str,
    *,
    approved_by: str,
    entry_date: str = "",
    note: str = "",
    points: int | None = None,
) -> LedgerEntry:
    """Points by a catalogue rule (the rule's points unless ``points`` is given)."""
    rule = points_rules(session).find(rule_code)
    if rule is None:
        raise ValidationError(
            [FieldError("rule_code", msg(f"积分规则{rule_code}不存在", "Unknown rule"))]
        )
    if points is not None and (points > 0) != (rule.points > 0):
        raise ValidationError(
            [FieldError("points", msg("分值的正负应与规则一致", "The sign must match the rule"))]
        )
    entry = LedgerEntry(
        household_id=household_id,
        entry_date=entry_date or clock.today_iso(),
        kind=EntryKind.RULE.value,
        points=rule.points if points is None else points,
        rule_code=rule.code,
        note=note or rule.description,
        approved_by=approved_by,
    )
    with session.db.atomic():
        return _append(session, entry)


def correct_entry(
    session: Session, entry_id: str, *, approved_by: str, reason: str, entry_date: str = ""
) -> LedgerEntry:
    """Put a mistaken rule entry right with an entry of the opposite points."""
    with session.db.atomic():
        original = LedgerEntry.from_record(records.get_record(session.db, TABLE, entry_id))
        if original.kind != EntryKind.RULE:
            raise RefusedError(msg("只能更正按规则记的分", "Only rule entries can be corrected"))
        corrected = [
            e for e in history(session, original.household_id) if e.note.endswith(f"#{entry_id}")
        ]
        if corrected:
            raise RefusedError(msg("这条记录已经更正过", "This entry was already corrected"))
        return _append(
            session,
            LedgerEntry(
                household_id=original.household_id,
                entry_date=entry_date or clock.today_iso(),
                kind=EntryKind.CORRECTION.value,
                points=-original.points,
                rule_code=original.rule_code,
                note=f"{reason.strip()} #{entry_id}" if reason.strip() else "",
                approved_by=approved_by,
            ),
        )


def redeem(
    session: Session,
    household_id: str,
    *,
    item: str,
    points: int,
    cash_fen: int = 0,
    approved_by: str = "",
    entry_date: str = "",
) -> LedgerEntry:
    """Spend ``points`` (a positive number) at the points store; refused beyond the balance."""
    if points <= 0:
        raise ValidationError(
            [FieldError("points", msg("兑换积分应大于0", "Points to spend must be positive"))]
        )
    day = entry_date or clock.today_iso()
    with session.db.atomic():
        available = moral.points_balance(session.db, household_id, until=day)
        if points > available:
            raise RefusedError(
                msg(
                    f"积分不足：该户{day}的余额为{available}分，兑换需要{points}分",
                    f"Not enough points: balance {available}, needed {points}",
                )
            )
        return _append(
            session,
            LedgerEntry(
                household_id=household_id,
                entry_date=day,
                kind=EntryKind.REDEEM.value,
                points=-points,
                item=item,
                cash_fen=cash_fen,
                approved_by=approved_by or session.operator,
                note=f"兑换{item}",
            ),
        )


def balance(session: Session, household_id: str, *, until: str = "9999") -> int:
    return moral.points_balance(session.db, household_id, until=until)


def history(session: Session, household_id: str) -> list[LedgerEntry]:
    rows = moral.list_points_entries(session.db, household_id=household_id)
    return [LedgerEntry.from_record(r) for r in rows]


def list_entries(
    session: Session, *, since: str | None = None, until: str | None = None
) -> list[dict[str, Any]]:
    return moral.list_points_entries(session.db, since=since, until=until)


def year_end_reset(session: Session, year: int, *, approved_by: str = "") -> int:
    """Bring every balance to zero on 31 December with one 'reset' entry each; history stays.

    Refused if that year was already reset. Returns how many households were reset.
    """
    day = f"{year:04d}-12-31"
    with session.db.atomic():
        already = [
            e
            for e in moral.list_points_entries(session.db, since=day, until=day)
            if e["kind"] == EntryKind.RESET
        ]
        if already:
            raise RefusedError(msg(f"{year}年的积分已经清零过", f"{year} was already reset"))
        count = 0
        for row in moral.points_summary(session.db, day, day):
            if row["balance"]:
                entry = LedgerEntry(
                    household_id=str(row["household_id"]),
                    entry_date=day,
                    kind=EntryKind.RESET.value,
                    points=-int(row["balance"]),
                    note=f"{year}年度积分清零",
                    approved_by=approved_by or session.operator,
                )
                entry = entry.cleaned()
                values = entry.to_record()
                values.pop("id")
                records.insert_record(session.db, TABLE, values, author=session.author)
                count += 1
    return count


@dataclass(frozen=True)
class QuarterRow:
    household_id: str
    household_no: str
    head_name: str
    group_no: int
    earned: int
    deducted: int
    redeemed: int
    balance: int


def quarter_summary(
    session: Session, year: int, quarter: int, *, only_active: bool = True
) -> list[QuarterRow]:
    """Per household: points earned, deducted, redeemed in the quarter and the balance after."""
    try:
        since, until = quarter_months(year, quarter)
    except ValueError as exc:
        raise ValidationError([FieldError("quarter", str(exc))]) from exc
    rows = [
        QuarterRow(
            household_id=str(r["household_id"]),
            household_no=str(r["household_no"]),
            head_name=str(r["head_name"]),
            group_no=int(r["group_no"]),
            earned=int(r["earned"]),
            deducted=int(r["deducted"]),
            redeemed=int(r["redeemed"]),
            balance=int(r["balance"]),
        )
        for r in moral.points_summary(session.db, since, until)
        if not only_active or r["entries"]
    ]
    return rows


def print_points_sheet(
    session: Session, year: int, quarter: int, *, page: str = "A4"
) -> PrintedSheet:
    """The quarter's points publicity; names masked like the black board (it shows deductions)."""
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing.points_sheet import PointsRow, PointsSheet, render_points_sheet

    profile = session.require_village("积分公示", "points sheets")
    rows = quarter_summary(session, year, quarter)
    if not rows:
        raise RefusedError(
            msg(
                f"{year}年第{quarter}季度没有积分记录，没有可打印的公示。",
                f"No points were recorded in {year} Q{quarter}: there is nothing to print.",
            )
        )
    full = black_names_full(session)
    sheet = PointsSheet(
        village_name=profile.name,
        year=year,
        quarter=quarter,
        rows=[
            PointsRow(r.head_name, r.group_no, r.earned, r.deducted, r.redeemed, r.balance)
            for r in rows
        ],
        full_names=full,
        posted_date=clock.today_iso(),
        publicity_days=publicity_days(session),
        objection_channel=objection_channel(session),
        page=page,
    )
    return PrintedSheet(
        pdf=render_points_sheet(sheet),
        title=sheet.title,
        suggested_name=f"{sheet.title}.pdf",
        warnings=[full_names_warning()] if full and rows else [],
    )
