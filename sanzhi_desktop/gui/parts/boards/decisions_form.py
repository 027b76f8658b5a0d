"""The fields of 四议两公开: a new matter, and the record of one of its six steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.decisions import MEETING_FORMS, MOTION_SOURCES, Decision, DecisionStep
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class DecisionForm(QObject):
    def matter(self) -> list[FieldSpec]:
        return [
            FieldSpec("title", self.tr("Matter")),
            FieldSpec(
                "source", self.tr("Source"), FieldKind.CHOICE, MOTION_SOURCES[0], MOTION_SOURCES
            ),
            FieldSpec("summary", self.tr("Summary"), FieldKind.LONG_TEXT),
        ]

    def step(self, step: int) -> list[FieldSpec]:
        fields = [
            FieldSpec("held_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec(
                "form",
                self.tr("Form"),
                FieldKind.EDITABLE_CHOICE,
                MEETING_FORMS[step][0],
                MEETING_FORMS[step],
            ),
        ]
        if step <= 4:
            fields += [
                FieldSpec("expected", self.tr("Expected"), FieldKind.NUMBER),
                FieldSpec("present", self.tr("Present"), FieldKind.NUMBER),
                FieldSpec("approve", self.tr("Approving"), FieldKind.NUMBER),
            ]
        if step == 1:
            fields.append(
                FieldSpec(
                    "merged",
                    self.tr("Merged with step 2"),
                    FieldKind.FLAG,
                    False,
                    placeholder=self.tr("the proposal and the discussion in one meeting"),
                )
            )
        return [
            *fields,
            FieldSpec("content", self.tr("Content"), FieldKind.LONG_TEXT),
            FieldSpec("remarks", self.tr("Remarks")),
        ]


def decision_from(values: dict[str, Any]) -> Decision:
    return Decision(title=values["title"], source=values["source"], summary=values["summary"])


def step_from(decision_id: str, step: int, values: dict[str, Any]) -> DecisionStep:
    return DecisionStep(
        decision_id=decision_id,
        step=step,
        held_on=values["held_on"].isoformat(),
        form=values["form"],
        expected=values.get("expected", 0),
        present=values.get("present", 0),
        approve=values.get("approve", 0),
        merged=int(bool(values.get("merged"))),
        content=values["content"],
        remarks=values["remarks"],
    )
