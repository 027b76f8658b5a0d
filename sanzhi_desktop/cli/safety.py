"""``sanzhi safety …`` and ``sanzhi print screening|patrols``: 平安 on the command line.

Sweeps (a sweep without ``--finding`` is a 零报告), handling a finding,
the 信访 register, patrols, the safe-village self-check, exports and search.
Findings and petitions are named by the last 8 digits of their id, as the
lists show them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sanzhi_desktop.cli.base import (
    EXIT_OK,
    Registry,
    emit,
    open_existing,
    write_sheet,
)
from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.patrols import SHIFTS, Patrol
from sanzhi_desktop.domain.petitions import (
    CHANNELS,
    SATISFACTION,
    STEP_KINDS,
    Petition,
    PetitionStep,
)
from sanzhi_desktop.domain.record import short_id
from sanzhi_desktop.domain.safe_village import CheckDraft, CheckItem
from sanzhi_desktop.domain.screening import Finding, FindingParty, Handling, Sweep, encode_parties
from sanzhi_desktop.services import (
    patrols,
    petitions,
    safe_village,
    safety_export,
    safety_figures,
    screening,
)
from sanzhi_desktop.services.safety_search import search_safety


def register(registry: Registry) -> None:
    sheet = registry.add_print(
        "screening",
        "the month's dispute screening register (internal, not public)",
        cmd_print_screening,
    )
    sheet.add_argument("--month", required=True, help="YYYY-MM")
    sheet.add_argument("--out", type=Path, required=True)
    log = registry.add_print(
        "patrols", "the month's patrol log (红袖章巡逻记录)", cmd_print_patrols
    )
    log.add_argument("--month", required=True, help="YYYY-MM")
    log.add_argument("--out", type=Path, required=True)

    group = registry.add("safety", "平安: screening, petitions, patrols, safe-village check", None)
    actions = registry.subcommands(group, "safety_command")
    sweep = registry.add_sub(actions, "sweep", "record a sweep (no --finding: 零报告)", cmd_sweep)
    sweep.add_argument("--date", required=True, help="YYYY-MM-DD")
    sweep.add_argument("--by", required=True, help="who swept")
    sweep.add_argument("--area", default="")
    sweep.add_argument(
        "--finding",
        action="append",
        default=[],
        metavar="TYPE/RISK/PARTIES/SUMMARY",
        help="a finding: dispute type / 低|中|高 / names separated by 、 / summary (repeat)",
    )
    findings = registry.add_sub(actions, "findings", "list findings", cmd_findings)
    findings.add_argument("--month", default="", help="YYYY-MM")
    handle = registry.add_sub(actions, "handle", "handle a finding", cmd_handle)
    handle.add_argument("finding", help="the finding's short id")
    how = handle.add_mutually_exclusive_group(required=True)
    how.add_argument("--mediation", action="store_true", help="open a mediation case")
    how.add_argument("--escalate", metavar="NOTE", help="上报镇, with a note")
    how.add_argument("--resolve", metavar="NOTE", help="就地化解, with a note")
    handle.add_argument("--mediator", action="append", default=[], help="mediator id (repeat)")
    handle.add_argument("--on", default="", help="YYYY-MM-DD (default today)")

    petition = registry.add_sub(actions, "petition", "register a petition (信访)", cmd_petition)
    petition.add_argument("--petitioner", required=True)
    petition.add_argument("--matter", required=True)
    petition.add_argument("--date", required=True, help="date received")
    petition.add_argument("--channel", required=True, choices=CHANNELS)
    petition.add_argument("--owner", required=True, help="包案领导")
    petition.add_argument("--deadline", default="", help="default: 60 days after receipt")
    petition.add_argument("--people", type=int, default=1)
    registry.add_sub(actions, "petitions", "list petitions", cmd_petitions)
    step = registry.add_sub(
        actions, "petition-step", "交办/转办/督办 a petition", cmd_petition_step
    )
    step.add_argument("petition")
    step.add_argument("--kind", required=True, choices=STEP_KINDS)
    step.add_argument("--handler", required=True)
    step.add_argument("--on", default="")
    step.add_argument("--note", default="")
    close = registry.add_sub(actions, "petition-close", "close a petition", cmd_petition_close)
    close.add_argument("petition")
    close.add_argument("--result", required=True)
    close.add_argument("--satisfaction", required=True, choices=SATISFACTION)
    close.add_argument("--on", default="")

    patrol = registry.add_sub(actions, "patrol", "record a patrol", cmd_patrol)
    patrol.add_argument("--date", required=True)
    patrol.add_argument("--shift", required=True, choices=SHIFTS)
    patrol.add_argument("--members", required=True, help="names separated by 、")
    patrol.add_argument("--route", required=True)
    patrol.add_argument("--findings", default="")
    patrols_list = registry.add_sub(actions, "patrols", "list patrols", cmd_patrols)
    patrols_list.add_argument("--month", default="")

    check = registry.add_sub(actions, "check", "the year's safe-village self-check", cmd_check)
    check.add_argument("--year", type=int, required=True)
    check.add_argument("--date", required=True, help="date of the self-check")
    check.add_argument(
        "--met", action="append", default=[], metavar="N=EVIDENCE", help="an item met (repeat)"
    )
    stars = registry.add_sub(actions, "stars", "record the stars the town conferred", cmd_stars)
    stars.add_argument("--year", type=int, required=True)
    stars.add_argument("--stars", type=int, required=True)
    stars.add_argument("--date", required=True)

    export = registry.add_sub(actions, "export", "export a list as .xlsx", cmd_export)
    export.add_argument("list", choices=safety_export.KINDS)
    export.add_argument("--period", default="", help="YYYY or YYYY-MM")
    export.add_argument("--out", type=Path, required=True)
    registry.add_sub(actions, "town", "the town's figures per village (town only)", cmd_town)
    items = registry.add_sub(
        actions,
        "set-items",
        "the town replaces the 十有十没有 self-check items it sends (one item a line)",
        cmd_set_items,
    )
    items.add_argument("file", type=Path, help="a UTF-8 text file, one item a line")
    items.add_argument("--village", default="*", help="one village's code (default: all)")
    rhythm = registry.add_sub(
        actions, "set-rhythm", "the town's screening rhythm (half_month or month)", cmd_set_rhythm
    )
    rhythm.add_argument("rhythm", choices=("half_month", "month"))
    find = registry.add_sub(actions, "search", "search findings, petitions and patrols", cmd_search)
    find.add_argument("text")


def cmd_print_screening(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, screening.print_screening(session, args.month))


def cmd_print_patrols(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, patrols.print_patrols(session, args.month))


def _parse_finding(text: str) -> Finding:
    parts = text.split("/", 3)
    if len(parts) != 4:
        raise ValidationError(
            [
                FieldError(
                    "finding",
                    msg(
                        "--finding 应写成“纠纷类型/风险/当事人/简要情况”，"
                        "如“邻里/中/张三、李四/宅基地界线争执”",
                        "--finding must be TYPE/RISK/PARTIES/SUMMARY",
                    ),
                )
            ]
        )
    kind, risk, names, summary = (p.strip() for p in parts)
    parties = [FindingParty(n.strip()) for n in names.split("、") if n.strip()]
    return Finding(
        found_date="",
        dispute_type=kind,
        summary=summary,
        risk=risk,
        parties=encode_parties(parties),
    )


def cmd_sweep(args: argparse.Namespace) -> int:
    findings = [_parse_finding(f) for f in args.finding]
    with open_existing(args) as session:
        sweep = screening.record_sweep(
            session, Sweep(sweep_date=args.date, swept_by=args.by, area=args.area), findings
        )
    text = (
        msg(f"已记录{sweep.sweep_date}的排查：零报告", "Sweep recorded: nil return")
        if sweep.nil_return
        else msg(f"已记录{sweep.sweep_date}的排查：发现{len(findings)}件", "Sweep recorded")
    )
    emit(args, {"id": sweep.id, "period": sweep.period, "nil_return": sweep.nil_return}, text)
    return EXIT_OK


def cmd_findings(args: argparse.Namespace) -> int:
    since, until = safety_export.date_range(args.month)
    with open_existing(args) as session:
        found = screening.list_findings(session, since=since, until=until)
    lines = [
        f"{short_id(f.id)}  {f.found_date}  {f.risk}  {f.dispute_type}  "
        f"{Handling(f.handling).label}  {f.summary[:30]}"
        for f in found
    ]
    emit(
        args,
        [{**f.to_record(), "parties": [p.name for p in f.party_list]} for f in found],
        "\n".join(lines) or msg("没有排查发现", "No findings"),
    )
    return EXIT_OK


def cmd_handle(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        finding_id = screening.find_id(session, "screening_findings", args.finding)
        if args.mediation:
            finding, case = screening.send_to_mediation(
                session, finding_id, on=args.on, mediator_ids=args.mediator
            )
            text = msg(f"已转人民调解，案件卷号{case.dossier_no}", f"Case {case.dossier_no} opened")
        elif args.escalate:
            finding = screening.escalate_finding(
                session, finding_id, on=args.on, note=args.escalate
            )
            text = msg("已上报镇", "Escalated to the town")
        else:
            finding = screening.resolve_finding(session, finding_id, on=args.on, note=args.resolve)
            text = msg("已记录就地化解", "Recorded as settled on the spot")
    emit(args, {"id": finding.id, "handling": finding.handling, "case_id": finding.case_id}, text)
    return EXIT_OK


def cmd_petition(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        petition = petitions.register_petition(
            session,
            Petition(
                petitioner=args.petitioner,
                matter=args.matter,
                received_date=args.date,
                channel=args.channel,
                case_owner=args.owner,
                deadline=args.deadline,
                people=args.people,
            ),
        )
    emit(
        args,
        {"id": petition.id, "deadline": petition.deadline},
        msg(
            f"已登记信访 {short_id(petition.id)}，办理期限{petition.deadline}",
            f"Petition {short_id(petition.id)} registered, due {petition.deadline}",
        ),
    )
    return EXIT_OK


def cmd_petitions(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        found = petitions.list_petitions(session)
    lines = [
        f"{short_id(p.id)}  {p.received_date}  {'办理中' if p.is_open else '已办结'}  "
        f"期限{p.deadline}  包案：{p.case_owner}  {p.matter[:30]}"
        for p in found
    ]
    emit(args, [p.to_record() for p in found], "\n".join(lines) or msg("没有信访记录", "None"))
    return EXIT_OK


def cmd_petition_step(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        pid = screening.find_id(session, "petitions", args.petition)
        step = petitions.add_step(
            session,
            PetitionStep(
                petition_id=pid,
                kind=args.kind,
                step_date=args.on,
                handler=args.handler,
                note=args.note,
            ),
        )
    emit(args, step.to_record(), msg(f"已记录{step.kind}", f"Recorded: {step.kind}"))
    return EXIT_OK


def cmd_petition_close(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        pid = screening.find_id(session, "petitions", args.petition)
        petition = petitions.close_petition(
            session, pid, on=args.on, result=args.result, satisfaction=args.satisfaction
        )
    emit(args, petition.to_record(), msg("信访已办结", "Petition closed"))
    return EXIT_OK


def cmd_patrol(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        patrol = patrols.record_patrol(
            session,
            Patrol(
                patrol_date=args.date,
                shift=args.shift,
                members=args.members,
                route=args.route,
                findings=args.findings,
            ),
        )
    emit(
        args,
        patrol.to_record(),
        msg(f"已记录{patrol.patrol_date}{patrol.shift}", "Patrol recorded"),
    )
    return EXIT_OK


def cmd_patrols(args: argparse.Namespace) -> int:
    since, until = safety_export.date_range(args.month)
    with open_existing(args) as session:
        found = patrols.list_patrols(session, since=since, until=until)
    lines = [f"{short_id(p.id)}  {p.patrol_date}  {p.shift}  {p.members}  {p.route}" for p in found]
    emit(args, [p.to_record() for p in found], "\n".join(lines) or msg("没有巡逻记录", "None"))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    answers: dict[int, CheckItem] = {}
    for text in args.met:
        number, _, evidence = text.partition("=")
        if not number.strip().isdigit():
            raise ValidationError(
                [FieldError("met", msg("--met 应写成“序号=佐证材料”", "--met must be N=EVIDENCE"))]
            )
        answers[int(number)] = CheckItem(int(number), "", True, evidence.strip())
    with open_existing(args) as session:
        check = safe_village.save_check(
            session, CheckDraft(year=args.year, checked_date=args.date, answers=answers)
        )
    emit(
        args,
        {"year": check.year, "met": check.met_count, "items": len(check.item_list)},
        msg(
            f"{check.year}年平安村自查：达标{check.met_count}项，共{len(check.item_list)}项",
            f"{check.year}: {check.met_count} of {len(check.item_list)} items met",
        ),
    )
    return EXIT_OK


def cmd_stars(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        check = safe_village.record_conferred_stars(
            session, args.year, stars=args.stars, conferred_date=args.date
        )
    emit(
        args,
        {"year": check.year, "stars": check.stars_conferred},
        msg(f"已记录镇授予{check.stars_conferred}星", f"{check.stars_conferred} stars recorded"),
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        count = safety_export.export_xlsx(session, args.list, args.out, period=args.period)
    emit(
        args,
        {"path": str(args.out), "rows": count},
        msg(f"已导出{count}行：{args.out}", f"{count} rows"),
    )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        hits = search_safety(session, args.text)
    lines = [f"{h.kind}  {short_id(h.record_id)}  {h.highlighted()}" for h in hits]
    emit(
        args,
        [{"kind": h.kind, "id": h.record_id, "snippet": h.snippet} for h in hits],
        "\n".join(lines) or msg("没有找到", "Nothing found"),
    )
    return EXIT_OK


def cmd_town(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        rows = safety_figures.village_figures(session)
    lines = []
    for v in rows:
        cover = v.credit
        risks = "、".join(f"{k}{n}" for k, n in sorted(v.findings_by_risk.items())) or "无"
        check = f"{v.check_year}年达标{v.check_met}/{v.check_items}" if v.check_year else "未自查"
        lines.append(
            f"{v.name}：按时排查{v.periods_swept}/{v.periods_due}期，零报告{v.nil_return_pct}%，"
            f"发现纠纷（{risks}），信访在办{v.petitions_open}件、超期{v.petitions_overdue}件，"
            f"本月巡逻{v.patrols_this_month}次，平安村自查{check}，"
            f"信用建档{cover.filed_pct if cover else 0}%、评级{cover.rated_pct if cover else 0}%"
        )
    emit(
        args,
        [
            {
                "code": v.code,
                "name": v.name,
                "periods_due": v.periods_due,
                "periods_swept": v.periods_swept,
                "nil_return_pct": v.nil_return_pct,
                "findings_by_risk": v.findings_by_risk,
                "petitions_open": v.petitions_open,
                "petitions_overdue": v.petitions_overdue,
                "patrols_this_month": v.patrols_this_month,
                "credit_filed_pct": v.credit.filed_pct if v.credit else 0,
                "credit_rated_pct": v.credit.rated_pct if v.credit else 0,
                "credit_by_grade": v.credit.by_grade if v.credit else {},
            }
            for v in rows
        ],
        "\n".join(lines) or msg("还没有登记任何村", "No villages enrolled"),
    )
    return EXIT_OK


def cmd_set_items(args: argparse.Namespace) -> int:
    """The town's own 十有十没有 items replace the shipped default in its next sync files."""
    from sanzhi_desktop.services import safety_catalogues

    try:
        lines = Path(args.file).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            [FieldError("file", msg(f"读不了{args.file}：请用UTF-8文本文件，每行一项", str(exc)))]
        ) from exc
    with open_existing(args) as session:
        count = safety_catalogues.set_town_safe_items(session, lines, addressee=args.village)
    emit(
        args,
        {"items": count, "addressee": args.village},
        msg(
            f"已设置{count}项平安村自查项目，将随下次同步文件发给"
            + ("各村" if args.village == "*" else args.village),
            f"{count} items set",
        ),
    )
    return EXIT_OK


def cmd_set_rhythm(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import safety_catalogues

    with open_existing(args) as session:
        safety_catalogues.set_town_setting(session, safety_catalogues.RHYTHM_KEY, args.rhythm)
    label = "每半月" if args.rhythm == "half_month" else "每月"
    emit(args, {"rhythm": args.rhythm}, msg(f"排查周期已设为{label}", f"Rhythm: {args.rhythm}"))
    return EXIT_OK
