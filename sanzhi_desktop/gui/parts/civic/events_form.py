"""The fields of the 红白事 register: an event, how a finding was handled, the limits."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.custom_reform import EVENT_KINDS, HANDLINGS, CustomLimits
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class EventForm(QObject):
    def register(self, households: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec("household_id", self.tr("Household"), FieldKind.PERSON, None, households),
            FieldSpec(
                "kind",
                self.tr("Kind"),
                FieldKind.CHOICE,
                "wedding",
                [(label, key) for key, label in EVENT_KINDS.items()],
            ),
            FieldSpec("held_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("tables", self.tr("Tables"), FieldKind.NUMBER, 0, maximum=5000),
            FieldSpec("cars", self.tr("Cars"), FieldKind.NUMBER, 0, maximum=2000),
            FieldSpec(
                "betrothal_fen",
                self.tr("Betrothal gift (yuan, weddings; never printed)"),
                FieldKind.MONEY,
            ),
            FieldSpec("note", self.tr("Note")),
        ]

    def handle(self, clauses: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec(
                "handling",
                self.tr("Handled by"),
                FieldKind.CHOICE,
                "persuaded",
                [(label, key) for key, label in HANDLINGS.items()],
            ),
            FieldSpec("handled_note", self.tr("What was done")),
            FieldSpec("handled_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec(
                "clause_id",
                self.tr("Village rule broken (black list)"),
                FieldKind.CHOICE,
                "",
                [("", ""), *clauses],
            ),
            FieldSpec("deadline", self.tr("Rectify by (black list)"), FieldKind.DATE),
        ]

    def limits(self, current: CustomLimits) -> list[FieldSpec]:
        return [
            FieldSpec("wedding_tables", self.tr("Wedding: tables"), FieldKind.NUMBER,
                      current.wedding_tables, maximum=500),
            FieldSpec("wedding_cars", self.tr("Wedding: cars"), FieldKind.NUMBER,
                      current.wedding_cars, maximum=200),
            FieldSpec("betrothal_fen", self.tr("Wedding: betrothal gift (yuan)"), FieldKind.MONEY,
                      current.betrothal_fen),
            FieldSpec("funeral_tables", self.tr("Funeral: tables"), FieldKind.NUMBER,
                      current.funeral_tables, maximum=500),
            FieldSpec("funeral_cars", self.tr("Funeral: cars"), FieldKind.NUMBER,
                      current.funeral_cars, maximum=200),
        ]  # fmt: skip
