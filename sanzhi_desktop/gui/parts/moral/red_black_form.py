"""The fields of the red/black board: an entry, and each step of its review workflow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.red_black import BLACK_CATEGORIES, RED_CATEGORIES, BoardEntry
from sanzhi_desktop.domain.village_rules import Clause
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec

BLACK_ONLY = ("clause_id", "requirement", "deadline")


class RedBlackForm(QObject):
    def entry(
        self, entry: BoardEntry | None, households: list[tuple[str, str]], clauses: list[Clause]
    ) -> list[FieldSpec]:
        board = entry.board if entry else "black"
        return [
            FieldSpec(
                "board",
                self.tr("List"),
                FieldKind.CHOICE,
                board,
                [(self.tr("Red list"), "red"), (self.tr("Black list"), "black")],
                read_only=entry is not None,
            ),
            FieldSpec(
                "household_id",
                self.tr("Household"),
                FieldKind.PERSON,
                entry.household_id if entry else None,
                households,
            ),
            FieldSpec(
                "category",
                self.tr("Category"),
                FieldKind.EDITABLE_CHOICE,
                entry.category if entry else None,
                BLACK_CATEGORIES if board == "black" else RED_CATEGORIES,
            ),
            FieldSpec(
                "deed", self.tr("Deed / problem"), FieldKind.LONG_TEXT, entry.deed if entry else ""
            ),
            FieldSpec("evidence", self.tr("Evidence"), value=entry.evidence if entry else ""),
            FieldSpec(
                "clause_id",
                self.tr("Clause broken (black)"),
                FieldKind.CHOICE,
                entry.clause_id if entry else None,
                [(f"{c.label} {c.text[:24]}", c.id) for c in clauses],
            ),
            FieldSpec(
                "requirement",
                self.tr("Rectification required (black)"),
                value=entry.requirement if entry else "",
            ),
            FieldSpec(
                "deadline",
                self.tr("Deadline (black)"),
                FieldKind.DATE,
                entry.deadline if entry and entry.deadline else None,
            ),
            FieldSpec(
                "reported_date",
                self.tr("Reported on"),
                FieldKind.DATE,
                entry.reported_date if entry else None,
            ),
        ]

    def verify(self, operator: str) -> list[FieldSpec]:
        return [
            FieldSpec("verified_date", self.tr("Verified on"), FieldKind.DATE),
            FieldSpec("verified_by", self.tr("Verified by"), value=operator),
            FieldSpec("note", self.tr("Findings"), FieldKind.LONG_TEXT),
        ]

    def post(self, month: str) -> list[FieldSpec]:
        return [
            FieldSpec("month", self.tr("Board month"), FieldKind.MONTH, month),
            FieldSpec("posted_date", self.tr("Posted on"), FieldKind.DATE),
        ]

    def rectify(self) -> list[FieldSpec]:
        return [
            FieldSpec("closed_date", self.tr("Rectified on"), FieldKind.DATE),
            FieldSpec("note", self.tr("How it was checked"), FieldKind.LONG_TEXT),
        ]

    def remove(self) -> list[FieldSpec]:
        return [
            FieldSpec("removed_date", self.tr("Taken down on"), FieldKind.DATE),
            FieldSpec("removal_reason", self.tr("Reason")),
        ]

    def objection(self) -> list[FieldSpec]:
        return [
            FieldSpec("objection", self.tr("Objection"), FieldKind.LONG_TEXT),
            FieldSpec("removal_reason", self.tr("Finding (why it is false)"), FieldKind.LONG_TEXT),
            FieldSpec("removed_date", self.tr("Date"), FieldKind.DATE),
        ]


def link_board_fields(dialog: FormDialog) -> None:
    """The categories follow the list chosen; the black-only fields are off for the red list."""
    board = dialog.fields["board"]
    category = dialog.widgets["category"]

    def switch() -> None:
        black = board.value() == "black"
        current = category.currentText()  # type: ignore[attr-defined]
        category.clear()  # type: ignore[attr-defined]
        for name in BLACK_CATEGORIES if black else RED_CATEGORIES:
            category.addItem(name, name)  # type: ignore[attr-defined]
        dialog.set_value("category", current)
        for key in BLACK_ONLY:
            dialog.widgets[key].setEnabled(black)

    board.on_change(switch)
    for key in BLACK_ONLY:
        dialog.widgets[key].setEnabled(board.value() == "black")


def entry_from(
    values: dict[str, Any], *, entry_id: str = "", status: str = "reported"
) -> BoardEntry:
    """The entry form's values (dates as ISO text) as an entry."""
    black = values["board"] == "black"
    return BoardEntry(
        board=values["board"],
        household_id=values["household_id"] or "",
        name="",
        group_no=0,
        category=str(values["category"] or ""),
        deed=values["deed"],
        evidence=values["evidence"],
        clause_id=(values["clause_id"] or "") if black else "",
        requirement=values["requirement"] if black else "",
        deadline=values["deadline"] if black else "",
        reported_date=values["reported_date"],
        status=status,
        id=entry_id,
    )
