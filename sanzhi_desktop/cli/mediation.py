"""``sanzhi print agreement|dossier`` and ``sanzhi report mediation``: mediation on paper."""

from __future__ import annotations

import argparse
from pathlib import Path

from sanzhi_desktop.cli.base import EXIT_OK, Registry, emit, open_existing, write_output
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import mediation, mediation_papers, mediation_report
from sanzhi_desktop.services.session import Session


def register(registry: Registry) -> None:
    agreement = registry.add_print(
        "agreement", "人民调解协议书 of a case (by id or dossier number)", cmd_print_agreement
    )
    agreement.add_argument("case", help="case id or dossier number, e.g. (2026)小营人调字第12号")
    agreement.add_argument("--out", type=Path, required=True)
    dossier = registry.add_print(
        "dossier", "the whole dossier of a case: cover, intake, every paper", cmd_print_dossier
    )
    dossier.add_argument("case", help="case id or dossier number")
    dossier.add_argument("--out", type=Path, required=True)
    group = registry.add("report", "reports for the township", None)
    reports = registry.subcommands(group, "report_command")
    monthly = registry.add_sub(
        reports, "mediation", "monthly mediation report for the 司法所 (.pdf or .xlsx)", cmd_report
    )
    monthly.add_argument("--month", required=True, help="e.g. 2026-11")
    monthly.add_argument("--out", type=Path, required=True, help="F.pdf or F.xlsx")
    screening = registry.add_sub(
        reports,
        "screening",
        "the town's monthly dispute-screening summary of its villages (.pdf or .xlsx)",
        cmd_report_screening,
    )
    screening.add_argument("--month", required=True, help="e.g. 2026-11")
    screening.add_argument("--out", type=Path, required=True, help="F.pdf or F.xlsx")


def cmd_print_agreement(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        case = mediation.get_case(session, args.case)
        write_output(args.out, mediation_papers.agreement_pdf(session, case.id))
    emit(
        args,
        {"path": str(args.out), "dossier_no": case.dossier_no},
        msg(f"协议书已保存：{args.out}", f"Agreement saved to {args.out}"),
    )
    return EXIT_OK


def cmd_print_dossier(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        case = mediation.get_case(session, args.case)
        write_output(args.out, mediation_papers.dossier_pdf(session, case.id))
    emit(
        args,
        {"path": str(args.out), "dossier_no": case.dossier_no},
        msg(f"卷宗已保存：{args.out}", f"Dossier saved to {args.out}"),
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError(
            [
                FieldError(
                    "out", msg("输出文件应以.pdf或.xlsx结尾", "--out must end in .pdf or .xlsx")
                )
            ]
        )
    with open_existing(args) as session:
        if session.require_profile().kind is OfficeKind.TOWN:
            return _town_report(args, session, suffix)
        if suffix == ".pdf":
            report = mediation_report.month_report(session, args.month)
            write_output(args.out, mediation_report.report_pdf_bytes(session, args.month))
        else:
            report = mediation_report.write_report_xlsx(session, args.month, args.out)
    emit(
        args,
        {"path": str(args.out), "month": report.month, **report.figures()},
        msg(
            f"{report.month}月报表已保存：{args.out}（受理{report.received}件，"
            f"调解成功{report.settled}件）",
            f"Report for {report.month} saved to {args.out}",
        ),
    )
    return EXIT_OK


def _town_report(args: argparse.Namespace, session: Session, suffix: str) -> int:
    """In a town: every village's row and the town total (town_mediation_report)."""
    from sanzhi_desktop.services import town_mediation_report as town_report

    if suffix == ".pdf":
        report = town_report.town_month_report(session, args.month)
        write_output(args.out, town_report.town_report_pdf(session, args.month))
    else:
        report = town_report.write_town_report_xlsx(session, args.month, args.out)
    total = report.total
    emit(
        args,
        {
            "path": str(args.out),
            "month": report.month,
            **total.figures(),
            "villages": {row.code: row.report.figures() for row in report.rows},
        },
        msg(
            f"{report.month}全镇汇总报表已保存：{args.out}（{len(report.rows) - 1}个村及镇本级，"
            f"受理{total.received}件，调解成功{total.settled}件）",
            f"Town report for {report.month} saved to {args.out}",
        ),
    )
    return EXIT_OK


def cmd_report_screening(args: argparse.Namespace) -> int:
    """In a town: every village's sweeps and findings of the month, and the total."""
    from sanzhi_desktop.services import safety_export, safety_figures

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError(
            [
                FieldError(
                    "out", msg("输出文件应以.pdf或.xlsx结尾", "--out must end in .pdf or .xlsx")
                )
            ]
        )
    with open_existing(args) as session:
        if suffix == ".pdf":
            write_output(args.out, safety_figures.town_screening_pdf(session, args.month))
        else:
            safety_export.export_xlsx(session, "town-summary", args.out, period=args.month)
    emit(
        args,
        {"path": str(args.out), "month": args.month},
        msg(
            f"{args.month}全镇矛盾纠纷排查汇总已保存：{args.out}",
            f"Screening summary for {args.month} saved to {args.out}",
        ),
    )
    return EXIT_OK
