"""Test data for 平安 and 信用: a few households and people, a mediator, a fixed today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sanzhi_desktop.domain.mediation import Mediator
from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.domain.screening import Finding, FindingParty, encode_parties
from sanzhi_desktop.services import mediators, roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number

TODAY = date(2026, 11, 28)
ID_NUMBER = valid_id_number("19700202", seq="031")
PHONE = "13912340000"


@dataclass
class SafetyVillage:
    households: list[Household]
    people: list[Person]
    mediator_id: str


def make_village(session: Session) -> SafetyVillage:
    households, people = [], []
    for n, (head, group) in enumerate((("张建国", 1), ("李秀英", 2), ("王小虎", 3)), start=1):
        household = roster.add_household(
            session, Household(household_no=f"010{n}", head_name=head, group_no=group)
        )
        households.append(household)
        people.append(
            roster.add_person(
                session,
                Person(
                    name=head,
                    sex="男" if n != 2 else "女",
                    household_id=household.id,
                    relation="户主",
                    id_number=ID_NUMBER if n == 1 else "",
                    phone=PHONE if n == 1 else "",
                ),
            )
        )
    mediator = mediators.add_mediator(session, Mediator(name="赵调解", role="主任"))
    return SafetyVillage(households, people, mediator.id)


def finding(
    village: SafetyVillage, *, risk: str = "中", found: str = "2026-11-20", typed: str = ""
) -> Finding:
    parties = [FindingParty(village.people[0].name, village.people[0].id)]
    parties.append(FindingParty(typed) if typed else FindingParty("", village.people[1].id))
    return Finding(
        found_date=found,
        dispute_type="邻里",
        summary="两家因房前排水沟堵塞多次争吵",
        risk=risk,
        parties=encode_parties(parties),
    )
