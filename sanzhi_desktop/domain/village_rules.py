"""村规民约: the village code as numbered clauses, in versions.

A version is drafted, passes the township's 合法性审查 (legality review: date
and result), is adopted by the villagers' meeting and then is in force until
a newer version replaces it. Black-board entries cite a clause of the version
in force, so a version's clauses are frozen once it leaves the draft state —
otherwise an old entry would suddenly cite a different rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import clause_label, date_error, parse_date
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code


class RulesStatus(StrEnum):
    DRAFT = "draft"
    IN_FORCE = "in_force"
    SUPERSEDED = "superseded"

    @property
    def label(self) -> str:
        return {
            "draft": msg("草案", "draft"),
            "in_force": msg("施行中", "in force"),
            "superseded": msg("已废止", "superseded"),
        }[self.value]


#: Results of the township's legality review; only the first two allow adoption.
REVIEW_RESULTS = ("通过", "修改后通过", "未通过")
PASSING_RESULTS = frozenset(REVIEW_RESULTS[:2])


@dataclass
class RulesVersion(Record):
    """One version of the village code."""

    title: str
    adopted_date: str = ""
    review_date: str = ""
    review_result: str = ""
    status: str = RulesStatus.DRAFT.value
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            title=clean(self.title),
            adopted_date=clean_code(self.adopted_date),
            review_date=clean_code(self.review_date),
            review_result=clean(self.review_result),
            status=self.status,
            note=clean(self.note),
            id=self.id,
        )


@dataclass
class Clause(Record):
    """A numbered clause (第N条) of one version."""

    version_id: str
    number: int
    text: str
    chapter: str = ""
    id: str = ""

    @property
    def label(self) -> str:
        return clause_label(self.number)

    def cleaned(self) -> Self:
        return type(self)(
            version_id=self.version_id,
            number=self.number,
            text=clean(self.text),
            chapter=clean(self.chapter),
            id=self.id,
        )


def validate_version(version: RulesVersion) -> list[FieldError]:
    errors: list[FieldError] = []
    if not version.title:
        errors.append(FieldError("title", msg("请填写名称，如“小营村村规民约”", "Enter a title")))
    if err := date_error(version.adopted_date, "通过日期", "adoption date", required=False):
        errors.append(FieldError("adopted_date", err))
    if err := date_error(version.review_date, "合法性审查日期", "review date", required=False):
        errors.append(FieldError("review_date", err))
    if version.review_result and version.review_result not in REVIEW_RESULTS:
        errors.append(
            FieldError(
                "review_result",
                msg("审查结果应为：" + "、".join(REVIEW_RESULTS), "Choose a review result"),
            )
        )
    if version.review_result and not version.review_date:
        errors.append(
            FieldError("review_date", msg("有审查结果时请填写审查日期", "Enter the review date"))
        )
    return errors


def validate_clause(clause: Clause) -> list[FieldError]:
    errors: list[FieldError] = []
    if not isinstance(clause.number, int) or not 1 <= clause.number <= 999:
        errors.append(FieldError("number", msg("条号应为1到999", "Clause number is 1 to 999")))
    if not clause.text:
        errors.append(FieldError("text", msg("请填写条文内容", "Enter the clause text")))
    return errors


def check_can_put_in_force(version: RulesVersion) -> None:
    """Only a draft that passed the legality review and has an adoption date goes in force."""
    if version.status != RulesStatus.DRAFT:
        raise RefusedError(msg("只有草案可以公布施行", "Only a draft can be put in force"))
    if version.review_result not in PASSING_RESULTS:
        raise RefusedError(
            msg(
                "村规民约须经乡镇合法性审查通过后才能施行，请先登记审查日期和结果",
                "The legality review must pass before the rules are put in force",
            )
        )
    adopted, reviewed = parse_date(version.adopted_date), parse_date(version.review_date)
    if adopted is None:
        raise RefusedError(
            msg("请先填写村民会议通过日期", "Enter the date the villagers' meeting adopted it")
        )
    if reviewed is not None and adopted < reviewed and version.review_result == "修改后通过":
        raise RefusedError(
            msg(
                "修改后通过的村规民约，通过日期应不早于审查日期",
                "A version amended after review must be adopted after the review",
            )
        )


def check_clauses_editable(version: RulesVersion) -> None:
    if version.status != RulesStatus.DRAFT:
        raise RefusedError(
            msg(
                "已施行或已废止的村规民约不能修改条文（黑榜引用了它们），请新建一个修订版本",
                "Clauses of a version in force are frozen; draft a new version instead",
            )
        )
