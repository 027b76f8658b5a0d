"""A person named with a character outside the BMP is stored, found, listed and exported."""

from __future__ import annotations

from pathlib import Path

from sanzhi_desktop.domain.roster import Household, Person, RosterFilter
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.roster_xlsx import export_roster_xlsx, read_roster_xlsx
from sanzhi_desktop.services.session import Session

RARE = "𪚥"


def _add(session: Session) -> None:
    household = roster.add_household(
        session, Household(household_no="0101", head_name="王" + RARE + "明", group_no=1)
    )
    for name in ("王" + RARE + "明", "李〇", "阿依古丽·买买提"):
        roster.add_person(session, Person(name=name, sex="男", household_id=household.id))
    other = roster.add_household(
        session, Household(household_no="0102", head_name="张三", group_no=1)
    )
    roster.add_person(session, Person(name="张三", sex="男", household_id=other.id))


def test_search_finds_a_rare_character_alone_and_in_a_longer_term(session: Session) -> None:
    _add(session)
    for term in (RARE, "王" + RARE, "王" + RARE + "明", "〇"):
        names = [p["name"] for p in roster.list_persons(session, RosterFilter(text=term))]
        assert any(term in n for n in names), (term, names)
        assert "张三" not in names


def test_an_export_reads_back_with_the_rare_names(session: Session, tmp_path: Path) -> None:
    _add(session)
    path = tmp_path / "花名册.xlsx"
    export_roster_xlsx(session, path)
    preview = read_roster_xlsx(session, path)
    names = sorted(p.name for _, p, _ in preview.persons)
    assert "王" + RARE + "明" in names and "李〇" in names
