"""问题墙+回音壁: problems villagers raise and the answers posted back.

collect and classify → responsible person and deadline → measures → result
fed back → posted on the 回音壁. An item is overdue when its deadline has
passed and no feedback has been given.

The wall is public, so the person who raised a problem is printed as
surname + 某 (王某): the name stays in the record for the clerk's follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean

ISSUE_CATEGORIES = ("环境卫生", "道路交通", "水电设施", "民生保障", "村务管理", "矛盾纠纷", "其他")


class IssueStatus(StrEnum):
    RAISED = "raised"
    ASSIGNED = "assigned"
    ANSWERED = "answered"
    POSTED = "posted"

    @property
    def label(self) -> str:
        return {
            "raised": msg("待分派", "raised"),
            "assigned": msg("办理中", "in hand"),
            "answered": msg("已反馈", "answered"),
            "posted": msg("已上回音壁", "posted"),
        }[self.value]


ISSUE_STEPS = (IssueStatus.RAISED, IssueStatus.ASSIGNED, IssueStatus.ANSWERED, IssueStatus.POSTED)


@dataclass
class IssueItem(Record):
    category: str = ISSUE_CATEGORIES[0]
    content: str = ""
    raised_by: str = ""
    raised_on: str = ""
    responsible: str = ""
    deadline: str = ""
    measures: str = ""
    feedback: str = ""
    answered_on: str = ""
    posted_on: str = ""
    status: str = IssueStatus.RAISED.value
    id: str = ""
    owner: str = field(default="", compare=False)


def is_overdue(item: IssueItem, today: date) -> bool:
    return bool(item.deadline) and not item.feedback and today > date.fromisoformat(item.deadline)


def public_name(name: str) -> str:
    """王小明 → 王某; two-character surnames (欧阳) kept whole."""
    name = clean(name)
    if not name:
        return ""
    compound = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")
    surname = name[:2] if name[:2] in compound else name[:1]
    return f"{surname}某"


def validate_issue(item: IssueItem) -> list[FieldError]:
    errors = []
    if item.category not in ISSUE_CATEGORIES:
        errors.append(FieldError("category", msg("请选择问题类别", "Choose a category")))
    if not clean(item.content):
        errors.append(FieldError("content", msg("请填写问题内容", "Describe the problem")))
    if not clean(item.raised_by):
        errors.append(FieldError("raised_by", msg("请填写反映人", "Who raised it?")))
    for name in ("raised_on", "deadline", "answered_on"):
        value = getattr(item, name)
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                errors.append(FieldError(name, msg("日期格式应为2026-05-01", "Date: YYYY-MM-DD")))
    if not item.raised_on:
        errors.append(FieldError("raised_on", msg("请填写反映日期", "Enter the date raised")))
    if item.deadline and item.raised_on and item.deadline < item.raised_on:
        errors.append(
            FieldError("deadline", msg("办理期限不能早于反映日期", "Deadline before raised"))
        )
    return errors
