"""The fields of a 学法 session, and how the form's values become the service's arguments.

Attendees are ticked on the 学法 list (cadres and backbones, whose counts the
targets are about) and added from the roster as lines; an exam's scores are
typed one person a line ("王建国 92").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.law import AUDIENCES, SESSION_FORMS, Attendee, Learner, StudySession
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.kit.lines_editor import LineColumn


class SessionForm(QObject):
    def new(self, learners: list[Learner], people: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec("held_on", self.tr("Date"), FieldKind.DATE),
            FieldSpec("form", self.tr("Form"), FieldKind.CHOICE, SESSION_FORMS[0], SESSION_FORMS),
            FieldSpec("topic", self.tr("Topic")),
            FieldSpec("lecturer", self.tr("Lecturer")),
            FieldSpec("audience", self.tr("Audience"), FieldKind.CHOICE, AUDIENCES[0], AUDIENCES),
            FieldSpec("hours", self.tr("Hours"), placeholder="1.5"),
            FieldSpec(
                "attendees",
                self.tr("From the study list"),
                FieldKind.CHECKS,
                choices=[(f"{x.name}（{x.category_label}）", x.id) for x in learners if x.active],
            ),
            FieldSpec(
                "others",
                self.tr("Others from the roster"),
                FieldKind.LINES,
                columns=[LineColumn("person_id", self.tr("Villager"), "choice", people)],
            ),
            FieldSpec(
                "scores",
                self.tr("Exam scores"),
                FieldKind.LONG_TEXT,
                placeholder=self.tr("One a line, e.g. 王建国 92 (exams only)"),
            ),
            FieldSpec(
                "materials",
                self.tr("Materials"),
                FieldKind.LONG_TEXT,
                placeholder=self.tr("One file name a line"),
            ),
        ]


def _hours(text: str) -> float:
    try:
        return float(str(text).strip() or "0")
    except ValueError as exc:
        raise ValidationError(
            [FieldError("hours", msg("学时应写成数字，如1.5", "Hours: a number, e.g. 1.5"))]
        ) from exc


def session_from(values: dict[str, Any], learners: list[Learner]) -> StudySession:
    return StudySession(
        held_on=values["held_on"].isoformat(),
        form=values["form"],
        topic=values["topic"],
        lecturer=values["lecturer"],
        audience=values["audience"],
        hours=_hours(values["hours"]),
    )


def attendees_from(
    values: dict[str, Any], learners: list[Learner], people: list[tuple[str, str]]
) -> list[Attendee]:
    """Ticked learners and roster lines, with the scores typed against their names."""
    names = {x.id: x.name for x in learners}
    person_names = {pid: label.split("（")[0] for label, pid in people}
    attendees = [Attendee(names.get(i, ""), learner_id=i) for i in values["attendees"]]
    for line in values["others"]:
        pid = line.get("person_id") or ""
        if pid:
            attendees.append(Attendee(person_names.get(pid, ""), person_id=pid))
    scores: dict[str, int] = {}
    for raw in str(values["scores"]).splitlines():
        parts = raw.replace("=", " ").replace("：", " ").split()
        if not parts:
            continue
        if len(parts) != 2 or not parts[1].isdigit():
            raise ValidationError(
                [FieldError("scores", msg(f"这一行看不懂：{raw}（应为“姓名 分数”）", "NAME SCORE"))]
            )
        scores[parts[0]] = int(parts[1])
    unknown = set(scores) - {a.name for a in attendees}
    if unknown:
        raise ValidationError(
            [FieldError("scores", msg(f"{'、'.join(sorted(unknown))}不在参加人员中", "Absent"))]
        )
    return [Attendee(a.name, a.learner_id, a.person_id, scores.get(a.name)) for a in attendees]


def materials_from(values: dict[str, Any]) -> list[str]:
    return [line for line in str(values["materials"]).splitlines() if line.strip()]
