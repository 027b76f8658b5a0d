from datetime import date

import pytest

from sanzhi_desktop.domain.names import collation_key_text
from sanzhi_desktop.domain.roster import (
    Household,
    Person,
    age_on,
    complete_from_id_number,
    name_error,
    validate_household,
    validate_person,
)
from tests.factories import valid_id_number


def fields_of(errors: list) -> set[str]:
    return {e.field for e in errors}


def test_a_complete_person_is_valid() -> None:
    person = Person("王大明", "", "h1", "户主", id_number=valid_id_number(), phone="13800138000")
    completed = complete_from_id_number(person.cleaned())
    assert validate_person(completed) == []
    assert (completed.birth_date, completed.sex) == ("1980-01-01", "男")


def test_id_number_must_agree_with_birth_date_and_sex() -> None:
    person = Person(
        "王丽", "男", "h1", "女", birth_date="1981-01-01", id_number=valid_id_number(male=False)
    )
    assert fields_of(validate_person(person)) == {"sex", "birth_date"}


def test_bad_fields_are_each_named() -> None:
    person = Person("", "", "", "邻居", ethnicity="火星族", birth_date="1980-13-01", phone="123")
    assert fields_of(validate_person(person)) == {
        "name", "sex", "household_id", "relation", "ethnicity", "birth_date", "phone",
    }  # fmt: skip


def test_names_are_normalised_and_trimmed() -> None:
    person = Person("  王\u3000大明 ", "男", "h1").cleaned()
    assert person.name == "王 大明"


def test_household_checks() -> None:
    assert validate_household(Household("0101", "王大明", 1).cleaned()) == []
    errors = validate_household(Household("01 01!", "", 0).cleaned())
    assert fields_of(errors) == {"household_no", "head_name", "group_no"}


def test_age() -> None:
    assert age_on("1980-06-01", date(2026, 5, 31)) == 45
    assert age_on("1980-06-01", date(2026, 6, 1)) == 46
    assert age_on("", date(2026, 6, 1)) is None


def test_surname_readings_for_collation() -> None:
    assert collation_key_text("曾国藩") == "增国藩"
    assert collation_key_text("单雄信") == "善雄信"
    assert collation_key_text("尉迟恭") == "玉迟恭"
    assert collation_key_text("王大明") == "王大明"


@pytest.mark.parametrize(
    "name", ["张三", "欧阳·娜娜", "阿依古丽•买买提", "John Smith", "㐀", "张" * 30]
)
def test_names_that_are_accepted(name: str) -> None:
    assert name_error(name) is None


@pytest.mark.parametrize("name", ["张3", "张三!", "张" * 31, "张三\n", "Ölmez", "张\u3000三"])
def test_names_that_are_refused(name: str) -> None:
    assert name_error(name) == "姓名只能包含汉字、字母和间隔号“·”"


def test_an_empty_name_is_asked_for() -> None:
    assert name_error("") == "请填写姓名"
