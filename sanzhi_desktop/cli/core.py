"""The core commands: gui, init, demo, info, check, log, operators."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sanzhi_desktop.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    Registry,
    db_path,
    emit,
    open_existing,
    open_for_write,
)
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import changelog, info
from sanzhi_desktop.services.paths import data_dir
from sanzhi_desktop.services.session import EmptiedFileError, open_session
from sanzhi_desktop.storage.connection import DamagedDatabaseError, EarlyQuickCheck
from sanzhi_desktop.storage.lock import closed_cleanly


def _iso_date(text: str) -> str:
    """A YYYY-MM-DD argument; anything else is a usage error (exit 2), not an empty log."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            msg(f"日期“{text}”应写成2026-11-28的格式", f"'{text}' is not a YYYY-MM-DD date")
        ) from None


def register(registry: Registry) -> None:
    gui = registry.add("gui", "open the GUI (the default)", cmd_gui)
    add_pg_option(gui)

    init = registry.add("init", "set up this data file as a village or town office (once)", None)
    kinds = registry.subcommands(init, "kind")
    village = registry.add_sub(kinds, "village", "a village office", cmd_init)
    village.add_argument("--code", required=True, help="12-digit division code")
    village.add_argument("--name", required=True, help="village name, e.g. 小营村")
    village.add_argument("--town-name", default="", help="the town's name (required)")
    town = registry.add_sub(kinds, "town", "a town (township) office", cmd_init)
    town.add_argument("--code", required=True, help="9-digit division code")
    town.add_argument("--name", required=True, help="town name")
    for sub in (village, town):
        sub.add_argument("--supervision-phone", default="", help="supervision phone number")
        sub.add_argument(
            "--town-supervision-phone", default="", help="the town's supervision phone number"
        )

    demo = registry.add(
        "demo", "create a demo village in a fresh data file and open the GUI on it", cmd_demo
    )
    demo.add_argument("--no-gui", action="store_true", help="only create the data file")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same village)")
    demo.add_argument("--years", type=int, default=3, help="years of history to generate")
    demo.add_argument("--code", default="610722100201", help="the demo village's division code")
    demo.add_argument(
        "--town", action="store_true", help="a demo town with demo villages (needs --out)"
    )
    demo.add_argument("--villages", type=int, default=12, help="with --town: how many villages")
    demo.add_argument("--out", type=Path, help="with --town: the folder for all data files")

    registry.add(
        "info", "show the office profile, site id, counts per table and schema version", cmd_info
    )
    registry.add("check", "run an integrity check of the data file (exit 1 if damaged)", cmd_check)

    log = registry.add("log", "show the change log (操作日志)", cmd_log)
    log.add_argument("--table", help="only this table, e.g. persons")
    log.add_argument("--since", type=_iso_date, help="from this date (YYYY-MM-DD)")
    log.add_argument("--until", type=_iso_date, help="up to this date (YYYY-MM-DD)")
    log.add_argument("--limit", type=int, default=50)

    ops = registry.add("operators", "list, add or remove operators", None)
    actions = registry.subcommands(ops, "operators_command")
    registry.add_sub(actions, "list", "list operators", cmd_operators)
    for action in ("add", "remove"):
        sub = registry.add_sub(actions, action, f"{action} an operator", cmd_operators)
        sub.add_argument("name")


def add_pg_option(parser: argparse.ArgumentParser) -> None:
    """``--pg URL``: open a county database read-only instead of a data file."""
    parser.add_argument(
        "--pg",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="open a county database (PostgreSQL) read-only instead of a data file",
    )


def cmd_gui(args: argparse.Namespace) -> int:
    if getattr(args, "pg", None):
        from sanzhi_desktop.gui.county.app import run_county_gui  # Qt only for the GUI

        return int(run_county_gui(args.pg, lang=getattr(args, "lang", None)))
    path = db_path(args)
    # The file's health check reads all of it. A file not closed cleanly last time is
    # checked before it opens, so the check starts now and runs while Qt is imported;
    # a cleanly closed one is checked behind the window (gui/health_watch.py).
    early_check = None if closed_cleanly(path) else EarlyQuickCheck(path)
    from sanzhi_desktop.gui.app import run_gui  # Qt only when the GUI is wanted

    return int(
        run_gui(
            path,
            lang=getattr(args, "lang", None),
            operator=getattr(args, "operator", None),
            early_check=early_check,
        )
    )


def cmd_init(args: argparse.Namespace) -> int:
    # Imported here: office pulls in the keys and their printed card (reportlab),
    # which ``sanzhi gui`` does not need before its first paint.
    from sanzhi_desktop.services import office

    fields = {
        "kind": OfficeKind(args.kind),
        "code": args.code,
        "name": args.name,
        "town_name": getattr(args, "town_name", "") or "",
        "supervision_phone": args.supervision_phone,
        "town_supervision_phone": args.town_supervision_phone,
    }
    office.check_office_profile(**fields)  # bad input creates no data file
    with open_for_write(args) as session:
        profile = office.init_office(session, **fields)
    emit(
        args,
        profile.to_record(),
        msg(
            f"已设置：{profile.name}（{profile.code}），数据文件 {db_path(args)}",
            f"Set up {profile.name} ({profile.code}) in {db_path(args)}",
        ),
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services.demo import create_demo_village

    if args.town:
        return _demo_town(args)

    explicit = getattr(args, "db", None)
    path = Path(explicit) if explicit else data_dir() / "demo" / "demo-village.db"
    if explicit or not _has_profile(path):

        def progress(done: int, total: int, text: str = "") -> None:
            if sys.stderr.isatty() and not getattr(args, "json", False) and done % 50 == 0:
                print(f"\r{text} {done}/{total}", end="", file=sys.stderr, flush=True)

        summary = create_demo_village(
            path, seed=args.seed, years=args.years, code=args.code, progress=progress
        )
        if sys.stderr.isatty() and not getattr(args, "json", False):
            print(file=sys.stderr)
        emit(
            args,
            {
                "path": str(summary.path),
                "households": summary.households,
                "persons": summary.persons,
                "groups": summary.groups,
            },
            msg(
                f"演示村已创建：{summary.households}户，{summary.persons}人，"
                f"{summary.groups}个村民小组 → {summary.path}",
                f"Demo village: {summary.households} households, {summary.persons} persons "
                f"→ {summary.path}",
            ),
        )
    else:
        print(
            msg(f"演示村已存在，直接打开：{path}", f"Opening the existing demo village: {path}"),
            file=sys.stderr,
        )
    if args.no_gui:
        return EXIT_OK
    args.db = path
    return cmd_gui(args)


def _demo_town(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services.demo.town import create_demo_town

    out = args.out or data_dir() / "demo-town"
    summary = create_demo_town(out, villages=args.villages, seed=args.seed, years=args.years)
    emit(
        args,
        {
            "town": str(summary.town_path),
            "villages": [str(p) for p in summary.village_paths],
            "files": summary.files_exchanged,
        },
        msg(
            f"演示镇已创建：{summary.town_path}，{len(summary.village_paths)}个村，"
            f"交换了{summary.files_exchanged}个同步文件",
            f"Demo town: {summary.town_path}, {len(summary.village_paths)} villages",
        ),
    )
    if args.no_gui:
        return EXIT_OK
    args.db = summary.town_path
    return cmd_gui(args)


def _has_profile(path: Path) -> bool:
    """Whether ``path`` holds a set-up office (an interrupted demo leaves one without)."""
    if not path.exists():
        return False
    with open_session(path) as session:
        return session.profile is not None


def cmd_info(args: argparse.Namespace) -> int:
    with open_existing(args, reading=True) as session:
        data = info.office_info(session)
    profile = data["profile"]
    lines = [
        msg(f"数据文件：{data['database']}", f"Data file: {data['database']}"),
        msg(
            f"程序版本：{data['app_version']}  数据版本：{data['schema_version']}",
            f"Program {data['app_version']}, schema {data['schema_version']}",
        ),
        msg(f"站点标识：{data['site_id']}", f"Site id: {data['site_id']}"),
    ]
    if profile:
        lines.append(
            msg(
                f"单位：{profile['name']}（{profile['code']}），所属：{profile['town_name']}",
                f"Office: {profile['name']} ({profile['code']}), town {profile['town_name']}",
            )
        )
    else:
        lines.append(
            msg("单位：尚未设置（运行 sanzhi init）", "Office: not set up (run sanzhi init)")
        )
    labels = changelog.table_labels()
    for table, count in data["counts"].items():
        lines.append(f"  {labels.get(table, table)}：{count}")
    lines.append(msg(f"  操作日志：{data['changes']}条", f"  change log: {data['changes']}"))
    emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import backups  # not on the GUI's start path

    path = db_path(args)
    if not path.exists():
        raise SanzhiError(msg(f"数据文件 {path} 不存在。", f"The data file {path} does not exist."))
    try:
        problems = info.check_database(path)
    except DamagedDatabaseError as exc:
        print(str(exc), file=sys.stderr)
        if not isinstance(exc, EmptiedFileError):  # its message offers the backup already
            print(backups.damaged_file_offer(path), file=sys.stderr)
        return EXIT_REFUSED
    ok = not problems
    emit(
        args,
        {"ok": ok, "database": str(path), "problems": problems},
        msg(f"数据文件完好：{path}", f"The data file is sound: {path}")
        if ok
        else msg(f"数据文件已损坏：{path}\n", f"The data file is damaged: {path}\n")
        + "\n".join(problems[:20]),
    )
    if not ok:
        print(
            msg("数据文件已损坏，请从备份恢复。", "The data file is damaged; restore a backup."),
            file=sys.stderr,
        )
        print(backups.damaged_file_offer(path), file=sys.stderr)
    return EXIT_OK if ok else EXIT_REFUSED


def cmd_log(args: argparse.Namespace) -> int:
    with open_existing(args, reading=True) as session:
        rows = changelog.list_changes(
            session, table=args.table, since=args.since, until=args.until, limit=args.limit
        )
    data = [
        {
            "seq": r.seq,
            "rev": r.rev,
            "at": r.at,
            "operator": r.operator,
            "table": r.table_name,
            "record_id": r.record_id,
            "action": r.action,
            "before": r.before,
            "after": r.after,
        }
        for r in rows
    ]
    text = "\n".join(
        f"{r.at}  {r.operator}  {changelog.describe_change(r)}  {r.record_id}" for r in rows
    ) or msg("（没有记录）", "(no changes)")
    emit(args, data, text)
    return EXIT_OK


def cmd_operators(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import operators  # not needed by the other commands

    with open_existing(args, reading=args.operators_command == "list") as session:
        if args.operators_command == "add":
            names = operators.add_operator(session, args.name)
        elif args.operators_command == "remove":
            names = operators.remove_operator(session, args.name)
        else:
            names = operators.list_operators(session)
    emit(args, names, "\n".join(names) or msg("（还没有操作员）", "(no operators)"))
    return EXIT_OK
