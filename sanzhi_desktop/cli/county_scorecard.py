"""``sanzhi county scorecard --pg URL``: the county's 考核 of every town and village.

Without ``--out`` it lists the towns ranked by their villages' mean score
(``--json`` for every village's figures); ``--out F.xlsx`` writes the
workbook, ``--out F.pdf`` the A3 通报 (as of ``--month``'s end when given).
It only reads: the connection is opened read-only. It joins the one
``sanzhi county`` group (:meth:`Registry.group`) beside :mod:`.county`'s
store commands, with the same ``--pg`` (or ``$SANZHI_PG``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sanzhi_desktop.cli.base import EXIT_OK, Registry, emit
from sanzhi_desktop.cli.county import _pg_option, _url
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg


def register(registry: Registry) -> None:
    actions = registry.group("county", "the county office: its keys, its towns' files")
    card = registry.add_sub(
        actions,
        "scorecard",
        "every town and village against the plan's targets (县考核, read-only)",
        cmd_county_scorecard,
    )
    _pg_option(card)
    card.add_argument("--year", type=int, help="the year (default: this year so far)")
    card.add_argument(
        "--month", type=int, choices=range(1, 13), metavar="M", help="1–12: as of that month's end"
    )
    card.add_argument("--out", type=Path, help="write the workbook (.xlsx) or the 通报 (.pdf)")


def cmd_county_scorecard(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import county_scorecard
    from sanzhi_desktop.storage import clock

    year = args.year or clock.today().year
    out: Path | None = args.out
    if out is not None and out.suffix.lower() not in {".xlsx", ".pdf"}:
        raise RefusedError(
            msg("--out 应是 .xlsx 或 .pdf 文件", "--out must name a .xlsx or a .pdf file")
        )
    with county_scorecard.open_county(_url(args)) as county:
        if out is not None and out.suffix.lower() == ".pdf":
            from sanzhi_desktop.cli.base import write_sheet

            return write_sheet(
                args, county_scorecard.print_county_scorecard(county, year, month=args.month)
            )
        today = None
        if args.month:
            from sanzhi_desktop.services.scorecard import month_end

            today = min(clock.today(), month_end(year, args.month))
        card = county_scorecard.compute_county_scorecard(county, year, today=today)
        title = f"{county.name}{year}年“三治融合”考核"
        if out is not None:
            from sanzhi_desktop.services.county_scorecard_xlsx import write_county_scorecard_xlsx

            write_county_scorecard_xlsx(card, out, title=title)
    data = {
        "year": card.year,
        "as_of": card.as_of.isoformat(),
        "towns": [
            {
                "code": t.code,
                "name": t.name,
                "rank": t.rank,
                "mean_total": t.total,
                "villages": [
                    {
                        "code": v.code,
                        "name": v.name,
                        "rank_in_town": v.rank,
                        "total": v.total,
                        "items": {
                            c.item.code: {"value": c.figure.value, "grade": c.grade.value}
                            for c in v.cells
                        },
                    }
                    for v in t.villages
                ],
            }
            for t in card.towns
        ],
    }
    lines = [f"{title}（截至{card.as_of.isoformat()}）"]
    for town in card.towns:
        lines.append(
            f"{town.rank:>3}. {town.name} 村均{town.total:g}分（{len(town.villages)}个村）"
        )
    if out is not None:
        lines.append(msg(f"已保存：{out}", f"Saved: {out}"))
    emit(args, data, "\n".join(lines))
    return EXIT_OK
