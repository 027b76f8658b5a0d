"""``sanzhi print councils|worthies|family-rules`` and ``sanzhi civic …``: the 自治/德治 registers.

The sheets are the councils with their members for a year, the 乡贤 roll and
the year's 家规家训 collection; ``sanzhi civic figures --year Y`` prints what
the registers show for a year (in a town: ``--village CODE``), the figures the
town's scorecard reads.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from sanzhi_desktop.cli.base import EXIT_OK, Registry, emit, open_existing, write_sheet
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import civic_figures, civic_sheets


def register(registry: Registry) -> None:
    councils = registry.add_print(
        "councils", "the councils and their members for a year (一约五会名单)", cmd_councils
    )
    councils.add_argument("--year", type=int, required=True)
    councils.add_argument("--out", type=Path, required=True)
    roll = registry.add_print("worthies", "the roll of local worthies (乡贤名录)", cmd_worthies)
    roll.add_argument("--out", type=Path, required=True)
    rules = registry.add_print(
        "family-rules", "the year's family rules collection (家规家训汇编)", cmd_family_rules
    )
    rules.add_argument("--year", type=int, required=True)
    rules.add_argument("--out", type=Path, required=True)
    group = registry.add(
        "civic", "the self-governance and virtue registers (一约五会, 乡贤, …)", None
    )
    actions = registry.subcommands(group, "civic_command")
    figures = registry.add_sub(
        actions, "figures", "what the registers show for a year", cmd_figures
    )
    figures.add_argument("--year", type=int, required=True)
    figures.add_argument("--village", default="", help="a village's code (in a town)")


def cmd_councils(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, civic_sheets.print_councils(session, args.year))


def cmd_worthies(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, civic_sheets.print_worthies(session))


def cmd_family_rules(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, civic_sheets.print_family_rules(session, args.year))


LABELS = {
    "councils_set_up": "已成立的会",
    "councils_met": "本年开过会的会",
    "meetings": "五会会议次数",
    "dual_review_sessions": "双评议场次",
    "worthies": "乡贤人数",
    "worthy_money_fen": "乡贤捐资（元）",
    "worthy_projects": "乡贤项目",
    "family_rules": "征集家规家训（户）",
    "family_rules_excellent": "本年优秀家规家训",
    "lectures": "道德讲堂场次",
    "events": "红白事登记",
    "events_over_limit": "超出限额",
    "findings_open": "待处理",
}


def cmd_figures(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        figures = civic_figures.civic_figures(session, args.year, owner=args.village or None)
    data = dataclasses.asdict(figures)
    lines = []
    for key, label in LABELS.items():
        value = data[key]
        shown = f"{value / 100:,.2f}" if key.endswith("_fen") else str(value)
        lines.append(f"{label}：{shown}")
    emit(args, data, msg("\n".join(lines), "\n".join(f"{k}: {data[k]}" for k in LABELS)))
    return EXIT_OK
