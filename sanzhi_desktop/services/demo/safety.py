"""Demo records for 平安 and 信用, on top of the demo village's roster, lists and cases.

Two years of sweeps at the half-month rhythm — most of them 零报告, one
period missed — whose findings were handled on the spot, escalated, or sent
to mediation (opening cases linked back); recent findings still open, one
high-risk past its deadline. Petitions with their 包案 steps, one overdue;
patrols by day, night and season; last year's safe-village self-check with
the town's stars and this year's; a credit file for every household, ratings
for most (adjusted by the red/black boards made before), credit lines for
most of those graded.

It lives in one module for both parts because the credit grades read the
red/black boards, which the moral demo (``demo_moral``) writes first: demo
modules run in name order. Everything goes through the real services with
explicit dates; all chance comes from ``rng``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.credit import CreditRating, encode_list
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation_papers import OralAgreement, SessionRecord
from sanzhi_desktop.domain.patrols import Patrol
from sanzhi_desktop.domain.petitions import Petition, PetitionStep
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.domain.safe_village import CheckDraft, CheckItem
from sanzhi_desktop.domain.screening import (
    Finding,
    FindingParty,
    Sweep,
    encode_parties,
    period_end,
    period_start,
    periods_between,
)
from sanzhi_desktop.services import (
    credit,
    mediation,
    mediators,
    patrols,
    petitions,
    roster,
    safe_village,
    screening,
)
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.safety_catalogues import credit_rules, safe_village_items
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock

DEMO_YEARS = 2
NIL_RETURN_SHARE = 0.6
SWEEPERS = ("村治保主任", "网格员", "村调委会委员")
#: dispute type → the findings a sweep writes ({a} and {b}: the parties)
FINDING_STORIES = {
    "邻里": ["{a}与{b}因房前排水问题多次争吵", "{a}与{b}因鸡鸭散养进入菜地发生口角"],
    "房屋宅基地": ["{a}与{b}因新建院墙占地界线有争议", "{a}翻建房屋，{b}认为影响采光"],
    "婚姻家庭（含继承）": ["{a}与{b}因老人赡养费分担意见不一", "{a}与{b}因父亲遗留房屋分割起争执"],
    "山林土地（承包经营）": ["{a}与{b}因承包地地界不清发生争执"],
    "损害赔偿": ["{a}家的狗咬伤{b}，赔偿未谈妥"],
    "合同": ["{a}欠{b}务工工钱未结清"],
}
RISK_WEIGHTS = {"低": 60, "中": 30, "高": 10}
PETITION_STORIES = [
    ("反映村道硬化后排水不畅，雨天积水进院", "镇村建办"),
    ("反映低保评定不公，要求重新评议", "镇民政办"),
    ("反映养殖场异味扰民", "镇生态环境办"),
    ("要求解决承包地被占用的补偿问题", "镇农经站"),
    ("反映饮水井水量不足", "镇水利站"),
    ("反映邻村采砂破坏河堤", "镇综治中心"),
]
LEADERS = ("村党支部书记", "村委会主任", "包村镇干部")
ROUTES = (
    "村委会—一组—二组—村小学—村委会",
    "三组—四组—河堤—养殖区",
    "村东主干道—集市—五组—村西路口",
)
PATROL_FINDINGS = ("五组路灯损坏两盏", "河堤护栏松动", "村小学门口车辆乱停", "养殖区柴草堆放过近")
PANEL = "村党支部书记、村委会主任、村务监督委员会主任、村民代表2名、信用社客户经理"
BANKS = ("县农村商业银行", "县农村信用合作联社", "邮储银行县支行")


def add_demo_records(
    session: Session, rng: random.Random, *, years: int, today: date, progress: Progress
) -> None:
    households = roster.list_households(session)
    adults = [
        p
        for p in roster.list_persons(session, RosterFilter())
        if p["birth_date"] and p["birth_date"] <= f"{today.year - 25}-01-01"
    ]
    if len(adults) < 10:
        return
    total = len(households)
    span = min(years, DEMO_YEARS)
    start = date(today.year - span, today.month, 1) + timedelta(days=1)
    with clock.as_of(today):
        progress(total, total, msg("正在生成矛盾纠纷排查……", "Dispute screening…"))
        _sweeps(session, rng, adults, start, today)
        progress(total, total, msg("正在生成信访和巡逻记录……", "Petitions and patrols…"))
        _petitions(session, rng, adults, start, today)
        _patrols(session, rng, adults, start, today)
        progress(total, total, msg("正在生成平安村自查……", "Safe-village self-checks…"))
        _checks(session, rng, today)
        progress(total, total, msg("正在生成信用农户档案和评级……", "Credit files and ratings…"))
        _credit(session, rng, households, today)


def _party_pair(rng: random.Random, adults: list[dict[str, Any]]) -> list[FindingParty]:
    a, b = rng.sample(adults, 2)
    return [FindingParty(str(a["name"]), str(a["id"])), FindingParty(str(b["name"]), str(b["id"]))]


def _finding(
    rng: random.Random, adults: list[dict[str, Any]], day: date, risk: str = ""
) -> Finding:
    dispute_type = rng.choice(list(FINDING_STORIES))
    parties = _party_pair(rng, adults)
    story = rng.choice(FINDING_STORIES[dispute_type])
    return Finding(
        found_date=day.isoformat(),
        dispute_type=dispute_type,
        summary=story.format(a=parties[0].name, b=parties[1].name),
        risk=risk or rng.choices(list(RISK_WEIGHTS), list(RISK_WEIGHTS.values()))[0],
        parties=encode_parties(parties),
    )


def _sweeps(
    session: Session, rng: random.Random, adults: list[dict[str, Any]], start: date, today: date
) -> None:
    periods = periods_between(start, today, "half_month")
    ended = [p for p in periods if period_end(p) < today]
    missed = ended[-6] if len(ended) > 6 else None  # about three months ago
    committee = [m.id for m in mediators.list_mediators(session, active_only=True)]
    for period in periods:
        if period == missed:
            continue
        first = period_start(period)
        last = min(period_end(period), today)
        if period not in ended and (today - first).days < 5:
            continue  # this period's sweep is still to come: the to-do shows it due
        day = first + timedelta(days=rng.randint(0, max(0, (last - first).days)))
        recent = (today - day).days <= 10
        findings = []
        if recent or rng.random() >= NIL_RETURN_SHARE:
            findings = [_finding(rng, adults, day) for _ in range(rng.randint(1, 2))]
        if recent:
            findings.append(_finding(rng, adults, day, risk="高"))
        sweep = screening.record_sweep(
            session,
            Sweep(sweep_date=day.isoformat(), swept_by=rng.choice(SWEEPERS), area="全村各村民小组"),
            findings,
        )
        for finding in screening.list_findings(session, sweep_id=sweep.id):
            if not recent:
                _handle(session, rng, finding, day, today, committee)


def _handle(
    session: Session,
    rng: random.Random,
    finding: Finding,
    day: date,
    today: date,
    committee: list[str],
) -> None:
    on = min(day + timedelta(days=rng.randint(0, 3)), today).isoformat()
    roll = rng.random()
    if roll < 0.3 and committee:
        _, case = screening.send_to_mediation(
            session, finding.id, on=on, mediator_ids=[rng.choice(committee)]
        )
        accepted = min(date.fromisoformat(on) + timedelta(days=1), today)
        mediation.accept_case(session, case.id, on=accepted.isoformat())
        names = [p.name for p in finding.party_list]
        held = min(accepted + timedelta(days=rng.randint(1, 5)), today).isoformat()
        mediation.record_session(
            session,
            case.id,
            SessionRecord(
                on=held, time="9:00", place="村委会调解室", present="、".join(names),
                statements=finding.summary, outcome="双方达成一致",
            ),
        )  # fmt: skip
        mediation.record_agreement(
            session,
            case.id,
            OralAgreement(
                on=held, content="双方互谅互让，按商定办法处理", performance_manner="当场履行"
            ),
        )
    elif roll < 0.4:
        screening.escalate_finding(
            session, finding.id, on=on, note="涉及多户，已报镇综治中心协调处理"
        )
    else:
        screening.resolve_finding(
            session, finding.id, on=on, note="网格员和村干部当场做双方工作，已化解"
        )


def _petitions(
    session: Session, rng: random.Random, adults: list[dict[str, Any]], start: date, today: date
) -> None:
    days = sorted(start + timedelta(days=rng.randint(0, (today - start).days)) for _ in range(10))
    days[-1] = today - timedelta(days=75)  # one left open past its 60 days
    days[-2] = today - timedelta(days=12)  # one open, in time
    for n, day in enumerate(sorted(days)):
        person = rng.choice(adults)
        matter, office = rng.choice(PETITION_STORIES)
        petition = petitions.register_petition(
            session,
            Petition(
                petitioner=str(person["name"]),
                person_id=str(person["id"]),
                matter=matter,
                received_date=day.isoformat(),
                channel=rng.choice(("来访", "来访", "电话", "来信", "上级转来")),
                case_owner=rng.choice(LEADERS),
            ),
        )
        assigned = min(day + timedelta(days=1), today)
        petitions.add_step(
            session,
            PetitionStep(
                petition.id, "交办", assigned.isoformat(), office, "请于15日内提出办理意见"
            ),
        )
        keep_open = day >= today - timedelta(days=80) and n >= len(days) - 2
        if keep_open:
            if (today - day).days > 30:
                petitions.add_step(
                    session,
                    PetitionStep(
                        petition.id, "督办", (day + timedelta(days=30)).isoformat(), office
                    ),
                )
            continue
        closed = min(day + timedelta(days=rng.randint(10, 50)), today)
        petitions.close_petition(
            session,
            petition.id,
            on=closed.isoformat(),
            result="已现场核实并落实整改，书面答复信访人",
            satisfaction=rng.choices(("满意", "基本满意", "不满意"), (70, 25, 5))[0],
        )


def _patrols(
    session: Session, rng: random.Random, adults: list[dict[str, Any]], start: date, today: date
) -> None:
    volunteers = [str(p["name"]) for p in rng.sample(adults, min(8, len(adults)))]
    day = start
    turned = 0
    while day <= today:
        shift = "夜巡" if day.weekday() == 4 else "日巡"
        if day.month in (6, 10) and day.day <= 7:
            shift = "季节巡"  # 三夏、三秋防火
        if day.weekday() in (1, 4) or shift == "季节巡":
            dispute = None
            if turned < 3 and (today - day).days > 20 and rng.random() < 0.02:
                dispute = _finding(rng, adults, day, risk="低")
            found = dispute.summary if dispute else ""
            if not found and rng.random() < 0.15:
                found = rng.choice(PATROL_FINDINGS)
            patrol = patrols.record_patrol(
                session,
                Patrol(
                    patrol_date=day.isoformat(),
                    shift=shift,
                    members="、".join(rng.sample(volunteers, 3)),
                    route=rng.choice(ROUTES),
                    findings=found,
                ),
            )
            if dispute is not None:
                turned += 1
                stored = patrols.finding_from_patrol(session, patrol.id, dispute)
                screening.resolve_finding(
                    session, stored.id, on=day.isoformat(), note="巡逻队员当场劝解，双方和好"
                )
        day += timedelta(days=1)
    # Last week's night patrol came on a quarrel that is high-risk and still unhandled
    # past its three days: the home page shows it overdue.
    night = today - timedelta(days=6)
    dispute = _finding(rng, adults, night, risk="高")
    patrol = patrols.record_patrol(
        session,
        Patrol(
            patrol_date=night.isoformat(),
            shift="夜巡",
            members="、".join(rng.sample(volunteers, 3)),
            route=ROUTES[0],
            findings=dispute.summary,
        ),
    )
    patrols.finding_from_patrol(session, patrol.id, dispute)


def _checks(session: Session, rng: random.Random, today: date) -> None:
    items = safe_village_items(session).items
    for year in (today.year - 1, today.year):
        answers = {
            i.position: CheckItem(i.position, i.title, True, "台账、照片及会议记录")
            for i in items
            if rng.random() < 0.85
        }
        checked = date(year, 12, 10) if year < today.year else today - timedelta(days=3)
        safe_village.save_check(
            session, CheckDraft(year=year, checked_date=checked.isoformat(), answers=answers)
        )
        if year < today.year:
            safe_village.record_conferred_stars(
                session,
                year,
                stars=len(answers),
                conferred_date=date(year + 1, 1, 15).isoformat(),
            )


def _credit(
    session: Session, rng: random.Random, households: list[dict[str, Any]], today: date
) -> None:
    credit.file_all_households(session, filed_date=date(today.year - 1, 3, 1).isoformat())
    codes = [c.code for c in credit_rules(session).criteria]
    for year, share in ((today.year - 1, 0.95), (today.year, 0.8)):
        rated_on = date(year, 4, 20) if year < today.year else min(date(year, 4, 20), today)
        for household in households:
            if rng.random() >= share:
                continue
            met = [c for c in codes if rng.random() < 0.85]
            bad = "信用社贷款逾期三个月" if rng.random() < 0.03 else ""
            rating = credit.rate_household(
                session,
                CreditRating(
                    household_id=str(household["id"]),
                    year=year,
                    rated_date=rated_on.isoformat(),
                    panel=PANEL,
                    criteria=encode_list(met),
                    bad_faith=bad,
                ),
            )
            if rating.graded and rng.random() < 0.8:
                amount = {"AAA": 100_000, "AA": 50_000, "A": 30_000}.get(rating.grade, 20_000)
                credit.record_credit_line(
                    session,
                    str(household["id"]),
                    year,
                    line_fen=amount * 100,
                    bank=rng.choice(BANKS),
                    line_date=min(rated_on + timedelta(days=30), today).isoformat(),
                )
