"""``sanzhi backup``, ``sanzhi restore`` and ``sanzhi recover``: nothing lost."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sanzhi_desktop.cli.base import EXIT_OK, EXIT_REFUSED, Registry, db_path, emit, open_existing
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import backups, recovery


def register(registry: Registry) -> None:
    backup = registry.add(
        "backup", "back up the data file (to backups/ beside it, or --out a USB folder)", cmd_backup
    )
    backup.add_argument("--out", type=Path, help="folder for the copy, e.g. a USB drive")
    backup.add_argument("--list", action="store_true", help="list the copies in backups/")

    restore = registry.add(
        "restore",
        "restore the data file from a backup (backs up the current file first)",
        cmd_restore,
    )
    restore.add_argument("file", type=Path, help="the backup file (*.db)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    recover = registry.add(
        "recover", "a re-installed village: import the town's recovery file", cmd_recover
    )
    recover.add_argument("file", type=Path, help="the recovery file (*.sanzhi-recovery)")


def confirm(args: argparse.Namespace, question: str) -> bool:
    if getattr(args, "yes", False):
        return True
    if not sys.stdin.isatty():
        print(
            msg("需要确认：请加 --yes（脚本中使用）。", "Confirmation needed: add --yes."),
            file=sys.stderr,
        )
        return False
    answer = input(question + " [y/N] ")
    return answer.strip().lower() in ("y", "yes", "是")


def cmd_backup(args: argparse.Namespace) -> int:
    if args.list:
        infos = backups.list_backups(db_path(args))
        lines = [f"{i.path.name}  {i.describe()}" for i in infos] or [
            msg("（还没有备份）", "(no backups yet)")
        ]
        emit(args, [i.to_dict() for i in infos], "\n".join(lines))
        return EXIT_OK
    with open_existing(args) as session:
        reason = "usb" if args.out else "manual"
        info = backups.backup_now(session, reason=reason, out_dir=args.out)
    emit(
        args,
        info.to_dict(),
        msg(
            f"已备份并校验：{info.path}\n{info.describe()}",
            f"Backed up and verified: {info.path}\n{info.describe()}",
        ),
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    info = backups.inspect_backup(args.file)
    print(msg(f"备份文件：{info.path}", f"Backup: {info.path}"))
    print(info.describe())
    if not info.ok:
        print(
            msg(
                f"这份备份已损坏（{info.problems[0]}），不能用来恢复。",
                f"This backup is damaged ({info.problems[0]}).",
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    question = msg(
        f"将用这份备份替换数据文件 {path} 的全部内容（替换前会先备份当前文件）。确定恢复吗？",
        f"Replace the whole content of {path} with this backup (the current file is "
        "backed up first)?",
    )
    if not confirm(args, question):
        return EXIT_REFUSED
    result = _restore(path, args.file)
    lines = [msg(f"已恢复：{path}", f"Restored: {path}")]
    if result.safety_copy:
        lines.append(
            msg(
                f"恢复前的文件已备份到：{result.safety_copy}",
                f"Previous file: {result.safety_copy}",
            )
        )
    if result.damaged_moved_to:
        lines.append(
            msg(
                f"损坏的文件已移到：{result.damaged_moved_to}（未作任何修改）",
                f"The damaged file was moved to {result.damaged_moved_to} (unchanged)",
            )
        )
    lines.append(msg(f"新的站点标识：{result.new_site_id}", f"New site id: {result.new_site_id}"))
    emit(args, result.to_dict(), "\n".join(lines))
    return EXIT_OK


def _restore(path: Path, backup_file: Path) -> backups.RestoreResult:
    """Restore without opening a session: :func:`backups.restore_backup` locks the file
    itself and checks it thoroughly, so a damaged file (even one whose only damage is
    in an index, which opening does not look for) is moved aside instead of written."""
    return backups.restore_backup(path, backup_file)


def cmd_recover(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        result = recovery.import_recovery_file(session, args.file)
    emit(
        args,
        result.to_dict(),
        msg(
            f"已从镇里的恢复文件恢复：{result.records}条记录（本村{result.own_records}条），"
            f"下一次导出序号从{result.next_seq}开始。",
            f"Recovered {result.records} records ({result.own_records} of this village); "
            f"the next export is seq {result.next_seq}.",
        ),
    )
    return EXIT_OK
