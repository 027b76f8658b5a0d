"""``sanzhi town scorecard`` and ``sanzhi print scorecard``: the town's 考核.

``sanzhi town scorecard --year Y`` lists every village's total, rank and
grades (``--json`` for all figures, ``--out F.xlsx`` for the spreadsheet);
in a village it shows the village's own card. ``sanzhi print scorecard
--year Y [--month M] --out F.pdf`` is the monthly 通报 on A3 landscape.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sanzhi_desktop.cli.base import EXIT_OK, Registry, emit, open_existing, write_sheet
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import scorecard


def register(registry: Registry) -> None:
    sheet = registry.add_print(
        "scorecard", "the town's monthly scorecard bulletin (考核通报, A3)", cmd_print_scorecard
    )
    sheet.add_argument("--year", type=int, required=True)
    sheet.add_argument("--month", type=int, help="1–12: as of that month's end")
    sheet.add_argument("--out", type=Path, required=True)


def add_town_command(registry: Registry, actions: Any) -> None:
    """``sanzhi town scorecard`` (added to the ``town`` group by :mod:`cli.town`)."""
    card = registry.add_sub(
        actions, "scorecard", "every village against the plan's targets (考核)", cmd_town_scorecard
    )
    card.add_argument("--year", type=int, required=True)
    card.add_argument("--out", type=Path, help="write the scorecard as .xlsx")


def cmd_print_scorecard(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, scorecard.print_scorecard(session, args.year, month=args.month))


def cmd_town_scorecard(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        card = scorecard.compute_scorecard(session, args.year)
        title = f"{session.require_profile().name}{args.year}年“三治融合”考核"
        if args.out:
            from sanzhi_desktop.services.scorecard_xlsx import write_scorecard_xlsx

            write_scorecard_xlsx(card, args.out, title=title)
    data = {
        "year": card.year,
        "as_of": card.as_of.isoformat(),
        "default_catalogue": card.default_catalogue,
        "villages": [
            {
                "code": v.code,
                "name": v.name,
                "rank": v.rank,
                "total": v.total,
                "possible": v.possible,
                "last_file": v.last_file,
                "items": {
                    c.item.code: {
                        "value": c.figure.value,
                        "grade": c.grade.value,
                        "points": c.points,
                    }
                    for c in v.cells
                },
            }
            for v in card.cards
        ],
    }
    lines = [f"{title}（截至{card.as_of.isoformat()}）"]
    for village in card.cards:
        missed = [c.item.title for c in village.cells if c.grade.value == "missed"]
        lines.append(
            f"{village.rank:>3}. {village.name} {village.total:g}/{village.possible:g}分"
            + (f"  未达标：{'、'.join(missed)}" if missed else "")
        )
    if args.out:
        lines.append(msg(f"已保存：{args.out}", f"Saved: {args.out}"))
    emit(args, data, "\n".join(lines))
    return EXIT_OK
