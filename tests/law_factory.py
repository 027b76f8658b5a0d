"""A small village for the 法治 tests: two groups, people with ID numbers and phones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from sanzhi_desktop.domain.law import Attendee, Learner, StudySession
from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.services import law, roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number

TODAY = date(2026, 11, 28)
#: Identifiers of the roster's people: no sheet may carry any of them.
PHONES = ("13812345678", "13998765432", "15011112222", "18633334444")


@dataclass
class Village:
    households: list[Household]
    people: list[Person]

    def person(self, name: str) -> Person:
        return next(p for p in self.people if p.name == name)


def freeze(monkeypatch: pytest.MonkeyPatch, day: date = TODAY) -> None:
    """The day the part's rules are judged on (its services share ``law.today``)."""
    monkeypatch.setattr(law, "today", lambda: day)


def make_village(session: Session) -> Village:
    specs = [("0101", 1, "王建国", "19700301"), ("0102", 1, "李秀英", "19751111"),
             ("0201", 2, "张大山", "19680505"), ("0202", 2, "刘芳", "19820920")]  # fmt: skip
    households, people = [], []
    for index, (number, group, name, birth) in enumerate(specs):
        household = roster.add_household(
            session,
            Household(household_no=number, head_name=name, group_no=group, address=f"{group}组"),
        )
        male = name in {"王建国", "张大山"}
        person = roster.add_person(
            session,
            Person(
                household_id=household.id,
                name=name,
                sex="男" if male else "女",
                relation="户主",
                birth_date=f"{birth[:4]}-{birth[4:6]}-{birth[6:]}",
                id_number=valid_id_number(birth, seq=f"{index + 1:03d}", male=male),
                phone=PHONES[index],
            ),
        )
        households.append(household)
        people.append(person)
    return Village(households, people)


def cadre(session: Session, village: Village, name: str = "王建国") -> Learner:
    return law.add_learner(
        session,
        Learner(name="", person_id=village.person(name).id, category="cadre", post="村委会主任"),
    )


def backbone(session: Session, village: Village, name: str = "李秀英") -> Learner:
    return law.add_learner(
        session,
        Learner(name="", person_id=village.person(name).id, category="backbone", post="组长"),
    )


def study(
    session: Session, day: str, *learners: Learner, form: str = "集中学法", topic: str = "宪法学习"
) -> StudySession:
    return law.record_session(
        session,
        StudySession(held_on=day, form=form, topic=topic, lecturer="司法所", hours=2),
        attendees=[Attendee(name="", learner_id=x.id) for x in learners],
    )
