"""Demo records for the 自治/德治 registers, on top of the demo village's roster.

All five councils with members and a few years of meetings, a dozen 乡贤 (most
living outside the village) with their gifts and projects, family rules for a
tenth of the households with the year's best on display, lectures, and a year
of weddings and funerals of which two are over the limits — one handled by the
红白理事会, one still open so the to-do list shows it. Everything goes through
the real services with explicit dates; all chance comes from ``rng``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.councils import COUNCIL_KINDS, Council, CouncilMeeting, CouncilMember
from sanzhi_desktop.domain.custom_reform import CustomEvent
from sanzhi_desktop.domain.family_rules import FamilyRules, MoralLecture
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.worthies import FIELDS, SIX_ROLES, Contribution, Worthy
from sanzhi_desktop.services import councils, custom_reform, family_rules, roster, worthies
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.session import Session

#: Meetings a year per council.
RHYTHM = {
    "moral_review": 6,
    "villager_council": 4,
    "red_white": 2,
    "anti_drug_gambling": 2,
    "worthies_association": 2,
}
TOPICS = {
    "moral_review": ["评议本月红黑榜候选户", "评议善行义举推荐人选", "评议十星级文明户申报"],
    "villager_council": ["商议村道硬化投工投劳", "商议村内路灯维修", "商议冬季防火巡查安排"],
    "red_white": ["修订红白事操办标准", "通报近期红白事办理情况"],
    "anti_drug_gambling": ["开展禁毒禁赌宣传", "排查春节期间聚赌苗头"],
    "worthies_association": ["乡贤议事：村小学修缮筹资", "乡贤议事：农产品销路"],
}
OUTSIDE_PLACES = ["西安市", "宝鸡市", "汉中市", "咸阳市", "深圳市", "杭州市", "北京市", "成都市"]
WORKS = {
    "企业家": "经营建材公司",
    "党政干部": "退休干部",
    "专家学者": "高校教授",
    "医生教师": "中学教师",
    "技能人才": "电工技师",
    "文化名人": "书法家",
    "其他": "个体经营",
}
PROJECTS = [
    "捐建村小学图书室",
    "资助贫困学生",
    "修建村口文化广场",
    "引进香菇种植项目",
    "修缮村史馆",
]
RULES_TEXTS = [
    "孝敬父母，和睦邻里；勤俭持家，诚实做人。",
    "读书明理，耕读传家；不赌不毒，遵纪守法。",
    "长幼有序，夫妻和睦；婚丧简办，不攀不比。",
    "勤劳致富，回报乡里；爱护环境，讲究卫生。",
    "言而有信，与人为善；吃亏是福，家和业兴。",
]
LECTURES = [
    ("孝老爱亲，从我做起", "镇文化站站长"),
    ("移风易俗 文明新风", "村党支部书记"),
    ("诚信是立身之本", "乡贤代表"),
    ("好家风好家训分享", "道德模范"),
    ("《民法典》与家庭生活", "司法所干部"),
]


def add_demo_records(
    session: Session, rng: random.Random, *, years: int, today: date, progress: Progress
) -> None:
    households = roster.list_households(session)
    if not households:
        return
    total = len(households)
    adults = [
        p
        for p in roster.list_persons(session)
        if p["birth_date"] and 28 <= _age(p["birth_date"], today) <= 72
    ]
    progress(total, total, msg("正在生成一约五会……", "Councils…"))
    start = today.year - max(1, years) + 1
    _councils(session, rng, adults, start, today)
    progress(total, total, msg("正在生成乡贤名录……", "Local worthies…"))
    _worthies(session, rng, adults, start, today)
    progress(total, total, msg("正在生成家规家训和道德讲堂……", "Family rules and lectures…"))
    _family_rules(session, rng, households, start, today)
    _lectures(session, rng, start, today)
    progress(total, total, msg("正在生成红白事登记……", "Weddings and funerals…"))
    _events(session, rng, households, today)


def _age(birth: str, today: date) -> int:
    return today.year - int(birth[:4])


def _day_in(year: int, month: int, rng: random.Random, today: date) -> date | None:
    day = date(year, month, rng.randint(3, 26))
    return day if day <= today else None


def _councils(
    session: Session, rng: random.Random, adults: list[dict[str, Any]], start: int, today: date
) -> None:
    pool = rng.sample(adults, min(len(adults), 40))
    for index, kind in enumerate(COUNCIL_KINDS):
        council = councils.set_up_council(
            session, Council(kind=kind, set_up_date=f"{start}-03-{10 + index:02d}")
        )
        chosen = pool[index * 7 : index * 7 + rng.randint(5, 7)]
        names = []
        for number, person in enumerate(chosen):
            role = "会长" if number == 0 else "副会长" if number == 1 else "成员"
            councils.add_member(
                session,
                CouncilMember(
                    council_id=council.id,
                    name="",
                    role=role,
                    household_id=person["household_id"],
                    person_id=person["id"],
                    term_start=council.set_up_date,
                ),
            )
            names.append(person["name"])
        if kind == "worthies_association":
            councils.add_member(
                session,
                CouncilMember(
                    council_id=council.id,
                    name="周明远",
                    role="成员",
                    outside_place="西安市",
                    term_start=council.set_up_date,
                ),
            )
            names.append("周明远")
        for year in range(start, today.year + 1):
            months = sorted(rng.sample(range(4 if year == start else 1, 13), RHYTHM[kind]))
            for month in months:
                day = _day_in(year, month, rng, today)
                if day is None:
                    continue
                present = rng.sample(names, max(1, len(names) - rng.randint(0, 2)))
                councils.record_meeting(
                    session,
                    CouncilMeeting(
                        council_id=council.id,
                        kind=kind,
                        held_on=day.isoformat(),
                        topic=rng.choice(TOPICS[kind]),
                        present_count=len(present),
                        expected_count=len(names),
                        attendees="、".join(present),
                        minutes="会议由会长主持，与会人员逐项发表意见。",
                        decisions="形成一致意见，按程序办理。",
                    ),
                )


def _worthies(
    session: Session, rng: random.Random, adults: list[dict[str, Any]], start: int, today: date
) -> None:
    local = rng.sample(adults, min(4, len(adults)))
    outside_names = ["周明远", "赵志强", "刘文华", "孙建国", "钱玉兰", "吴振华", "郑丽萍", "冯立军"]
    entries: list[Worthy] = []
    for person in local:
        field = rng.choice(FIELDS[:-1])
        entries.append(
            Worthy(
                name="",
                field=field,
                roles="、".join(rng.sample(SIX_ROLES, rng.randint(1, 2))),
                person_id=person["id"],
                household_id=person["household_id"],
                work=WORKS[field],
                named_on=f"{start}-05-04",
            )
        )
    for name in outside_names:
        field = rng.choice(FIELDS[:-1])
        entries.append(
            Worthy(
                name=name,
                field=field,
                roles="、".join(rng.sample(SIX_ROLES, rng.randint(1, 3))),
                lives_at=rng.choice(OUTSIDE_PLACES),
                work=WORKS[field],
                named_on=f"{start}-05-04",
            )
        )
    for worthy in entries:
        made = worthies.name_worthy(session, worthy)
        for _ in range(rng.randint(0, 2)):
            day = _day_in(rng.randint(start, today.year), rng.randint(1, 12), rng, today)
            if day is None:
                continue
            if rng.random() < 0.5:
                item = Contribution(
                    worthy_id=made.id,
                    made_on=day.isoformat(),
                    kind="捐资",
                    amount_fen=rng.choice([2000, 5000, 10000, 20000]) * 100,
                    project=rng.choice(PROJECTS),
                )
            else:
                item = Contribution(
                    worthy_id=made.id,
                    made_on=day.isoformat(),
                    kind="项目",
                    project=rng.choice(PROJECTS),
                )
            worthies.add_contribution(session, item)


def _family_rules(
    session: Session, rng: random.Random, households: list[dict[str, Any]], start: int, today: date
) -> None:
    chosen = rng.sample(households, max(1, len(households) // 10))
    collected = []
    for household in chosen:
        day = _day_in(rng.randint(start, today.year), rng.randint(1, 12), rng, today)
        day = day or today - timedelta(days=rng.randint(1, 60))
        collected.append(
            family_rules.collect_family_rules(
                session,
                FamilyRules(
                    household_id=household["id"],
                    head_name="",
                    group_no=0,
                    text=rng.choice(RULES_TEXTS),
                    collected_on=day.isoformat(),
                ),
            )
        )
    for year in range(start, today.year + 1):
        candidates = [
            r for r in collected if int(r.collected_on[:4]) <= year and not r.excellent_year
        ]
        for rules in rng.sample(candidates, min(3, len(candidates))):
            family_rules.select_excellent(session, rules.id, year=year)


def _lectures(session: Session, rng: random.Random, start: int, today: date) -> None:
    for year in range(start, today.year + 1):
        for month in sorted(rng.sample(range(1, 13), 4)):
            day = _day_in(year, month, rng, today)
            if day is None:
                continue
            topic, speaker = rng.choice(LECTURES)
            family_rules.record_lecture(
                session,
                MoralLecture(
                    held_on=day.isoformat(),
                    topic=topic,
                    speaker=speaker,
                    attendance=rng.randint(30, 90),
                ),
            )


def _events(
    session: Session, rng: random.Random, households: list[dict[str, Any]], today: date
) -> None:
    count = max(6, len(households) // 12)
    limits = custom_reform.limits(session)
    days = sorted(today - timedelta(days=rng.randint(5, 360)) for _ in range(count))
    over = set(rng.sample(range(count), 2))
    made = []
    for index, day in enumerate(days):
        wedding = rng.random() < 0.6
        tables = rng.randint(8, limits.wedding_tables if wedding else limits.funeral_tables)
        cars = rng.randint(1, limits.wedding_cars if wedding else limits.funeral_cars)
        gift = rng.choice([8800, 16800, 20000, 26800]) * 100 if wedding else 0
        if index in over:
            tables += rng.randint(6, 15)
        event = custom_reform.register_event(
            session,
            CustomEvent(
                household_id=rng.choice(households)["id"],
                head_name="",
                group_no=0,
                kind="wedding" if wedding else "funeral",
                held_on=day.isoformat(),
                tables=tables,
                cars=cars,
                betrothal_fen=gift,
            ),
        )
        made.append(event)
    findings = [e for e in made if e.finding]
    if findings:
        first = findings[0]
        handled_on = min(today, date.fromisoformat(first.held_on) + timedelta(days=5))
        custom_reform.handle_finding(
            session,
            first.id,
            handling="criticised",
            note="红白理事会上门批评教育，户主作出书面检讨",
            on=handled_on.isoformat(),
        )
