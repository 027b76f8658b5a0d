"""The fields of 十星级文明户: rating a household, taking a star away, revoking the plaque."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.star_rating import DISQUALIFIERS, StarRating
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class StarsForm(QObject):
    def rate(self, households: list[tuple[str, str]], stars: list[str]) -> list[FieldSpec]:
        return [
            FieldSpec("household_id", self.tr("Household"), FieldKind.PERSON, None, households),
            FieldSpec("rated_date", self.tr("Rated on"), FieldKind.DATE),
            FieldSpec("stars", self.tr("Stars awarded"), FieldKind.CHECKS, None, stars),
            FieldSpec("reviewers", self.tr("Reviewed by"), value="村民代表会议"),
            FieldSpec(
                "disqualifiers",
                self.tr("Disqualifying conditions"),
                FieldKind.CHECKS,
                None,
                [(label, code) for code, label in DISQUALIFIERS.items()],
            ),
            FieldSpec("disqualify_note", self.tr("What happened"), FieldKind.LONG_TEXT),
        ]

    def remove_star(self, stars: list[str]) -> list[FieldSpec]:
        return [
            FieldSpec("star", self.tr("Star"), FieldKind.CHOICE, None, stars),
            FieldSpec("reason", self.tr("Reason"), FieldKind.LONG_TEXT),
            FieldSpec("on", self.tr("Date"), FieldKind.DATE),
        ]

    def revoke(self) -> list[FieldSpec]:
        return [
            FieldSpec("reason", self.tr("Reason"), FieldKind.LONG_TEXT),
            FieldSpec("on", self.tr("Date"), FieldKind.DATE),
        ]


def rating_from(v: dict[str, Any], cycle: int) -> StarRating:
    """The rating form's values (dates as ISO text) as a rating of ``cycle``."""
    return StarRating(
        household_id=v["household_id"] or "",
        cycle=cycle,
        rated_date=v["rated_date"],
        stars=list(v["stars"]),
        reviewers=v["reviewers"],
        disqualifiers=list(v["disqualifiers"]),
        disqualify_note=v["disqualify_note"],
    )
