"""移风易俗: the 红白理事会's register of weddings and funerals against the village's limits.

Each 红白事 is registered with its scale — tables, cars and, for a wedding,
the 彩礼 amount (kept in fen, never printed on a public sheet). The scale is
checked against the village's limits (the 村规民约's numbers, kept as a
setting with the plan's common defaults); an event over a limit is a finding
the council must handle: 劝导, 批评教育, or a black-list entry through the
red/black board's own workflow. A finding stays on the to-do list until then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from sanzhi_desktop.domain.councils import MAX_TEXT, cleaned_record
from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record

EVENT_KINDS = {"wedding": "婚事", "funeral": "丧事"}
HANDLINGS = {
    "persuaded": "劝导纠正",
    "criticised": "批评教育",
    "black_list": "列入黑榜",
}
#: No village sets a limit above these: a larger typed value is a typing mistake.
MAX_TABLES = 500
MAX_CARS = 200
MAX_FEN = 100_000_000_00  # ¥100,000,000


@dataclass(frozen=True)
class CustomLimits:
    """The village's limits; 0 means "no limit" for that figure."""

    wedding_tables: int = 20
    wedding_cars: int = 6
    betrothal_fen: int = 30_000_00
    funeral_tables: int = 15
    funeral_cars: int = 3

    def as_dict(self) -> dict[str, int]:
        return {
            "wedding_tables": self.wedding_tables,
            "wedding_cars": self.wedding_cars,
            "betrothal_fen": self.betrothal_fen,
            "funeral_tables": self.funeral_tables,
            "funeral_cars": self.funeral_cars,
        }


def limits_errors(limits: CustomLimits) -> list[FieldError]:
    errors = []
    for key, value in limits.as_dict().items():
        ceiling = MAX_FEN if key.endswith("fen") else MAX_CARS if "cars" in key else MAX_TABLES
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= ceiling:
            errors.append(
                FieldError(
                    key, msg(f"限额应是0到{ceiling}之间的整数", f"Limit out of range: {key}")
                )
            )
    return errors


@dataclass
class CustomEvent(Record):
    household_id: str
    head_name: str
    group_no: int
    kind: str
    held_on: str
    tables: int = 0
    cars: int = 0
    betrothal_fen: int = 0
    note: str = ""
    finding: str = ""
    handling: str = ""
    handled_on: str = ""
    handled_note: str = ""
    red_black_entry_id: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return cleaned_record(self)

    @property
    def kind_label(self) -> str:
        return EVENT_KINDS.get(self.kind, self.kind)

    @property
    def over_limit(self) -> bool:
        return bool(self.finding)

    @property
    def open_finding(self) -> bool:
        return bool(self.finding) and not self.handling


def excesses(event: CustomEvent, limits: CustomLimits) -> list[str]:
    """What of ``event`` is over ``limits``, e.g. "桌数25桌，超过限额20桌"."""
    wedding = event.kind == "wedding"
    checks = [
        ("桌数", event.tables, limits.wedding_tables if wedding else limits.funeral_tables, "桌"),
        ("车辆", event.cars, limits.wedding_cars if wedding else limits.funeral_cars, "辆"),
    ]
    found = [
        f"{label}{value}{unit}，超过限额{limit}{unit}"
        for label, value, limit, unit in checks
        if limit and value > limit
    ]
    if wedding and limits.betrothal_fen and event.betrothal_fen > limits.betrothal_fen:
        found.append(
            f"彩礼{event.betrothal_fen // 100:,}元，超过限额{limits.betrothal_fen // 100:,}元"
        )
    return found


def validate_event(event: CustomEvent, *, today: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if not event.household_id:
        errors.append(FieldError("household_id", msg("请选择办事的户", "Choose the household")))
    if event.kind not in EVENT_KINDS:
        errors.append(FieldError("kind", msg("请选择婚事或丧事", "Choose wedding or funeral")))
    if err := date_error(event.held_on, "办事日期", "date"):
        errors.append(FieldError("held_on", err))
    for key, label, ceiling in (
        ("tables", "桌数", MAX_TABLES * 10),
        ("cars", "车辆数", MAX_CARS * 10),
        ("betrothal_fen", "彩礼金额", MAX_FEN),
    ):
        value = getattr(event, key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= ceiling:
            errors.append(FieldError(key, msg(f"{label}应是不小于0的合理数字", f"Bad {key}")))
    if event.kind == "funeral" and event.betrothal_fen:
        errors.append(
            FieldError(
                "betrothal_fen", msg("丧事没有彩礼，请留空", "A funeral has no betrothal gift")
            )
        )
    if len(event.note) > MAX_TEXT:
        errors.append(FieldError("note", msg(f"说明最多{MAX_TEXT}字", "Too long")))
    return errors


def validate_handling(handling: str, note: str, on: str, *, today: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if handling not in HANDLINGS:
        errors.append(FieldError("handling", msg("请选择处理方式", "Choose how it was handled")))
    if err := date_error(on, "处理日期", "date"):
        errors.append(FieldError("handled_on", err))
    elif on > today:
        errors.append(
            FieldError("handled_on", msg("日期不能晚于今天", "The date is in the future"))
        )
    if not note:
        errors.append(FieldError("handled_note", msg("请写明处理情况", "Say how it was handled")))
    return errors
