import pytest

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.domain.roster import Household, Person, RosterFilter
from sanzhi_desktop.services import changelog, roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number


def add_family(
    session: Session, no: str = "0101", head: str = "王大明", group: int = 1, seq: str = "001"
) -> Household:
    household = roster.add_household(session, Household(no, head, group, "小营村1组"))
    roster.add_person(
        session, Person(head, "", household.id, "户主", id_number=valid_id_number(seq=seq))
    )
    roster.add_person(
        session,
        Person(
            "李秀英",
            "女",
            household.id,
            "配偶",
            id_number=valid_id_number("19820304", seq=seq, male=False),
        ),
    )
    return household


def test_add_and_list(session: Session) -> None:
    add_family(session)
    rows = roster.list_persons(session)
    assert [r["name"] for r in rows] == ["王大明", "李秀英"]  # head first
    assert rows[0]["birth_date"] == "1980-01-01" and rows[0]["sex"] == "男"
    assert rows[0]["household_no"] == "0101" and rows[0]["group_no"] == 1


def test_search_short_and_long_terms(session: Session) -> None:
    add_family(session)
    add_family(session, "0201", "张三", 2, seq="003")
    assert {r["name"] for r in roster.list_persons(session, RosterFilter(text="张三"))} == {
        "张三",
        "李秀英",
    }  # the household head matches too: 张三's household shows
    assert [r["name"] for r in roster.list_persons(session, RosterFilter(text="王"))] == [
        "王大明",
        "李秀英",
    ]
    by_id = roster.list_persons(session, RosterFilter(text=valid_id_number(seq="001")[-8:]))
    assert {r["name"] for r in by_id} == {"王大明"}
    assert roster.list_persons(session, RosterFilter(text="0201"))[0]["head_name"] == "张三"
    assert len(roster.list_persons(session, RosterFilter(group_no=2))) == 2
    assert roster.list_persons(session, RosterFilter(text="不存在的人")) == []


def test_duplicate_household_number_is_a_field_error(session: Session) -> None:
    add_family(session)
    with pytest.raises(ValidationError) as info:
        roster.add_household(session, Household("0101", "赵四", 1))
    assert "已被" in info.value.for_field("household_no")[0]


def test_duplicate_id_number_is_a_field_error(session: Session) -> None:
    household = add_family(session)
    with pytest.raises(ValidationError) as info:
        roster.add_person(
            session, Person("王二", "", household.id, "子", id_number=valid_id_number(seq="001"))
        )
    assert "已登记" in info.value.for_field("id_number")[0]


def test_bad_id_number_saves_nothing(session: Session) -> None:
    household = add_family(session)
    before = len(roster.list_persons(session))
    with pytest.raises(ValidationError) as info:
        roster.add_person(
            session, Person("王二", "男", household.id, "子", id_number="610722198001010014")
        )
    assert "校验位" in info.value.for_field("id_number")[0]
    assert len(roster.list_persons(session)) == before


def test_update_and_history(session: Session) -> None:
    household = add_family(session)
    changed = roster.update_household(
        session,
        Household(household.household_no, household.head_name, 3, "新地址", id=household.id),
    )
    assert changed.group_no == 3
    log = changelog.list_changes(session, table="households")
    assert log[0].action == "update" and log[0].operator == "测试员"
    assert ("group_no", 1, 3) in changelog.changed_fields(log[0])


def test_delete_household_takes_its_members(session: Session) -> None:
    household = add_family(session)
    add_family(session, "0102", "赵四", 1, seq="005")
    assert roster.delete_household(session, household.id) == 2
    assert {r["household_no"] for r in roster.list_persons(session)} == {"0102"}
    # The ID number of a deleted person may be registered again.
    other = roster.list_households(session)[0]
    roster.add_person(
        session, Person("王大明", "", other["id"], "其他", id_number=valid_id_number(seq="001"))
    )


def test_person_needs_a_live_household(session: Session) -> None:
    household = add_family(session)
    roster.delete_household(session, household.id)
    with pytest.raises(ValidationError) as info:
        roster.add_person(session, Person("王二", "男", household.id, "子"))
    assert info.value.for_field("household_id")


def test_groups_and_households(session: Session) -> None:
    add_family(session, "0301", "赵四", 3, seq="007")
    add_family(session, "0101")
    assert roster.list_group_numbers(session) == [1, 3]
    assert [h["members"] for h in roster.list_households(session)] == [2, 2]
