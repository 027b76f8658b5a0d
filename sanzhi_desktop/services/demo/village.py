"""演示村: a believable village generated into a fresh data file.

The demo lets a clerk try the program, the README show real-looking
screenshots and a developer test with realistic volume, without anyone typing
a roster. It writes through the real services (``init_office``, operators,
``roster.add_household`` / ``add_person``), so every record passes the same
validation and leaves the same change-log rows as a clerk's own entry; the
later capabilities (boards, lists, mediation) add ``years`` of history on top
and read ``demo_seed`` / ``demo_years`` / ``demo_as_of`` from the settings.

Decisions:

- Everything happens in one transaction: a failure, or :class:`Cancelled`
  raised by the progress callback, leaves the file without any office or
  roster (the file itself stays, migrated and empty).
- Content is a function of ``seed`` and the reference date ``today`` alone:
  all chance goes through one ``random.Random(seed)``. Record ids (UUID4, made
  by storage) and timestamps are not part of the content and differ per run;
  ``services.roster`` has no way to pass an id in, and the content is what a
  test or a screenshot depends on.
- 户号 are four digits, villager group then door number: ``0312`` is group 3,
  door 12, address ``柳林镇小营村3组12号``.
- Ages are integer years on ``today``; a child is 20–35 years younger than
  each parent in the household, a 配偶 is of the other sex and at most a few
  years apart, grandchildren are the married son's children.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from sanzhi_desktop.domain.division import OfficeKind, division_code_error
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.idcard import check_char
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.services import operators, roster
from sanzhi_desktop.services.demo.names import (
    AREA_CODE,
    DEMO_OPERATORS,
    DOMINANT_CANDIDATES,
    HUI_SURNAMES,
    MOBILE_PREFIXES,
    OVERRIDE_SURNAMES,
    SURNAME_WEIGHTS,
    given_names,
)
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage import clock, connection
from sanzhi_desktop.storage import office as office_store

MIN_YEARS, MAX_YEARS = 1, 10
#: SQLite's page cache while a village is written (``connection.page_cache``):
#: a ten-year village's file is about 40 MB.
DEMO_CACHE_MIB = 64

#: Household size → relative share; the mean (~3.6) matches a rural Shaanxi village.
SIZE_WEIGHTS = {1: 8, 2: 20, 3: 20, 4: 22, 5: 16, 6: 10, 7: 4}

#: How much older the husband is than the wife, and how often.
_SPOUSE_GAPS = (-2, -1, 0, 1, 2, 3, 4, 5, 6)
_SPOUSE_GAP_WEIGHTS = (1, 2, 4, 6, 7, 6, 4, 2, 1)

#: Parent minus child, in years: nobody in the roster became a parent before 20 or after 35.
_MIN_PARENT_GAP, _MAX_PARENT_GAP = 20, 35

ADULT_AGE = 18

_K = TypeVar("_K")


@dataclass(frozen=True)
class DemoSummary:
    """What was generated, for the CLI's one-line report and the GUI's message."""

    path: Path
    households: int
    persons: int
    groups: int


@dataclass
class _Member:
    relation: str
    sex: str
    age: int
    #: Carries the family's surname (born into it) rather than a married-in one.
    lineage: bool
    name: str = ""
    birth: date | None = None
    id_number: str = ""
    phone: str = ""
    note: str = ""


@dataclass
class _Plan:
    group_no: int
    serial: int
    members: list[_Member]
    surname: str = ""
    hui: bool = False
    note: str = ""

    @property
    def household_no(self) -> str:
        return f"{self.group_no:02d}{self.serial:02d}"

    @property
    def head(self) -> _Member:
        return self.members[0]


@dataclass
class _VillagePlanner:
    """Draws the whole village from one random stream; no database involved."""

    rng: random.Random
    today: date
    region: str
    used_ids: set[str] = field(default_factory=set)
    used_phones: set[str] = field(default_factory=set)

    # --- households -----------------------------------------------------------

    def plan(self) -> list[_Plan]:
        rng = self.rng
        group_count = rng.randint(6, 8)
        sizes = _allocate(
            rng.randint(325, 355), [rng.uniform(0.75, 1.25) for _ in range(group_count)]
        )
        plans: list[_Plan] = []
        for group_no, count in enumerate(sizes, start=1):
            for serial in range(1, count + 1):
                size = _weighted(rng, SIZE_WEIGHTS)
                plans.append(_Plan(group_no, serial, self._members(size)))
        self._assign_surnames(plans, group_count)
        for plan in plans:
            self._fill_people(plan)
        return plans

    def _members(self, size: int) -> list[_Member]:
        """A household of (about) ``size`` people; see the module docstring for the rules."""
        rng, roll = self.rng, self.rng.random()
        if size == 1:
            if roll < 0.65:
                sex = "女" if rng.random() < 0.6 else "男"
                return [_Member("户主", sex, rng.randint(62, 92), lineage=sex == "男")]
            return [_Member("户主", "男", rng.randint(28, 64), lineage=True)]
        if size == 2:
            if roll < 0.5:
                return self._couple(rng.randint(58, 86))
            if roll < 0.7:
                return self._couple(rng.randint(23, 34))
            if roll < 0.85:
                return self._with_children(self._widowed(rng.randint(56, 85)), 1)
            return self._with_children(self._widowed(rng.randint(30, 50)), 1)
        if size == 3:
            if roll < 0.6:
                return self._with_children(self._couple(rng.randint(24, 56)), 1)
            if roll < 0.75:
                return self._with_parents(self._couple(rng.randint(30, 55)), 1)
            if roll < 0.9:
                return self._married_son(self._widowed(rng.randint(56, 85)), 0)
            return self._with_children(self._widowed(rng.randint(32, 50)), 2)
        if size == 4:
            if roll < 0.55:
                return self._with_children(self._couple(rng.randint(28, 52)), 2)
            if roll < 0.8:
                return self._with_parents(
                    self._with_children(self._couple(rng.randint(30, 55)), 1), 1
                )
            if roll < 0.9:
                return self._married_son(self._couple(rng.randint(52, 80)), 0)
            return self._married_son(self._widowed(rng.randint(56, 82)), 1)
        if size == 5:
            if roll < 0.2:
                return self._with_children(self._couple(rng.randint(32, 52)), 3)
            if roll < 0.55:
                return self._with_parents(
                    self._with_children(self._couple(rng.randint(32, 55)), 2), 1
                )
            if roll < 0.85:
                return self._married_son(self._couple(rng.randint(54, 80)), 1)
            return self._married_son(self._widowed(rng.randint(58, 82)), 2)
        if size == 6:
            if roll < 0.45:
                return self._married_son(self._couple(rng.randint(56, 80)), 2)
            if roll < 0.8:
                return self._with_parents(
                    self._with_children(self._couple(rng.randint(32, 52)), 2), 2
                )
            if roll < 0.9:
                return self._with_parents(
                    self._with_children(self._couple(rng.randint(34, 52)), 3), 1
                )
            return self._married_son(self._widowed(rng.randint(60, 82)), 3)
        if roll < 0.55:
            return self._married_son(self._couple(rng.randint(58, 82)), 3)
        return self._with_parents(self._with_children(self._couple(rng.randint(34, 52)), 3), 2)

    def _wife_age(self, husband_age: int) -> int:
        gap = self.rng.choices(_SPOUSE_GAPS, _SPOUSE_GAP_WEIGHTS)[0]
        return min(max(husband_age - gap, 20), 96)

    def _couple(self, husband_age: int) -> list[_Member]:
        """户主 and 配偶; one in twenty has the wife as head (a husband married in, 上门)."""
        husband = _Member("户主", "男", husband_age, lineage=True)
        wife = _Member("配偶", "女", self._wife_age(husband_age), lineage=False)
        if self.rng.random() < 0.05:
            husband.relation, husband.lineage = "配偶", False
            wife.relation, wife.lineage = "户主", True
            return [wife, husband]
        return [husband, wife]

    def _widowed(self, age: int) -> list[_Member]:
        """A head without spouse; mostly a woman, who married into the family."""
        sex = "女" if self.rng.random() < 0.65 else "男"
        return [_Member("户主", sex, age, lineage=sex == "男")]

    def _child_ages(self, parent_ages: Sequence[int], count: int, *, min_age: int = 0) -> list[int]:
        """Up to ``count`` ages, eldest first, each 20–35 years below every parent, ≥2 apart."""
        low = max(max(parent_ages) - _MAX_PARENT_GAP, min_age, 0)
        high = min(parent_ages) - _MIN_PARENT_GAP
        count = max(0, min(count, (high - low) // 2 + 1))
        if count == 0:
            return []
        ages = [self.rng.randint(low + 2 * (count - 1), high)]
        for left in range(count - 1, 0, -1):
            room = ages[-1] - low - 2 * (left - 1)
            ages.append(ages[-1] - self.rng.randint(2, max(2, min(6, room))))
        return ages

    def _with_children(self, parents: list[_Member], count: int) -> list[_Member]:
        children = [
            _Member("", "男" if self.rng.random() < 0.52 else "女", age, lineage=True)
            for age in self._child_ages([p.age for p in parents], count)
        ]
        for child in children:
            child.relation = "子" if child.sex == "男" else "女"
        return parents + children

    def _married_son(self, parents: list[_Member], grandchildren: int) -> list[_Member]:
        """The head's married son and his wife living in, with their children."""
        ages = self._child_ages([p.age for p in parents], 1, min_age=24 + 2 * grandchildren)
        if not ages:
            return self._with_children(parents, 1)
        son = _Member("子", "男", ages[0], lineage=True)
        wife = _Member("儿媳", "女", self._wife_age(son.age), lineage=False)
        kids = [
            _Member("", "男" if self.rng.random() < 0.52 else "女", age, lineage=True)
            for age in self._child_ages([son.age, wife.age], grandchildren)
        ]
        for kid in kids:
            kid.relation = "孙子" if kid.sex == "男" else "孙女"
        return [*parents, son, wife, *kids]

    def _with_parents(self, household: list[_Member], count: int) -> list[_Member]:
        """The head's widowed mother (or father), or both, living in."""
        head_age = household[0].age
        mother_age = min(head_age + self.rng.randint(21, 33), 96)
        father_age = min(
            max(mother_age + self.rng.randint(-2, 6), head_age + 20), head_age + 35, 98
        )
        if count >= 2:
            elders = [
                _Member("父亲", "男", father_age, lineage=True),
                _Member("母亲", "女", mother_age, lineage=False),
            ]
        elif self.rng.random() < 0.7:
            elders = [_Member("母亲", "女", mother_age, lineage=False)]
        else:
            elders = [_Member("父亲", "男", father_age, lineage=True)]
        return household + elders

    # --- surnames ---------------------------------------------------------------

    def _assign_surnames(self, plans: list[_Plan], group_count: int) -> None:
        """Two or three big families (大姓), each group leaning to one of them.

        A few households are Hui (回族), and a few carry 曾 or 单 so the pinyin
        override is exercised in every demo.
        """
        rng = self.rng
        candidates = list(DOMINANT_CANDIDATES)
        dominants: list[str] = []
        for _ in range(rng.choice((2, 3, 3))):
            pick = rng.choices(candidates, [SURNAME_WEIGHTS[s] for s in candidates])[0]
            candidates.remove(pick)
            dominants.append(pick)
        shares = [0.5, 0.3, 0.2][: len(dominants)]
        local = {g: rng.choices(dominants, shares)[0] for g in range(1, group_count + 1)}
        for plan in plans:
            roll = rng.random()
            if roll < 0.22:
                plan.surname = local[plan.group_no]
            elif roll < 0.55:
                plan.surname = rng.choices(dominants, shares)[0]
            else:
                plan.surname = _weighted(rng, SURNAME_WEIGHTS)
        indexes = list(range(len(plans)))
        hui = rng.sample(indexes, rng.randint(3, 6))
        for i in hui:
            plans[i].hui = True
            plans[i].surname = _weighted(rng, HUI_SURNAMES)
        # Households of three or more always show the family name on someone.
        big = [i for i in indexes if len(plans[i].members) >= 3 and not plans[i].hui]
        for n, i in enumerate(rng.sample(big, 2 * len(OVERRIDE_SURNAMES))):
            plans[i].surname = OVERRIDE_SURNAMES[n % len(OVERRIDE_SURNAMES)]

    # --- persons ----------------------------------------------------------------

    def _fill_people(self, plan: _Plan) -> None:
        rng = self.rng
        given_taken: set[str] = set()
        for member in plan.members:
            member.birth = self._birth_date(member.age)
            if member.lineage:
                surname = plan.surname
            else:
                surname = _weighted(rng, HUI_SURNAMES if plan.hui else SURNAME_WEIGHTS)
            pool = [g for g in given_names(member.birth.year, member.sex) if g not in given_taken]
            given = rng.choice(pool)
            given_taken.add(given)
            member.name = surname + given
            member.id_number = self._id_number(member.birth, member.sex)
            member.phone = self._phone(member.age)
            member.note = self._person_note(member)
        plan.note = self._household_note(plan)

    def _birth_date(self, age: int) -> date:
        """A day on which someone born is exactly ``age`` on ``today`` (never today)."""
        latest = _years_before(self.today, age)
        if age == 0:
            latest -= timedelta(days=1)
        earliest = _years_before(self.today, age + 1) + timedelta(days=1)
        return earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))

    def _id_number(self, birth: date, sex: str) -> str:
        """GB 11643: village address code, birth date, sequence (odd = man), check character."""
        male = sex == "男"
        while True:
            seq = self.rng.randrange(1000)
            if (seq % 2 == 1) != male:
                seq ^= 1
            first17 = f"{self.region}{birth:%Y%m%d}{seq:03d}"
            if first17 not in self.used_ids:
                self.used_ids.add(first17)
                return first17 + check_char(first17)

    def _phone(self, age: int) -> str:
        """About 60% of adults have a mobile; fewer of the very old, no child."""
        if age < ADULT_AGE:
            return ""
        chance = 0.72 if age < 60 else 0.5 if age < 75 else 0.2
        if self.rng.random() >= chance:
            return ""
        while True:
            phone = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if phone not in self.used_phones:
                self.used_phones.add(phone)
                return phone

    def _person_note(self, member: _Member) -> str:
        roll = self.rng.random()
        if 20 <= member.age <= 50 and roll < 0.25:
            return "外出务工"
        if 18 <= member.age <= 22 and roll < 0.4:
            return "在读大学生"
        if member.sex == "男" and 30 <= member.age <= 60 and roll > 0.97:
            return "退役军人"
        return ""

    def _household_note(self, plan: _Plan) -> str:
        roll = self.rng.random()
        if len(plan.members) == 1 and plan.head.age >= 70 and roll < 0.3:
            return "五保户"
        if roll < 0.04:
            return "低保户"
        if roll < 0.12:
            return "脱贫户"
        return ""


def _weighted(rng: random.Random, weights: Mapping[_K, float]) -> _K:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` by ``weights`` into integers (largest remainder), summing to ``total``."""
    exact = [total * w / sum(weights) for w in weights]
    counts = [int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: counts[i] - exact[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier; 29 February becomes the 28th in a common year."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _validate_arguments(code: str, years: int) -> None:
    errors: list[FieldError] = []
    if err := division_code_error(code, OfficeKind.VILLAGE):
        errors.append(FieldError("code", err))
    if not MIN_YEARS <= years <= MAX_YEARS:
        errors.append(
            FieldError(
                "years",
                msg(
                    f"演示数据的年数应为{MIN_YEARS}到{MAX_YEARS}年，现在是{years}",
                    f"Years of demo history must be {MIN_YEARS} to {MAX_YEARS}, not {years}",
                ),
            )
        )
    if errors:
        raise ValidationError(errors)


#: Each extension gets this many steps of the one progress bar.
PHASE_STEPS = 100


def _phase(progress: Progress, *, start: int, overall: int) -> Progress:
    """An extension's own (done, total) mapped onto its slice of the one progress bar."""

    def report(done: int, total: int, text: str = "") -> None:
        share = (done * PHASE_STEPS // total) if total else 0
        progress(min(start + share, overall), overall, text)

    return report


#: Modules of this package that are not a part's records.
NOT_EXTENSIONS = frozenset({"village", "names", "town"})


def demo_extensions() -> list[ModuleType]:
    """The modules that add a part's records to the demo, in name order.

    Each has ``add_demo_records(session, rng, *, years, today, progress)`` and
    runs after the roster, inside the demo's one transaction, with its own
    random generator seeded from the demo seed and its name, so a part added
    later leaves the roster (and the other parts) of a seed unchanged.

    They live in this package (``services/demo/<part>.py``); a module still
    at the old place, ``services/demo_<part>.py`` (a part written before the
    move), is found too, so no branch has to move its file to be merged.
    """
    import sanzhi_desktop.services as services
    import sanzhi_desktop.services.demo as package

    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name not in NOT_EXTENSIONS:
            found[info.name] = importlib.import_module(f"{package.__name__}.{info.name}")
    for info in pkgutil.iter_modules(services.__path__):
        if info.name.startswith("demo_") and info.name[5:] not in found:
            found[info.name[5:]] = importlib.import_module(f"{services.__name__}.{info.name}")
    return [found[name] for name in sorted(found) if hasattr(found[name], "add_demo_records")]


def seed_name(extension: ModuleType) -> str:
    """The name a part's random generator is seeded with: its module's name before the move.

    ``services.demo_boards`` became ``services.demo.boards``; seeding with
    the old name keeps every seed's village exactly what it was.
    """
    part = extension.__name__.rsplit(".", 1)[1].removeprefix("demo_")
    return f"sanzhi_desktop.services.demo_{part}"


def create_demo_village(
    path: Path,
    *,
    seed: int = 1,
    years: int = 3,
    code: str = "610722100201",
    name: str = "小营村",
    town_name: str = "柳林镇",
    operator: str = DEMO_OPERATORS[0],
    progress: Progress = no_progress,
    today: date | None = None,
) -> DemoSummary:
    """Set up ``path`` as a demo village with its roster; refused if it has an office.

    ``operator`` is the name the change log shows for every generated record:
    the demo's clerk, a real-looking person, since the name reaches sheets as
    a handler (a demo file is known as one by its ``demo_seed`` setting). ``today`` (default: the
    clock's date) is the day ages are counted on; with it and ``seed`` fixed,
    two runs produce the same names, ID numbers, groups and 户号.
    """
    _validate_arguments(code, years)
    today = today or clock.today()
    rng = random.Random(seed)
    session = open_session(Path(path), operator=operator)
    try:
        if session.profile is not None:
            existing = session.profile
            raise RefusedError(
                msg(
                    f"数据文件 {path} 已经设置为“{existing.name}”（{existing.code}），"
                    "演示村只能生成到新的数据文件中。",
                    f"{path} already belongs to {existing.name} ({existing.code}); "
                    "a demo village needs a new data file.",
                )
            )
        plans = _VillagePlanner(rng, today, code[:6]).plan()
        total = len(plans)
        extensions = demo_extensions()
        overall = total + PHASE_STEPS * len(extensions)
        # Every service the generators call dates its records on the reference day.
        # The one transaction writes some 15 MB: a page cache that holds it keeps
        # SQLite from spilling half-written pages to the WAL and reading them back.
        with (
            clock.as_of(today),
            connection.page_cache(session.conn, DEMO_CACHE_MIB),
            session.db.atomic(),
        ):
            progress(0, overall, msg("正在设置演示村的单位信息……", "Setting up the demo office…"))
            init_office(
                session,
                kind=OfficeKind.VILLAGE,
                code=code,
                name=name,
                town_name=town_name,
                supervision_phone=f"{AREA_CODE}-{rng.randint(2200000, 8899999)}",
                town_supervision_phone=f"{AREA_CODE}-{rng.randint(2200000, 8899999)}",
            )
            for clerk in DEMO_OPERATORS:
                operators.add_operator(session, clerk)
            office_store.set_setting(session.db, "demo_seed", seed)
            office_store.set_setting(session.db, "demo_years", years)
            office_store.set_setting(session.db, "demo_as_of", today.isoformat())
            persons = 0
            for done, plan in enumerate(plans):
                progress(
                    done,
                    overall,
                    msg(
                        f"正在录入第{done + 1}户（共{total}户）：{plan.head.name}",
                        f"Household {done + 1} of {total}: {plan.head.name}",
                    ),
                )
                persons += _write_household(session, plan, name=name, town_name=town_name)
            for index, extension in enumerate(extensions):
                extension.add_demo_records(
                    session,
                    random.Random(f"{seed}:{seed_name(extension)}"),
                    years=years,
                    today=today,
                    progress=_phase(progress, start=total + index * PHASE_STEPS, overall=overall),
                )
            progress(overall, overall, msg("演示村已生成", "Demo village ready"))
        return DemoSummary(
            path=Path(path),
            households=len(plans),
            persons=persons,
            groups=len({p.group_no for p in plans}),
        )
    finally:
        session.close()


def _write_household(session: Session, plan: _Plan, *, name: str, town_name: str) -> int:
    household = roster.add_household(
        session,
        Household(
            household_no=plan.household_no,
            head_name=plan.head.name,
            group_no=plan.group_no,
            address=f"{town_name}{name}{plan.group_no}组{plan.serial}号",
            note=plan.note,
        ),
    )
    for member in plan.members:
        assert member.birth is not None
        roster.add_person(
            session,
            Person(
                name=member.name,
                sex=member.sex,
                household_id=household.id,
                relation=member.relation,
                ethnicity="回族" if plan.hui else "汉族",
                birth_date=member.birth.isoformat(),
                id_number=member.id_number,
                phone=member.phone,
                note=member.note,
            ),
        )
    return len(plan.members)
