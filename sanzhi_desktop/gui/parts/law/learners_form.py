"""The fields of a 学法 list entry: a villager from the roster, or a name for an outsider."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.law import Learner, LearnerCategory
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class LearnerForm(QObject):
    def new(self, people: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec(
                "person_id",
                self.tr("Villager"),
                FieldKind.PERSON,
                "",
                [(self.tr("(not in the roster)"), ""), *people],
            ),
            FieldSpec("name", self.tr("Name (if not in the roster)")),
            FieldSpec(
                "category",
                self.tr("Category"),
                FieldKind.CHOICE,
                LearnerCategory.CADRE.value,
                [(c.label, c.value) for c in LearnerCategory],
            ),
            FieldSpec("post", self.tr("Post"), placeholder=self.tr("e.g. 村委会委员")),
        ]


def learner_from(values: dict[str, Any]) -> Learner:
    person_id = values["person_id"] or ""
    return Learner(
        name="" if person_id else values["name"],
        person_id=person_id,
        category=values["category"],
        post=values["post"],
    )
