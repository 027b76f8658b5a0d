"""``sanzhi party …`` and ``sanzhi print party-…``: the 党建 records from the command line.

The three sheets of issue 18 (承诺公示, the quarter's points table, the
三会一课 register), the lists a clerk needs (members, meetings, the year's
status against the plan), and the everyday entries (a member, a meeting, a
pledge, points, a review). Members and people are named as in the roster.
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
from sanzhi_desktop.domain.party import MemberStatus, PartyMember
from sanzhi_desktop.domain.party_meetings import MeetingKind, PartyMeeting
from sanzhi_desktop.domain.party_points import ReviewGrade, ReviewResult
from sanzhi_desktop.domain.record import short_id
from sanzhi_desktop.services import (
    party,
    party_export,
    party_meetings,
    party_points,
    party_targets,
    party_town,
)

#: Kinds of meeting as a clerk may type them: the code or the Chinese name.
KIND_NAMES = {**{k.value: k for k in MeetingKind}, **{
    "支部党员大会": MeetingKind.GENERAL, "党员大会": MeetingKind.GENERAL,
    "支委会": MeetingKind.COMMITTEE, "党小组会": MeetingKind.GROUP,
    "党课": MeetingKind.LECTURE, "主题党日": MeetingKind.THEME_DAY,
}}  # fmt: skip
GRADE_NAMES = {**{g.value: g for g in ReviewGrade}, **{
    "优秀": ReviewGrade.EXCELLENT, "合格": ReviewGrade.QUALIFIED,
    "基本合格": ReviewGrade.BASIC, "不合格": ReviewGrade.UNQUALIFIED,
}}  # fmt: skip


def register(registry: Registry) -> None:
    pledges = registry.add_print("party-pledges", "the year's 党员承诺公示", cmd_print_pledges)
    pledges.add_argument("--year", type=int, required=True)
    pledges.add_argument("--out", type=Path, required=True)
    points = registry.add_print(
        "party-points", "the quarter's party-member points table", cmd_print_points
    )
    points.add_argument("--year", type=int, required=True)
    points.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), required=True)
    points.add_argument("--out", type=Path, required=True)
    meetings = registry.add_print(
        "party-meetings", "the year's 三会一课 register", cmd_print_meetings
    )
    meetings.add_argument("--year", type=int, required=True)
    meetings.add_argument("--out", type=Path, required=True)

    group = registry.add("party", "党建: party members, meetings, pledges, points, targets", None)
    actions = registry.subcommands(group, "party_command")
    listing = registry.add_sub(actions, "members", "list the party members", cmd_members)
    listing.add_argument("--on", default=None, help="members on this day (default today)")
    add = registry.add_sub(actions, "add-member", "put a person of the roster on it", cmd_add)
    add.add_argument("name", help="the person's name as in the roster")
    add.add_argument("--joined", required=True, help="入党日期 YYYY-MM-DD")
    add.add_argument("--probation", action="store_true", help="预备党员")
    add.add_argument("--flowing", default="", help="流动党员: where the member works away")
    mlist = registry.add_sub(actions, "meetings", "list a year's meetings", cmd_meetings)
    mlist.add_argument("--year", type=int, required=True)
    meet = registry.add_sub(actions, "add-meeting", "record a meeting held", cmd_add_meeting)
    meet.add_argument(
        "--kind", required=True, help="主题党日, 党课, 支委会, 党小组会, 支部党员大会"
    )
    meet.add_argument("--date", required=True)
    meet.add_argument("--topic", required=True)
    meet.add_argument("--host", default="")
    meet.add_argument("--absent", nargs="*", default=[], help="names of members absent")
    pledge = registry.add_sub(actions, "pledge", "a member's pledges for a year", cmd_pledge)
    pledge.add_argument("member")
    pledge.add_argument("--year", type=int, required=True)
    pledge.add_argument("--text", required=True)
    pts = registry.add_sub(actions, "add-points", "points by a rule", cmd_add_points)
    pts.add_argument("member")
    pts.add_argument("--rule", required=True, help="rule code, e.g. P03")
    pts.add_argument("--approved-by", required=True)
    pts.add_argument("--date", default="")
    review = registry.add_sub(actions, "review", "a member's 民主评议 result", cmd_review)
    review.add_argument("member")
    review.add_argument("--year", type=int, required=True)
    review.add_argument("--date", required=True)
    review.add_argument(
        "--votes", type=int, nargs=4, required=True, metavar=("优秀", "合格", "基本合格", "不合格")
    )
    review.add_argument("--grade", default="", help="default: what the votes point to")
    status = registry.add_sub(actions, "status", "the year against the plan's targets", cmd_status)
    status.add_argument("--year", type=int, required=True)
    export = registry.add_sub(actions, "export", "save a 党建 list as .xlsx", cmd_export)
    export.add_argument("--what", choices=sorted(party_export.TABLES), required=True)
    export.add_argument("--year", type=int, required=True)
    export.add_argument("--out", type=Path, required=True)
    town = registry.add_sub(actions, "town", "(town) every village's 党建 figures", cmd_town)
    town.add_argument("--year", type=int, default=None)


def cmd_print_pledges(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, party_points.print_pledges(session, args.year))


def cmd_print_points(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, party_points.print_points(session, args.year, args.quarter))


def cmd_print_meetings(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, party_meetings.print_meetings_register(session, args.year))


def cmd_members(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        members = party.list_members(session, on=args.on)
        data = [
            {"id": m.id, "name": m.name, "group_no": m.group_no, "status": m.status,
             "joined_date": m.joined_date, "flowing": bool(m.flowing)}
            for m in members
        ]  # fmt: skip
        text = "\n".join(
            f"{short_id(m.id)}  {m.name}  {m.group_no}组  {m.status_label}  入党{m.joined_date}"
            + (f"  流动（{m.flow_place}）" if m.flowing else "")
            for m in members
        )
        summary = msg(f"共{len(members)}名党员", f"{len(members)} members")
        emit(args, data, f"{text}\n{summary}" if text else msg("还没有党员", "No members"))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        member = party.add_member(
            session,
            PartyMember(
                person_id=party.find_person(session, args.name),
                status=(MemberStatus.PROBATION if args.probation else MemberStatus.FULL).value,
                joined_date=args.joined,
                flowing=int(bool(args.flowing)),
                flow_place=args.flowing,
            ),
        )
        emit(args, {"id": member.id}, msg(f"已登记党员{member.name}", f"Added {member.name}"))
    return EXIT_OK


def cmd_meetings(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        meetings = party_meetings.list_meetings(session, year=args.year)
        data = [
            {"id": m.id, "kind": m.kind, "held_on": m.held_on, "topic": m.topic,
             "expected": m.expected, "present": m.present}
            for m in meetings
        ]  # fmt: skip
        text = "\n".join(
            f"{m.held_on}  {m.kind_label}  {m.topic}  应到{m.expected} 实到{m.present}"
            for m in meetings
        )
        missed = [
            x.text for x in party_meetings.missed_meetings(session)
            if x.period.startswith(str(args.year))
        ]  # fmt: skip
        if missed:
            text += "\n" + msg("未按期召开：", "Missed: ") + "；".join(missed)
        emit(args, data, text.strip() or msg("这一年没有会议记录", "No meetings that year"))
    return EXIT_OK


def cmd_add_meeting(args: argparse.Namespace) -> int:
    kind = KIND_NAMES.get(args.kind.strip())
    if kind is None:
        raise ValidationError(
            [FieldError("kind", msg(f"没有这种会议：{args.kind}", f"Unknown kind: {args.kind}"))]
        )
    with open_existing(args) as session:
        absent = {party.find_member(session, name).id for name in args.absent}
        present = [m.id for m in party.list_members(session, on=args.date) if m.id not in absent]
        meeting = party_meetings.record_meeting(
            session,
            PartyMeeting(kind=kind.value, held_on=args.date, topic=args.topic, host=args.host),
            present,
        )
        emit(
            args,
            {"id": meeting.id, "expected": meeting.expected, "present": meeting.present},
            msg(
                f"已登记{meeting.kind_label}：应到{meeting.expected}人，实到{meeting.present}人",
                f"Recorded: {meeting.present} of {meeting.expected} present",
            ),
        )
    return EXIT_OK


def cmd_pledge(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        member = party.find_member(session, args.member)
        party_points.make_pledge(session, member.id, args.year, args.text)
        emit(args, {"member": member.id}, msg(f"已登记{member.name}的承诺", "Pledge saved"))
    return EXIT_OK


def cmd_add_points(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        member = party.find_member(session, args.member)
        entry = party_points.add_points(
            session, member.id, args.rule, approved_by=args.approved_by, entry_date=args.date
        )
        emit(
            args,
            {"id": entry.id, "points": entry.points},
            msg(f"已为{member.name}记{entry.points:+d}分", f"{entry.points:+d} for {member.name}"),
        )
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    grade = GRADE_NAMES.get(args.grade.strip()) if args.grade else None
    if args.grade and grade is None:
        raise ValidationError(
            [FieldError("grade", msg("等次应为优秀、合格、基本合格或不合格", "Unknown grade"))]
        )
    excellent, qualified, basic, unqualified = args.votes
    with open_existing(args) as session:
        member = party.find_member(session, args.member)
        result = party_points.record_review(
            session,
            ReviewResult(
                member_id=member.id, year=args.year, reviewed_on=args.date,
                votes_excellent=excellent, votes_qualified=qualified, votes_basic=basic,
                votes_unqualified=unqualified, grade=grade.value if grade else "",
            ),
        )  # fmt: skip
        emit(
            args,
            {"member": member.id, "grade": result.grade},
            msg(f"已登记{member.name}的评议：{result.grade_label}", f"Review: {result.grade}"),
        )
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        check = party_targets.year_status(session, party_targets.require_year(args.year))
        review = party_points.review_progress(session, args.year)
        figures = check.figures
        lines = [
            msg(f"{args.year}年党建目标完成情况", f"{args.year} against the plan"),
            msg(f"党员示范岗：{figures.posts}个", f"Model posts: {figures.posts}"),
            msg(f"书记培训：{figures.training_days}天", f"Training: {figures.training_days} days"),
            msg(
                f"雏雁后备干部：{figures.reserve_cadres}人；致富带头人：{figures.wealth_leaders}人",
                f"Reserve cadres: {figures.reserve_cadres}; wealth leaders: "
                f"{figures.wealth_leaders}",
            ),
            msg(
                f"民主评议：已评{review.reviewed}人，共{review.members}人",
                f"Reviews: {review.reviewed} of {review.members}",
            ),
            msg(
                f"集体经营收入：{figures.income_fen / 100:,.2f}元（{figures.quarters_disclosed}"
                f"个季度已录入财务公开），{check.status.label}",
                f"Collective income: {figures.income_fen / 100:,.2f} "
                f"({figures.quarters_disclosed} quarters), {check.status.label}",
            ),
        ]
        lines += [msg("未达标：", "Short: ") + s.text for s in check.shortfalls]
        emit(
            args,
            {
                "posts": figures.posts, "training_days": figures.training_days,
                "reserve_cadres": figures.reserve_cadres,
                "wealth_leaders": figures.wealth_leaders, "income_fen": figures.income_fen,
                "status": check.status.value, "shortfalls": [s.key for s in check.shortfalls],
            },
            "\n".join(lines),
        )  # fmt: skip
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        count = party_export.export_party_xlsx(session, Path(args.out), args.what, args.year)
        emit(
            args,
            {"path": str(args.out), "rows": count},
            msg(f"已导出{count}行：{args.out}", f"Exported {count} rows: {args.out}"),
        )
    return EXIT_OK


def cmd_town(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        figures = party_town.party_town_figures(session, year=args.year)
        keys = [key for key, _zh, _en in party_town.COLUMNS]
        header = "  ".join(msg(zh, en) for _key, zh, en in party_town.COLUMNS)
        text = "\n".join("  ".join(f.cell(k) for k in keys) for f in figures)
        emit(
            args,
            [{k: f.cell(k) for k in keys} for f in figures],
            f"{header}\n{text}" if figures else msg("还没有登记的村", "No villages enrolled"),
        )
    return EXIT_OK
