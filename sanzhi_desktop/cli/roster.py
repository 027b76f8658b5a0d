"""``sanzhi roster import|export|template``: the village roster as .xlsx."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sanzhi_desktop.cli.base import EXIT_OK, EXIT_REFUSED, Registry, emit, open_existing
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import roster_xlsx


def register(registry: Registry) -> None:
    group = registry.add("roster", "village roster: import and export .xlsx", None)
    actions = registry.subcommands(group, "roster_command")
    imp = registry.add_sub(actions, "import", "import an .xlsx roster", cmd_roster)
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check only, import nothing")
    exp = registry.add_sub(actions, "export", "export the roster to .xlsx", cmd_roster)
    exp.add_argument("--out", type=Path, required=True)
    tpl = registry.add_sub(actions, "template", "write an empty template", cmd_roster)
    tpl.add_argument("--out", type=Path, required=True)


def cmd_roster(args: argparse.Namespace) -> int:
    if args.roster_command == "template":
        roster_xlsx.write_roster_template(args.out)
        emit(args, {"path": str(args.out)}, msg(f"模板已保存：{args.out}", f"Template: {args.out}"))
        return EXIT_OK
    with open_existing(args) as session:
        session.require_profile()
        if args.roster_command == "export":
            rows = roster_xlsx.export_roster_xlsx(session, args.out)
            emit(
                args,
                {"path": str(args.out), "rows": rows},
                msg(f"已导出{rows}人：{args.out}", f"Exported {rows} persons to {args.out}"),
            )
            return EXIT_OK
        preview = roster_xlsx.read_roster_xlsx(session, args.file)
        if preview.sample_rows:
            samples = "、".join(str(n) for n in preview.sample_rows)
            print(
                msg(
                    f"第{samples}行是模板的示例行（备注写着“示例行”），不会导入。",
                    f"Row(s) {samples}: the template's example, not imported.",
                ),
                file=sys.stderr,
            )
        if preview.errors:
            report = [
                {"row": e.row, "column": e.column, "value": e.value, "reason": e.reason}
                for e in preview.errors
            ]
            emit(
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
            emit(
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
        emit(
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
