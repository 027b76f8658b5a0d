"""``sanzhi print law|law-honours|constitution`` and ``sanzhi law …``: the 法治 ledger.

People are named as a clerk knows them: an attendee by name (looked up on
the 学法 list first, then in the roster), a household by its 户号. A name
that fits two villagers is refused with the list of who it could be.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from sanzhi_desktop.cli.base import (
    EXIT_OK,
    Registry,
    emit,
    open_existing,
    write_sheet,
)
from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.law import SESSION_FORMS, Attendee, Learner, StudySession
from sanzhi_desktop.domain.law_duties import SEVEN_AUDIENCES, Activity, period_label
from sanzhi_desktop.domain.law_registers import (
    SERVICE_POINTS,
    SIX_NIL_ITEMS,
    TITLE_LEVELS,
    ConstitutionVisit,
    Honour,
    HonourKind,
    HonourStatus,
    Site,
    SixNilCheck,
    VillageTitle,
    percent_text,
    total_coverage,
)
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.services import (
    law,
    law_figures,
    law_print,
    law_publicity,
    law_registers,
    roster,
)
from sanzhi_desktop.services.session import Session


def register(registry: Registry) -> None:
    for name, text, handler in (
        ("law", "the year's 学法普法台账 (sessions, counts, 普法)", cmd_print_ledger),
        (
            "law-honours",
            "公示 of 法治带头人, 法律明白人 and 示范户 named in a year",
            cmd_print_honours,
        ),
        ("constitution", "宪法入户 coverage by villager group", cmd_print_coverage),
    ):
        sheet = registry.add_print(name, text, handler)
        sheet.add_argument("--year", type=int, required=True)
        sheet.add_argument("--out", type=Path, required=True)
    group = registry.add("law", "the 法治 ledger: 学法, 普法, 宪法入户, registers, 六无村", None)
    actions = registry.subcommands(group, "law_command")
    registry.add_sub(actions, "learners", "the 学法 list of cadres and backbones", cmd_learners)
    learner = registry.add_sub(
        actions, "add-learner", "put a cadre or backbone villager on the list", cmd_add_learner
    )
    learner.add_argument("--name", required=True, help="linked to the roster when one fits")
    learner.add_argument("--category", choices=("cadre", "backbone"), required=True)
    learner.add_argument("--post", default="", help="e.g. 村委会委员")
    sessions = registry.add_sub(actions, "sessions", "学法 sessions of a year", cmd_sessions)
    sessions.add_argument("--year", type=int)
    add = registry.add_sub(actions, "add-session", "record a 学法 session", cmd_add_session)
    add.add_argument("--date", required=True)
    add.add_argument("--form", choices=SESSION_FORMS, required=True)
    add.add_argument("--topic", required=True)
    add.add_argument("--lecturer", default="")
    add.add_argument("--audience", default="村干部", help="村干部, 村民骨干 or 村民")
    add.add_argument("--hours", type=float, required=True)
    add.add_argument("--attendee", action="append", default=[], help="a name (repeat)")
    add.add_argument("--score", action="append", default=[], help="NAME=SCORE for an exam")
    add.add_argument("--material", action="append", default=[], help="a file name (repeat)")
    counts = registry.add_sub(actions, "counts", "each learner's sessions vs target", cmd_counts)
    counts.add_argument("--year", type=int, required=True)
    acts = registry.add_sub(actions, "activities", "普法 activities of a year", cmd_activities)
    acts.add_argument("--year", type=int)
    act = registry.add_sub(actions, "add-activity", "record a 普法 activity", cmd_add_activity)
    act.add_argument("--date", required=True)
    act.add_argument("--audience", choices=SEVEN_AUDIENCES, required=True)
    act.add_argument("--topic", required=True)
    act.add_argument("--form", default="集中宣讲")
    act.add_argument("--organiser", default="")
    act.add_argument("--participants", type=int, default=0)
    act.add_argument("--duty", default="", help="the duty code it fulfils, e.g. PF-01")
    duties = registry.add_sub(actions, "duties", "the 普法责任清单 and its state", cmd_duties)
    duties.add_argument("--year", type=int, required=True)
    cov = registry.add_sub(actions, "coverage", "宪法入户 coverage by group", cmd_coverage)
    cov.add_argument("--year", type=int, required=True)
    visit = registry.add_sub(actions, "visit", "record a household's 宪法入户", cmd_visit)
    visit.add_argument("--household", required=True, help="户号, e.g. 0101")
    visit.add_argument("--year", type=int, required=True)
    visit.add_argument("--date", required=True)
    visit.add_argument("--by", required=True, help="who visited")
    honours = registry.add_sub(actions, "honours", "the three registers", cmd_honours)
    honours.add_argument("--year", type=int)
    honour = registry.add_sub(actions, "add-honour", "name someone to a register", cmd_add_honour)
    honour.add_argument("--kind", choices=[k.value for k in HonourKind], required=True)
    honour.add_argument("--household", required=True, help="户号")
    honour.add_argument("--person", default="", help="name in that household (not for 示范户)")
    honour.add_argument("--year", type=int, required=True)
    honour.add_argument("--basis", required=True)
    six = registry.add_sub(actions, "six-nil", "the 六无村 check of a year", cmd_six_nil)
    six.add_argument("--year", type=int, required=True)
    check = registry.add_sub(
        actions, "self-check", "save the year's 六无村 self-check", cmd_self_check
    )
    check.add_argument("--year", type=int, required=True)
    check.add_argument("--date", required=True, help="day of the check")
    check.add_argument("--by", required=True, help="who checked")
    check.add_argument("--met", action="append", default=[], help="ITEM=EVIDENCE (repeat)")
    check.add_argument("--not-met", action="append", default=[], help="ITEM=NOTE (repeat)")
    registry.add_sub(actions, "sites", "法治阵地 and the service checklist", cmd_sites)
    site = registry.add_sub(actions, "add-site", "add a 法治阵地", cmd_add_site)
    site.add_argument("--name", required=True)
    site.add_argument("--area", type=int, required=True, help="outdoor area in m²")
    site.add_argument("--service", action="append", default=[], choices=SERVICE_POINTS)
    site.add_argument("--built-on", default="")
    title = registry.add_sub(actions, "title", "record the 民主法治示范村 title", cmd_title)
    title.add_argument("--level", choices=TITLE_LEVELS, required=True)
    title.add_argument("--year", type=int, required=True)
    search = registry.add_sub(actions, "search", "search topics and names", cmd_search)
    search.add_argument("text")
    export = registry.add_sub(actions, "export", "one 法治 list as .xlsx", cmd_export)
    export.add_argument("list", choices=law_figures.LIST_NAMES)
    export.add_argument("--year", type=int, required=True)
    export.add_argument("--out", type=Path, required=True)
    duties_set = registry.add_sub(
        actions, "set-duties", "in a town: send its villages a new 普法责任清单", cmd_set_duties
    )
    duties_set.add_argument("--file", type=Path, required=True, help="JSON like the default")
    town = registry.add_sub(actions, "town", "the town's 法治 figures per village", cmd_town)
    town.add_argument("--year", type=int, required=True)


# --- print ------------------------------------------------------------------------------


def cmd_print_ledger(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, law_print.print_ledger(session, args.year))


def cmd_print_honours(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, law_print.print_honours(session, args.year))


def cmd_print_coverage(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, law_print.print_coverage(session, args.year))


# --- lookups ----------------------------------------------------------------------------


def _persons_named(session: Session, name: str) -> list[dict[str, Any]]:
    rows = roster.list_persons(session, RosterFilter(text=name))
    return [r for r in rows if r["name"] == name]


def _refuse(field: str, zh: str, en: str) -> ValidationError:
    return ValidationError([FieldError(field, msg(zh, en))])


def _attendee(session: Session, name: str, learners: list[Learner]) -> Attendee:
    on_list = [x for x in learners if x.name == name and x.active]
    if len(on_list) == 1:
        return Attendee(name=name, learner_id=on_list[0].id)
    people = _persons_named(session, name)
    if len(people) == 1:
        return Attendee(name=name, person_id=people[0]["id"])
    if not people and not on_list:
        raise _refuse("attendee", f"学法名单和村民档案里都没有“{name}”", f"No one named {name}")
    where = "、".join(f"{p['group_no']}组{p['household_no']}户" for p in people)
    raise _refuse("attendee", f"有多位“{name}”（{where}），请先把本人加入学法名单", "Ambiguous")


def _household(session: Session, number: str) -> dict[str, Any]:
    for row in roster.list_households(session):
        if row["household_no"] == number.strip():
            return row
    raise _refuse("household", f"没有户号为{number}的户", f"No household {number}")


def _table(args: argparse.Namespace, rows: list[dict[str, Any]], lines: list[str]) -> int:
    emit(args, rows, "\n".join(lines) if lines else msg("（无）", "(none)"))
    return EXIT_OK


# --- 学法 -------------------------------------------------------------------------------


def cmd_learners(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        learners = law.list_learners(session)
    return _table(
        args,
        [x.to_record() for x in learners],
        [
            f"{x.name}\t{x.category_label}\t{x.post}\t{'在册' if x.active else '已离任'}"
            for x in learners
        ],
    )


def cmd_add_learner(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        people = _persons_named(session, args.name.strip())
        person_id = people[0]["id"] if len(people) == 1 else ""
        made = law.add_learner(
            session,
            Learner(name=args.name, category=args.category, post=args.post, person_id=person_id),
        )
    linked = msg("（已关联村民档案）", " (linked to the roster)") if person_id else ""
    emit(args, made.to_record(), msg(f"已加入学法名单：{made.name}{linked}", f"Added {made.name}"))
    return EXIT_OK


def cmd_sessions(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        sessions = law.list_sessions(session, year=args.year)
    return _table(
        args,
        [
            {**s.to_record(), "attendees": [a.to_json() for a in s.attendee_list()]}
            for s in sessions
        ],
        [
            f"{s.held_on}\t{s.form}\t{s.topic}\t{s.lecturer}\t{len(s.attendee_list())}人"
            for s in sessions
        ],
    )


def _scores(values: list[str]) -> dict[str, int]:
    scores = {}
    for value in values:
        name, _, score = value.partition("=")
        if not score.strip().isdigit():
            raise _refuse("score", f"成绩应写成“姓名=90”：{value}", f"Write NAME=SCORE: {value}")
        scores[name.strip()] = int(score)
    return scores


def cmd_add_session(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        learners = law.list_learners(session)
        scores = _scores(args.score)
        unknown = set(scores) - {n.strip() for n in args.attendee}
        if unknown:
            raise _refuse(
                "score", f"{'、'.join(unknown)}不在参加人员中", "Score for a non-attendee"
            )
        attendees = [
            replace(_attendee(session, n.strip(), learners), score=scores.get(n.strip()))
            for n in args.attendee
        ]
        made = law.record_session(
            session,
            StudySession(
                held_on=args.date,
                form=args.form,
                topic=args.topic,
                lecturer=args.lecturer,
                audience=args.audience,
                hours=args.hours,
            ),
            attendees=attendees,
            materials=args.material,
        )
    emit(
        args,
        made.to_record(),
        msg(
            f"已记录学法：{made.held_on} {made.topic}（{len(made.attendee_list())}人参加）",
            f"Recorded: {made.held_on} {made.topic}",
        ),
    )
    return EXIT_OK


def cmd_counts(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        counts = law.learner_counts(session, args.year)
    return _table(
        args,
        [
            {
                "name": c.learner.name,
                "category": c.learner.category,
                "attended": c.attended,
                "target": c.target,
                "met": c.met,
                "scores": list(c.scores),
            }
            for c in counts
        ],
        [
            f"{c.learner.name}\t{c.learner.category_label}\t{c.attended}/{c.target}次\t"
            + ("达标" if c.met else f"差{c.short}次")
            for c in counts
        ],
    )


# --- 普法 -------------------------------------------------------------------------------


def cmd_activities(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        activities = law_publicity.list_activities(session, year=args.year)
    return _table(
        args,
        [a.to_record() for a in activities],
        [f"{a.held_on}\t{a.audience}\t{a.topic}\t{a.duty_code}" for a in activities],
    )


def cmd_add_activity(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        made = law_publicity.record_activity(
            session,
            Activity(
                held_on=args.date,
                audience=args.audience,
                topic=args.topic,
                form=args.form,
                organiser=args.organiser,
                participants=args.participants,
                duty_code=args.duty,
            ),
        )
    emit(args, made.to_record(), msg(f"已记录普法活动：{made.topic}", f"Recorded {made.topic}"))
    return EXIT_OK


def cmd_duties(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        statuses = law_publicity.duty_status(session, args.year)
    return _table(
        args,
        [
            {"code": s.duty.code, "period": s.period, "due": s.due.isoformat(), "state": s.state}
            for s in statuses
        ],
        [
            f"{s.duty.code}\t{s.duty.duty}\t{period_label(s.period)}\t{s.state.label}"
            for s in statuses
        ],
    )


# --- 宪法入户 and the registers -----------------------------------------------------------


def cmd_coverage(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        groups = law_registers.coverage(session, args.year)
    total = total_coverage(groups)
    rows = [{"group": g.group_no, "households": g.households, "reached": g.reached} for g in groups]
    lines = [
        f"{g.group_no}组\t{g.reached}/{g.households}户\t{percent_text(g.percent)}" for g in groups
    ]
    lines.append(f"合计\t{total.reached}/{total.households}户\t{percent_text(total.percent)}")
    return _table(args, rows, lines)


def cmd_visit(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        household = _household(session, args.household)
        law_registers.record_visit(
            session,
            ConstitutionVisit(
                household_id=household["id"],
                year=args.year,
                reached_on=args.date,
                reached_by=args.by,
            ),
        )
    emit(
        args,
        {"household_no": household["household_no"], "year": args.year},
        msg(f"已记录宪法入户：{household['head_name']}户", "Visit recorded"),
    )
    return EXIT_OK


def cmd_honours(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        honours = law_registers.list_honours(session, year=args.year)
    return _table(
        args,
        [h.to_record() for h in honours],
        [
            f"{HonourKind(h.kind).label}\t{h.name}\t{h.group_no}组\t{h.year}\t"
            f"{HonourStatus(h.status).label}"
            for h in honours
        ],
    )


def cmd_add_honour(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        household = _household(session, args.household)
        person_id = ""
        if args.person:
            people = [
                p
                for p in _persons_named(session, args.person)
                if p["household_id"] == household["id"]
            ]
            if not people:
                raise _refuse("person", f"{args.household}户里没有“{args.person}”", "Not there")
            person_id = people[0]["id"]
        made = law_registers.name_honour(
            session,
            Honour(
                kind=args.kind,
                household_id=household["id"],
                person_id=person_id,
                year=args.year,
                basis=args.basis,
            ),
        )
    emit(
        args,
        made.to_record(),
        msg(f"已列入{HonourKind(made.kind).label}名册：{made.name}", f"Added {made.name}"),
    )
    return EXIT_OK


def cmd_six_nil(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        result = law_registers.six_nil(session, args.year)
    lines = [
        f"{i.label}\t{'达标' if i.met else '未达标'}\t{i.evidence}\t{i.note}" for i in result.items
    ]
    if not result.checked:
        lines.insert(0, msg(f"{args.year}年度尚未自查", f"No check for {args.year}"))
    return _table(
        args,
        [{"code": i.code, "met": i.met, "evidence": i.evidence} for i in result.items],
        lines,
    )


def _items(values: list[str], met: bool, into: dict[str, dict[str, Any]]) -> None:
    labels = {label: code for code, label in SIX_NIL_ITEMS}
    codes = set(labels.values())
    for value in values:
        item, _, text = value.partition("=")
        code = labels.get(item.strip(), item.strip())
        if code not in codes:
            raise _refuse(
                "items", f"没有这一项：{item}（可选：{'、'.join(labels)}）", "No such item"
            )
        into[code] = {"met": met, "evidence" if met else "note": text.strip()}


def cmd_self_check(args: argparse.Namespace) -> int:
    items: dict[str, dict[str, Any]] = {}
    _items(args.met, True, items)
    _items(args.not_met, False, items)
    with open_existing(args) as session:
        result = law_registers.save_six_nil(
            session,
            SixNilCheck(
                year=args.year,
                items=json.dumps(items, ensure_ascii=False),
                checked_on=args.date,
                checked_by=args.by,
            ),
        )
    emit(
        args,
        {"year": result.year, "met": result.met, "met_count": result.met_count},
        msg(f"已保存{result.year}年六无村自查：{result.met_count}/6项达标", "Saved"),
    )
    return EXIT_OK


def cmd_sites(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        sites = law_registers.list_sites(session)
        summary = law_registers.sites_summary(session)
    lines = [f"{s.name}\t{s.outdoor_area_m2}平方米\t{'、'.join(s.service_list())}" for s in sites]
    lines.append(f"合计室外面积{summary.area_m2}平方米（目标不少于300）")
    if summary.missing_services:
        lines.append(f"尚缺：{'、'.join(summary.missing_services)}")
    return _table(args, [s.to_record() for s in sites], lines)


def cmd_add_site(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        made = law_registers.save_site(
            session,
            Site(name=args.name, outdoor_area_m2=args.area, built_on=args.built_on),
            services=args.service,
        )
    emit(args, made.to_record(), msg(f"已添加法治阵地：{made.name}", f"Added {made.name}"))
    return EXIT_OK


def cmd_title(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        made = law_registers.record_title(session, VillageTitle(level=args.level, year=args.year))
    emit(
        args,
        made.to_record(),
        msg(f"已记录{made.year}年{made.level}民主法治示范村", "Title recorded"),
    )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        hits = law_figures.search_law(session, args.text)
    return _table(
        args,
        [{"table": h.table, "id": h.record_id, "title": h.title} for h in hits],
        [f"{h.kind}\t{h.title}\t{h.highlighted()}" for h in hits],
    )


def cmd_export(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        count = law_figures.export_list(session, args.list, args.year, args.out)
    emit(
        args,
        {"path": str(args.out), "rows": count},
        msg(f"已导出{count}行：{args.out}", f"Exported {count} rows to {args.out}"),
    )
    return EXIT_OK


def cmd_set_duties(args: argparse.Namespace) -> int:
    duties = law_publicity.read_duty_file(args.file)
    with open_existing(args) as session:
        count = law_publicity.replace_town_duties(session, duties)
    emit(
        args,
        {"duties": count},
        msg(
            f"已设置普法责任清单（{count}项），下次导出同步文件时发给各村",
            f"Duty list set ({count}); it goes out with the next sync files",
        ),
    )
    return EXIT_OK


def cmd_town(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        figures = law_figures.town_law_figures(session, args.year)
    rows = [
        {
            "code": f.code,
            "name": f.name,
            "sessions": f.sessions,
            "learners_met": f.learners_met,
            "learners": f.learners,
            "coverage_percent": round(f.coverage_percent, 1),
            "law_leaders": f.law_leaders,
            "law_savvy": f.law_savvy,
            "model_households": f.model_households,
            "six_nil": f.six_nil_text,
        }
        for f in figures
    ]
    lines = [
        f"{f.name}\t学法{f.sessions}次\t达标{f.learners_met}/{f.learners}人\t"
        f"宪法入户{law_figures.coverage_text(f)}\t带头人{f.law_leaders}\t明白人{f.law_savvy}\t"
        f"示范户{f.model_households}\t六无：{f.six_nil_text}"
        for f in figures
    ]
    emit(args, rows, "\n".join(lines) if lines else json.dumps([]))
    return EXIT_OK
