"""The demo village: size, realism rules, determinism, refusal and cancelling.

One village is generated per module (about half a second) and read by most
tests; the tests that need their own file (determinism, refusal, cancel)
generate into tmp_path.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.idcard import birth_date_of, id_number_error, sex_of
from sanzhi_desktop.domain.roster import age_on, phone_error
from sanzhi_desktop.services import changelog, operators, roster
from sanzhi_desktop.services.demo import DemoSummary, create_demo_village
from sanzhi_desktop.services.demo.names import DEMO_OPERATORS
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.progress import Cancelled
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import office as office_store

CODE = "610722100201"
TODAY = date.today()
#: Fields that differ between two runs by design (UUIDs and wall-clock time).
VOLATILE = {"id", "household_id", "updated_at"}


@dataclass
class Village:
    summary: DemoSummary
    persons: list[dict[str, Any]]
    households: list[dict[str, Any]]
    settings: dict[str, Any]
    operators: list[str]
    change_operators: Counter[tuple[str, str]]  # (operator, table)


def read_village(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    with open_session(path) as session:
        return roster.list_persons(session), roster.list_households(session)


def content(persons: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The rows without ids and timestamps, in a stable order."""
    return sorted(tuple(sorted((k, v) for k, v in p.items() if k not in VOLATILE)) for p in persons)


@pytest.fixture(scope="module")
def village(tmp_path_factory: pytest.TempPathFactory) -> Village:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = create_demo_village(path, seed=1, years=4, today=TODAY)
    with open_session(path) as session:
        return Village(
            summary=summary,
            persons=roster.list_persons(session),
            households=roster.list_households(session),
            settings={
                key: office_store.get_setting(session.db, key)
                for key in ("demo_seed", "demo_years", "demo_as_of")
            },
            operators=operators.list_operators(session),
            change_operators=Counter(
                (row.operator, row.table_name)
                for row in changelog.list_changes(session, limit=1_000_000)
            ),
        )


def households_by_id(village: Village) -> dict[str, list[dict[str, Any]]]:
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for person in village.persons:
        members[person["household_id"]].append(person)
    return members


def age(person: dict[str, Any]) -> int:
    years = age_on(person["birth_date"], TODAY)
    assert years is not None
    return years


def test_village_has_the_promised_size(village: Village) -> None:
    summary = village.summary
    assert summary.households == len(village.households) >= 300
    assert summary.persons == len(village.persons) >= 1000
    groups = sorted({h["group_no"] for h in village.households})
    assert summary.groups == len(groups)
    assert 6 <= len(groups) <= 8
    assert groups == list(range(1, len(groups) + 1))


def test_household_sizes_spread_from_one_to_seven(village: Village) -> None:
    sizes = Counter(h["members"] for h in village.households)
    assert set(sizes) == set(range(1, 8))
    assert 3.2 <= village.summary.persons / village.summary.households <= 4.2


def test_household_numbers_are_group_and_door(village: Village) -> None:
    numbers = [h["household_no"] for h in village.households]
    assert len(set(numbers)) == len(numbers)
    for household in village.households:
        group, door = household["group_no"], int(household["household_no"][2:])
        assert household["household_no"] == f"{group:02d}{door:02d}"
        assert household["address"] == f"柳林镇小营村{group}组{door}号"


def test_each_household_has_one_adult_head_named_on_the_household(village: Village) -> None:
    for members in households_by_id(village).values():
        heads = [m for m in members if m["relation"] == "户主"]
        assert len(heads) == 1
        assert age(heads[0]) >= 18
        assert heads[0]["name"] == heads[0]["head_name"]


def test_id_numbers_are_valid_unique_and_agree_with_the_person(village: Village) -> None:
    numbers = [p["id_number"] for p in village.persons]
    assert len(set(numbers)) == len(numbers)
    for person in village.persons:
        number = person["id_number"]
        assert id_number_error(number) is None, number
        assert number[:6] == CODE[:6]
        assert birth_date_of(number) == date.fromisoformat(person["birth_date"])
        assert sex_of(number) == person["sex"]


def test_relations_agree_with_sex_and_age(village: Village) -> None:
    for members in households_by_id(village).values():
        by_relation: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for member in members:
            by_relation[member["relation"]].append(member)
        head = by_relation["户主"][0]
        parents = [head, *by_relation["配偶"]]
        for spouse in by_relation["配偶"]:
            assert spouse["sex"] != head["sex"]
            assert abs(age(spouse) - age(head)) <= 8
        for child in by_relation["子"] + by_relation["女"]:
            assert child["sex"] == ("男" if child["relation"] == "子" else "女")
            for parent in parents:
                assert 20 <= age(parent) - age(child) <= 35
        for elder in by_relation["父亲"] + by_relation["母亲"]:
            assert elder["sex"] == ("男" if elder["relation"] == "父亲" else "女")
            assert 20 <= age(elder) - age(head) <= 35
        grandchildren = by_relation["孙子"] + by_relation["孙女"]
        if grandchildren:
            (wife,) = by_relation["儿媳"]
            husbands = [s for s in by_relation["子"] if abs(age(s) - age(wife)) <= 8]
            assert wife["sex"] == "女" and husbands
            for kid in grandchildren:
                assert any(20 <= age(s) - age(kid) <= 35 for s in husbands)
                assert 20 <= age(wife) - age(kid) <= 35


def test_names_look_like_a_shaanxi_village(village: Village) -> None:
    surnames = Counter(p["name"][0] for p in village.persons)
    top_three = sum(n for _, n in surnames.most_common(3))
    assert top_three >= 0.3 * len(village.persons)  # two or three big families
    assert surnames["曾"] > 0 and surnames["单"] > 0  # exercise the pinyin override
    assert all(2 <= len(p["name"]) <= 3 for p in village.persons)
    # Children of a male head carry his surname.
    for members in households_by_id(village).values():
        head = next(m for m in members if m["relation"] == "户主")
        if head["sex"] == "男":
            for child in members:
                if child["relation"] in {"子", "女", "孙子", "孙女", "父亲"}:
                    assert child["name"][0] == head["name"][0]


def test_given_names_follow_the_generation(village: Village) -> None:
    old = {p["name"][1:] for p in village.persons if age(p) >= 70}
    young = {p["name"][1:] for p in village.persons if age(p) <= 12}
    assert old and young
    assert not old & young


def test_phones_for_most_adults_and_no_children(village: Village) -> None:
    adults = [p for p in village.persons if age(p) >= 18]
    children = [p for p in village.persons if age(p) < 18]
    assert children and all(p["phone"] == "" for p in children)
    with_phone = [p["phone"] for p in adults if p["phone"]]
    assert 0.5 <= len(with_phone) / len(adults) <= 0.7
    assert len(set(with_phone)) == len(with_phone)
    assert all(re.fullmatch(r"1[3-9]\d{9}", ph) and phone_error(ph) is None for ph in with_phone)


def test_mostly_han_with_a_few_hui(village: Village) -> None:
    ethnicities = Counter(p["ethnicity"] for p in village.persons)
    assert set(ethnicities) == {"汉族", "回族"}
    assert 0 < ethnicities["回族"] < 0.05 * len(village.persons)


def test_settings_operators_and_change_log(village: Village) -> None:
    assert village.settings == {"demo_seed": 1, "demo_years": 4, "demo_as_of": TODAY.isoformat()}
    assert set(DEMO_OPERATORS) <= set(village.operators)
    # Every record went through the real services, logged under the demo operator.
    # Every record went through the real services, logged under the demo operator
    # (later parts add their own tables' records, logged the same way).
    logged = village.change_operators
    clerk = DEMO_OPERATORS[0]
    assert logged[(clerk, "office")] == 1
    assert logged[(clerk, "households")] == village.summary.households
    assert logged[(clerk, "persons")] == village.summary.persons
    assert all("演示" not in operator for operator, _ in logged)


def test_same_seed_same_village_other_seed_other_village(village: Village, tmp_path: Path) -> None:
    create_demo_village(tmp_path / "again.db", seed=1, years=4, today=TODAY)
    create_demo_village(tmp_path / "other.db", seed=2, years=4, today=TODAY)
    again, _ = read_village(tmp_path / "again.db")
    other, _ = read_village(tmp_path / "other.db")
    assert content(again) == content(village.persons)
    assert {p["id"] for p in again}.isdisjoint(p["id"] for p in village.persons)
    assert content(other) != content(village.persons)
    assert [p["name"] for p in other] != [p["name"] for p in village.persons]


def test_refuses_a_file_that_already_has_an_office(tmp_path: Path) -> None:
    path = tmp_path / "taken.db"
    with open_session(path) as session:
        init_office(session, kind=OfficeKind.VILLAGE, code=CODE, name="大营村", town_name="某镇")
    with pytest.raises(RefusedError, match="已经设置为“大营村”"):
        create_demo_village(path)
    with open_session(path) as session:
        assert session.profile is not None and session.profile.name == "大营村"
        assert roster.list_households(session) == []


def test_cancel_leaves_no_half_village(tmp_path: Path) -> None:
    path = tmp_path / "cancelled.db"
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, text: str = "") -> None:
        seen.append((done, total, text))
        if done == 100:
            raise Cancelled()

    with pytest.raises(Cancelled):
        create_demo_village(path, progress=progress)
    assert seen[-1][0] == 100
    with open_session(path) as session:
        assert roster.list_persons(session) == []
        assert roster.list_households(session) == []
        assert session.profile is None
        assert operators.list_operators(session) == []


def test_progress_counts_up_to_the_total_in_chinese(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    summary = create_demo_village(
        tmp_path / "p.db", seed=3, progress=lambda d, t, s="": seen.append((d, t, s))
    )
    dones = [d for d, _, _ in seen]
    assert dones == sorted(dones) and dones[0] == 0
    assert len({t for _, t, _ in seen}) == 1  # one bar from start to end, never restarted
    assert seen[-1][0] == seen[-1][1] >= summary.households
    assert all(re.search(r"[\u4e00-\u9fff]", text) for _, _, text in seen)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"years": 0}, "years"), ({"years": 11}, "years"), ({"code": "61072210020"}, "code")],
)
def test_bad_arguments_are_refused_before_the_file_is_made(
    tmp_path: Path, kwargs: dict[str, Any], field: str
) -> None:
    path = tmp_path / "bad.db"
    with pytest.raises(ValidationError) as caught:
        create_demo_village(path, **kwargs)
    assert caught.value.for_field(field)
    assert not path.exists()
