"""The fields of an award or honour title given to a household."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.awards import ONE_OFF_CATEGORIES, TITLE_CATEGORIES, Award
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.services import calendar


class AwardForm(QObject):
    def new(self, households: list[tuple[str, str]]) -> list[FieldSpec]:
        categories = [(c, f"one_off|{c}") for c in ONE_OFF_CATEGORIES] + [
            (f"{self.tr('Title')}：{c}", f"title|{c}") for c in TITLE_CATEGORIES
        ]
        return [
            FieldSpec("household_id", self.tr("Household"), FieldKind.PERSON, None, households),
            FieldSpec(
                "year",
                self.tr("Year"),
                FieldKind.NUMBER,
                calendar.today().year,
                minimum=2000,
                maximum=2100,
            ),
            FieldSpec("category", self.tr("Award / title"), FieldKind.CHOICE, None, categories),
            FieldSpec("title", self.tr("Local title name")),
            FieldSpec("amount_fen", self.tr("Amount (yuan)"), FieldKind.MONEY),
            FieldSpec("approved_by", self.tr("Approved by"), value="村民代表会议"),
            FieldSpec("approved_date", self.tr("Approved on"), FieldKind.DATE),
        ]


def award_from(v: dict[str, Any]) -> Award:
    """The form's values (dates as ISO text) as an award."""
    kind, _, category = str(v["category"] or "|").partition("|")
    return Award(
        household_id=v["household_id"] or "",
        name="",
        group_no=0,
        year=v["year"],
        kind=kind,
        category=category,
        title=v["title"],
        amount_fen=v["amount_fen"],
        approved_by=v["approved_by"],
        approved_date=v["approved_date"],
    )
