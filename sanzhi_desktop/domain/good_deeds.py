"""善行义举榜 (四德榜): good deeds under 孝 / 诚 / 爱 / 仁, posted monthly.

A deed is nominated (by the person, by villagers or by the village), reviewed
by the 道德评议会, posted on a month's board and later taken down; a deed
shown to be false is removed and the record says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Self

from sanzhi_desktop.domain.errors import FieldError, RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import MAX_SHORT_TEXT, date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

#: The four virtues and what each covers (printed as the sheet's section headings).
VIRTUES = {
    "孝": "孝老爱亲",
    "诚": "诚实守信",
    "爱": "爱岗敬业、爱护家园",
    "仁": "助人为乐、见义勇为",
}
NOMINATIONS = ("本人自荐", "村民推荐", "村委推荐")


class DeedStatus(StrEnum):
    NOMINATED = "nominated"
    REVIEWED = "reviewed"
    REJECTED = "rejected"
    POSTED = "posted"
    REMOVED = "removed"

    @property
    def label(self) -> str:
        zh, en = {
            "nominated": ("已推荐", "nominated"),
            "reviewed": ("评议通过", "reviewed"),
            "rejected": ("评议未通过", "rejected"),
            "posted": ("已上榜", "posted"),
            "removed": ("已撤下", "removed"),
        }[self.value]
        return msg(zh, en)


ALLOWED_FROM: dict[str, frozenset[str]] = {
    "review": frozenset({"nominated"}),
    "post": frozenset({"reviewed"}),
    "remove": frozenset({"nominated", "reviewed", "posted"}),
}


@dataclass
class GoodDeed(Record):
    household_id: str
    name: str
    group_no: int
    virtue: str
    deed: str
    nominated_by: str = "村民推荐"
    nominator: str = ""
    nominated_date: str = ""
    person_id: str = ""
    status: str = DeedStatus.NOMINATED.value
    review_date: str = ""
    reviewers: str = ""
    review_opinion: str = ""
    month: str = ""
    posted_date: str = ""
    removed_date: str = ""
    removal_reason: str = ""
    shown_false: int = 0
    id: str = ""

    def cleaned(self) -> Self:
        values = self.to_record()
        for key, value in values.items():
            if isinstance(value, str) and key not in {"id", "household_id", "person_id"}:
                values[key] = clean_code(value) if key.endswith("date") else clean(value)
        return type(self)(**values)

    def on_board_in(self, month: str) -> bool:
        return (
            self.month == month
            and not self.shown_false
            and self.status
            in {
                "posted",
                "removed",
            }
        )


def validate_deed(deed: GoodDeed) -> list[FieldError]:
    errors: list[FieldError] = []
    if not deed.household_id:
        errors.append(FieldError("household_id", msg("请选择所在户", "Choose the household")))
    if not deed.name:
        errors.append(FieldError("name", msg("请填写姓名", "Enter the name")))
    if deed.virtue not in VIRTUES:
        errors.append(FieldError("virtue", msg("请选择孝、诚、爱、仁之一", "Choose a virtue")))
    if not deed.deed:
        errors.append(FieldError("deed", msg("请填写事迹", "Enter the deed")))
    elif len(deed.deed) > MAX_SHORT_TEXT:
        errors.append(
            FieldError("deed", msg(f"事迹最多{MAX_SHORT_TEXT}字", "The deed text is too long"))
        )
    if deed.nominated_by not in NOMINATIONS:
        errors.append(FieldError("nominated_by", msg("请选择推荐方式", "Choose who nominated")))
    if err := date_error(deed.nominated_date, "推荐日期", "nomination date"):
        errors.append(FieldError("nominated_date", err))
    return errors


def check_deed_action(deed: GoodDeed, action: str) -> None:
    if deed.status not in ALLOWED_FROM[action]:
        raise RefusedError(
            msg(
                f"这条善行义举目前是“{DeedStatus(deed.status).label}”，不能进行这一步",
                f"A deed that is {DeedStatus(deed.status).label} cannot be: {action}",
            )
        )
