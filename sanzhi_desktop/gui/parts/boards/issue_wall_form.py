"""The fields of the issue wall (问题墙/回音壁): a problem raised, assigned, answered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.issue_wall import ISSUE_CATEGORIES, IssueItem
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class IssueForm(QObject):
    def raised(self) -> list[FieldSpec]:
        return [
            FieldSpec(
                "category",
                self.tr("Category"),
                FieldKind.CHOICE,
                ISSUE_CATEGORIES[0],
                ISSUE_CATEGORIES,
            ),
            FieldSpec("content", self.tr("Problem"), FieldKind.LONG_TEXT),
            FieldSpec("raised_by", self.tr("Raised by")),
            FieldSpec("raised_on", self.tr("Date"), FieldKind.DATE),
        ]

    def assign(self, item: IssueItem) -> list[FieldSpec]:
        return [
            FieldSpec("responsible", self.tr("Responsible"), value=item.responsible),
            FieldSpec("deadline", self.tr("Deadline"), FieldKind.DATE),
            FieldSpec("measures", self.tr("Measures"), FieldKind.LONG_TEXT, item.measures),
        ]

    def feedback(self) -> list[FieldSpec]:
        return [
            FieldSpec("feedback", self.tr("Result"), FieldKind.LONG_TEXT),
            FieldSpec("on", self.tr("Date"), FieldKind.DATE),
        ]


def issue_from(values: dict[str, Any]) -> IssueItem:
    return IssueItem(
        category=values["category"],
        content=values["content"],
        raised_by=values["raised_by"],
        raised_on=values["raised_on"].isoformat(),
    )
