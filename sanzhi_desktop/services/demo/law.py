"""Demo records for the 法治 part, on top of the demo village's roster.

Three years (or ``years`` if fewer) of 学法 sessions and 普法 activities, the cadre and
backbone list, 宪法入户 last year and this year (this year one 村民小组 a few
households short of 100 %), the three honour registers, a 法治阵地, the village's
民主法治示范村 title and last year's 六无 check. Chosen so that every to-do of
the part shows: a cadre and a backbone villager below this year's target, a
duty of the town's list overdue, a group short of coverage, and this year's
六无 check not yet made. Everything goes through the real services; all
chance comes from ``rng``.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.law import Attendee, Learner, StudySession
from sanzhi_desktop.domain.law_duties import Activity, DutyFrequency, period_bounds, periods_in_year
from sanzhi_desktop.domain.law_registers import (
    ConstitutionVisit,
    Honour,
    HonourKind,
    Site,
    SixNilCheck,
    VillageTitle,
)
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.services import law, law_publicity, law_registers, roster
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.session import Session

#: Years of 法治 records the demo makes, however long its history.
DEMO_YEARS = 3
POSTS = (
    "村党支部书记、村委会主任",
    "村党支部副书记",
    "村委会委员（妇女主任）",
    "村委会委员（治保主任）",
    "村务监督委员会主任",
    "村会计",
)
TOPICS = (
    "学习《中华人民共和国宪法》",
    "《民法典》婚姻家庭编解读",
    "《村民委员会组织法》与村务公开",
    "《土地管理法》与宅基地管理",
    "《人民调解法》与矛盾纠纷化解",
    "《反有组织犯罪法》专题",
    "《农村集体经济组织法》学习",
    "《信访工作条例》学习",
    "《安全生产法》与农村消防",
    "《未成年人保护法》学习",
    "《反电信网络诈骗法》学习",
    "学法知识考试",
)
LECTURERS = ("镇司法所 王所长", "县法律援助中心 刘律师", "镇党委 陈副书记", "驻村法律顾问 赵律师")
ACTIVITY_TOPICS = {
    "乡村": ("民法典进农家", "防范电信诈骗宣传", "宪法宣传周集中宣讲", "禁毒禁赌宣传"),
    "学校": ("模拟法庭进校园", "预防校园欺凌法治课"),
    "企业": ("合作社劳动合同法宣传", "安全生产法进企业"),
    "网络": ("微信群推送：农村土地承包法问答", "微信群推送：民法典小课堂"),
    "单位": ("以案释法：村务管理典型案例",),
}


def add_demo_records(
    session: Session, rng: random.Random, *, years: int, today: date, progress: Progress
) -> None:
    households = roster.list_households(session)
    adults = [
        p
        for p in roster.list_persons(session, RosterFilter())
        if p["birth_date"]
        and f"{today.year - 65}-01-01" <= p["birth_date"] <= f"{today.year - 25}-01-01"
    ]
    if len(households) < 10 or len(adults) < 20:
        return
    total = len(households)
    progress(total, total, msg("正在生成学法普法记录……", "Law study and publicity…"))
    # At most three years (what the issue asks the demo to show): a ten-year demo
    # town would otherwise spend minutes on 宪法入户 rows alone.
    first_year = today.year - min(max(1, years), DEMO_YEARS) + 1
    learners = _learners(session, rng, adults)
    for year in range(first_year, today.year + 1):
        _sessions(session, rng, learners, year, today)
        _activities(session, rng, year, today)
        if year >= today.year - 1:  # 宪法入户: last year in full, this year one group short
            _constitution(session, rng, households, year, today)
    progress(total, total, msg("正在生成法治名册和阵地……", "Registers and sites…"))
    _honours(session, rng, adults, households, first_year, today)
    law_registers.save_site(
        session,
        Site(
            name="村法治文化广场",
            outdoor_area_m2=320,
            built_on=f"{first_year}-05-20",
            note="含宪法宣传长廊、法治宣传栏12块",
        ),
        services=["公共法律服务窗口", "人民调解室", "法律服务微信群", "自助法律服务终端机"],
    )
    law_registers.record_title(
        session, VillageTitle(level="县级", year=first_year, note="县级民主法治示范村，已亮牌")
    )
    _six_nil(session, today.year - 1)


def _learners(session: Session, rng: random.Random, adults: list[dict[str, Any]]) -> list[Learner]:
    picked = rng.sample(adults, 12)
    made = []
    for index, person in enumerate(picked):
        cadre = index < len(POSTS)
        made.append(
            law.add_learner(
                session,
                Learner(
                    name="",
                    person_id=person["id"],
                    category="cadre" if cadre else "backbone",
                    post=POSTS[index] if cadre else f"{person['group_no']}组村民骨干",
                ),
            )
        )
    return made


def _sessions(
    session: Session, rng: random.Random, learners: list[Learner], year: int, today: date
) -> None:
    """Six sessions a year (an exam in December); this year only those held by ``today``.

    Every year one cadre misses most sessions and one backbone villager goes to
    just one, so this year's list shows both below target.
    """
    cadres = [x for x in learners if x.category == "cadre"]
    backbones = [x for x in learners if x.category == "backbone"]
    absent_cadre, absent_backbone = cadres[-1], backbones[-1]
    months = (3, 5, 6, 8, 10, 12)
    for n, month in enumerate(months):
        held = date(year, month, rng.randint(5, 25))
        if held > today:
            break
        exam = month == 12
        everyone = n % 2 == 0
        came = [c for c in cadres if c is not absent_cadre or n == 0]
        if everyone:
            came += [b for b in backbones if b is not absent_backbone or n == 0]
        topic = TOPICS[-1] if exam else TOPICS[(n + year) % (len(TOPICS) - 1)]
        law.record_session(
            session,
            StudySession(
                held_on=held.isoformat(),
                form="考试" if exam else ("讲座" if n % 3 == 1 else "集中学法"),
                topic=f"{year}年{topic}" if exam else topic,
                lecturer=rng.choice(LECTURERS),
                audience="村干部" if not everyone else "村民骨干",
                hours=1.5 if not exam else 1.0,
            ),
            attendees=[
                Attendee(name="", learner_id=x.id, score=rng.randint(78, 98) if exam else None)
                for x in came
            ],
            materials=[f"{topic}.pdf"] if not exam else [f"{year}年学法考试试卷.docx"],
        )


def _activities(session: Session, rng: random.Random, year: int, today: date) -> None:
    """One activity per period of each duty, except the 网络 duty of last month (overdue)."""
    last_month = (today.replace(day=1) - timedelta(days=1)).isoformat()[:7]
    for duty in law_publicity.duty_list(session):
        for period in periods_in_year(DutyFrequency(duty.frequency), year):
            start, end = period_bounds(period)
            if start > today or period == last_month:
                continue
            span = (min(end, today) - start).days
            held = start + timedelta(days=rng.randint(0, max(0, span)))
            if duty.code == "PF-05":
                held = date(year, 12, 4)
                if held > today:
                    continue
            topics = ACTIVITY_TOPICS.get(duty.audience, ACTIVITY_TOPICS["乡村"])
            law_publicity.record_activity(
                session,
                Activity(
                    held_on=held.isoformat(),
                    audience=duty.audience,
                    topic=rng.choice(topics),
                    form="线上推送"
                    if duty.audience == "网络"
                    else rng.choice(("集中宣讲", "法律咨询", "发放资料", "以案释法")),
                    organiser=rng.choice(("村两委", "镇司法所", "驻村法律顾问")),
                    participants=0 if duty.audience == "网络" else rng.randint(25, 120),
                    duty_code=duty.code,
                ),
            )


def _constitution(
    session: Session, rng: random.Random, households: list[dict[str, Any]], year: int, today: date
) -> None:
    """Every household each year; this year group 2 (or the last group) is 3 short."""
    groups = sorted({int(h["group_no"]) for h in households})
    short_group = 2 if 2 in groups else groups[-1]
    skipped = 0
    for household in households:
        if year == today.year and int(household["group_no"]) == short_group and skipped < 3:
            skipped += 1
            continue
        start = date(year, 3, 1)
        end = min(date(year, 12, 10), today)
        day = start + timedelta(days=rng.randint(0, max(0, (end - start).days)))
        law_registers.record_visit(
            session,
            ConstitutionVisit(
                household_id=household["id"],
                year=year,
                reached_on=day.isoformat(),
                reached_by=rng.choice(("村法律明白人", "网格员", "驻村法律顾问", "村委会委员")),
            ),
        )


def _honours(
    session: Session,
    rng: random.Random,
    adults: list[dict[str, Any]],
    households: list[dict[str, Any]],
    first_year: int,
    today: date,
) -> None:
    bases = {
        "law_leader": ("带头学法用法，协助化解邻里纠纷{n}起", "组织本组村民学习民法典"),
        "law_savvy": ("参加县级法律明白人培训并考核合格", "在村法律服务微信群解答群众法律问题"),
        "model_household": ("家庭成员遵纪守法，积极参加普法活动", "家风良好，带头移风易俗"),
    }
    people = rng.sample(adults, 10)
    for year in range(first_year, today.year + 1):
        for kind in HonourKind:
            chosen: list[dict[str, Any]]
            if kind.is_household:
                chosen = rng.sample(households, 2)
            else:
                chosen = [people.pop()] if people else []
            for who in chosen:
                law_registers.name_honour(
                    session,
                    Honour(
                        kind=kind.value,
                        household_id=who["household_id"] if not kind.is_household else who["id"],
                        person_id="" if kind.is_household else who["id"],
                        year=year,
                        basis=rng.choice(bases[kind.value]).format(n=rng.randint(2, 6)),
                    ),
                )


def _six_nil(session: Session, year: int) -> None:
    items = {
        "no_case": {"met": False, "note": "以调解台账移交派出所情况为准"},
        "no_lawsuit": {"met": False, "note": "以调解台账诉至法院情况为准"},
        "no_petition": {"met": True, "evidence": "全年无越级上访、无赴县进京上访", "note": ""},
        "no_cult": {"met": True, "evidence": "镇综治办排查无邪教人员", "note": ""},
        "no_gambling_drugs": {"met": True, "evidence": "派出所出具无涉赌涉毒证明", "note": ""},
        "no_fatal_accident": {"met": True, "evidence": "全年无安全生产和交通亡人事故", "note": ""},
    }
    law_registers.save_six_nil(
        session,
        SixNilCheck(
            year=year,
            items=json.dumps(items, ensure_ascii=False),
            checked_on=f"{year}-12-20",
            checked_by="村党支部书记、村务监督委员会主任",
            note="年度自查",
        ),
    )
