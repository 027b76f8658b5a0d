"""Demo records for the 党建 part, on top of the demo village's roster.

A branch of 30–40 members chosen from the roster's adults (three 预备党员,
one of them past his year so the 转正 to-do shows; one 流动党员 working in
Guangdong; one transferred out last year), two years of 三会一课 with one
主题党日 missed five months ago, pledges (a few members of this year still
without), fulfilment, points for attendance and service with a few
deductions, last year's 民主评议 (the member working away not yet reviewed),
four 示范岗, the secretary's training (one day short this year), reserve
cadres and wealth leaders, and the branch's 一肩挑. Everything goes through
the real services with explicit dates; all chance comes from ``rng``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import years_later
from sanzhi_desktop.domain.party import Branch, MemberStatus, PartyMember
from sanzhi_desktop.domain.party_meetings import MeetingKind, PartyMeeting
from sanzhi_desktop.domain.party_points import ReviewResult, suggested_grade
from sanzhi_desktop.domain.party_targets import Cadre, CadreKind, ModelPost, Training
from sanzhi_desktop.domain.roster import age_on
from sanzhi_desktop.services import party, party_meetings, party_points, party_targets, roster
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.session import Session

MEMBERS = (30, 40)
TOPICS = {
    MeetingKind.THEME_DAY: [
        "重温入党誓词", "学习党章党规", "清理村道垃圾志愿服务", "走访慰问困难党员",
        "学习习近平新时代中国特色社会主义思想", "交纳党费、过政治生日", "参观红色教育基地",
        "为留守老人义务理发", "防汛安全宣传", "植树护绿义务劳动", "移风易俗宣传", "党员议事",
    ],
    MeetingKind.LECTURE: [
        "书记讲党课：发挥党员先锋模范作用", "学习二十届三中全会精神", "乡村振兴与集体经济",
        "党风廉政建设专题党课",
    ],
    MeetingKind.COMMITTEE: [
        "研究本月重点工作", "讨论发展党员工作", "研究村集体经济项目", "研究“四议两公开”提议事项",
    ],
    MeetingKind.GENERAL: [
        "审议村级重大事项", "通报党费收缴情况", "讨论预备党员转正", "年度工作总结",
    ],
    MeetingKind.GROUP: ["组织生活会", "学习传达支部会议精神"],
}  # fmt: skip
PLEDGES = (
    "带头搞好庭院和村道环境卫生", "每月至少参加一次志愿服务", "帮扶一户困难群众",
    "带头移风易俗，红白事简办", "带领周边群众发展特色种植", "按时参加组织生活，按时交纳党费",
    "带头调解邻里纠纷", "为村里老人提供代办服务",
)  # fmt: skip
DEEDS = (
    "参加村道清扫义务劳动", "帮助困难户抢收小麦", "调解一起邻里纠纷", "为留守老人代购药品",
    "带领三户群众种植花椒", "参加防汛值守",
)  # fmt: skip
POSTS = (
    ("环境卫生示范岗", "负责村主干道和文化广场的卫生督促"),
    ("矛盾调解示范岗", "协助调委会排查化解邻里纠纷"),
    ("政策宣传示范岗", "宣传惠民政策，代办医保、养老保险"),
    ("产业发展示范岗", "带动群众发展花椒、核桃种植"),
)
SECRETARY_ROLE = "书记"


def add_demo_records(
    session: Session, rng: random.Random, *, years: int, today: date, progress: Progress
) -> None:
    persons = [
        p for p in roster.list_persons(session)
        if (age := age_on(str(p["birth_date"]), today)) is not None and 23 <= age <= 85
    ]  # fmt: skip
    if len(persons) < MEMBERS[0]:
        return
    progress(0, 5, msg("正在生成党员名册……", "Party members…"))
    members = _members(session, rng, persons, today)
    secretary = members[0]
    party.save_branch(
        session,
        Branch(
            branch_name=f"中共{session.require_profile().name}支部委员会",
            secretary=secretary.name,
            dual_post=1,
        ),
    )
    progress(1, 5, msg("正在生成三会一课记录……", "Party meetings…"))
    _meetings(session, rng, today, secretary.name)
    progress(2, 5, msg("正在生成承诺、践诺和积分……", "Pledges and points…"))
    _cycle(session, rng, today, secretary.name)
    progress(3, 5, msg("正在生成示范岗、培训和人才……", "Posts, training, cadres…"))
    _targets(session, rng, persons, today, secretary.name)
    progress(5, 5, msg("党建记录已生成", "Party records ready"))


def _iso(day: date) -> str:
    return day.isoformat()


def _members(
    session: Session, rng: random.Random, persons: list[dict[str, Any]], today: date
) -> list[PartyMember]:
    chosen = rng.sample(persons, rng.randint(*MEMBERS))
    made = []
    for index, person in enumerate(chosen):
        born = date.fromisoformat(str(person["birth_date"]))
        earliest = max(years_later(born, 22), date(1975, 1, 1))
        latest = today - timedelta(days=800)
        joined = earliest + timedelta(days=rng.randint(0, max((latest - earliest).days, 1)))
        member = PartyMember(person_id=str(person["id"]), joined_date=_iso(joined))
        if index in (1, 2):  # 预备: one within the year, one whose year is up
            member.status = MemberStatus.PROBATION.value
            member.joined_date = _iso(today - timedelta(days=200 if index == 1 else 400))
        elif index == 3:
            member.flowing, member.flow_place = 1, "广东省东莞市（务工）"
        elif index == 4:
            member.transfer_out_date = _iso(today - timedelta(days=300))
            member.transfer_out_to = "中共柳林镇机关支部委员会"
        else:
            member.full_date = _iso(min(years_later(joined, 1), today))
        made.append(party.add_member(session, member))
    return made


def _meetings(session: Session, rng: random.Random, today: date, host: str) -> None:
    start = date(today.year - 1, 1, 1)
    missed_month = (today.replace(day=1) - timedelta(days=140)).strftime("%Y-%m")
    month = start
    while month < today.replace(day=1):
        key = month.strftime("%Y-%m")
        plan = [(MeetingKind.COMMITTEE, 3)]
        if key != missed_month:
            plan.append((MeetingKind.THEME_DAY, 15))
        if month.month % 3 == 2:
            plan += [(MeetingKind.LECTURE, 20), (MeetingKind.GENERAL, 25)]
        if month.month in (6, 12):
            plan.append((MeetingKind.GROUP, 10))
        for kind, day in plan:
            # Points for the last twelve months only: the quarterly tables show them, and a
            # ledger twice as long would double the demo's time for nothing more to see.
            scored = month > today.replace(day=1) - timedelta(days=366)
            _meeting(session, rng, kind, _iso(month.replace(day=day)), host, scored=scored)
        month = (month + timedelta(days=32)).replace(day=1)


def _meeting(
    session: Session, rng: random.Random, kind: MeetingKind, day: str, host: str, *, scored: bool
) -> None:
    members = party.list_members(session, on=day)
    if kind is MeetingKind.COMMITTEE:
        present = members[:5]
    else:
        present = [m for m in members if rng.random() < (0.3 if m.flowing else 0.9)]
    absent = len(members) - len(present)
    meeting = party_meetings.record_meeting(
        session,
        PartyMeeting(
            kind=kind.value,
            held_on=day,
            topic=rng.choice(TOPICS[kind]),
            host=host,
            absent_note="外出务工、生病请假"
            if absent and kind is not MeetingKind.COMMITTEE
            else "",
            minutes=f"会议由{host}主持，到会党员{len(present)}名。会议传达学习了上级精神，"
            "安排部署了近期工作，与会党员进行了交流发言。",
        ),
        [m.id for m in present],
    )
    if scored and kind in (MeetingKind.THEME_DAY, MeetingKind.LECTURE):
        rule = "P02" if kind is MeetingKind.THEME_DAY else "P01"
        attended = set(meeting.attendee_ids())
        for member in members:
            if member.id in attended:
                party_points.add_points(session, member.id, rule, approved_by=host, entry_date=day)
            elif not member.flowing and rng.random() < 0.5:
                party_points.add_points(session, member.id, "N01", approved_by=host, entry_date=day)


def _cycle(session: Session, rng: random.Random, today: date, host: str) -> None:
    last = today.year - 1
    for year in (last, today.year):
        members = party.list_members(session, on=f"{year}-02-01" if year == last else _iso(today))
        for index, member in enumerate(members):
            if year == today.year and index % 9 == 4:
                continue  # a few have not pledged yet this year: a to-do
            made = f"{year}-01-{rng.randint(8, 25):02d}"
            if made > _iso(today) or made < member.joined_date:
                continue
            party_points.make_pledge(
                session, member.id, year, "；".join(rng.sample(PLEDGES, 2)), made_date=made
            )
            done = rng.randint(1, 3) if year == last else rng.randint(0, 2)
            for _ in range(done):
                day = date(year, rng.randint(2, 11), rng.randint(1, 28))
                if day > today or not member.member_on(_iso(day)):
                    continue
                party_points.record_fulfilment(
                    session, member.id, done_on=_iso(day), content=rng.choice(DEEDS)
                )
                party_points.add_points(
                    session, member.id, rng.choice(("P03", "P05")), approved_by=host,
                    entry_date=_iso(day),
                )  # fmt: skip
    review_day = f"{last}-12-20"
    voters = party.list_members(session, on=review_day)
    for member in voters:
        if member.flowing:
            continue  # away: not reviewed yet (the to-do shows it)
        n = len(voters) - rng.randint(2, 5)
        excellent = rng.randint(0, n)
        basic = rng.randint(0, max(n - excellent, 0) // 6)
        result = ReviewResult(
            member_id=member.id, year=last, reviewed_on=review_day,
            votes_excellent=excellent, votes_qualified=n - excellent - basic, votes_basic=basic,
        )  # fmt: skip
        result.grade = suggested_grade(result).value
        party_points.record_review(session, result)


def _targets(
    session: Session, rng: random.Random, persons: list[dict[str, Any]], today: date, host: str
) -> None:
    set_day = _iso(date(today.year - 1, 3, 1))
    holders = [m for m in party.list_members(session)[1:] if m.member_on(set_day)]
    for (post, duties), member in zip(POSTS, rng.sample(holders, len(POSTS)), strict=True):
        party_targets.add_post(
            session, ModelPost(post=post, member_id=member.id, duties=duties, set_date=set_day)
        )
    for year, days in ((today.year - 1, (3, 2)), (today.year, (2, 1))):
        for number, length in enumerate(days):
            start = date(year, 4 + number * 5, 10)
            if start <= today:
                party_targets.add_training(
                    session,
                    Training(
                        trainee=host, start_date=_iso(start), days=length,
                        organiser="县委组织部", topic="村党组织书记示范培训班",
                    ),
                )  # fmt: skip
    young = [p for p in persons if (age_on(str(p["birth_date"]), today) or 99) <= 40]
    for year, counts in ((today.year - 1, (2, 3)), (today.year, (2, 2))):
        picks = rng.sample(young, sum(counts))
        for index, person in enumerate(picks):
            kind = CadreKind.RESERVE if index < counts[0] else CadreKind.WEALTH
            party_targets.add_cadre(
                session,
                Cadre(
                    kind=kind.value, person_id=str(person["id"]), year=year,
                    chosen_date=_iso(min(date(year, 5, 1), today)),
                    note="高中以上文化，群众基础好" if kind is CadreKind.RESERVE else "种植大户",
                ),
            )  # fmt: skip
