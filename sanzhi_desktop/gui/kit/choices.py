"""What many forms and tabs pick from: the year a tab looks at, the roster's people and households.

Every part's forms offer the same labels, so a clerk reads a villager the same
way everywhere: 姓名（N组 户号） — the group and household tell two people of
the same name apart — and a household as 户号 户主（N组）.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.services import calendar, roster
from sanzhi_desktop.services.session import Session

#: Years a tab's year choice offers besides this one.
YEARS_BACK = 4


def this_year() -> int:
    return calendar.today().year


def year_filter() -> ChoiceFilter:
    """This year first (the choice's "" value), then the years before it."""
    year = this_year()
    return ChoiceFilter(
        QCoreApplication.translate("YearFilter", "This year ({year})").format(year=year),
        [(f"{y}", y) for y in range(year - 1, year - 1 - YEARS_BACK, -1)],
    )


def chosen_year(value: Any) -> int:
    """The year of a :func:`year_filter` choice ("" is this year)."""
    return int(value) if value else this_year()


def person_choices(session: Session) -> list[tuple[str, str]]:
    """Every villager as 姓名（N组 户号）→ person id."""
    return [
        (f"{p['name']}（{p['group_no']}组 {p['household_no']}）", str(p["id"]))
        for p in roster.list_persons(session, RosterFilter())
    ]


def household_choices(session: Session) -> list[tuple[str, str]]:
    """Every household as 户号 户主（N组）→ household id."""
    return [
        (f"{h['household_no']} {h['head_name']}（{h['group_no']}组）", str(h["id"]))
        for h in roster.list_households(session)
    ]


def household_of(session: Session, person_id: str) -> str:
    """The household of a picked villager ("" when the name was typed, not picked)."""
    if not person_id:
        return ""
    return roster.get_person(session, person_id).household_id


def group_text(group_no: int, outside: str) -> str:
    """A villager's group as 3组, or ``outside`` (the place) for someone from elsewhere."""
    return f"{group_no}组" if group_no else outside
