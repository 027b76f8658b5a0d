"""The demo village's public boards: ``years`` of notices, finance, decisions, issue wall.

Written through the real services (create → review → post → archive), so
every row passes the same rules and leaves the same change-log rows as a
clerk's work. What the demo leaves open on purpose, so the home page has
to-dos to show: the last quarter's finance disclosure (figures entered, notice
still a draft, so it is overdue), a notice in publicity with an unanswered
objection, a draft waiting for review, 四议两公开 matters at different steps,
and an issue-wall item past its deadline.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sanzhi_desktop.domain.decisions import Decision, DecisionStep
from sanzhi_desktop.domain.disclosure_catalogue import (
    CatalogueItem,
    Frequency,
    due_date,
    period_bounds,
    period_label,
    period_of,
)
from sanzhi_desktop.domain.finance import (
    EXPENSE_ITEMS,
    INCOME_ITEMS,
    FinanceDisclosure,
    FinanceLine,
)
from sanzhi_desktop.domain.issue_wall import IssueItem
from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.services import decisions, finance, issue_wall, notices, roster
from sanzhi_desktop.services.disclosure_catalogue import catalogue
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.session import Session

REVIEWERS = ("李建国", "王秀英", "张志刚")
SUMMARIES = {
    "经营收入": "村集体苹果冷库租赁及代储收入",
    "发包及上交收入": "集体土地、鱼塘发包费",
    "投资收益": "入股镇农业合作社分红",
    "补助收入": "村级组织运转经费、公益事业一事一议奖补",
    "其他收入": "利息及零星收入",
    "经营支出": "冷库电费、维修费",
    "管理费用": "村干部误工补贴、办公费、水电费",
    "其他支出": "道路维护、环境整治、慰问困难群众",
}
EVENT_NOTICES = (
    (
        "村务",
        "CWU-03",
        "宅基地使用审批公示",
        "经村民代表会议审议，同意{name}户在本村{g}组申请宅基地一处，面积约160平方米，现予公示。",
    ),
    (
        "党务",
        "DW-02",
        "发展党员公示",
        "经支部委员会研究，拟将{name}同志列为入党积极分子，现予公示。",
    ),
    (
        "财务",
        "CW-06",
        "集体鱼塘发包结果公示",
        "集体鱼塘经公开竞价发包，中标人{name}，承包期5年，年承包费12,000元。",
    ),
    ("服务", "", "冬季防火安全提示", "冬季天干物燥，请各户注意用火用电安全，不在林区焚烧秸秆。"),
    (
        "政务",
        "",
        "城乡居民医疗保险缴费通知",
        "下一年度城乡居民医保个人缴费标准为每人380元，请于12月31日前缴纳。",
    ),
)
ISSUES = (
    (
        "环境卫生",
        "村东头垃圾收集点清运不及时，夏天有异味",
        "已与镇环卫站协调，改为每两天清运一次",
        "已落实每两天清运，群众满意",
    ),
    (
        "道路交通",
        "3组通往果园的生产路雨后泥泞难行",
        "列入一事一议项目，铺设砂石",
        "已铺设砂石路800米",
    ),
    (
        "水电设施",
        "5组自来水压力小，早晚用水高峰没水",
        "请水务站检修加压泵",
        "加压泵已更换，水压恢复正常",
    ),
    (
        "民生保障",
        "独居老人冬季取暖困难",
        "联系镇民政办申请取暖补贴",
        "已为12户独居老人发放取暖补贴",
    ),
    ("村务管理", "希望公开村集体冷库租赁合同", "在村务公开栏公开合同主要条款", "已于公开栏公开"),
    ("环境卫生", "2组路灯损坏三盏，晚上出行不便", "报修并更换灯具", ""),
    ("矛盾纠纷", "两户因地界排水问题有争议", "转村调委会调解", ""),
    ("其他", "建议在村委会门口设置休息座椅", "", ""),
)


def add_demo_records(
    session: Session, rng: random.Random, *, years: int, today: date, progress: Progress
) -> None:
    # No progress call: the demo's counter is the roster's, and it must only count up.
    names = [p["name"] for p in roster.list_persons(session, RosterFilter(limit=400))] or ["王明"]
    start = date(today.year - years + 1, 1, 1)
    _catalogue_notices(session, rng, start=start, today=today, names=names)
    _finance(session, rng, start=start, today=today)
    _events(session, rng, start=start, today=today, names=names)
    _open_items(session, rng, today=today, names=names)
    _decisions(session, rng, today=today)
    _issues(session, rng, today=today, names=names)


def _walk(
    session: Session, rng: random.Random, notice: Notice, posted_on: date, today: date
) -> Notice:
    """create → review → approve → post → (archive once publicity has ended).

    A notice that already has an id (a correction draft) is taken as created.
    """
    created = notice if notice.id else notices.create_notice(session, notice)
    notices.submit_for_review(session, created.id)
    reviewed_on = posted_on - timedelta(days=rng.randint(1, 3))
    notices.record_review(
        session,
        created.id,
        reviewer=rng.choice(REVIEWERS),
        opinion="内容属实，同意公开",
        on=reviewed_on,
    )
    posted = notices.post_notice(session, created.id, on=posted_on, board="村务公开栏")
    end = posted.publicity_end()
    if end is not None and end + timedelta(days=3) < today:
        posted = notices.archive_notice(
            session, created.id, on=end + timedelta(days=rng.randint(1, 3))
        )
    return posted


def _catalogue_notices(
    session: Session, rng: random.Random, *, start: date, today: date, names: list[str]
) -> None:
    finance_code = "CW-01"
    profile = session.require_profile()
    for item in catalogue(session):
        frequency = Frequency(item.frequency)
        if frequency is Frequency.EVENT or item.code == finance_code:
            continue
        period = period_of(frequency, start)
        while True:
            due = due_date(item, period)
            assert due is not None
            if due > today:
                break
            first, _last = period_bounds(period)
            if first >= start or frequency is Frequency.YEARLY:
                posted_on = due - timedelta(days=rng.randint(2, 10))
                _walk(session, rng, _catalogue_notice(item, period, profile.name), posted_on, today)
            period = _next(period)


def _next(period: str) -> str:
    _first, last = period_bounds(period)
    frequency = (
        Frequency.QUARTERLY
        if "Q" in period
        else Frequency.MONTHLY
        if "-" in period
        else Frequency.YEARLY
    )
    return period_of(frequency, last + timedelta(days=1))


def _catalogue_notice(item: CatalogueItem, period: str, village: str) -> Notice:
    return Notice(
        category=item.category,
        title=f"{village}{period_label(period)}{item.item}公开",
        body=f"根据{item.legal_basis}，现将{period_label(period)}{item.item}公开如下，请广大村民监督。",
        basis=item.legal_basis,
        catalogue_item=item.code,
        period=period,
        publicity_days=item.publicity_days,
    )


def _finance(session: Session, rng: random.Random, *, start: date, today: date) -> None:
    """Every quarter since ``start`` whose deadline passed; the latest one stays a draft."""
    item = next(i for i in catalogue(session) if i.code == "CW-01")
    quarters = []
    period = period_of(Frequency.QUARTERLY, start)
    while (due := due_date(item, period)) is not None and due <= today:
        quarters.append(period)
        period = _next(period)
    balance = rng.randint(80_000, 160_000) * 100
    for index, period in enumerate(quarters):
        year, quarter = (int(x) for x in period.split("Q"))
        lines = [
            FinanceLine(
                "income", name, rng.randint(5, 90) * 100_00 + rng.randint(0, 99), SUMMARIES[name]
            )
            for name in INCOME_ITEMS
            if name != "投资收益" or quarter == 4
        ] + [
            FinanceLine(
                "expense", name, rng.randint(8, 70) * 100_00 + rng.randint(0, 99), SUMMARIES[name]
            )
            for name in EXPENSE_ITEMS
        ]
        disclosure = FinanceDisclosure(
            year=year,
            quarter=quarter,
            opening_fen=balance,
            review_opinion="经审核，收支真实，票据齐全，同意公开",
            review_members="刘长海、陈玉兰、赵宏",
            prepared_by="村会计 周丽",
            supervision_opinion="同意公开",
        ).with_lines(lines)
        disclosure.closing_fen = disclosure.expected_closing_fen()
        balance = disclosure.closing_fen
        finance.save_finance(session, disclosure)
        notice = finance.make_finance_notice(session, year, quarter)
        if index == len(quarters) - 1:
            continue  # left overdue on purpose: the home page shows it
        due = due_date(item, period)
        assert due is not None
        notices.submit_for_review(session, notice.id)
        posted_on = due - timedelta(days=rng.randint(1, 8))
        notices.record_review(
            session,
            notice.id,
            reviewer=rng.choice(REVIEWERS),
            opinion="经审核，同意公开",
            on=posted_on - timedelta(days=1),
        )
        posted = notices.post_notice(session, notice.id, on=posted_on, board="村务公开栏")
        end = posted.publicity_end()
        if end is not None and end + timedelta(days=3) < today:
            notices.archive_notice(session, notice.id, on=end + timedelta(days=2))


def _events(
    session: Session, rng: random.Random, *, start: date, today: date, names: list[str]
) -> None:
    days = (today - start).days
    for offset in sorted(rng.sample(range(20, max(days - 30, 40)), 14)):
        category, code, title, body = rng.choice(EVENT_NOTICES)
        name = rng.choice(names)
        _walk(
            session,
            rng,
            Notice(
                category=category,
                title=title,
                catalogue_item=code,
                body=body.format(name=name, g=rng.randint(1, 6)),
            ),
            start + timedelta(days=offset),
            today,
        )


def _open_items(session: Session, rng: random.Random, *, today: date, names: list[str]) -> None:
    """A correction, a notice in publicity with an objection, a draft waiting for review."""
    old = _walk(
        session,
        rng,
        Notice(
            category="村务",
            title="村级公益性岗位人员公示",
            body="经研究，聘用以下人员为公益性岗位：保洁员2名、护林员1名。",
        ),
        today - timedelta(days=40),
        today,
    )
    correction = notices.correct_notice(session, old.id)
    fixed = Notice.from_record(
        {
            **correction.to_record(),
            "owner": correction.owner,
            "body": "经研究，聘用以下人员为公益性岗位：保洁员3名、护林员1名（更正：保洁员为3名）。",
        }
    )
    _walk(session, rng, notices.update_notice(session, fixed), today - timedelta(days=30), today)

    current = _walk(
        session,
        rng,
        Notice(
            category="村务",
            title="2026年度低保对象评议结果公示",
            body="经村民代表会议评议，拟将以下5户列为低保对象：……（名单见附件）",
            attachments='["低保评议名单.xlsx"]',
        ),
        today - timedelta(days=3),
        today,
    )
    notices.record_objection(
        session,
        current.id,
        raised_by=rng.choice(names),
        content="认为名单中有一户家庭收入较高，不符合条件",
        raised_on=today - timedelta(days=1),
    )
    answered = notices.record_objection(
        session,
        current.id,
        raised_by=rng.choice(names),
        content="询问评议标准",
        raised_on=today - timedelta(days=2),
    )
    notices.answer_objection(
        session,
        answered.id,
        answer="已向其说明按镇民政办标准评议",
        answered_by="村文书",
        on=today - timedelta(days=1),
    )

    draft = notices.create_notice(
        session,
        Notice(
            category="村务",
            title="冬季村庄环境整治安排",
            body="12月开展村庄清洁行动，各组清理房前屋后柴草堆。",
        ),
    )
    notices.submit_for_review(session, draft.id)
    notices.create_notice(
        session,
        Notice(
            category="党务", title="主题党日活动安排", body="12月主题党日：学习村规民约修订草案。"
        ),
    )


def _decisions(session: Session, rng: random.Random, *, today: date) -> None:
    plans = (
        ("村集体冷库扩建项目", "干部提议", 6, today - timedelta(days=300)),
        ("3组生产路硬化一事一议筹资", "群众建议", 4, today - timedelta(days=60)),
        ("村集体林地流转方案", "上级交办", 2, today - timedelta(days=10)),
    )
    for title, source, upto, first_day in plans:
        decision = decisions.create_decision(
            session,
            Decision(
                title=title,
                source=source,
                summary=f"{title}，按“四议两公开”程序办理。",
                created_on=first_day.isoformat(),
            ),
        )
        held = first_day
        step = 1
        while step <= upto:
            merged = step == 1 and upto == 2
            expected = {1: 5, 2: 9, 3: 46, 4: 35}.get(step, 0)
            present = {1: 5, 2: 9, 3: rng.randint(33, 44), 4: rng.randint(26, 34)}.get(step, 0)
            approve = present - rng.randint(0, 2) if present else 0
            decisions.record_step(
                session,
                DecisionStep(
                    decision_id=decision.id,
                    step=step,
                    merged=int(merged),
                    held_on=held.isoformat(),
                    form={1: "党支部会议", 2: "两委联席会议", 3: "党员大会", 4: "村民代表会议"}.get(
                        step, "公开栏张贴"
                    ),
                    expected=expected,
                    present=present,
                    approve=approve,
                    content=f"{'研究提出' if step == 1 else '讨论'}“{title}”"
                    + (
                        "，决议内容予以公开"
                        if step == 5
                        else "，实施结果予以公开"
                        if step == 6
                        else ""
                    ),
                    remarks="程序合规" if step >= 5 else "",
                ),
            )
            step += 2 if merged else 1
            held += timedelta(days=rng.randint(3, 12))


def _issues(session: Session, rng: random.Random, *, today: date, names: list[str]) -> None:
    for index, (category, content, measures, feedback) in enumerate(ISSUES):
        raised = today - timedelta(days=200 - index * 24)
        item = issue_wall.raise_issue(
            session,
            IssueItem(
                category=category,
                content=content,
                raised_by=rng.choice(names),
                raised_on=raised.isoformat(),
            ),
        )
        if not measures:
            continue
        deadline = raised + timedelta(days=20)
        issue_wall.assign_issue(
            session,
            item.id,
            responsible=rng.choice(("村主任 王建军", "村文书 李娜", "治保主任 孙强")),
            deadline=deadline,
            measures=measures,
        )
        if feedback:
            issue_wall.answer_issue(
                session, item.id, feedback=feedback, on=deadline - timedelta(days=3)
            )
            if index % 2 == 0:
                issue_wall.post_answer(session, item.id, on=deadline)
