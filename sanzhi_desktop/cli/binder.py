"""``sanzhi print binder --year Y``: the year-end 台账 binder (in a town: ``--village CODE``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sanzhi_desktop.cli.base import EXIT_OK, Registry, emit, open_existing, write_output
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import binder


def register(registry: Registry) -> None:
    sheet = registry.add_print(
        "binder", "the year's ledgers in one bookmarked PDF (年度台账)", cmd_binder
    )
    sheet.add_argument("--year", type=int, required=True)
    sheet.add_argument("--village", default="", help="in a town: the village's 12-digit code")
    sheet.add_argument("--out", type=Path, required=True)


def _progress(done: int, total: int, text: str = "") -> None:
    print(f"[{done}/{total}] {text}", file=sys.stderr)


def cmd_binder(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        if args.village:
            made = binder.make_binder_for_village(
                session, args.year, args.village, progress=_progress
            )
        else:
            made = binder.make_binder(session, args.year, progress=_progress)
    write_output(args.out, made.pdf)
    kept = [s for s in made.sheets if s.pages]
    emit(
        args,
        {
            "path": str(args.out),
            "title": made.title,
            "pages": made.pages,
            "sheets": [{"part": s.part, "title": s.title, "pages": s.pages} for s in kept],
            "left_out": [{"title": s.title, "why": s.skipped} for s in made.sheets if not s.pages],
        },
        msg(
            f"已保存“{made.title}”：{args.out}（{len(kept)}份台账，共{made.pages}页）",
            f"Saved {made.title}: {args.out} ({len(kept)} ledgers, {made.pages} pages)",
        ),
    )
    return EXIT_OK
