"""The fields of the yearly cycle: a pledge, a fulfilment, points by a rule, a review."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.party_points import PartyPointsRule, Pledge, ReviewGrade, ReviewResult
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class CycleForm(QObject):
    def pledge(self, pledge: Pledge | None) -> list[FieldSpec]:
        return [
            FieldSpec(
                "content", self.tr("Pledges"), FieldKind.LONG_TEXT, pledge.content if pledge else ""
            ),
            FieldSpec("made_date", self.tr("Made on"), FieldKind.DATE),
        ]

    def fulfilment(self) -> list[FieldSpec]:
        return [
            FieldSpec("done_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("content", self.tr("What was done"), FieldKind.LONG_TEXT),
        ]

    def points(self, rules: list[PartyPointsRule]) -> list[FieldSpec]:
        choices = [
            (f"{r.code} {r.category}：{r.description}（{r.points:+d}分）", r.code) for r in rules
        ]
        return [
            FieldSpec(
                "rule_code",
                self.tr("Rule"),
                FieldKind.CHOICE,
                rules[0].code if rules else "",
                choices,
            ),
            FieldSpec("entry_date", self.tr("Date"), FieldKind.DATE),
            FieldSpec("note", self.tr("Note")),
            FieldSpec("approved_by", self.tr("Approved by")),
        ]

    def review(self, review: ReviewResult | None, voters: int) -> list[FieldSpec]:
        def votes(key: str, label: str) -> FieldSpec:
            return FieldSpec(
                key, label, FieldKind.NUMBER, getattr(review, key) if review else 0, maximum=voters
            )

        grades = [(self.tr("As the votes point"), ""), *((g.label, g.value) for g in ReviewGrade)]
        return [
            FieldSpec("reviewed_on", self.tr("Review date"), FieldKind.DATE),
            votes("votes_excellent", self.tr("Votes: excellent")),
            votes("votes_qualified", self.tr("Votes: qualified")),
            votes("votes_basic", self.tr("Votes: basically qualified")),
            votes("votes_unqualified", self.tr("Votes: unqualified")),
            FieldSpec(
                "grade", self.tr("Grade"), FieldKind.CHOICE, review.grade if review else "", grades
            ),
            FieldSpec("note", self.tr("Note"), value=review.note if review else ""),
        ]
