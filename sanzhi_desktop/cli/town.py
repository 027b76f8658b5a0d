"""``sanzhi town …``: a village's records brought back after its PC died (``recovery``),
the scorecard, and what the town sends its county (``enroll-county``, ``export --county``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sanzhi_desktop.cli import county_keys, scorecard
from sanzhi_desktop.cli.base import EXIT_OK, Registry, emit, open_existing
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import recovery


def register(registry: Registry) -> None:
    group = registry.add("town", "town-only tasks for its villages", None)
    actions = registry.subcommands(group, "town_command")
    rec = registry.add_sub(
        actions,
        "recovery",
        "write a recovery file for a re-installed village (enrol its new card first)",
        cmd_recovery,
    )
    rec.add_argument("code", help="the village's 12-digit code")
    rec.add_argument("--out", type=Path, required=True, help="folder, e.g. the USB drive")
    scorecard.add_town_command(registry, actions)
    county_keys.add_town_commands(registry, actions)


def cmd_recovery(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        made = recovery.write_recovery_file(session, args.code, args.out)
    emit(
        args,
        made.to_dict(),
        msg(
            f"恢复文件已写好：{made.path}\n本村记录{made.own_records}条，镇发给该村的记录"
            f"{made.town_records}条；村里用 sanzhi recover 导入。",
            f"Recovery file written: {made.path} ({made.own_records} village records, "
            f"{made.town_records} town records); the village imports it with sanzhi recover.",
        ),
    )
    return EXIT_OK
