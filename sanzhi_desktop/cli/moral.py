"""``sanzhi print redblack|deeds|stars|points``: the moral-governance sheets as PDF.

A sheet printed with full black-board names (a setting) prints a warning on
stderr, as the GUI asks before showing the preview.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sanzhi_desktop.cli.base import (
    Registry,
    open_existing,
    write_sheet,
)
from sanzhi_desktop.services import good_deeds, points, red_black, star_rating

PAGES = ("A4", "A3")


def register(registry: Registry) -> None:
    board = registry.add_print("redblack", "the month's red/black board (红黑榜)", cmd_redblack)
    board.add_argument("--month", required=True, help="YYYY-MM, e.g. 2026-11")
    board.add_argument("--page", choices=PAGES, default="A4")
    board.add_argument("--out", type=Path, required=True)
    deeds = registry.add_print("deeds", "the month's good-deeds board (善行义举榜)", cmd_deeds)
    deeds.add_argument("--month", required=True, help="YYYY-MM")
    deeds.add_argument("--out", type=Path, required=True)
    stars = registry.add_print("stars", "the star-household list of a cycle", cmd_stars)
    stars.add_argument("--cycle", type=int, required=True, help="rating year, e.g. 2026")
    stars.add_argument("--out", type=Path, required=True)
    pts = registry.add_print("points", "the quarter's household points publicity", cmd_points)
    pts.add_argument("--year", type=int, required=True)
    pts.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), required=True)
    pts.add_argument("--out", type=Path, required=True)


def cmd_redblack(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, red_black.print_board(session, args.month, page=args.page))


def cmd_deeds(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, good_deeds.print_deeds_sheet(session, args.month))


def cmd_stars(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, star_rating.print_star_list(session, args.cycle))


def cmd_points(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        return write_sheet(args, points.print_points_sheet(session, args.year, args.quarter))
