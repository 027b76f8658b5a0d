"""Demo records for the moral-governance lists, on top of the demo village's roster.

A year of monthly red/black boards (black entries rectified, expired and one
shown false by an objection), good deeds, a star-rating cycle with a revoked
plaque and a few 摘星, a points ledger with redemptions, and awards. Everything
goes through the real services with explicit dates, so the change log and the
rules are the same as for a clerk's entries; all chance comes from ``rng``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.awards import ONE_OFF_CATEGORIES, Award
from sanzhi_desktop.domain.good_deeds import GoodDeed
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import add_months
from sanzhi_desktop.domain.red_black import BoardEntry
from sanzhi_desktop.domain.star_rating import StarRating
from sanzhi_desktop.domain.village_rules import Clause, RulesVersion
from sanzhi_desktop.services import (
    awards,
    good_deeds,
    points,
    red_black,
    roster,
    star_rating,
    village_rules,
)
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.session import Session

CLAUSES = (
    "爱党爱国，遵守国家法律法规，自觉维护社会稳定。",
    "尊老爱幼，子女应当履行赡养老人的义务，不得虐待、遗弃老人。",
    "邻里之间互谅互让，发生纠纷通过协商或人民调解解决。",
    "不得乱倒垃圾、乱堆乱放柴草和建筑材料，保持房前屋后整洁。",
    "婚事新办、丧事简办，不大操大办，不索要高价彩礼。",
    "不得违规占用耕地和公共道路搭建建筑物、构筑物。",
    "禽畜圈养，不得在公共区域散养或随意排放养殖污水。",
    "不得参与赌博、吸毒、封建迷信和邪教活动。",
    "爱护公共设施，不得损坏村内道路、路灯、水利设施。",
    "文明出行，不在公共场所酗酒滋事、高声喧哗。",
    "按时缴纳合作医疗和养老保险，积极参加村集体公益活动。",
    "违反本村规民约的，由村民委员会批评教育，列入黑榜限期整改。",
)
RED_DEEDS = {
    "孝老爱亲": ["多年悉心照料卧床的婆婆", "赡养孤寡老人，视如亲人", "照顾患病父母无怨无悔"],
    "助人为乐": ["义务为村里老人理发", "帮助邻居抢收小麦", "自费修补村道坑洼"],
    "环境卫生": ["庭院整洁，带头进行垃圾分类", "房前屋后绿化美化，月月评为清洁户"],
    "见义勇为": ["跳入河中救起落水儿童", "协助民警抓获盗窃嫌疑人"],
    "诚实守信": ["拾到现金两千元主动归还失主", "按时足额偿还小额信贷"],
    "移风易俗": ["儿子婚礼简办，节约资金捐给村小学", "老人丧事简办，不请乐队"],
}
BLACK_CASES = [
    (4, "环境卫生", "门前长期堆放建筑垃圾，经提醒未清理", "十日内清理完毕"),
    (4, "环境卫生", "向河道倾倒生活垃圾", "立即清理，今后按规定投放"),
    (5, "大操大办", "儿子婚礼摆宴四十余桌", "写出书面检讨，今后婚事简办"),
    (6, "乱搭乱建", "占用村道搭建彩钢棚", "一个月内自行拆除"),
    (7, "违规养殖", "在公共区域散养家禽", "十日内圈养"),
    (2, "不赡养老人", "拒不支付母亲赡养费", "按调解协议按月支付赡养费"),
    (10, "不文明行为", "在村委会门前酗酒滋事", "当面致歉，写出保证书"),
]
DEED_TEXTS = {
    "孝": ["照顾年迈公婆二十年", "背着母亲去县城看病"],
    "诚": ["拾金不昧，归还村民遗失的手机", "诚信经营农资店，从不缺斤短两"],
    "爱": ["义务打扫村文化广场", "坚守村卫生室三十年"],
    "仁": ["资助本村两名贫困学生", "雪天义务为全村清扫道路"],
}
REVIEWERS = "村党支部书记、村委会主任、老党员代表、村民代表（共7人）"


def add_demo_records(
    session: Session, rng: random.Random, *, years: int, today: date, progress: Progress
) -> None:
    households = roster.list_households(session)
    if not households:
        return
    # The roster's progress ended at (households, households); staying there keeps the
    # bar from jumping back while the lists are generated.
    total = len(households)
    progress(total, total, msg("正在生成村规民约和红黑榜……", "Village rules and red/black boards…"))
    clauses = _rules(session, today, years)
    this_month = today.isoformat()[:7]
    _boards(session, rng, households, clauses, this_month, today)
    progress(total, total, msg("正在生成善行义举榜……", "Good deeds…"))
    _deeds(session, rng, households, this_month, today)
    progress(total, total, msg("正在生成十星级文明户评定……", "Star ratings…"))
    _stars(session, rng, households, today)
    progress(total, total, msg("正在生成户积分记录……", "Household points…"))
    _points(session, rng, households, today)
    progress(total, total, msg("正在生成奖励与荣誉……", "Awards…"))
    _awards(session, rng, households, today, years)


def _day(month: str, day: int, today: date) -> str:
    value = date(int(month[:4]), int(month[5:7]), day)
    return min(value, today).isoformat()


def _rules(session: Session, today: date, years: int) -> list[Clause]:
    start = today.year - years
    version = village_rules.add_version(
        session,
        RulesVersion(
            title=f"小营村村规民约（{start}年修订）",
            review_date=f"{start}-01-08",
            review_result="通过",
            adopted_date=f"{start}-01-20",
        ),
    )
    made = [
        village_rules.add_clause(session, Clause(version_id=version.id, number=n, text=text))
        for n, text in enumerate(CLAUSES, start=1)
    ]
    village_rules.put_in_force(session, version.id)
    return made


def _boards(
    session: Session,
    rng: random.Random,
    households: list[dict[str, Any]],
    clauses: list[Clause],
    this_month: str,
    today: date,
) -> None:
    for back in range(11, -1, -1):
        month = add_months(this_month, -back)
        for _ in range(rng.randint(2, 4)):
            household = rng.choice(households)
            category = rng.choice(list(RED_DEEDS))
            entry = red_black.report_entry(
                session,
                BoardEntry(
                    board="red",
                    household_id=household["id"],
                    name="",
                    group_no=0,
                    category=category,
                    deed=rng.choice(RED_DEEDS[category]),
                    reported_date=_day(month, 1, today),
                ),
            )
            _advance(session, entry, month, today, last=back == 0 and rng.random() < 0.5)
        for _ in range(rng.randint(2, 3)):
            household = rng.choice(households)
            clause_no, category, problem, requirement = rng.choice(BLACK_CASES)
            reported = _day(month, 2, today)
            entry = red_black.report_entry(
                session,
                BoardEntry(
                    board="black",
                    household_id=household["id"],
                    name="",
                    group_no=0,
                    category=category,
                    deed=problem,
                    clause_id=clauses[clause_no - 1].id,
                    requirement=requirement,
                    deadline=(date.fromisoformat(reported) + timedelta(days=30)).isoformat(),
                    reported_date=reported,
                ),
            )
            posted = _advance(session, entry, month, today, last=back == 0 and rng.random() < 0.4)
            if posted is None or back == 0:
                continue
            roll = rng.random()
            if back >= 2 and roll < 0.1:
                red_black.uphold_objection(
                    session,
                    posted.id,
                    objection="该户反映垃圾系过路车辆倾倒",
                    reason="经村务监督委员会调取监控核实，异议成立",
                    on=_day(month, 12, today),
                )
            elif roll < 0.6:
                rectified = red_black.rectify_entry(
                    session,
                    posted.id,
                    rectified_date=_day(add_months(month, 1), 20, today),
                    note="已按要求整改",
                )
                if back >= 2:
                    red_black.remove_entry(
                        session, rectified.id, removed_date=_day(add_months(month, 2), 1, today)
                    )
    red_black.expire_due_entries(session, today=today.isoformat())


def _advance(
    session: Session, entry: BoardEntry, month: str, today: date, *, last: bool
) -> BoardEntry | None:
    """Verify, review and post; ``last`` leaves the newest ones waiting (for the to-dos)."""
    verified = red_black.verify_entry(session, entry.id, verified_date=_day(month, 3, today))
    if last:
        return None
    red_black.review_entry(
        session, verified.id, approved=True, reviewers=REVIEWERS, review_date=_day(month, 4, today)
    )
    return red_black.post_entry(session, entry.id, month=month, posted_date=_day(month, 5, today))


def _deeds(
    session: Session,
    rng: random.Random,
    households: list[dict[str, Any]],
    this_month: str,
    today: date,
) -> None:
    for back in range(11, -1, -1):
        month = add_months(this_month, -back)
        for virtue, texts in DEED_TEXTS.items():
            if rng.random() < 0.3:
                continue
            household = rng.choice(households)
            deed = good_deeds.nominate_deed(
                session,
                GoodDeed(
                    household_id=household["id"],
                    name="",
                    group_no=0,
                    virtue=virtue,
                    deed=rng.choice(texts),
                    nominated_by=rng.choice(("本人自荐", "村民推荐", "村委推荐")),
                    nominated_date=_day(month, 1, today),
                ),
            )
            if back == 0 and rng.random() < 0.5:
                continue
            good_deeds.review_deed(
                session,
                deed.id,
                approved=True,
                reviewers=REVIEWERS,
                review_date=_day(month, 4, today),
            )
            good_deeds.post_deed(session, deed.id, month=month, posted_date=_day(month, 5, today))


def _stars(
    session: Session, rng: random.Random, households: list[dict[str, Any]], today: date
) -> None:
    cycle = today.year - 1
    names = star_rating.star_catalogue(session).names
    chosen = rng.sample(households, max(1, len(households) * 2 // 5))
    rated = []
    for index, household in enumerate(chosen):
        disqualified = index < 3
        rating = star_rating.rate_household(
            session,
            StarRating(
                household_id=household["id"],
                cycle=cycle,
                rated_date=f"{cycle}-12-10",
                stars=rng.sample(names, rng.randint(6, len(names))),
                reviewers="村民代表会议",
                disqualifiers=["bad_credit"] if disqualified else [],
                disqualify_note="有逾期未还的信用社贷款" if disqualified else "",
            ),
        )
        if not disqualified:
            rated.append(star_rating.award_plaque(session, rating.id, on=f"{cycle}-12-28"))
    if len(rated) >= 3:
        star_rating.revoke_plaque(
            session,
            rated[0].id,
            reason="家庭成员因聚众赌博被行政处罚",
            on=min(date(today.year, 3, 15), today).isoformat(),
        )
        for rating in rated[1:3]:
            star_rating.remove_star(
                session,
                rating.id,
                star=rating.stars[0],
                reason="庭院卫生连续两月检查不合格",
                on=min(date(today.year, 4, 20), today).isoformat(),
            )


def _points(
    session: Session, rng: random.Random, households: list[dict[str, Any]], today: date
) -> None:
    rules = points.points_rules(session).rules
    start = today - timedelta(days=365)
    for household in rng.sample(households, len(households) * 3 // 5):
        days = sorted(start + timedelta(days=rng.randint(0, 365)) for _ in range(rng.randint(2, 5)))
        for day in days:
            rule = rng.choice([r for r in rules if r.points > 0] if rng.random() < 0.85 else rules)
            points.add_points(
                session,
                household["id"],
                rule.code,
                approved_by="村积分评议小组",
                entry_date=day.isoformat(),
            )
        available = points.balance(session, household["id"])
        if available >= 10 and rng.random() < 0.5:
            spend = rng.choice([p for p in (5, 10, 15, 20) if p <= available])
            points.redeem(
                session,
                household["id"],
                item=rng.choice(("洗衣粉", "食用油", "大米", "毛巾")),
                points=spend,
                cash_fen=rng.choice((0, 0, 150, 300)),
                approved_by="积分超市管理员",
                entry_date=min(days[-1] + timedelta(days=7), today).isoformat(),
            )


def _awards(
    session: Session, rng: random.Random, households: list[dict[str, Any]], today: date, years: int
) -> None:
    for year in range(today.year - min(years, 3) + 1, today.year + 1):
        for _ in range(rng.randint(3, 5)):
            household = rng.choice(households)
            one_off = rng.random() < 0.6
            category = (
                rng.choice(ONE_OFF_CATEGORIES[:5])
                if one_off
                else rng.choice(("最美家庭", "好媳妇", "好婆婆", "道德模范"))
            )
            awards.add_award(
                session,
                Award(
                    household_id=household["id"],
                    name="",
                    group_no=0,
                    year=year,
                    kind="one_off" if one_off else "title",
                    category=category,
                    amount_fen=rng.choice((50000, 100000, 200000)) if one_off else 0,
                    approved_by="村民代表会议",
                    approved_date=min(date(year, 8, 20), today).isoformat(),
                ),
            )
