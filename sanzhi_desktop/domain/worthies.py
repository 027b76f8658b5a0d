"""乡贤 and 六大员: the village's local worthies, where they live, and what they gave.

Worthies often live outside the village (a businessman in the county town, a
retired teacher in the city): a worthy may come from the roster or be an
outside person with place and work. Each may hold some of the 六大员 roles and
has contributions — money in fen, projects, and help with mediation cases
(linked to the case). Worthies are public by nature (the roll is printed);
amounts of money are kept but the printed roll shows the projects, not sums.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from sanzhi_desktop.domain.councils import MAX_TEXT, cleaned_record
from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record

FIELDS = ("企业家", "党政干部", "专家学者", "医生教师", "技能人才", "文化名人", "其他")
#: 六大员, in the plan's order.
SIX_ROLES = ("美德传承员", "政策宣传员", "公益服务员", "文化宣传员", "致富领航员", "纠纷调解员")
CONTRIBUTION_KINDS = ("捐资", "项目", "调解协助", "其他")
ROLE_SEPARATOR = "、"


def split_roles(text: str) -> list[str]:
    return [part for part in text.split(ROLE_SEPARATOR) if part]


def join_roles(roles: list[str] | tuple[str, ...]) -> str:
    """Roles in the plan's order, each once."""
    return ROLE_SEPARATOR.join(r for r in SIX_ROLES if r in set(roles))


@dataclass
class Worthy(Record):
    name: str
    field: str
    roles: str = ""
    person_id: str = ""
    household_id: str = ""
    group_no: int = 0
    lives_at: str = ""
    work: str = ""
    named_on: str = ""
    status: str = "active"
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        cleaned = cleaned_record(self)
        cleaned.roles = join_roles(split_roles(cleaned.roles))
        return cleaned

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass
class Contribution(Record):
    worthy_id: str
    made_on: str
    kind: str
    amount_fen: int = 0
    project: str = ""
    case_id: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return cleaned_record(self)


def validate_worthy(worthy: Worthy) -> list[FieldError]:
    errors: list[FieldError] = []
    if not worthy.name:
        errors.append(FieldError("name", msg("请填写姓名", "Enter the name")))
    if worthy.field not in FIELDS:
        errors.append(FieldError("field", msg("请选择乡贤类别", "Choose the field")))
    unknown = [r for r in split_roles(worthy.roles) if r not in SIX_ROLES]
    if unknown:
        errors.append(
            FieldError(
                "roles",
                msg(f"“{unknown[0]}”不是六大员之一", f"{unknown[0]} is not one of the six roles"),
            )
        )
    if not worthy.person_id and not worthy.lives_at:
        errors.append(
            FieldError(
                "lives_at",
                msg(
                    "请从村民档案中选择，或填写在外乡贤的现居地",
                    "Pick from the roster, or say where the worthy lives",
                ),
            )
        )
    if err := date_error(worthy.named_on, "聘任日期", "date named", required=False):
        errors.append(FieldError("named_on", err))
    if worthy.status not in {"active", "left"}:
        errors.append(FieldError("status", msg("状态不对", "Unknown status")))
    return errors


def validate_contribution(item: Contribution, *, today: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if err := date_error(item.made_on, "日期", "date"):
        errors.append(FieldError("made_on", err))
    elif item.made_on > today:
        errors.append(FieldError("made_on", msg("日期不能晚于今天", "The date is in the future")))
    if item.kind not in CONTRIBUTION_KINDS:
        errors.append(FieldError("kind", msg("请选择贡献类别", "Choose the kind")))
    if not isinstance(item.amount_fen, int) or item.amount_fen < 0:
        errors.append(FieldError("amount_fen", msg("金额不能是负数", "The amount is negative")))
    if item.kind == "捐资" and item.amount_fen <= 0:
        errors.append(FieldError("amount_fen", msg("捐资请填写金额", "Enter the amount given")))
    if item.kind == "项目" and not item.project:
        errors.append(FieldError("project", msg("请填写项目名称", "Enter the project")))
    if item.kind == "调解协助" and not item.case_id:
        errors.append(
            FieldError("case_id", msg("请选择协助调解的案件", "Choose the mediation case"))
        )
    if len(item.note) > MAX_TEXT:
        errors.append(FieldError("note", msg(f"说明最多{MAX_TEXT}字", "The note is too long")))
    return errors
