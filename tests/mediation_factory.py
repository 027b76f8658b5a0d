"""Test data for the mediation part: two villagers, a mediator and cases at any step."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.mediation import Case, Mediator, Party
from sanzhi_desktop.domain.mediation_papers import SessionRecord, WrittenAgreement
from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.services import mediation, mediators, roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number

TODAY = "2026-11-28"


def freeze_today(monkeypatch: pytest.MonkeyPatch, day: str = TODAY) -> None:
    from datetime import date

    from sanzhi_desktop.storage import clock

    # The program's one clock: every service and the GUI read it.
    monkeypatch.setattr(clock, "today", lambda: date.fromisoformat(day))


def villagers(session: Session) -> tuple[Person, Person]:
    house = roster.add_household(
        session, Household(household_no="0101", head_name="王大明", group_no=1, address="1组1号")
    )
    other = roster.add_household(
        session, Household(household_no="0202", head_name="李小红", group_no=2, address="2组2号")
    )
    a = roster.add_person(
        session,
        Person(
            name="王大明",
            sex="男",
            household_id=house.id,
            relation="户主",
            id_number=valid_id_number("19700305", seq="011"),
            phone="13812345678",
        ),
    )
    b = roster.add_person(
        session,
        Person(
            name="李小红", sex="女", household_id=other.id, relation="户主", birth_date="1975-06-01"
        ),
    )
    return a, b


def mediator(session: Session, name: str = "赵调解") -> Mediator:
    return mediators.add_mediator(session, Mediator(name=name, role="主任"))


def new_case(
    session: Session,
    *,
    registered_on: str = "2026-11-02",
    dispute_type: str = "邻里",
    amount_fen: int = 250_000,
    people: tuple[Person, Person] | None = None,
    mediator_id: str | None = None,
) -> Case:
    a, b = people or villagers(session)
    mid = mediator_id or mediator(session).id
    return mediation.register_case(
        session,
        Case(
            source="当事人申请",
            dispute_type=dispute_type,
            summary="两家因院墙滴水发生争执",
            registered_on=registered_on,
            amount_fen=amount_fen,
            mediator_ids=f'["{mid}"]',
        ),
        [
            Party(
                case_id="", role="申请人", kind="person", name="", person_id=a.id, occupation="农民"
            ),
            Party(case_id="", role="被申请人", kind="person", name="", person_id=b.id),
        ],
    )


def session_paper(on: str) -> SessionRecord:
    return SessionRecord(
        on=on,
        time="09:30",
        place="村委会调解室",
        present="王大明、李小红、赵调解",
        statements="双方陈述了院墙滴水的经过。",
        outcome="双方同意协商解决",
    )


def agreement(on: str) -> WrittenAgreement:
    return WrittenAgreement(
        on=on,
        facts="李小红家屋檐滴水落入王大明院内，双方发生争执。",
        terms=["李小红于2026年12月10日前加装接水槽。", "王大明不再堵塞排水沟。"],
        performance_manner="自行履行",
        performance_place="小营村1组",
        performance_due="2026-12-10",
        copies=3,
        recorder="孙记录",
    )
