"""The fields of 家规家训 and 道德讲堂."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class FamilyRulesForm(QObject):
    def collect(self, households: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec("household_id", self.tr("Household"), FieldKind.PERSON, None, households),
            FieldSpec("text", self.tr("Family rules"), FieldKind.LONG_TEXT),
            FieldSpec("collected_on", self.tr("Collected on"), FieldKind.DATE),
        ]

    def select(self, year: int) -> list[FieldSpec]:
        return [
            FieldSpec("excellent_year", self.tr("Selected as excellent in"), FieldKind.NUMBER,
                      year, minimum=2000, maximum=2100),
            FieldSpec("on_display", self.tr("Display board"), FieldKind.FLAG, True,
                      placeholder=self.tr("Shown on the village's display board")),
        ]  # fmt: skip

    def lecture(self) -> list[FieldSpec]:
        return [
            FieldSpec("held_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("topic", self.tr("Topic")),
            FieldSpec("speaker", self.tr("Speaker")),
            FieldSpec("attendance", self.tr("Attendance"), FieldKind.NUMBER, 0, maximum=5000),
            FieldSpec("content", self.tr("Content"), FieldKind.LONG_TEXT),
        ]
