"""The fields of the 民主法治示范村 title: its level and the year named."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.law_registers import TITLE_LEVELS, VillageTitle
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class TitleForm(QObject):
    def new(self, year: int) -> list[FieldSpec]:
        return [
            FieldSpec("level", self.tr("Level"), FieldKind.CHOICE, TITLE_LEVELS[0], TITLE_LEVELS),
            FieldSpec(
                "year", self.tr("Year named"), FieldKind.NUMBER, year, minimum=1990, maximum=2100
            ),
            FieldSpec("note", self.tr("Note")),
        ]


def title_from(values: dict[str, Any]) -> VillageTitle:
    return VillageTitle(level=values["level"], year=int(values["year"]), note=values["note"])
