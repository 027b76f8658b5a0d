"""The command line: the same services as the GUI, for scripts and for the township's helper.

``sanzhi`` alone opens the GUI. Every other command prints a result (or JSON
with ``--json``) and exits 0; a refused action prints one line in Chinese on
stderr and exits 1; a usage mistake exits 2.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from sanzhi_desktop import __version__
from sanzhi_desktop.domain import lang
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import SanzhiError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import changelog, info, office, operators, roster_xlsx
from sanzhi_desktop.services.paths import data_dir, default_db_path
from sanzhi_desktop.services.session import DEFAULT_OPERATOR, Session, open_session

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

_USAGE_PATTERNS: list[tuple[str, str]] = [
    (r"the following arguments are required: (.*)", "缺少必需的参数：{0}"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        "参数 {0} 的取值 {1} 无效，可选：{2}",
    ),
    (r"argument (\S+): invalid (\w+) value: (.*)", "参数 {0} 的值 {2} 格式不对"),
    (r"argument (\S+): expected one argument", "参数 {0} 后面需要一个值"),
]


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse that reports usage mistakes as one Chinese line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        text = message
        if lang.current_language() != "en":
            for pattern, template in _USAGE_PATTERNS:
                if match := re.fullmatch(pattern, message):
                    text = template.format(*match.groups())
                    break
        hint = msg("（运行 sanzhi --help 查看用法）", " (see sanzhi --help)")
        sys.stderr.write(msg("用法错误：", "usage error: ") + text + hint + "\n")
        raise SystemExit(EXIT_USAGE)


def _common_options() -> ChineseArgumentParser:
    """--db/--json/--lang/--operator, accepted before or after the command."""
    common = ChineseArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="data file (default: $SANZHI_DB or the user data directory)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    common.add_argument(
        "--lang",
        choices=lang.SUPPORTED,
        default=argparse.SUPPRESS,
        help="language of messages and of the GUI (zh_CN or en)",
    )
    common.add_argument(
        "--operator",
        default=argparse.SUPPRESS,
        help="who is at the keyboard (written into the change log)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = ChineseArgumentParser(
        prog="sanzhi",
        description="三治融合 village office desk. Without a command, opens the GUI.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"sanzhi-desktop {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=ChineseArgumentParser
    )

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, parents=[common], description=help_text)

    add("gui", "open the GUI (the default)")

    init = add("init", "set up this data file as a village or town office (once)")
    kinds = init.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=ChineseArgumentParser
    )
    village = kinds.add_parser("village", parents=[common], help="a village office")
    village.add_argument("--code", required=True, help="12-digit division code")
    village.add_argument("--name", required=True, help="village name, e.g. 小营村")
    village.add_argument("--town-name", default="", help="the town's name (required)")
    town = kinds.add_parser("town", parents=[common], help="a town (township) office")
    town.add_argument("--code", required=True, help="9-digit division code")
    town.add_argument("--name", required=True, help="town name")
    for sub in (village, town):
        sub.add_argument("--supervision-phone", default="", help="supervision phone number")
        sub.add_argument(
            "--town-supervision-phone", default="", help="the town's supervision phone number"
        )

    demo = add("demo", "create a demo village in a fresh data file and open the GUI on it")
    demo.add_argument("--no-gui", action="store_true", help="only create the data file")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same village)")
    demo.add_argument("--years", type=int, default=3, help="years of history to generate")
    demo.add_argument("--code", default="610722100201", help="the demo village's division code")

    add("info", "show the office profile, site id, counts per table and schema version")
    add("check", "run an integrity check of the data file (exit 1 if damaged)")

    roster = add("roster", "village roster: import and export .xlsx")
    roster_cmds = roster.add_subparsers(
        dest="roster_command", metavar="ACTION", required=True, parser_class=ChineseArgumentParser
    )
    imp = roster_cmds.add_parser("import", parents=[common], help="import an .xlsx roster")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check only, import nothing")
    exp = roster_cmds.add_parser("export", parents=[common], help="export the roster to .xlsx")
    exp.add_argument("--out", type=Path, required=True)
    tpl = roster_cmds.add_parser("template", parents=[common], help="write an empty template")
    tpl.add_argument("--out", type=Path, required=True)

    log = add("log", "show the change log (操作日志)")
    log.add_argument("--table", help="only this table, e.g. persons")
    log.add_argument("--since", help="from this date (YYYY-MM-DD)")
    log.add_argument("--until", help="up to this date (YYYY-MM-DD)")
    log.add_argument("--limit", type=int, default=50)

    ops = add("operators", "list, add or remove operators")
    ops_cmds = ops.add_subparsers(
        dest="operators_command",
        metavar="ACTION",
        required=True,
        parser_class=ChineseArgumentParser,
    )
    ops_cmds.add_parser("list", parents=[common], help="list operators")
    for action in ("add", "remove"):
        sub = ops_cmds.add_parser(action, parents=[common], help=f"{action} an operator")
        sub.add_argument("name")
    return parser


# --- output -------------------------------------------------------------------


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def _db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path()).expanduser().absolute()


def _operator(args: argparse.Namespace) -> str:
    return str(
        getattr(args, "operator", None) or os.environ.get("SANZHI_OPERATOR") or DEFAULT_OPERATOR
    )


def _open(args: argparse.Namespace) -> Session:
    return open_session(_db_path(args), operator=_operator(args))


def _open_existing(args: argparse.Namespace) -> Session:
    path = _db_path(args)
    if not path.exists():
        raise SanzhiError(
            msg(
                f"数据文件 {path} 不存在。请先运行 sanzhi init 或 sanzhi demo。",
                f"The data file {path} does not exist; run sanzhi init or sanzhi demo first.",
            )
        )
    return open_session(path, operator=_operator(args))


# --- commands -----------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from sanzhi_desktop.gui.app import run_gui  # Qt only when the GUI is wanted

    return int(
        run_gui(
            _db_path(args),
            lang=getattr(args, "lang", None),
            operator=getattr(args, "operator", None),
        )
    )


def cmd_init(args: argparse.Namespace) -> int:
    fields = {
        "kind": OfficeKind(args.kind),
        "code": args.code,
        "name": args.name,
        "town_name": getattr(args, "town_name", "") or "",
        "supervision_phone": args.supervision_phone,
        "town_supervision_phone": args.town_supervision_phone,
    }
    office.check_office_profile(**fields)  # bad input creates no data file
    with _open(args) as session:
        profile = office.init_office(session, **fields)
    _emit(
        args,
        profile.to_record(),
        msg(
            f"已设置：{profile.name}（{profile.code}），数据文件 {_db_path(args)}",
            f"Set up {profile.name} ({profile.code}) in {_db_path(args)}",
        ),
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services.demo import create_demo_village

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
        _emit(
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


def _has_profile(path: Path) -> bool:
    """Whether ``path`` holds a set-up office (an interrupted demo leaves one without)."""
    if not path.exists():
        return False
    with open_session(path) as session:
        return session.profile is not None


def cmd_info(args: argparse.Namespace) -> int:
    with _open_existing(args) as session:
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
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = _db_path(args)
    if not path.exists():
        raise SanzhiError(msg(f"数据文件 {path} 不存在。", f"The data file {path} does not exist."))
    problems = info.check_database(path)
    ok = not problems
    _emit(
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
    return EXIT_OK if ok else EXIT_REFUSED


def cmd_roster(args: argparse.Namespace) -> int:
    if args.roster_command == "template":
        roster_xlsx.write_roster_template(args.out)
        _emit(
            args, {"path": str(args.out)}, msg(f"模板已保存：{args.out}", f"Template: {args.out}")
        )
        return EXIT_OK
    with _open_existing(args) as session:
        session.require_profile()
        if args.roster_command == "export":
            rows = roster_xlsx.export_roster_xlsx(session, args.out)
            _emit(
                args,
                {"path": str(args.out), "rows": rows},
                msg(f"已导出{rows}人：{args.out}", f"Exported {rows} persons to {args.out}"),
            )
            return EXIT_OK
        preview = roster_xlsx.read_roster_xlsx(session, args.file)
        if preview.errors:
            report = [
                {"row": e.row, "column": e.column, "value": e.value, "reason": e.reason}
                for e in preview.errors
            ]
            _emit(
                args,
                {"imported": False, "errors": report},
                "\n".join(
                    msg(
                        f"第{e.row}行【{e.column}】“{e.value}”：{e.reason}",
                        f"row {e.row} [{e.column}] '{e.value}': {e.reason}",
                    )
                    for e in preview.errors
                ),
            )
            print(
                msg(
                    f"文件有{len(report)}处错误，没有导入任何内容。",
                    f"{len(report)} errors: nothing was imported.",
                ),
                file=sys.stderr,
            )
            return EXIT_REFUSED
        if args.dry_run:
            _emit(
                args,
                {
                    "imported": False,
                    "households": len(preview.households),
                    "persons": len(preview.persons),
                },
                msg(
                    f"检查通过：可导入{len(preview.households)}户、{len(preview.persons)}人（未导入）",
                    f"OK: {len(preview.households)} households, {len(preview.persons)} persons "
                    "(dry run)",
                ),
            )
            return EXIT_OK
        result = roster_xlsx.apply_roster_import(session, preview)
        _emit(
            args,
            {
                "imported": True,
                "households": result.households_added,
                "persons": result.persons_added,
            },
            msg(
                f"已导入{result.households_added}户、{result.persons_added}人",
                f"Imported {result.households_added} households, {result.persons_added} persons",
            ),
        )
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    with _open_existing(args) as session:
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
    _emit(args, data, text)
    return EXIT_OK


def cmd_operators(args: argparse.Namespace) -> int:
    with _open_existing(args) as session:
        if args.operators_command == "add":
            names = operators.add_operator(session, args.name)
        elif args.operators_command == "remove":
            names = operators.remove_operator(session, args.name)
        else:
            names = operators.list_operators(session)
    _emit(args, names, "\n".join(names) or msg("（还没有操作员）", "(no operators)"))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "info": cmd_info,
    "check": cmd_check,
    "roster": cmd_roster,
    "log": cmd_log,
    "operators": cmd_operators,
}


def _preselect_language(argv: Sequence[str]) -> None:
    """Honour --lang before parsing, so that usage errors speak it too."""
    for i, arg in enumerate(argv):
        value = (
            arg.split("=", 1)[1]
            if arg.startswith("--lang=")
            else (argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        )
        if value in lang.SUPPORTED:
            lang.set_language(value)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _preselect_language(argv)
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        return COMMANDS[command](args)
    except ValidationError as exc:
        sys.stderr.write(msg("错误：", "error: ") + str(exc) + "\n")
        return EXIT_REFUSED
    except SanzhiError as exc:
        sys.stderr.write(str(exc) + "\n")
        return EXIT_REFUSED
    except FileNotFoundError as exc:
        sys.stderr.write(msg(f"找不到文件：{exc.filename or exc}", f"File not found: {exc}") + "\n")
        return EXIT_REFUSED
    except PermissionError as exc:
        sys.stderr.write(
            msg(f"没有权限访问：{exc.filename or exc}", f"Permission denied: {exc}") + "\n"
        )
        return EXIT_REFUSED
    except OSError as exc:
        sys.stderr.write(msg(f"读写文件出错：{exc}", f"File error: {exc}") + "\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_REFUSED
