"""信访 register with 包案: "案案有人管、件件有人办、事事有结果".

A petition names the petitioner, the matter, the date it came in and by
which channel, the leader in charge (包案领导) and a deadline (default 60 days,
the 信访工作条例's time to handle a matter). Its steps — 交办 (assigned),
转办 (passed on), 督办 (chased) — are append-only rows; closing it records the
result and the petitioner's satisfaction. Open past its deadline is a to-do.

Petitions are never printed on a public sheet, and the town sees only counts
(open, overdue) — the register itself stays with the village that keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from sanzhi_desktop.domain.errors import FieldError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error, parse_date
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

CHANNELS = ("来访", "来信", "电话", "网上信访", "上级转来", "其他")
STEP_KINDS = ("交办", "转办", "督办")
SATISFACTION = ("满意", "基本满意", "不满意")
#: Days from receipt to the default deadline (信访工作条例: 60 days to handle a matter).
DEFAULT_DEADLINE_DAYS = 60
MAX_MATTER = 1000


class PetitionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return msg("办理中", "open") if self is PetitionStatus.OPEN else msg("已办结", "closed")


@dataclass
class Petition(Record):
    petitioner: str
    matter: str
    received_date: str
    channel: str
    case_owner: str  # 包案领导
    deadline: str = ""
    person_id: str = ""
    people: int = 1
    status: str = PetitionStatus.OPEN.value
    result: str = ""
    satisfaction: str = ""
    closed_date: str = ""
    id: str = ""

    @property
    def is_open(self) -> bool:
        return self.status == PetitionStatus.OPEN.value

    def overdue(self, today: date) -> bool:
        due = parse_date(self.deadline)
        return self.is_open and due is not None and due < today

    def cleaned(self) -> Petition:
        return replace(
            self,
            petitioner=clean(self.petitioner),
            matter=clean(self.matter),
            received_date=clean_code(self.received_date),
            channel=clean(self.channel),
            case_owner=clean(self.case_owner),
            deadline=clean_code(self.deadline),
        )


@dataclass
class PetitionStep(Record):
    """交办 / 转办 / 督办: who was given the matter (``handler``), when, and what was asked."""

    petition_id: str
    kind: str
    step_date: str
    handler: str
    note: str = ""
    id: str = ""


def default_deadline(received_date: str) -> str:
    received = date.fromisoformat(received_date)
    return (received + timedelta(days=DEFAULT_DEADLINE_DAYS)).isoformat()


def validate_petition(petition: Petition, *, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not petition.petitioner:
        errors.append(FieldError("petitioner", msg("请填写信访人", "Enter the petitioner")))
    if not petition.matter:
        errors.append(FieldError("matter", msg("请填写信访事项", "Enter the matter")))
    elif len(petition.matter) > MAX_MATTER:
        errors.append(FieldError("matter", msg(f"信访事项最多{MAX_MATTER}字", "Too long")))
    if err := date_error(petition.received_date, "登记日期", "date received"):
        errors.append(FieldError("received_date", err))
    elif date.fromisoformat(petition.received_date) > today:
        errors.append(
            FieldError("received_date", msg("登记日期不能晚于今天", "Received in the future"))
        )
    if petition.channel not in CHANNELS:
        errors.append(
            FieldError("channel", msg("请选择信访方式：" + "、".join(CHANNELS), "Choose a channel"))
        )
    if not petition.case_owner:
        errors.append(
            FieldError(
                "case_owner", msg("请填写包案领导（案案有人管）", "Name the leader in charge")
            )
        )
    if err := date_error(petition.deadline, "办理期限", "deadline"):
        errors.append(FieldError("deadline", err))
    elif petition.received_date and petition.deadline < petition.received_date:
        errors.append(
            FieldError("deadline", msg("办理期限不能早于登记日期", "Deadline before receipt"))
        )
    if not isinstance(petition.people, int) or not 1 <= petition.people <= 10_000:
        errors.append(FieldError("people", msg("信访人数应为1到10000", "People: 1 to 10,000")))
    return errors


def validate_step(step: PetitionStep, petition: Petition) -> list[FieldError]:
    errors: list[FieldError] = []
    if step.kind not in STEP_KINDS:
        errors.append(FieldError("kind", msg("请选择交办、转办或督办", "Choose the step")))
    if err := date_error(step.step_date, "日期", "date"):
        errors.append(FieldError("step_date", err))
    elif step.step_date < petition.received_date:
        errors.append(FieldError("step_date", msg("日期不能早于登记日期", "Before receipt")))
    if not step.handler:
        errors.append(FieldError("handler", msg("请填写承办人或单位", "Enter who handles it")))
    return errors


def check_open(petition: Petition) -> None:
    if not petition.is_open:
        raise RefusedError(msg("这件信访已经办结，不能再办理", "This petition is closed"))


def validate_close(
    petition: Petition, *, on: str, result: str, satisfaction: str
) -> list[FieldError]:
    errors: list[FieldError] = []
    if err := date_error(on, "办结日期", "date closed"):
        errors.append(FieldError("closed_date", err))
    elif on < petition.received_date:
        errors.append(FieldError("closed_date", msg("办结日期不能早于登记日期", "Before receipt")))
    if not result:
        errors.append(FieldError("result", msg("请填写办理结果（事事有结果）", "Enter the result")))
    if satisfaction not in SATISFACTION:
        errors.append(
            FieldError("satisfaction", msg("请选择信访人的满意度", "Choose the satisfaction"))
        )
    return errors
