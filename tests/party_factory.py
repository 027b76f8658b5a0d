"""A small party branch for the 党建 tests: people in the roster, members, a fixed today."""

from __future__ import annotations

from datetime import datetime

import pytest

from sanzhi_desktop.domain.party import MemberStatus, PartyMember
from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.services import party, roster
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock

TODAY = "2026-11-20"
NAMES = ("张建国", "李秀英", "王志强", "赵桂兰", "刘德华", "陈明", "曾国平", "单玉梅")
PHONE = "13987654321"


def freeze_today(monkeypatch: pytest.MonkeyPatch, day: str = TODAY) -> None:
    """Every service's today (storage.clock) is ``day``, at ten in the morning."""
    fixed = datetime.fromisoformat(f"{day}T10:00:00+08:00")
    monkeypatch.setattr(clock, "now", lambda: fixed)


def people(session: Session, names: tuple[str, ...] = NAMES) -> list[Person]:
    """One household per two people, groups 1 and 2, each person with a phone."""
    made = []
    for index, name in enumerate(names):
        if index % 2 == 0:
            household = roster.add_household(
                session,
                Household(
                    household_no=f"0{index % 2 + 1}{index:02d}",
                    head_name=name,
                    group_no=index % 4 // 2 + 1,
                    address="某地",
                ),
            )
        made.append(
            roster.add_person(
                session,
                Person(
                    name=name,
                    sex="男" if index % 2 == 0 else "女",
                    household_id=household.id,
                    relation="户主" if index % 2 == 0 else "配偶",
                    phone=PHONE,
                ),
            )
        )
    return made


def branch(session: Session, count: int = 6, *, joined: str = "2010-07-01") -> list[PartyMember]:
    """``count`` members (the last one 预备, joined 2026-03-01), all in the roster."""
    members = []
    for index, person in enumerate(people(session)[:count]):
        probation = index == count - 1
        members.append(
            party.add_member(
                session,
                PartyMember(
                    person_id=person.id,
                    status=(MemberStatus.PROBATION if probation else MemberStatus.FULL).value,
                    joined_date="2026-03-01" if probation else joined,
                ),
            )
        )
    return members
