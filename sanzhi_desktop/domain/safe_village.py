"""十星级平安村 / "十有十没有": a village's yearly self-check against ten items.

The county's ten items differ by place: a default list ships (marked as a
default, :data:`DEFAULT_SOURCE`) and the town replaces it by sending its own.
Each year a village answers every item — met or not, with the evidence and a
note — and records the stars the town then confers (0–10). One check per
village and year: its id is derived from the year, so two offline checks of
the same year become one record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record

MAX_STARS = 10
DEFAULT_SOURCE = "default"
TOWN_SOURCE = "town"


@dataclass(frozen=True)
class CheckItem:
    """One item of the catalogue (``position`` 1…n) and, in a check, its answer."""

    position: int
    title: str
    met: bool = False
    evidence: str = ""
    note: str = ""


def encode_items(items: list[CheckItem]) -> str:
    return json.dumps(
        [
            {
                "position": i.position,
                "title": i.title,
                "met": i.met,
                "evidence": i.evidence,
                "note": i.note,
            }
            for i in items
        ],
        ensure_ascii=False,
    )


def decode_items(text: str) -> list[CheckItem]:
    try:
        data: Any = json.loads(text or "[]")
    except ValueError:
        return []
    return [
        CheckItem(
            position=int(d.get("position", 0)),
            title=str(d.get("title", "")),
            met=bool(d.get("met", False)),
            evidence=str(d.get("evidence", "")),
            note=str(d.get("note", "")),
        )
        for d in data
        if isinstance(d, dict)
    ]


@dataclass
class SafeVillageCheck(Record):
    year: int
    checked_date: str
    items: str = "[]"  # JSON list of CheckItem
    catalogue_source: str = DEFAULT_SOURCE
    stars_conferred: int = -1  # -1: the town has not conferred yet
    conferred_date: str = ""
    note: str = ""
    id: str = ""

    @property
    def item_list(self) -> list[CheckItem]:
        return decode_items(self.items)

    @property
    def met_count(self) -> int:
        return sum(1 for i in self.item_list if i.met)

    @property
    def conferred(self) -> bool:
        return self.stars_conferred >= 0


@dataclass(frozen=True)
class CheckDraft:
    """What the clerk enters: the year, the date and the answers by position."""

    year: int
    checked_date: str
    answers: dict[int, CheckItem] = field(default_factory=dict)
    note: str = ""


def validate_check(
    draft: CheckDraft, catalogue: list[CheckItem], *, this_year: int
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not 2000 <= draft.year <= this_year:
        errors.append(FieldError("year", msg(f"年度应在2000到{this_year}之间", "Bad year")))
    if err := date_error(draft.checked_date, "自查日期", "date"):
        errors.append(FieldError("checked_date", err))
    elif not draft.checked_date.startswith(str(draft.year)) and draft.checked_date[:4] != str(
        draft.year + 1
    ):
        errors.append(
            FieldError(
                "checked_date",
                msg("自查日期应在该年度或次年年初", "Check within the year or early next year"),
            )
        )
    unknown = set(draft.answers) - {i.position for i in catalogue}
    if unknown:
        errors.append(
            FieldError("items", msg("有不在自查目录中的项目", "Items not in the catalogue"))
        )
    for item in catalogue:
        answer = draft.answers.get(item.position)
        if answer is not None and answer.met and not answer.evidence.strip():
            errors.append(
                FieldError(
                    f"evidence_{item.position}",
                    msg(
                        f"第{item.position}项“{item.title}”已达标，请填写佐证材料",
                        f"Item {item.position}: give the evidence",
                    ),
                )
            )
    return errors


def stars_error(stars: int, conferred_date: str) -> FieldError | None:
    if not isinstance(stars, int) or not 0 <= stars <= MAX_STARS:
        return FieldError("stars_conferred", msg("星级应为0到10", "Stars: 0 to 10"))
    if err := date_error(conferred_date, "授星日期", "date"):
        return FieldError("conferred_date", err)
    return None
