"""Test data for the moral-governance lists: a few households, rules in force."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sanzhi_desktop.domain.red_black import BoardEntry
from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.domain.village_rules import Clause, RulesVersion
from sanzhi_desktop.services import red_black, roster, village_rules
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number

BLACK_HEAD = "王小虎"
BLACK_PHONE = "13912345678"


@dataclass
class MoralVillage:
    red_household: Household
    red_person: Person
    black_household: Household
    black_id_number: str
    clause: Clause


def make_village(session: Session) -> MoralVillage:
    red_household = roster.add_household(
        session, Household(household_no="0101", head_name="李德明", group_no=1)
    )
    red_person = roster.add_person(
        session,
        Person(
            name="李德明",
            sex="男",
            household_id=red_household.id,
            relation="户主",
            id_number=valid_id_number("19600101", seq="011"),
            phone="13800001111",
        ),
    )
    black_household = roster.add_household(
        session, Household(household_no="0305", head_name=BLACK_HEAD, group_no=3)
    )
    black_id = valid_id_number("19750505", seq="021")
    roster.add_person(
        session,
        Person(
            name=BLACK_HEAD,
            sex="男",
            household_id=black_household.id,
            relation="户主",
            id_number=black_id,
            phone=BLACK_PHONE,
        ),
    )
    version = village_rules.add_version(
        session,
        RulesVersion(
            title="小营村村规民约（2025年修订）",
            review_date="2025-02-10",
            review_result="通过",
            adopted_date="2025-03-01",
        ),
    )
    clause = village_rules.add_clause(
        session, Clause(version_id=version.id, number=12, text="不得乱倒垃圾、乱堆乱放。")
    )
    village_rules.put_in_force(session, version.id)
    return MoralVillage(red_household, red_person, black_household, black_id, clause)


def black_entry(village: MoralVillage, **changes: object) -> BoardEntry:
    values: dict[str, object] = {
        "board": "black",
        "household_id": village.black_household.id,
        "name": "",
        "group_no": 0,
        "category": "环境卫生",
        "deed": "门前长期堆放建筑垃圾，经多次提醒未清理",
        "clause_id": village.clause.id,
        "requirement": "一周内清理完毕",
        "deadline": "2026-11-20",
        "reported_date": "2026-11-02",
    }
    values.update(changes)
    return BoardEntry(**values)  # type: ignore[arg-type]


def red_entry(village: MoralVillage, **changes: object) -> BoardEntry:
    values: dict[str, object] = {
        "board": "red",
        "household_id": village.red_household.id,
        "person_id": village.red_person.id,
        "name": "",
        "group_no": 0,
        "category": "孝老爱亲",
        "deed": "十年如一日照顾瘫痪在床的母亲",
        "reported_date": "2026-11-01",
    }
    values.update(changes)
    return BoardEntry(**values)  # type: ignore[arg-type]


def posted(session: Session, entry: BoardEntry, month: str = "2026-11") -> BoardEntry:
    stored = red_black.report_entry(session, replace(entry, reported_date=f"{month}-01"))
    red_black.verify_entry(session, stored.id, verified_date=f"{month}-02")
    red_black.review_entry(
        session,
        stored.id,
        approved=True,
        review_date=f"{month}-03",
        reviewers="张主任、李委员、赵老党员",
    )
    return red_black.post_entry(session, stored.id, month=month, posted_date=f"{month}-05")
