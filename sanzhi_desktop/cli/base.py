"""What every command module shares: the parser class, the registry, output and sessions.

A command module (``cli/<feature>.py``) defines ``register(registry)`` and adds
its commands with :meth:`Registry.add` (a top-level command), or
:meth:`Registry.add_print` (a ``sanzhi print <what>`` sheet); each parser gets
a handler ``fn(args) -> exit code``. :mod:`sanzhi_desktop.cli` finds the
modules by itself, so a new feature adds a file here and touches nothing else.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from sanzhi_desktop.domain import lang
from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.paths import default_db_path
from sanzhi_desktop.services.session import DEFAULT_OPERATOR, Session, open_session
from sanzhi_desktop.storage import disk_faults

if TYPE_CHECKING:  # the services' sheet type; its module loads reportlab's callers lazily
    from sanzhi_desktop.services.red_black import PrintedSheet

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]

_USAGE_PATTERNS: list[tuple[str, str]] = [
    (r"the following arguments are required: (.*)", "缺少必需的参数：{0}"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        "参数 {0} 的取值 {1} 无效，可选：{2}",
    ),
    (r"argument (\S+): invalid (\w+) value: (.*)", "参数 {0} 的值 {2} 格式不对"),
    (r"argument (\S+): expected one argument", "参数 {0} 后面需要一个值"),
    (r"argument (\S+): (.*)", "参数 {0}：{1}"),
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


def common_options() -> ChineseArgumentParser:
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


class Registry:
    """Where command modules add their commands."""

    def __init__(self, commands: Any, common: argparse.ArgumentParser) -> None:
        self._commands = commands
        self.common = common
        self._print: Any = None
        self._groups: dict[str, Any] = {}

    def add(self, name: str, help_text: str, handler: Handler | None) -> argparse.ArgumentParser:
        """A top-level command ``sanzhi <name>``; ``handler`` None for a group."""
        parser: argparse.ArgumentParser = self._commands.add_parser(
            name, help=help_text, parents=[self.common], description=help_text
        )
        if handler is not None:
            parser.set_defaults(handler=handler)
        return parser

    def subcommands(self, parser: argparse.ArgumentParser, dest: str) -> Any:
        """Nested actions (``sanzhi roster import``); add them with :meth:`add_sub`."""
        return parser.add_subparsers(
            dest=dest, metavar="ACTION", required=True, parser_class=ChineseArgumentParser
        )

    def add_sub(
        self, group: Any, name: str, help_text: str, handler: Handler
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = group.add_parser(
            name, help=help_text, parents=[self.common], description=help_text
        )
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help_text: str) -> Any:
        """The actions of ``sanzhi <name>``, shared by the modules that add to it.

        Several modules add actions to one group (``sanzhi county``: the
        county's database and its keys); the first one to ask makes it. A group
        a module made with :meth:`add` + :meth:`subcommands` is found too.
        """
        if name not in self._groups:
            existing = self._commands.choices.get(name)
            if existing is not None:
                self._groups[name] = next(
                    a for a in existing._actions if isinstance(a, argparse._SubParsersAction)
                )
            else:
                self._groups[name] = self.subcommands(
                    self.add(name, help_text, None), f"{name}_command"
                )
        return self._groups[name]

    def add_print(self, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        """A printed sheet: ``sanzhi print <name> … --out F.pdf``."""
        if self._print is None:
            group = self.add("print", "print a sheet or form to PDF", None)
            self._print = self.subcommands(group, "print_command")
        return self.add_sub(self._print, name, help_text, handler)


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``text``, or ``data`` as JSON with ``--json``.

    JSON keeps Chinese as it is on a UTF-8 stdout and escapes it (``\\ud869\\udea5``)
    on any other, so a GBK console or pipe still gets valid JSON with every name.
    """
    if getattr(args, "json", False):
        from sanzhi_desktop.cli.faults import stdout_is_unicode

        ascii_only = not stdout_is_unicode()
        print(json.dumps(data, ensure_ascii=ascii_only, indent=2, default=str))
    else:
        print(text)


def db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path()).expanduser().absolute()


def operator_of(args: argparse.Namespace) -> str:
    return str(
        getattr(args, "operator", None) or os.environ.get("SANZHI_OPERATOR") or DEFAULT_OPERATOR
    )


def open_for_write(args: argparse.Namespace) -> Session:
    return _told(open_session(db_path(args), operator=operator_of(args)))


def _told(session: Session) -> Session:
    """Warn on stderr when the daily start-up backup failed (the command still runs:
    a full backup disk must not stop the clerk's work, but must not go unnoticed)."""
    if session.startup_backup_error:
        sys.stderr.write(
            msg(
                f"警告：今天的自动备份没有做成（{session.startup_backup_error}）。"
                "请尽快腾出磁盘空间，或运行 sanzhi backup --out 备份到U盘。",
                f"Warning: today's automatic backup failed ({session.startup_backup_error}). "
                "Free some space or run sanzhi backup --out to a USB drive.",
            )
            + "\n"
        )
    return session


def open_existing(args: argparse.Namespace, *, reading: bool = False) -> Session:
    """The existing data file; ``reading``: a command that only reads (``info``, ``log``).

    A reading command opens a file that was closed cleanly after the cheap checks
    only (``open_session(defer_check=True)``): its full ``quick_check`` would cost
    more than the command, and nothing is written while it has not run. The day's
    automatic copy is still made when due; it waits for that check first.
    """
    path = db_path(args)
    if not path.exists():
        raise SanzhiError(
            msg(
                f"数据文件 {path} 不存在。请先运行 sanzhi init 或 sanzhi demo。",
                f"The data file {path} does not exist; run sanzhi init or sanzhi demo first.",
            )
        )
    return _told(open_session(path, operator=operator_of(args), defer_check=reading))


def write_sheet(args: argparse.Namespace, sheet: PrintedSheet) -> int:
    """Save a printed sheet to ``--out`` and say where; its warnings go to stderr.

    Every part's ``sanzhi print …`` command ends here, so each says the same.
    """
    for warning in sheet.warnings:
        print(warning, file=sys.stderr)
    out = Path(args.out)
    write_output(out, sheet.pdf)
    emit(
        args,
        {"path": str(out), "title": sheet.title, "warnings": list(sheet.warnings)},
        msg(f"已保存“{sheet.title}”：{out}", f"Saved {sheet.title}: {out}"),
    )
    return EXIT_OK


def write_output(path: Path, data: bytes) -> None:
    """Write a file the clerk asked for (a PDF, an .xlsx) without ever leaving half of it.

    Temp file in the same folder → fsync → rename: a full disk or a pulled USB
    stick leaves the old file (if any) as it was and no partial new one. A
    missing folder is refused, never created: on Linux an unmounted stick's
    folder would otherwise be made on the local disk and the clerk told "saved".
    """
    if not path.parent.is_dir():
        raise SanzhiError(
            msg(
                f"找不到文件夹 {path.parent}（U盘插好了吗？）",
                f"No such folder: {path.parent}",
            )
        )
    temp = path.with_name(f".{path.name}.part")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        _discard(temp)
        fault = disk_faults.from_os_error(exc, path)
        if fault is None:
            raise
        raise fault from exc
    except BaseException:
        _discard(temp)
        raise


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only stick: no temp file was made on it
        temp.unlink(missing_ok=True)
