"""``sanzhi print notice|finance|decision|issues`` and ``sanzhi notices list``."""

from __future__ import annotations

import argparse
from pathlib import Path

from sanzhi_desktop.cli.base import EXIT_OK, Registry, emit, open_existing, write_output
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.record import short_id
from sanzhi_desktop.printing.sheet import PAGE_SIZES
from sanzhi_desktop.services import decisions, finance, issue_wall, notices


def register(registry: Registry) -> None:
    notice = registry.add_print("notice", "a notice as posted on the board", cmd_print_notice)
    notice.add_argument("id", help="the notice's id (or the 8 characters `notices list` shows)")
    notice.add_argument("--out", type=Path, required=True)
    notice.add_argument("--page", choices=["A4", "A3"], default="A4")
    fin = registry.add_print("finance", "a quarter's finance disclosure sheet", cmd_print_finance)
    fin.add_argument("--year", type=int, required=True)
    fin.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], required=True)
    fin.add_argument("--out", type=Path, required=True)
    fin.add_argument("--page", choices=["A4", "A3"], default="A4")
    dec = registry.add_print("decision", "the four-two register of a matter", cmd_print_decision)
    dec.add_argument("id", help="the matter's id (or its last 8 characters)")
    dec.add_argument("--out", type=Path, required=True)
    wall = registry.add_print("issues", "the issue wall and response wall", cmd_print_issues)
    wall.add_argument("--year", type=int, default=None)
    wall.add_argument("--out", type=Path, required=True)
    wall.add_argument("--page", choices=sorted(PAGE_SIZES), default="A4-landscape")

    group = registry.add("notices", "public notices", None)
    actions = registry.subcommands(group, "notices_command")
    listing = registry.add_sub(actions, "list", "list the notices", cmd_notices_list)
    listing.add_argument("--category", default="")
    listing.add_argument("--year", type=int, default=None)


def _write(args: argparse.Namespace, pdf: bytes) -> int:
    out: Path = args.out
    write_output(out, pdf)
    emit(args, {"path": str(out), "bytes": len(pdf)}, msg(f"已保存：{out}", f"Saved: {out}"))
    return EXIT_OK


def cmd_print_notice(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        notice = notices.find_notice(session, args.id)
        return _write(args, notices.notice_pdf(session, notice.id, page=args.page))


def cmd_print_finance(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return _write(args, finance.finance_pdf(session, args.year, args.quarter, page=args.page))


def cmd_print_decision(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        decision = decisions.find_decision(session, args.id)
        return _write(args, decisions.decision_pdf(session, decision.id))


def cmd_print_issues(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return _write(args, issue_wall.issue_wall_pdf(session, year=args.year, page=args.page))


def cmd_notices_list(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        rows = notices.list_notices(session, category=args.category, year=args.year)
        data = [
            {
                "id": r.notice.id,
                "category": r.notice.category,
                "title": r.notice.title,
                "status": r.status.value,
                "posted_date": r.notice.posted_date,
                "open_objections": r.open_objections,
            }
            for r in rows
        ]
        text = "\n".join(
            f"{short_id(r.notice.id)}  {r.notice.posted_date or '—':10}  {r.notice.category}  "
            f"{r.status.label}  {r.notice.title}"
            for r in rows
        )
        emit(args, data, text or msg("没有公开事项", "No notices"))
    return EXIT_OK
