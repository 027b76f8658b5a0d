"""The plan's yearly targets for a branch, and the village's collective economy.

- 党员示范岗: "每村至少设立3-5个党员示范岗" — posts in force, 3 to 5;
- 书记培训: "村社区党组织书记年度累计参加培训不少于4天" — days in the year;
- 雏雁工程: "年内每个村至少确定2人重点培养" — reserve cadres chosen in the year;
- 致富带头人: "至少培育3-5人" — wealth leaders of the year, 3 to 5;
- 集体经济: the year's collective operating income (the finance disclosures'
  经营收入 and 发包及上交收入 lines); none at all makes a 空壳村, less than the
  town's threshold (default ¥50,000) a 薄弱村.

The figures differ by county, so :class:`Targets` is a town setting with
these defaults; the rules that compare are here so the village's to-do list,
its status page and the town's table say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

#: The income lines that are the collective's operating income (GLOSSARY).
OPERATING_INCOME_ITEMS = ("经营收入", "发包及上交收入")
DEFAULT_THRESHOLD_FEN = 5_000_000  # ¥50,000
MAX_TRAINING_DAYS = 60


@dataclass(frozen=True)
class Targets:
    posts_min: int = 3
    posts_max: int = 5
    training_days: int = 4
    reserve_min: int = 2
    wealth_min: int = 3
    wealth_max: int = 5
    collective_threshold_fen: int = DEFAULT_THRESHOLD_FEN


@dataclass
class ModelPost(Record):
    """党员示范岗: a post held by a member, with its duties."""

    post: str = ""
    member_id: str = ""
    name: str = ""
    duties: str = ""
    set_date: str = ""
    ended_date: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            post=clean(self.post),
            member_id=self.member_id,
            name=clean(self.name),
            duties=clean(self.duties),
            set_date=clean_code(self.set_date),
            ended_date=clean_code(self.ended_date),
            id=self.id,
        )

    def in_force_on(self, day: str) -> bool:
        return (
            bool(self.set_date)
            and self.set_date <= day
            and not (self.ended_date and self.ended_date <= day)
        )


def validate_post(post: ModelPost) -> list[FieldError]:
    errors: list[FieldError] = []
    if not post.post:
        errors.append(FieldError("post", msg("请填写岗位名称（如“环境卫生示范岗”）", "Post name")))
    if not post.member_id:
        errors.append(FieldError("member_id", msg("请选择担任示范岗的党员", "Choose the member")))
    if not post.duties:
        errors.append(FieldError("duties", msg("请填写岗位职责", "Enter the duties")))
    if err := date_error(post.set_date, "设岗日期", "date"):
        errors.append(FieldError("set_date", err))
    if err := date_error(post.ended_date, "撤岗日期", "end date", required=False):
        errors.append(FieldError("ended_date", err))
    elif post.ended_date and post.ended_date < post.set_date:
        errors.append(FieldError("ended_date", msg("撤岗日期不能早于设岗日期", "End before set")))
    return errors


@dataclass
class Training(Record):
    """书记培训: one training the secretary attended (days counted towards the year)."""

    trainee: str = ""
    start_date: str = ""
    days: int = 1
    organiser: str = ""
    topic: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            trainee=clean(self.trainee),
            start_date=clean_code(self.start_date),
            days=int(self.days or 0),
            organiser=clean(self.organiser),
            topic=clean(self.topic),
            id=self.id,
        )


def validate_training(item: Training) -> list[FieldError]:
    errors: list[FieldError] = []
    if not item.trainee:
        errors.append(FieldError("trainee", msg("请填写参训人", "Enter who attended")))
    if err := date_error(item.start_date, "培训日期", "date"):
        errors.append(FieldError("start_date", err))
    if not 1 <= item.days <= MAX_TRAINING_DAYS:
        errors.append(
            FieldError("days", msg(f"培训天数应为1到{MAX_TRAINING_DAYS}天", "Days: 1 to 60"))
        )
    if not item.topic:
        errors.append(FieldError("topic", msg("请填写培训内容", "Enter the topic")))
    return errors


class CadreKind(StrEnum):
    RESERVE = "reserve"  # 雏雁工程 reserve cadre
    WEALTH = "wealth"  # 致富带头人

    @property
    def label(self) -> str:
        return (
            msg("雏雁（后备干部）", "reserve cadre")
            if self is CadreKind.RESERVE
            else msg("致富带头人", "wealth leader")
        )


@dataclass
class Cadre(Record):
    kind: str = CadreKind.RESERVE.value
    person_id: str = ""
    name: str = ""
    group_no: int = 0
    year: int = 0
    chosen_date: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            kind=clean_code(self.kind),
            person_id=self.person_id,
            name=clean(self.name),
            group_no=int(self.group_no or 0),
            year=int(self.year or 0),
            chosen_date=clean_code(self.chosen_date),
            note=clean(self.note),
            id=self.id,
        )


def validate_cadre(cadre: Cadre) -> list[FieldError]:
    errors: list[FieldError] = []
    if cadre.kind not in {k.value for k in CadreKind}:
        errors.append(FieldError("kind", msg("请选择类别", "Choose the kind")))
    if not cadre.person_id:
        errors.append(FieldError("person_id", msg("请从村民档案中选择本人", "Choose the person")))
    if err := date_error(cadre.chosen_date, "确定日期", "date"):
        errors.append(FieldError("chosen_date", err))
    elif cadre.chosen_date[:4] != str(cadre.year):
        errors.append(
            FieldError("chosen_date", msg("确定日期应在培养年度内", "The date is outside the year"))
        )
    return errors


class CollectiveStatus(StrEnum):
    SHELL = "shell"  # 空壳: no operating income
    WEAK = "weak"  # 薄弱: below the threshold
    OK = "ok"  # 达标

    @property
    def label(self) -> str:
        return msg(
            *{"shell": ("空壳", "shell"), "weak": ("薄弱", "weak"), "ok": ("达标", "ok")}[
                self.value
            ]
        )


def operating_income_fen(lines: Iterable[tuple[str, str, int]]) -> int:
    """The sum of the (kind, item, amount_fen) lines that are operating income."""
    return sum(
        amount
        for kind, item, amount in lines
        if kind == "income" and item in OPERATING_INCOME_ITEMS
    )


def collective_status(income_fen: int, threshold_fen: int) -> CollectiveStatus:
    if income_fen <= 0:
        return CollectiveStatus.SHELL
    if income_fen < threshold_fen:
        return CollectiveStatus.WEAK
    return CollectiveStatus.OK


@dataclass(frozen=True)
class YearFigures:
    """What the targets are checked against, for one village and one year."""

    year: int
    posts: int = 0
    training_days: int = 0
    reserve_cadres: int = 0
    wealth_leaders: int = 0
    income_fen: int = 0
    quarters_disclosed: int = 0


@dataclass(frozen=True)
class Shortfall:
    key: str
    text: str


@dataclass(frozen=True)
class TargetCheck:
    figures: YearFigures
    status: CollectiveStatus
    shortfalls: list[Shortfall] = field(default_factory=list)


def check_targets(figures: YearFigures, targets: Targets) -> TargetCheck:
    """Which of the plan's targets the year's figures fall short of (or overshoot)."""
    short: list[Shortfall] = []
    if figures.posts < targets.posts_min:
        short.append(
            Shortfall(
                "posts",
                msg(
                    f"党员示范岗{figures.posts}个，应设{targets.posts_min}–{targets.posts_max}个",
                    f"{figures.posts} model posts; {targets.posts_min}–{targets.posts_max} needed",
                ),
            )
        )
    if figures.training_days < targets.training_days:
        short.append(
            Shortfall(
                "training",
                msg(
                    f"书记培训累计{figures.training_days}天，全年应不少于{targets.training_days}天",
                    f"{figures.training_days} training days of {targets.training_days}",
                ),
            )
        )
    if figures.reserve_cadres < targets.reserve_min:
        short.append(
            Shortfall(
                "reserve",
                msg(
                    f"雏雁后备干部{figures.reserve_cadres}人，年内应至少确定{targets.reserve_min}人",
                    f"{figures.reserve_cadres} reserve cadres of {targets.reserve_min}",
                ),
            )
        )
    if figures.wealth_leaders < targets.wealth_min:
        short.append(
            Shortfall(
                "wealth",
                msg(
                    f"致富带头人{figures.wealth_leaders}人，应培育{targets.wealth_min}–"
                    f"{targets.wealth_max}人",
                    f"{figures.wealth_leaders} wealth leaders of {targets.wealth_min}",
                ),
            )
        )
    status = collective_status(figures.income_fen, targets.collective_threshold_fen)
    if status is not CollectiveStatus.OK:
        short.append(
            Shortfall(
                "collective",
                msg(
                    f"集体经营收入{figures.income_fen / 100:,.2f}元，属{status.label}村"
                    f"（达标线{targets.collective_threshold_fen / 100:,.0f}元）",
                    f"Collective income {figures.income_fen / 100:,.2f}: {status.label}",
                ),
            )
        )
    return TargetCheck(figures=figures, status=status, shortfalls=short)
