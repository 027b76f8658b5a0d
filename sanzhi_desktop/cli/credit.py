"""``sanzhi credit …`` and ``sanzhi print credit``: 信用农户 on the command line.

Households are named by their 户号. The credit line is entered in 元 and
shown by ``credit list`` (the clerk's own list) — never on the printed
公示, which has the household head and grade only.
"""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sanzhi_desktop.cli.base import EXIT_OK, Registry, emit, open_existing, write_sheet
from sanzhi_desktop.domain.credit import CreditRating, encode_list
from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import credit


def register(registry: Registry) -> None:
    sheet = registry.add_print(
        "credit", "信用农户评定结果公示 of a year (head and grade only)", cmd_print_credit
    )
    sheet.add_argument("--year", type=int, required=True)
    sheet.add_argument("--out", type=Path, required=True)

    group = registry.add("credit", "信用: credit files, ratings, credit lines, coverage", None)
    actions = registry.subcommands(group, "credit_command")
    file_all = registry.add_sub(
        actions, "file-all", "建档 for every household without a file", cmd_file_all
    )
    file_all.add_argument("--date", default="", help="date filed (default today)")
    rate = registry.add_sub(actions, "rate", "the panel's rating of a household", cmd_rate)
    rate.add_argument("household", help="户号")
    rate.add_argument("--year", type=int, required=True)
    rate.add_argument("--panel", required=True, help="评定小组成员")
    rate.add_argument("--met", nargs="*", default=[], help="codes of the criteria met, e.g. C1 C3")
    rate.add_argument("--bad-faith", default="", help="失信记录, if any")
    rate.add_argument("--date", default="")
    line = registry.add_sub(actions, "line", "record the bank's credit line", cmd_line)
    line.add_argument("household", help="户号")
    line.add_argument("--year", type=int, required=True)
    line.add_argument("--amount", required=True, help="元, e.g. 50000")
    line.add_argument("--bank", required=True)
    line.add_argument("--date", required=True)
    listing = registry.add_sub(actions, "list", "the year's ratings", cmd_list)
    listing.add_argument("--year", type=int, required=True)
    cover = registry.add_sub(actions, "coverage", "filed, rated and 信用村 status", cmd_coverage)
    cover.add_argument("--year", type=int, required=True)


def cmd_print_credit(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, credit.print_credit(session, args.year))


def cmd_file_all(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        count = credit.file_all_households(session, filed_date=args.date)
    emit(args, {"filed": count}, msg(f"新建档{count}户", f"{count} households filed"))
    return EXIT_OK


def cmd_rate(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        household_id = credit.household_id_by_no(session, args.household)
        rating = credit.rate_household(
            session,
            CreditRating(
                household_id=household_id,
                year=args.year,
                rated_date=args.date,
                panel=args.panel,
                criteria=encode_list(args.met),
                bad_faith=args.bad_faith,
            ),
        )
    lines = [
        msg(f"得分{rating.score}，信用等级：{rating.grade}", f"{rating.score}: {rating.grade}")
    ]
    lines += rating.adjustment_list
    emit(
        args,
        {"score": rating.score, "grade": rating.grade, "adjustments": rating.adjustment_list},
        "\n".join(lines),
    )
    return EXIT_OK


def _fen(text: str) -> int:
    try:
        value = Decimal(text.replace(",", "").replace("，", ""))
    except InvalidOperation:
        value = Decimal(-1)
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise ValidationError(
            [FieldError("amount", msg("授信额度应写成元，如50000", "--amount in yuan, e.g. 50000"))]
        )
    return int(value * 100)


def cmd_line(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        household_id = credit.household_id_by_no(session, args.household)
        rating = credit.record_credit_line(
            session,
            household_id,
            args.year,
            line_fen=_fen(args.amount),
            bank=args.bank,
            line_date=args.date,
        )
    emit(
        args, {"credit_line_fen": rating.credit_line_fen}, msg("已记录授信", "Credit line recorded")
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        rows = credit.list_ratings(session, year=args.year)
    lines = [
        f"{r['household_no']}  {r['head_name']}  {r['group_no']}组  {r['score']}分  {r['grade']}"
        + (
            f"  授信¥{int(str(r['credit_line_fen'])) / 100:,.2f}（{r['bank']}）"
            if r["credit_line_fen"]
            else ""
        )
        for r in rows
    ]
    emit(args, rows, "\n".join(lines) or msg("这一年还没有评级", "No ratings"))
    return EXIT_OK


def cmd_coverage(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        cover = credit.coverage(session, args.year)
        gaps = credit.credit_village_status(session, args.year)
    text = msg(
        f"{args.year}年：在册{cover.live}户，建档{cover.filed}户（{cover.filed_pct}%），"
        f"评级{cover.rated}户（{cover.rated_pct}%），信用农户{cover.graded}户；"
        + ("达到信用村标准" if not gaps else "未达到信用村标准：" + "；".join(gaps)),
        f"{args.year}: {cover.filed}/{cover.live} filed, {cover.rated} rated",
    )
    emit(
        args,
        {
            "live": cover.live,
            "filed": cover.filed,
            "rated": cover.rated,
            "by_grade": cover.by_grade,
            "credit_village": not gaps,
            "gaps": gaps,
        },
        text,
    )
    return EXIT_OK
