"""The fields of the 乡贤 register: naming a worthy, a contribution, leaving the roll."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.worthies import CONTRIBUTION_KINDS, FIELDS, SIX_ROLES
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class WorthyForm(QObject):
    def name_worthy(self, people: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec(
                "person_id",
                self.tr("Name"),
                FieldKind.PERSON,
                None,
                people,
                placeholder=self.tr("Pick a villager, or type the name of one living outside"),
            ),
            FieldSpec("field", self.tr("Field"), FieldKind.CHOICE, None, FIELDS),
            FieldSpec("roles", self.tr("Roles (六大员)"), FieldKind.CHECKS, [], SIX_ROLES),
            FieldSpec("lives_at", self.tr("Lives in"), placeholder=self.tr("e.g. 西安市")),
            FieldSpec("work", self.tr("Work")),
            FieldSpec("named_on", self.tr("Named on"), FieldKind.DATE),
        ]

    def contribution(self, cases: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec("made_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("kind", self.tr("Kind"), FieldKind.CHOICE, None, CONTRIBUTION_KINDS),
            FieldSpec("amount_fen", self.tr("Amount (yuan)"), FieldKind.MONEY),
            FieldSpec("project", self.tr("Project")),
            FieldSpec(
                "case_id",
                self.tr("Mediation case helped"),
                FieldKind.CHOICE,
                "",
                [("", ""), *cases],
            ),
            FieldSpec("note", self.tr("Note")),
        ]
