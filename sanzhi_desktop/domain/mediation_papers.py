"""The papers of a mediation dossier (一案一卷) and what each must say.

Each paper is a small dataclass stored as JSON in one ``case_papers`` table
(kind, date, content): the dossier grows by papers the way the paper folder
does, and a new kind of paper needs no migration. The intake register
(受理登记表) is the case itself with its parties, so it is not a paper here.

Order in the dossier follows the 一案一卷 checklist: rights notice,
investigation records, session records, agreement (written or the oral
register), judicial confirmation, follow-up records, closing report.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar, Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import date_error, parse_date
from sanzhi_desktop.domain.text import clean

MAX_TERMS = 30
PERFORMANCE = ("已履行", "部分履行", "未履行")
SATISFACTION = ("满意", "基本满意", "不满意")
CONFIRMATION_RESULTS = ("确认协议有效", "不予确认", "申请已撤回")


class PaperKind(StrEnum):
    RIGHTS_NOTICE = "rights_notice"
    INVESTIGATION = "investigation"
    SESSION = "session"
    WRITTEN_AGREEMENT = "written_agreement"
    ORAL_AGREEMENT = "oral_agreement"
    JUDICIAL_CONFIRMATION = "judicial_confirmation"
    FOLLOW_UP = "follow_up"
    CLOSING_REPORT = "closing_report"

    @property
    def label(self) -> str:
        return PAPER_LABELS[self]


PAPER_LABELS = {
    PaperKind.RIGHTS_NOTICE: "权利义务告知",
    PaperKind.INVESTIGATION: "调查记录",
    PaperKind.SESSION: "调解记录",
    PaperKind.WRITTEN_AGREEMENT: "人民调解协议书",
    PaperKind.ORAL_AGREEMENT: "口头协议登记",
    PaperKind.JUDICIAL_CONFIRMATION: "司法确认",
    PaperKind.FOLLOW_UP: "回访记录",
    PaperKind.CLOSING_REPORT: "结案报告",
}

#: The order papers take in the dossier.
DOSSIER_ORDER = tuple(PaperKind)


def _required(errors: list[FieldError], name: str, value: str, zh: str, en: str) -> None:
    if not value:
        errors.append(FieldError(name, msg(f"请填写{zh}", f"Enter the {en}")))


@dataclass
class Paper:
    """Base of the papers: ``on`` is the ISO date the paper records."""

    kind: ClassVar[PaperKind]
    on: str

    def cleaned(self) -> Self:
        values: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = clean(value)
            elif isinstance(value, list):
                value = [clean(v) for v in value if clean(v)]
            values[f.name] = value
        return type(self)(**values)

    def validate(self, *, today: date | None = None) -> list[FieldError]:
        errors: list[FieldError] = []
        if err := date_error(self.on, today=today):
            errors.append(FieldError("on", err))
        return errors

    def to_content(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_content(cls, content: dict[str, Any]) -> Self:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in content.items() if k in names})


@dataclass
class RightsNotice(Paper):
    kind = PaperKind.RIGHTS_NOTICE
    manner: str = "书面告知"
    note: str = ""


@dataclass
class Investigation(Paper):
    kind = PaperKind.INVESTIGATION
    place: str = ""
    investigator: str = ""
    subject: str = ""  # 被调查人
    content: str = ""

    def validate(self, *, today: date | None = None) -> list[FieldError]:
        errors = super().validate(today=today)
        _required(errors, "subject", self.subject, "被调查人", "person questioned")
        _required(errors, "content", self.content, "调查内容", "content")
        return errors


@dataclass
class SessionRecord(Paper):
    kind = PaperKind.SESSION
    time: str = ""
    place: str = ""
    present: str = ""
    statements: str = ""
    outcome: str = ""

    def validate(self, *, today: date | None = None) -> list[FieldError]:
        errors = super().validate(today=today)
        _required(errors, "place", self.place, "调解地点", "place")
        _required(errors, "present", self.present, "参加人员", "people present")
        _required(errors, "statements", self.statements, "当事人陈述及调解经过", "statements")
        _required(errors, "outcome", self.outcome, "调解结果", "outcome")
        return errors


@dataclass
class WrittenAgreement(Paper):
    kind = PaperKind.WRITTEN_AGREEMENT
    facts: str = ""  # 纠纷主要事实、争议事项及各方责任
    terms: list[str] = field(default_factory=list)
    performance_manner: str = ""
    performance_place: str = ""
    performance_due: str = ""
    copies: int = 3
    recorder: str = ""

    def validate(self, *, today: date | None = None) -> list[FieldError]:
        errors = super().validate(today=today)
        _required(errors, "facts", self.facts, "纠纷事实、争议事项及责任", "facts")
        if not self.terms:
            errors.append(
                FieldError("terms", msg("请至少写一条协议内容", "Enter at least one term"))
            )
        elif len(self.terms) > MAX_TERMS:
            errors.append(FieldError("terms", msg("协议条款太多", "Too many terms")))
        _required(errors, "performance_manner", self.performance_manner, "履行方式", "manner")
        if self.performance_due and parse_date(self.performance_due) is None:
            errors.append(
                FieldError("performance_due", msg("履行期限应写成2026-12-31", "Write 2026-12-31"))
            )
        if not isinstance(self.copies, int) or not 2 <= self.copies <= 10:
            errors.append(FieldError("copies", msg("份数应为2到10份", "2 to 10 copies")))
        return errors


@dataclass
class OralAgreement(Paper):
    kind = PaperKind.ORAL_AGREEMENT
    content: str = ""
    performance_manner: str = ""
    performance_due: str = ""

    def validate(self, *, today: date | None = None) -> list[FieldError]:
        errors = super().validate(today=today)
        _required(errors, "content", self.content, "口头协议内容", "content")
        if self.performance_due and parse_date(self.performance_due) is None:
            errors.append(
                FieldError("performance_due", msg("履行期限应写成2026-12-31", "Write 2026-12-31"))
            )
        return errors


@dataclass
class JudicialConfirmation(Paper):
    kind = PaperKind.JUDICIAL_CONFIRMATION
    court: str = ""
    result: str = CONFIRMATION_RESULTS[0]
    ruling_no: str = ""

    def validate(self, *, today: date | None = None) -> list[FieldError]:
        errors = super().validate(today=today)
        _required(errors, "court", self.court, "人民法院名称", "court")
        if self.result not in CONFIRMATION_RESULTS:
            errors.append(FieldError("result", msg("请选择确认结果", "Choose the result")))
        return errors


@dataclass
class FollowUp(Paper):
    kind = PaperKind.FOLLOW_UP
    visitor: str = ""
    performance: str = PERFORMANCE[0]
    satisfaction: str = SATISFACTION[0]
    remaining_risk: str = ""
    measures: str = ""
    next_visit: str = ""

    def validate(self, *, today: date | None = None) -> list[FieldError]:
        errors = super().validate(today=today)
        _required(errors, "visitor", self.visitor, "回访人", "visitor")
        if self.performance not in PERFORMANCE:
            errors.append(FieldError("performance", msg("请选择履行情况", "Choose")))
        if self.satisfaction not in SATISFACTION:
            errors.append(FieldError("satisfaction", msg("请选择满意程度", "Choose")))
        if self.next_visit:
            nxt = parse_date(self.next_visit)
            if nxt is None:
                errors.append(FieldError("next_visit", msg("日期应写成2026-12-31", "2026-12-31")))
            elif parse_date(self.on) and nxt <= date.fromisoformat(self.on):
                errors.append(
                    FieldError("next_visit", msg("下次回访应晚于本次", "After this visit"))
                )
        return errors


@dataclass
class ClosingReport(Paper):
    kind = PaperKind.CLOSING_REPORT
    summary: str = ""
    result: str = ""

    def validate(self, *, today: date | None = None) -> list[FieldError]:
        errors = super().validate(today=today)
        _required(errors, "summary", self.summary, "结案情况", "summary")
        return errors


PAPER_TYPES: dict[PaperKind, type[Paper]] = {
    cls.kind: cls
    for cls in (
        RightsNotice,
        Investigation,
        SessionRecord,
        WrittenAgreement,
        OralAgreement,
        JudicialConfirmation,
        FollowUp,
        ClosingReport,
    )
}


def paper_from_row(kind: str, content: dict[str, Any]) -> Paper:
    return PAPER_TYPES[PaperKind(kind)].from_content(content)


@dataclass
class StoredPaper:
    """A paper as stored: its row id, kind and order with the paper itself."""

    id: str
    case_id: str
    paper: Paper
    seq: int = 0
    owner: str = ""

    @property
    def kind(self) -> PaperKind:
        return self.paper.kind


@dataclass
class PartyDetail:
    """A party as the papers show it: roster villagers' details come from the roster.

    ``address`` and ``contact`` are printed only on the agreement (the one
    paper that legally carries them); every other form shows name, sex, age
    and villager group.
    """

    role: str
    kind: str
    name: str
    sex: str = ""
    ethnicity: str = ""
    age: int | None = None
    occupation: str = ""
    address: str = ""
    contact: str = ""
    representative: str = ""
    group_no: int | None = None

    @property
    def age_text(self) -> str:
        return "" if self.age is None else f"{self.age}岁"


@dataclass
class CaseFile:
    """Everything printed about one case: the dossier in the order it is filed."""

    office_name: str
    committee_name: str
    dossier_no: str
    source: str
    dispute_type: str
    summary: str
    registered_on: str
    accepted_on: str
    state_label: str
    amount_fen: int
    parties: list[PartyDetail]
    mediators: list[str]
    events: list[tuple[str, str, str, str]]  # (date, label, operator, detail)
    papers: list[StoredPaper]
    closed_on: str = ""

    def papers_of(self, kind: PaperKind) -> list[Paper]:
        return [p.paper for p in self.papers if p.kind is kind]
