"""``sanzhi county init|enroll-town|ingest|demo --pg URL``: the county's PostgreSQL store.

The county's keys (``sanzhi county keys|card``) are in :mod:`.county_keys`;
both modules add actions to the one ``sanzhi county`` group. ``--pg`` takes a
libpq URL (``postgresql:///sanzhi_county``) or ``key=value`` conninfo; the
environment variable ``SANZHI_PG`` stands in for it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sanzhi_desktop.cli.base import EXIT_OK, EXIT_REFUSED, Registry, db_path, emit
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.progress import Progress

if TYPE_CHECKING:
    from sanzhi_desktop.services.county_ingest import IngestReport


def register(registry: Registry) -> None:
    actions = registry.group("county", "the county office: its keys, its towns' files")
    init = registry.add_sub(
        actions,
        "init",
        "create the county's tables in PostgreSQL (again: bring them up to this version)",
        cmd_init,
    )
    _pg_option(init)
    enrol = registry.add_sub(
        actions,
        "enroll-town",
        "enrol a town's card in the county's database (compare its fingerprint first)",
        cmd_enroll_town,
    )
    enrol.add_argument("card", type=Path, help="the town's .sanzhi-card file")
    _pg_option(enrol)
    ingest = registry.add_sub(
        actions,
        "ingest",
        "ingest the towns' files for the county (files or folders of them)",
        cmd_ingest,
    )
    ingest.add_argument("files", type=Path, nargs="+", help="files, or folders of *.sanzhi files")
    _pg_option(ingest)
    demo = registry.add_sub(
        actions,
        "demo",
        "make the demo town and its villages, forward them and ingest them (--out: new folder)",
        cmd_demo,
    )
    demo.add_argument("--out", type=Path, required=True, help="an empty folder for the files")
    demo.add_argument("--villages", type=int, default=12, help="how many demo villages")
    demo.add_argument("--years", type=int, default=1, help="years of history per village")
    _pg_option(demo)


def _pg_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pg",
        default=os.environ.get("SANZHI_PG", ""),
        help="the county's PostgreSQL database: URL or conninfo (default: $SANZHI_PG)",
    )


def _url(args: argparse.Namespace) -> str:
    if not args.pg:
        raise RefusedError(
            msg(
                "请用 --pg 指明县级数据库，例如 --pg postgresql:///sanzhi_county。",
                "Name the county database with --pg, e.g. --pg postgresql:///sanzhi_county.",
            )
        )
    return str(args.pg)


def cmd_init(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import county_ingest, county_keys

    try:  # the county's name heads its sheets; its keys may also be made later
        keys = county_keys.load_county_keys(db_path(args).parent)
    except RefusedError:
        code = name = ""
    else:
        code, name = keys.code, keys.name
    tables = county_ingest.init_county(_url(args), code=code, name=name)
    emit(
        args,
        {"tables": tables},
        msg(
            f"县级数据库已就绪：{tables}张记录表（按镇分区），以及镇登记表、导入台账。",
            f"County database ready: {tables} record tables (partitioned by town) and its ledgers.",
        ),
    )
    return EXIT_OK


def cmd_enroll_town(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import county_ingest

    card, new = county_ingest.enroll_town(_url(args), args.card)
    emit(
        args,
        {"code": card.code, "name": card.name, "fingerprint": card.fingerprint, "new": new},
        msg(
            f"已登记{card.name}（{card.code}）的密钥卡，指纹：{card.fingerprint}"
            + ("" if new else "（替换了原来登记的卡）"),
            f"Enrolled {card.name} ({card.code}), fingerprint {card.fingerprint}"
            + ("" if new else " (replacing its earlier card)"),
        ),
    )
    return EXIT_OK


def _progress(args: argparse.Namespace) -> Progress:
    quiet = getattr(args, "json", False)

    def progress(done: int, total: int, text: str = "") -> None:
        if not quiet and done < total:
            print(f"[{done + 1}/{total}] {text}", file=sys.stderr, flush=True)

    return progress


def cmd_ingest(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import county_ingest, county_keys

    identity = county_keys.load_county_keys(db_path(args).parent).age_identity
    reports = county_ingest.ingest_paths(
        _url(args), args.files, identity_text=identity, progress=_progress(args)
    )
    return _told(args, reports)


def cmd_demo(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import county_demo

    url = _url(args)
    made = county_demo.ingest_demo(
        url, args.out, villages=args.villages, years=args.years, progress=_progress(args)
    )
    code = _told(args, made.reports)
    if not getattr(args, "json", False):
        print(
            msg(
                f"演示县的文件在 {made.folder}（县里的密钥：{made.folder / 'county'}）。",
                f"The demo county's files are in {made.folder}.",
            )
        )
    return code


def _told(args: argparse.Namespace, reports: list[IngestReport]) -> int:
    from sanzhi_desktop.services import county_ingest

    lines = []
    for report in reports:
        if report.status is county_ingest.IngestStatus.IMPORTED:
            records = sum(report.counts.values())
            lines.append(
                msg(
                    f"已导入 {report.path.name}：镇{report.town}，{report.payloads}个文件，"
                    f"{records}条记录，其中{report.changed}条新增或更新。",
                    f"Ingested {report.path.name}: town {report.town}, {report.payloads} files, "
                    f"{records} records, {report.changed} new or changed.",
                )
            )
        elif report.status is county_ingest.IngestStatus.ALREADY:
            lines.append(f"{report.path.name}：{report.message}")
        else:
            lines.append(msg(f"已拒绝 {report.path.name}：", f"Refused {report.path.name}: "))
            lines[-1] += report.message
    if not reports:
        lines.append(msg("没有找到要导入的文件。", "No files to ingest."))
    emit(args, [r.to_dict() for r in reports], "\n".join(lines))
    refused = any(r.status is county_ingest.IngestStatus.REFUSED for r in reports)
    return EXIT_REFUSED if refused else EXIT_OK
