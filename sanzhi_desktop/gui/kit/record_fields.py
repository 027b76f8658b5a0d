"""Any synced record shown read-only, field by field: Chinese labels and formatted values.

The town sees its villages' records as sync brought them (``services.town.
village_records``: dicts of stored columns). :func:`field_columns` turns those
columns into record-kit columns: every column is shown under its clerk's
name, amounts in fen as ¥, dates as 2026年11月28日, stored codes by their
label, lists joined with 、. A column without a label here is left out — a
clerk never reads a raw column name — so a new part adds its columns below.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.awards import AwardKind
from sanzhi_desktop.domain.disclosure_catalogue import Frequency
from sanzhi_desktop.domain.good_deeds import DeedStatus
from sanzhi_desktop.domain.issue_wall import IssueStatus
from sanzhi_desktop.domain.mediation import CaseState, EventKind
from sanzhi_desktop.domain.mediation_papers import PaperKind
from sanzhi_desktop.domain.notices import NoticeStatus
from sanzhi_desktop.domain.points import EntryKind
from sanzhi_desktop.domain.red_black import Board, EntryStatus
from sanzhi_desktop.domain.star_rating import DISQUALIFIERS, RatingStatus
from sanzhi_desktop.domain.village_rules import RulesStatus
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.format import format_date, format_datetime, format_enum, format_money

#: (table, column) → the enum whose ``.label`` names a stored code; "*" matches any table.
ENUMS: dict[tuple[str, str], type[Enum]] = {
    ("notices", "status"): NoticeStatus,
    ("issue_wall", "status"): IssueStatus,
    ("red_black_entries", "status"): EntryStatus,
    ("red_black_entries", "board"): Board,
    ("good_deeds", "status"): DeedStatus,
    ("star_ratings", "status"): RatingStatus,
    ("village_rules", "status"): RulesStatus,
    ("mediation_cases", "state"): CaseState,
    ("mediation_events", "kind"): EventKind,
    ("mediation_papers", "kind"): PaperKind,
    ("awards", "kind"): AwardKind,
    ("points_entries", "kind"): EntryKind,
    ("disclosure_catalogue", "frequency"): Frequency,
}
#: Columns that hold a yes/no flag.
FLAGS = frozenset({"merged", "crime_risk", "petition_risk", "escalated", "active", "shown_false"})
#: Columns whose values are dates (or timestamps) even without a date-like name.
DATES = frozenset({"deadline", "expires_on", "follow_up_due", "on", "created_on"})
TIMES = frozenset({"recorded_at", "revoked_at"})
#: Structured payloads that have their own sheet; never shown as text.
HIDDEN = frozenset(
    {
        "data",
        "seq",
        "dossier_year",
        "dossier_seq",
        "sort_order",
        "due_rule",
        "due_day",
        "due_month",
        "supersedes",
        "superseded_by",
        "mediator_ids",
    }
)


class RecordFields(QObject):
    """The clerk's name of every stored column (a QObject so that they go through ``tr()``)."""

    def labels(self) -> dict[str, str]:
        return {
            "category": self.tr("Category"),
            "title": self.tr("Title"),
            "body": self.tr("Text"),
            "basis": self.tr("Basis"),
            "catalogue_item": self.tr("Catalogue item"),
            "period": self.tr("Period"),
            "attachments": self.tr("Attachments"),
            "status": self.tr("Status"),
            "reviewer": self.tr("Reviewer"),
            "review_opinion": self.tr("Review opinion"),
            "review_date": self.tr("Review date"),
            "approved_date": self.tr("Approved on"),
            "posted_date": self.tr("Posted on"),
            "publicity_days": self.tr("Publicity days"),
            "board": self.tr("Board"),
            "archived_date": self.tr("Archived on"),
            "addressee": self.tr("Addressed to"),
            "created_on": self.tr("Created on"),
            "raised_by": self.tr("Raised by"),
            "content": self.tr("Content"),
            "raised_on": self.tr("Raised on"),
            "answer": self.tr("Answer"),
            "answered_by": self.tr("Answered by"),
            "answered_on": self.tr("Answered on"),
            "code": self.tr("Code"),
            "item": self.tr("Item"),
            "legal_basis": self.tr("Legal basis"),
            "frequency": self.tr("Frequency"),
            "year": self.tr("Year"),
            "quarter": self.tr("Quarter"),
            "opening_fen": self.tr("Opening balance"),
            "closing_fen": self.tr("Closing balance"),
            "lines": self.tr("Lines"),
            "review_members": self.tr("Finance review group members"),
            "supervision_opinion": self.tr("Supervision opinion"),
            "prepared_by": self.tr("Prepared by"),
            "source": self.tr("Source"),
            "summary": self.tr("Summary"),
            "step": self.tr("Step"),
            "merged": self.tr("Merged with the next step"),
            "held_on": self.tr("Held on"),
            "form": self.tr("Form"),
            "expected": self.tr("Expected"),
            "present": self.tr("Present"),
            "approve": self.tr("Approving"),
            "outcome": self.tr("Outcome"),
            "remarks": self.tr("Remarks"),
            "responsible": self.tr("Responsible"),
            "deadline": self.tr("Deadline"),
            "measures": self.tr("Measures"),
            "feedback": self.tr("Feedback"),
            "posted_on": self.tr("Posted on"),
            "dossier_no": self.tr("Dossier no."),
            "dispute_type": self.tr("Dispute type"),
            "registered_on": self.tr("Registered on"),
            "amount_fen": self.tr("Amount"),
            "people_involved": self.tr("People involved"),
            "crime_risk": self.tr("Risk of a crime"),
            "petition_risk": self.tr("Risk of a petition"),
            "state": self.tr("State"),
            "accepted_on": self.tr("Accepted on"),
            "settled_on": self.tr("Settled on"),
            "agreement_form": self.tr("Agreement"),
            "follow_up_due": self.tr("Follow-up due"),
            "escalated": self.tr("Escalated"),
            "role": self.tr("Role"),
            "name": self.tr("Name"),
            "sex": self.tr("Sex"),
            "ethnicity": self.tr("Ethnicity"),
            "birth_date": self.tr("Born"),
            "occupation": self.tr("Occupation"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "id_number": self.tr("ID number"),
            "representative": self.tr("Representative"),
            "kind": self.tr("Kind"),
            "on": self.tr("Date"),
            "detail": self.tr("Detail"),
            "operator": self.tr("Operator"),
            "recorded_at": self.tr("Recorded at"),
            "active": self.tr("Active"),
            "adopted_date": self.tr("Adopted on"),
            "review_result": self.tr("Review result"),
            "note": self.tr("Note"),
            "number": self.tr("Clause"),
            "chapter": self.tr("Chapter"),
            "text": self.tr("Text"),
            "group_no": self.tr("Group"),
            "deed": self.tr("Deed / problem"),
            "evidence": self.tr("Evidence"),
            "clause_label": self.tr("Clause"),
            "requirement": self.tr("Rectification required"),
            "reported_date": self.tr("Reported on"),
            "reported_by": self.tr("Reported by"),
            "verified_date": self.tr("Verified on"),
            "verified_by": self.tr("Verified by"),
            "verify_note": self.tr("Findings"),
            "reviewers": self.tr("Reviewers"),
            "month": self.tr("Month"),
            "expires_on": self.tr("On the board until"),
            "closed_date": self.tr("Closed on"),
            "rectify_note": self.tr("Rectification check"),
            "removed_date": self.tr("Taken down on"),
            "removal_reason": self.tr("Reason taken down"),
            "objection": self.tr("Objection"),
            "virtue": self.tr("Virtue"),
            "shown_false": self.tr("Shown false"),
            "nominated_by": self.tr("Nominated by"),
            "nominator": self.tr("Nominator"),
            "nominated_date": self.tr("Nominated on"),
            "position": self.tr("Order"),
            "description": self.tr("Description"),
            "cycle": self.tr("Cycle"),
            "rated_date": self.tr("Rated on"),
            "stars": self.tr("Stars"),
            "disqualifiers": self.tr("Disqualifying conditions"),
            "disqualify_note": self.tr("What happened"),
            "plaque_date": self.tr("Plaque awarded on"),
            "revoked_date": self.tr("Revoked on"),
            "revoke_reason": self.tr("Reason revoked"),
            "star": self.tr("Star"),
            "reason": self.tr("Reason"),
            "event_date": self.tr("Date"),
            "points": self.tr("Points"),
            "entry_date": self.tr("Date"),
            "rule_code": self.tr("Rule"),
            "approved_by": self.tr("Approved by"),
            "cash_fen": self.tr("Cash"),
            "household_no": self.tr("Household no."),
            "head_name": self.tr("Head of household"),
            "relation": self.tr("Relation"),
            "fingerprint": self.tr("Fingerprint"),
            "revoked_at": self.tr("Revoked at"),
        }

    def codes(self) -> dict[tuple[str, str], dict[str, str]]:
        """Stored codes without an enum of their own, by (table, column)."""
        return {
            ("worthies", "status"): {"active": self.tr("on the roll"), "left": self.tr("left")},
        }

    def yes_no(self, value: object) -> str:
        return self.tr("yes") if value in (1, True, "1") else self.tr("no")

    def all_villages(self) -> str:
        return self.tr("all villages")


def _is_date(column: str) -> bool:
    return column in DATES or column.endswith(("_date", "_on"))


def _joined(value: object, column: str) -> str:
    """A JSON list as text: finance lines as 收入·项目 ¥金额 摘要, codes by their labels."""
    try:
        items = json.loads(str(value))
    except ValueError:
        return str(value)
    if not isinstance(items, list):
        return ""  # a structured payload: shown on its own sheet, never as a dict
    parts = []
    for item in items:
        if isinstance(item, Mapping):
            kind = "收入" if item.get("kind") == "income" else "支出"
            amount = format_money(int(item.get("amount_fen") or 0))
            parts.append(
                f"{kind}·{item.get('item', '')} {amount} {item.get('summary', '')}".strip()
            )
        elif column == "disqualifiers":
            parts.append(DISQUALIFIERS.get(str(item), str(item)))
        else:
            parts.append(str(item))
    return "\n".join(parts) if column == "lines" else "、".join(parts)


def format_field(table: str, column: str, value: Any, fields: RecordFields) -> str:
    """One stored value as the clerk reads it."""
    if value is None or value == "":
        return ""
    enum = ENUMS.get((table, column))
    if enum is not None:
        return format_enum(value, enum)
    codes = fields.codes().get((table, column))
    if codes is not None:
        return format_enum(value, codes)
    if column in FLAGS:
        return fields.yes_no(value)
    if column == "addressee":
        return fields.all_villages() if value == "*" else str(value)
    if column.endswith("_fen"):
        return format_money(int(value))
    if column in TIMES:
        return format_datetime(str(value))
    if _is_date(column):
        return format_date(str(value))
    if isinstance(value, str) and value.startswith(("[", "{")):
        return _joined(value, column)
    return str(value)


def _stored(record: Mapping[str, Any], name: str) -> Any:
    value = record.get(name)
    return None if value == "" else value


def field_columns(table: str, names: Sequence[str]) -> list[Column]:
    """Kit columns for the stored columns ``names`` of ``table`` that have a clerk's name."""
    fields = RecordFields()
    labels = fields.labels()
    columns = []
    for name in names:
        if name in HIDDEN or name not in labels:
            continue
        kind = ColumnKind.TEXT
        if name.endswith("_fen"):
            kind = ColumnKind.MONEY
        elif _is_date(name):
            kind = ColumnKind.DATE
        elif name in ("name", "head_name", "raised_by", "responsible"):
            kind = ColumnKind.NAME
        if kind in (ColumnKind.MONEY, ColumnKind.DATE):
            columns.append(Column(name, labels[name], lambda r, n=name: _stored(r, n), kind))
        else:
            columns.append(
                Column(
                    name,
                    labels[name],
                    lambda r, n=name: format_field(table, n, r.get(n), fields),
                    kind,
                )
            )
    return columns
