"""The demo village's mediation log: two years of cases, written through the real services.

Proportions follow what village committees report: neighbours, family and
homestead disputes first; most cases accepted within two days and settled
within a month, nine in ten by agreement (about 60% written, 40% oral); a few
refused or referred, a few terminated with the court route explained; a few
escalated to the town, whose replies are added as the town's own event rows
(as a sync file would bring them). Cases registered in the last weeks are
left running, so the home page shows some due soon, some overdue and some
follow-up visits due.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import Case, EventKind, Mediator, Party
from sanzhi_desktop.domain.mediation_papers import (
    ClosingReport,
    FollowUp,
    Investigation,
    OralAgreement,
    RightsNotice,
    SessionRecord,
    WrittenAgreement,
)
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.services import mediation, mediators, roster
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage.records import Author

CASES_PER_YEAR = (22, 30)
#: Registered this many days before the demo's today and left open.
RECENT_OPEN_DAYS = (48, 40, 29, 27, 12, 6)
DEMO_YEARS = 2

TYPE_WEIGHTS = {
    "邻里": 25,
    "婚姻家庭（含继承）": 20,
    "房屋宅基地": 15,
    "山林土地（承包经营）": 10,
    "损害赔偿": 8,
    "合同": 6,
    "生产经营": 4,
    "其他": 4,
    "劳动争议": 3,
    "征地拆迁": 3,
    "道路交通事故": 2,
    "环境污染": 1,
    "消费": 1,
    "医疗": 1,
}
SOURCE_WEIGHTS = {
    "当事人申请": 60,
    "调委会主动调解": 30,
    "公安移交": 6,
    "法院委托": 2,
    "政府指定": 2,
}

#: type → (summary, facts, terms) with {a}/{b} for the parties' names.
STORIES: dict[str, tuple[str, str, list[str]]] = {
    "邻里": (
        "{a}与{b}因院墙滴水、排水沟堵塞发生争执",
        "{b}家屋檐滴水落入{a}院内，{a}堵塞排水沟，双方多次争吵。",
        ["{b}在屋檐加装接水槽。", "{a}疏通排水沟，不再堵塞。", "双方今后互谅互让，和睦相处。"],
    ),
    "婚姻家庭（含继承）": (
        "{a}与{b}因老人赡养费分担发生纠纷",
        "双方就父母赡养费用和照料分工意见不一，老人生活受到影响。",
        ["双方每月各承担赡养费500元，于每月5日前交给老人。", "老人患病住院期间轮流照料。"],
    ),
    "房屋宅基地": (
        "{a}与{b}因宅基地界线发生争议",
        "{a}新建院墙，{b}认为占用其宅基地约0.5米，双方发生争执。",
        ["以村委会存档的宅基地图为准重新确定界桩。", "{a}将超出部分院墙拆除后重建。"],
    ),
    "山林土地（承包经营）": (
        "{a}与{b}因承包地地界发生纠纷",
        "两家承包地相邻，地界石丢失，双方对耕种范围各执一词。",
        ["按二轮承包合同面积重新丈量并埋设界石。", "今年的收成按实际耕种各自所有。"],
    ),
    "损害赔偿": (
        "{b}家的牛损坏{a}家玉米地",
        "{b}家的牛跑入{a}家玉米地，踩坏玉米约半亩。",
        ["{b}赔偿{a}损失800元，当场付清。", "{b}今后看管好牲畜。"],
    ),
    "合同": (
        "{a}与{b}因农机作业费结算发生纠纷",
        "{b}为{a}收割小麦，双方对亩数和单价认识不一。",
        ["按实际丈量亩数结算，{a}付给{b}作业费1,200元。", "于本月底前付清。"],
    ),
}
GENERIC = (
    "{a}与{b}发生纠纷",
    "双方因琐事发生争执，经调委会了解，事实清楚。",
    ["双方互相谅解，{b}向{a}赔礼道歉。", "今后不再因此事发生争执。"],
)
OUTSIDER_NAMES = ("周建军", "马小平", "韩秀英", "冯立新")
COMPANIES = (("某县顺达农业发展有限公司", "杨志强"), ("某县宏发建筑工程队", "高建平"))


def add_demo_records(
    session: Session,
    rng: random.Random,
    *,
    years: int,
    today: date,
    progress: Progress,
) -> None:
    """Two years (or ``years`` if fewer) of mediation cases up to ``today``."""
    adults = [
        p
        for p in roster.list_persons(session, RosterFilter())
        if p["birth_date"] and p["birth_date"] <= f"{today.year - 25}-01-01"
    ]
    if len(adults) < 10:
        return
    with clock.as_of(today):
        committee = _committee(session, rng, adults)
        span = min(years, DEMO_YEARS) * 365
        count = sum(rng.randint(*CASES_PER_YEAR) for _ in range(min(years, DEMO_YEARS)))
        days = sorted(today - timedelta(days=rng.randint(1, span)) for _ in range(count))
        # A few recent cases stay open: overdue, due soon, and one escalated awaiting the town.
        recent = [today - timedelta(days=d) for d in RECENT_OPEN_DAYS]
        plan = sorted([(d, False) for d in days] + [(d, True) for d in recent])
        # The demo's bar counts households and has reached its end: stay there (never go
        # back), still giving the clerk a line to read and a chance to cancel.
        households = len(roster.list_households(session))
        for n, (day, keep_open) in enumerate(plan):
            progress(
                households,
                households,
                msg(f"正在生成调解案件{n + 1}/{len(plan)}", f"Mediation case {n + 1}/{len(plan)}"),
            )
            _one_case(session, rng, day, today, adults, committee, keep_open=keep_open)


def _committee(session: Session, rng: random.Random, adults: list[dict[str, Any]]) -> list[str]:
    picks = rng.sample(adults, 4)
    ids = []
    for person, role in zip(picks, ("主任", "副主任", "委员", "委员"), strict=True):
        mediator = mediators.add_mediator(
            session, Mediator(name=person["name"], role=role, phone=person["phone"] or "")
        )
        ids.append(mediator.id)
    return ids


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _parties(rng: random.Random, adults: list[dict[str, Any]], dispute_type: str) -> list[Party]:
    a, b = rng.sample(adults, 2)
    while b["household_id"] == a["household_id"]:
        b = rng.choice(adults)
    first = Party(case_id="", role="申请人", kind="person", name=a["name"], person_id=a["id"])
    first.occupation = "农民"
    roll = rng.random()
    if dispute_type in ("合同", "劳动争议") and roll < 0.5:
        name, boss = rng.choice(COMPANIES)
        second = Party(
            case_id="", role="被申请人", kind="organisation", name=name, representative=boss,
            address="某县城关镇",
        )  # fmt: skip
    elif roll < 0.1:
        second = Party(
            case_id="", role="被申请人", kind="outsider", name=rng.choice(OUTSIDER_NAMES),
            sex="男", ethnicity="汉族", occupation="个体经营", address="邻村",
        )  # fmt: skip
    else:
        second = Party(
            case_id="", role="被申请人", kind="person", name=b["name"], person_id=b["id"]
        )
        second.occupation = "农民"
    return [first, second]


def _one_case(
    session: Session,
    rng: random.Random,
    day: date,
    today: date,
    adults: list[dict[str, Any]],
    committee: list[str],
    *,
    keep_open: bool,
) -> None:
    dispute_type = _weighted(rng, dict(TYPE_WEIGHTS))
    parties = _parties(rng, adults, dispute_type)
    names = {"a": parties[0].name, "b": parties[1].name}
    summary, facts, terms = STORIES.get(dispute_type, GENERIC)
    amount = 0 if dispute_type == "邻里" and rng.random() < 0.6 else rng.randint(5, 500) * 100_00
    crowd = dispute_type in ("征地拆迁", "山林土地（承包经营）") and rng.random() < 0.4
    case = mediation.register_case(
        session,
        Case(
            source=_weighted(rng, dict(SOURCE_WEIGHTS)),
            dispute_type=dispute_type,
            summary=summary.format(**names),
            registered_on=day.isoformat(),
            amount_fen=amount,
            people_involved=rng.randint(8, 30) if crowd else 2,
            crime_risk=1 if rng.random() < 0.06 else 0,
            petition_risk=1 if crowd else 0,
            mediator_ids=f'["{rng.choice(committee)}"]',
        ),
        parties,
    )
    mediation.record_paper(session, case.id, RightsNotice(on=day.isoformat()))
    mediator_name = mediators.mediator_names(session, case.mediators)[0]
    steps = _Steps(day, today, rng)
    roll = 1.0 if keep_open else rng.random()
    if roll < 0.04:
        if (on := steps.after(0, 2)) is not None:
            mediation.refuse_case(session, case.id, on=on, reason="一方当事人明确拒绝调解")
            _archive(session, case.id, steps, "不予受理", "当事人拒绝调解，已告知其他解决途径。")
        return
    if roll < 0.07:
        if (on := steps.after(0, 2)) is not None:
            mediation.refer_case(session, case.id, on=on, to="镇派出所", reason="涉嫌治安案件")
            _archive(session, case.id, steps, "移交", "已移交镇派出所处理。")
        return
    if (on := steps.after(0, 1 if keep_open else 2)) is None:
        return
    mediation.accept_case(session, case.id, on=on)
    running = keep_open or ((today - day).days < 60 and rng.random() < 0.35)
    if rng.random() < 0.5:
        if (on := steps.after(1, 2 if keep_open else 4)) is None:
            return
        mediation.record_investigation(
            session,
            case.id,
            Investigation(
                on=on, place="当事人家中", investigator=mediator_name,
                subject=names["b"], content=facts.format(**names),
            ),
        )  # fmt: skip
    if (on := steps.after(1, 2 if keep_open else 6)) is None:
        return
    mediation.record_session(
        session,
        case.id,
        SessionRecord(
            on=on, time=f"{rng.choice((9, 10, 14, 15))}:00", place="村委会调解室",
            present=f"{names['a']}、{names['b']}、{mediator_name}",
            statements=facts.format(**names), outcome="双方同意继续协商",
        ),
    )  # fmt: skip
    escalate = rng.random() < 0.07 or (keep_open and (today - day).days == RECENT_OPEN_DAYS[1])
    if escalate and (on := steps.after(0, 3)) is not None:
        mediation.escalate_case(session, case.id, on=on, reason="涉及多户利益，村里难以调处")
        if not keep_open and (reply_on := steps.peek(3, 10)) is not None:
            _town_reply(session, case.id, reply_on)
    if running:
        return
    if rng.random() < 0.08:
        if (on := steps.after(3, 20)) is not None:
            mediation.terminate_case(
                session, case.id, on=on, reason="双方分歧较大，调解不成", routes=["向人民法院起诉"]
            )
            _archive(session, case.id, steps, "调解终止", "已告知当事人可向人民法院起诉。")
        return
    if (on := steps.after(1, 20)) is None:
        return
    formatted = [t.format(**names) for t in terms]
    if rng.random() < 0.6:
        due = (date.fromisoformat(on) + timedelta(days=rng.randint(5, 30))).isoformat()
        paper: WrittenAgreement | OralAgreement = WrittenAgreement(
            on=on, facts=facts.format(**names), terms=formatted, performance_manner="自行履行",
            performance_place="小营村", performance_due=due, copies=3, recorder=mediator_name,
        )  # fmt: skip
    else:
        paper = OralAgreement(on=on, content="；".join(formatted), performance_manner="当场履行")
    mediation.record_agreement(session, case.id, paper)
    if (on := steps.after(10, 20)) is None:
        return
    performed = rng.random() < 0.9
    mediation.record_follow_up(
        session,
        case.id,
        FollowUp(
            on=on, visitor=mediator_name, performance="已履行" if performed else "部分履行",
            satisfaction="满意" if performed else "基本满意",
            remaining_risk="无" if performed else "一方尚未完全履行",
            measures="" if performed else "督促履行，必要时申请司法确认",
        ),
    )  # fmt: skip
    if (on := steps.after(0, 10)) is None:
        return
    mediation.confirm_performance(session, case.id, on=on, performed=performed)
    _archive(session, case.id, steps, "调解成功" if performed else "协议未履行", "协议已履行。")


class _Steps:
    """Dates that move forward from the registration and never pass ``today``."""

    def __init__(self, start: date, today: date, rng: random.Random) -> None:
        self.current, self.today, self.rng = start, today, rng

    def peek(self, low: int, high: int) -> str | None:
        day = self.current + timedelta(days=self.rng.randint(low, high))
        return day.isoformat() if day <= self.today else None

    def after(self, low: int, high: int) -> str | None:
        on = self.peek(low, high)
        if on is not None:
            self.current = date.fromisoformat(on)
        return on


def _archive(session: Session, case_id: str, steps: _Steps, result: str, text: str) -> None:
    if (on := steps.after(3, 30)) is not None:
        mediation.archive_case(session, case_id, ClosingReport(on=on, summary=text, result=result))


def _town_reply(session: Session, case_id: str, on: str) -> None:
    """The town's answer, as its own event row (what the town's sync file would bring)."""
    profile = session.require_profile()
    town = Author(operator="镇司法所", owner=profile.town_code)
    records.insert_record(
        session.db,
        "mediation_events",
        {
            "case_id": case_id,
            "kind": EventKind.TOWN_REPLY.value,
            "on": on,
            "detail": "镇司法所将派员到村联合调解，请做好当事人稳控工作。",
            "data": "{}",
            "operator": "镇司法所",
            "recorded_at": clock.now_iso(),
            "addressee": profile.code,
        },
        author=town,
    )
