"""四议两公开: a major village matter and the six steps it must pass, in order.

1 党支部提议 → 2 两委商议 → 3 党员大会审议 → 4 村民(代表)会议决议 →
5 决议公开 → 6 实施结果公开.

Rules refused here (GLOSSARY "Public boards"):

- no step before the previous one; steps 1 and 2 may be one meeting when one
  person is both party secretary and committee director (step 1 recorded with
  ``merged`` counts for step 2 as well);
- step dates never go backwards;
- step 3 needs at least 2/3 of the party members present and more than half
  of those present approving; step 4 likewise needs its quorum (2/3 of the
  representatives for a 村民代表会议, more than half for a 村民会议) and more
  than half of those present approving;
- steps 5 and 6 are the two disclosures: each produces a notice;
- step 3's expected count (应到) is the branch's party members on the day, read
  from the roster (:func:`with_party_count`); a typed count that disagrees is
  refused with the roster's figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean

STEP_NAMES = (
    "党支部提议",
    "两委会商议",
    "党员大会审议",
    "村民代表会议决议",
    "决议公开",
    "实施结果公开",
)
STEP_SHORT = ("提议", "商议", "审议", "决议", "决议公开", "结果公开")
MOTION_SOURCES = ("群众建议", "干部提议", "上级交办")
MEETING_FORMS = {
    1: ("党支部会议",),
    2: ("两委联席会议",),
    3: ("党员大会",),
    4: ("村民代表会议", "村民会议"),
    5: ("公开栏张贴",),
    6: ("公开栏张贴",),
}
DISCLOSURE_STEPS = (5, 6)


@dataclass
class Decision(Record):
    """A matter (事项) going through the procedure."""

    title: str = ""
    source: str = MOTION_SOURCES[0]
    summary: str = ""
    created_on: str = ""
    id: str = ""
    owner: str = field(default="", compare=False)


@dataclass
class DecisionStep(Record):
    """One step: a meeting (1–4) or a disclosure (5–6)."""

    decision_id: str = ""
    step: int = 1
    merged: int = 0
    held_on: str = ""
    form: str = ""
    expected: int = 0
    present: int = 0
    approve: int = 0
    content: str = ""
    outcome: str = ""
    remarks: str = ""
    notice_id: str = ""
    id: str = ""

    @property
    def is_meeting(self) -> bool:
        return self.step <= 4


def validate_decision(decision: Decision) -> list[FieldError]:
    errors = []
    if not clean(decision.title):
        errors.append(FieldError("title", msg("请填写事项名称", "Enter the matter")))
    if decision.source not in MOTION_SOURCES:
        errors.append(
            FieldError("source", msg(f"提议来源应为{'、'.join(MOTION_SOURCES)}之一", "Source?"))
        )
    return errors


def done_steps(steps: list[DecisionStep]) -> set[int]:
    """Step numbers that count as done; a merged step 1 also counts for step 2."""
    done = {s.step for s in steps}
    if any(s.step == 1 and s.merged for s in steps):
        done.add(2)
    return done


def next_step(steps: list[DecisionStep]) -> int | None:
    """The step to record next, or None when all six are done."""
    done = done_steps(steps)
    for number in range(1, 7):
        if number not in done:
            return number
    return None


def ratio_text(present: int, expected: int) -> str:
    return f"{present / expected:.0%}" if expected else "—"


def check_step(steps: list[DecisionStep], new: DecisionStep) -> None:
    """Refuse a step out of order or one whose meeting figures break the rules."""
    expected_next = next_step(steps)
    if expected_next is None:
        raise RefusedError(msg("六个步骤都已完成。", "All six steps are done."))
    if new.step != expected_next:
        name = STEP_NAMES[expected_next - 1]
        raise RefusedError(
            msg(
                f"必须按顺序进行：下一步应为第{expected_next}步“{name}”，不能先做第{new.step}步。",
                f"Steps go in order: next is step {expected_next} ({name}), not {new.step}.",
            )
        )
    if new.merged and new.step != 1:
        raise RefusedError(
            msg("只有提议和商议（第1、2步）可以合并进行。", "Only steps 1 and 2 may be merged.")
        )
    errors: list[FieldError] = []
    try:
        held = date.fromisoformat(new.held_on)
    except ValueError:
        errors.append(FieldError("held_on", msg("请填写日期（如2026-05-01）", "Enter a date")))
        raise ValidationError(errors) from None
    latest = max((s.held_on for s in steps), default="")
    if latest and held.isoformat() < latest:
        raise RefusedError(
            msg(
                f"日期不能早于上一步（{latest}）。",
                f"The date is before the previous step ({latest}).",
            )
        )
    if not clean(new.content):
        errors.append(FieldError("content", msg("请填写内容", "Enter the content")))
    if new.is_meeting:
        errors += _meeting_errors(new)
    if errors:
        raise ValidationError(errors)
    _check_quorum(new)


def _meeting_errors(new: DecisionStep) -> list[FieldError]:
    errors = []
    if new.expected <= 0:
        errors.append(FieldError("expected", msg("应到人数应大于0", "Expected must be > 0")))
    if not 0 < new.present <= max(new.expected, 0):
        errors.append(
            FieldError("present", msg("实到人数应在1到应到人数之间", "Present: 1 to expected"))
        )
    if not 0 <= new.approve <= new.present:
        errors.append(FieldError("approve", msg("同意人数不能超过实到人数", "Approve ≤ present")))
    return errors


def _check_quorum(new: DecisionStep) -> None:
    if new.step == 3 or (new.step == 4 and new.form != "村民会议"):
        body = "党员" if new.step == 3 else "村民代表"
        if new.present * 3 < new.expected * 2:
            raise RefusedError(
                msg(
                    f"到会{body}{new.present}人，不足应到{new.expected}人的三分之二，会议无效。",
                    f"{new.present} of {new.expected} present: fewer than two thirds.",
                )
            )
    elif new.step == 4 and new.present * 2 <= new.expected:
        raise RefusedError(
            msg(
                f"村民会议到会{new.present}人，未超过应到{new.expected}人的半数，会议无效。",
                f"{new.present} of {new.expected} present: not more than half.",
            )
        )
    if new.step in (3, 4) and new.approve * 2 <= new.present:
        raise RefusedError(
            msg(
                f"同意{new.approve}人，未超过到会{new.present}人的半数，未通过。",
                f"{new.approve} of {new.present} approve: not more than half.",
            )
        )


def with_party_count(new: DecisionStep, members: int) -> DecisionStep:
    """Step 3 with 应到 set to ``members`` (the roster's count on the meeting day).

    A blank (0) expected count takes the roster's figure; a typed one that
    differs is refused, naming that figure. Other steps pass unchanged, and
    so does step 3 of a village whose roster records no party members yet
    (then the typed count stands, as before the roster kept members).
    """
    if new.step != 3 or members <= 0:
        return new
    if new.expected and new.expected != members:
        raise ValidationError(
            [
                FieldError(
                    "expected",
                    msg(
                        f"党员大会的应到人数取自党员名册：{new.held_on}本支部有党员{members}名，"
                        f"不是{new.expected}名",
                        f"The roster has {members} party members on {new.held_on}, "
                        f"not {new.expected}",
                    ),
                )
            ]
        )
    return replace(new, expected=members)
