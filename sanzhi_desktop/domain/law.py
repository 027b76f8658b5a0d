"""学法: study sessions, who attended, and each person's count against the plan's target.

The plan (GLOSSARY "The rest of the plan", 学法): "全年集中学法镇、村社区干部不少于4次，
村(社区)民骨干不少于2次", and a 学法知识考试 for cadres. So the program keeps

- a list of the people the targets apply to (:class:`Learner`: a 村干部 or a
  村民骨干, picked from the roster or typed in for a cadre who lives elsewhere);
- each session (:class:`StudySession`) with the people who attended, copied
  as ``{learner_id, person_id, name, score}`` so a ledger printed again next
  year still shows who was there; an exam session carries each cadre's score;
- the count per learner and year (:func:`attendance_counts`), which is what
  the to-do, the ledger and the town's figures all read.

An attendee counts for a learner when it names the learner (``learner_id``)
or the same roster person (``person_id``): a cadre picked from the roster for
one session and from the cadre list for the next is one person, counted once
per session.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

#: The plan's yearly targets: sessions a cadre / a backbone villager attends.
CADRE_TARGET = 4
BACKBONE_TARGET = 2
#: A session's length in hours, to catch a slip of the finger (a day is 8).
MAX_HOURS = 24.0
MAX_SCORE = 100
MAX_TOPIC = 100

SESSION_FORMS = ("集中学法", "讲座", "考试")
AUDIENCES = ("村干部", "村民骨干", "村民")


class LearnerCategory(StrEnum):
    CADRE = "cadre"
    BACKBONE = "backbone"

    @property
    def label(self) -> str:
        return (
            msg("村干部", "cadre") if self is LearnerCategory.CADRE else msg("村民骨干", "backbone")
        )

    @property
    def target(self) -> int:
        return CADRE_TARGET if self is LearnerCategory.CADRE else BACKBONE_TARGET


@dataclass
class Learner(Record):
    """Someone the 学法 target applies to: a cadre or a backbone villager."""

    name: str
    category: str = LearnerCategory.CADRE.value
    post: str = ""  # 职务: 村党支部书记, 村委会委员, 村民小组长…
    person_id: str = ""
    group_no: int = 0
    active: int = 1
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            name=clean(self.name),
            category=clean_code(self.category),
            post=clean(self.post),
            person_id=clean_code(self.person_id),
            group_no=int(self.group_no or 0),
            active=1 if self.active else 0,
            note=clean(self.note),
            id=self.id,
        )

    @property
    def target(self) -> int:
        return LearnerCategory(self.category).target

    @property
    def category_label(self) -> str:
        return LearnerCategory(self.category).label


def validate_learner(learner: Learner) -> list[FieldError]:
    errors = []
    if not learner.name:
        errors.append(FieldError("name", msg("请填写姓名", "Enter the name")))
    elif len(learner.name) > 20:
        errors.append(FieldError("name", msg("姓名最多20个字", "Name: 20 characters at most")))
    if learner.category not in {c.value for c in LearnerCategory}:
        errors.append(
            FieldError("category", msg("请选择村干部或村民骨干", "Choose cadre or backbone"))
        )
    return errors


@dataclass(frozen=True)
class Attendee:
    """One person at a session: from the cadre list, the roster, or both; exam score or None."""

    name: str
    learner_id: str = ""
    person_id: str = ""
    score: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "learner_id": self.learner_id,
            "person_id": self.person_id,
            "score": self.score,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Attendee:
        score = data.get("score")
        return cls(
            name=str(data.get("name", "")),
            learner_id=str(data.get("learner_id", "")),
            person_id=str(data.get("person_id", "")),
            score=int(score) if isinstance(score, int | float) else None,
        )

    def is_learner(self, learner: Learner) -> bool:
        if self.learner_id and self.learner_id == learner.id:
            return True
        return bool(self.person_id and self.person_id == learner.person_id)


def encode_attendees(attendees: Iterable[Attendee]) -> str:
    return json.dumps([a.to_json() for a in attendees], ensure_ascii=False)


def decode_attendees(text: str) -> list[Attendee]:
    try:
        data = json.loads(text or "[]")
    except json.JSONDecodeError:
        return []
    return [Attendee.from_json(d) for d in data if isinstance(d, dict)]


def encode_lines(lines: Iterable[str]) -> str:
    return json.dumps([clean(line) for line in lines if clean(line)], ensure_ascii=False)


def decode_lines(text: str) -> list[str]:
    try:
        data = json.loads(text or "[]")
    except json.JSONDecodeError:
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


@dataclass
class StudySession(Record):
    """One 学法 session: date, form, topic, lecturer, audience, who came, hours, materials.

    ``attendees`` and ``materials`` are JSON text as stored; use
    :meth:`attendee_list` / :meth:`material_list` to read them.
    """

    held_on: str
    form: str
    topic: str
    lecturer: str = ""
    audience: str = AUDIENCES[0]
    attendees: str = "[]"
    hours: float = 0.0
    materials: str = "[]"
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            held_on=clean_code(self.held_on),
            form=clean(self.form),
            topic=clean(self.topic),
            lecturer=clean(self.lecturer),
            audience=clean(self.audience),
            attendees=self.attendees or "[]",
            hours=float(self.hours or 0),
            materials=self.materials or "[]",
            note=clean(self.note),
            id=self.id,
        )

    @property
    def year(self) -> int:
        return int(self.held_on[:4])

    @property
    def is_exam(self) -> bool:
        return self.form == "考试"

    def attendee_list(self) -> list[Attendee]:
        return decode_attendees(self.attendees)

    def material_list(self) -> list[str]:
        return decode_lines(self.materials)


def validate_session(study: StudySession) -> list[FieldError]:
    """Check a cleaned session; an exam's scores must be 0–100 and only on an exam."""
    errors: list[FieldError] = []
    if err := date_error(study.held_on, "学法日期", "date"):
        errors.append(FieldError("held_on", err))
    if study.form not in SESSION_FORMS:
        errors.append(
            FieldError("form", msg("形式应为集中学法、讲座或考试", "Choose 集中学法, 讲座 or 考试"))
        )
    if not study.topic:
        errors.append(FieldError("topic", msg("请填写学法主题", "Enter the topic")))
    elif len(study.topic) > MAX_TOPIC:
        errors.append(
            FieldError("topic", msg(f"主题最多{MAX_TOPIC}字", f"Topic: {MAX_TOPIC} characters"))
        )
    if study.audience not in AUDIENCES:
        errors.append(
            FieldError("audience", msg("对象应为村干部、村民骨干或村民", "Choose the audience"))
        )
    if not 0 < study.hours <= MAX_HOURS:
        errors.append(
            FieldError("hours", msg("学时应大于0、不超过24小时", "Hours: more than 0, at most 24"))
        )
    attendees = study.attendee_list()
    if not attendees:
        errors.append(FieldError("attendees", msg("请选择参加人员", "Pick who attended")))
    names = [a.name for a in attendees]
    if any(not n for n in names):
        errors.append(
            FieldError("attendees", msg("参加人员须有姓名", "Every attendee needs a name"))
        )
    keys = [a.learner_id or a.person_id or a.name for a in attendees]
    if len(set(keys)) != len(keys):
        errors.append(
            FieldError(
                "attendees", msg("参加人员有重复，请每人只选一次", "An attendee is listed twice")
            )
        )
    for attendee in attendees:
        if attendee.score is None:
            continue
        if not study.is_exam:
            errors.append(
                FieldError("attendees", msg("只有考试才记成绩", "Only an exam has scores"))
            )
            break
        if not 0 <= attendee.score <= MAX_SCORE:
            errors.append(
                FieldError(
                    "attendees",
                    msg(f"{attendee.name}的成绩应在0到100之间", "A score is between 0 and 100"),
                )
            )
            break
    return errors


@dataclass(frozen=True)
class LearnerCount:
    """A learner's sessions in a year against the target, with their exam scores."""

    learner: Learner
    attended: int
    scores: tuple[int, ...] = field(default=())

    @property
    def target(self) -> int:
        return self.learner.target

    @property
    def met(self) -> bool:
        return self.attended >= self.target

    @property
    def short(self) -> int:
        return max(0, self.target - self.attended)


def attendance_counts(
    learners: Sequence[Learner], sessions: Iterable[StudySession], year: int
) -> list[LearnerCount]:
    """Each active learner's sessions in ``year`` (one per session however listed)."""
    in_year = [s for s in sessions if s.held_on[:4] == str(year)]
    result = []
    for learner in learners:
        if not learner.active:
            continue
        attended = 0
        scores: list[int] = []
        for study in in_year:
            mine = [a for a in study.attendee_list() if a.is_learner(learner)]
            if mine:
                attended += 1
                scores.extend(a.score for a in mine if a.score is not None)
        result.append(LearnerCount(learner, attended, tuple(scores)))
    return result
