"""The fields of a household's 宪法入户: the day and who visited."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class VisitForm(QObject):
    def visit(self, reached_by: str = "") -> list[FieldSpec]:
        return [
            FieldSpec("reached_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("reached_by", self.tr("Visited by"), value=reached_by),
            FieldSpec("note", self.tr("Note")),
        ]
