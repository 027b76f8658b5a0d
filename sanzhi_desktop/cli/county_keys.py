"""The chain of trust county → town → village on the command line (docs/county.md).

At the county: ``sanzhi county keys`` (make the county's keys once, show the
fingerprint) and ``sanzhi county card OUT`` (the card its towns pin).
At a town: ``sanzhi town enroll-county CARD`` and ``sanzhi town export
--county`` (added to ``sanzhi town`` by :mod:`.town`).

The county's keys live in ``county/`` of the data directory: beside the data
file ``--db`` or ``SANZHI_DB`` names, else in the user data directory.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sanzhi_desktop.cli.base import EXIT_OK, EXIT_REFUSED, Registry, db_path, emit, open_existing
from sanzhi_desktop.domain.lang import msg


def register(registry: Registry) -> None:
    actions = registry.group("county", "the county office: its keys, its towns' files")
    made = registry.add_sub(
        actions,
        "keys",
        "make the county's keys the first time (--code, --name) and show the fingerprint",
        cmd_county_keys,
    )
    made.add_argument("--code", default="", help="the county's 6-digit division code")
    made.add_argument("--name", default="", help="the county's name, e.g. 某某县")
    card = registry.add_sub(
        actions, "card", "write the county's card for its towns to pin", cmd_county_card
    )
    card.add_argument("out", type=Path, help="card file, or a folder (e.g. the USB drive)")


def add_town_commands(registry: Registry, actions: Any) -> None:
    """``sanzhi town enroll-county`` and ``sanzhi town export --county``."""
    enrol = registry.add_sub(
        actions,
        "enroll-county",
        "pin the county's card (compare its fingerprint aloud first)",
        cmd_enroll_county,
    )
    enrol.add_argument("card", type=Path, help="the county's .sanzhi-card file")
    enrol.add_argument("--yes", action="store_true", help="do not ask to compare the fingerprint")
    export = registry.add_sub(
        actions,
        "export",
        "write the town's file for the county: its records and its villages' signed files",
        cmd_export_county,
    )
    export.add_argument(
        "--county", action="store_true", required=True, help="for the county (the only target)"
    )
    export.add_argument("--out", type=Path, default=Path(), help="folder, e.g. the USB drive")
    export.add_argument(
        "--all",
        dest="everything",
        action="store_true",
        help="forward every kept village file again, not only those not forwarded yet",
    )


def _data_dir(args: argparse.Namespace) -> Path:
    return db_path(args).parent


def cmd_county_keys(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import county_keys

    made = county_keys.ensure_county_keys(_data_dir(args), code=args.code, name=args.name)
    emit(
        args,
        {
            "code": made.code,
            "name": made.name,
            "fingerprint": made.fingerprint,
            "folder": str(made.folder),
        },
        msg(
            f"{made.name}（{made.code}）的密钥在 {made.folder}\n指纹：{made.fingerprint}",
            f"Keys of {made.name} ({made.code}) in {made.folder}\nFingerprint: {made.fingerprint}",
        ),
    )
    return EXIT_OK


def cmd_county_card(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import county_keys

    path = county_keys.write_county_card(_data_dir(args), args.out)
    card = county_keys.load_county_keys(_data_dir(args)).card
    emit(
        args,
        {"path": str(path), "code": card.code, "fingerprint": card.fingerprint},
        msg(
            f"县的密钥卡已写好：{path}\n指纹：{card.fingerprint}（镇里登记前请当面核对）",
            f"County card written: {path}\nFingerprint: {card.fingerprint}",
        ),
    )
    return EXIT_OK


def cmd_enroll_county(args: argparse.Namespace) -> int:
    from sanzhi_desktop.cli.sync import confirm_fingerprint
    from sanzhi_desktop.services import county_forward, keys

    with open_existing(args) as session:
        card = county_forward.check_county_card(session, keys.read_card(args.card))
        if not confirm_fingerprint(args, card):
            return EXIT_REFUSED
        county_forward.enroll_county(session, card)
    emit(
        args,
        {"code": card.code, "name": card.name, "fingerprint": card.fingerprint},
        msg(
            f"已登记{card.name}（{card.code}）的密钥卡，指纹：{card.fingerprint}",
            f"Enrolled the card of {card.name} ({card.code}), fingerprint {card.fingerprint}",
        ),
    )
    return EXIT_OK


def cmd_export_county(args: argparse.Namespace) -> int:
    from sanzhi_desktop.services import county_forward

    with open_existing(args) as session:
        made = county_forward.export_for_county(session, args.out, everything=args.everything)
    files = "\n".join(str(p) for p in made.paths)
    skipped = (
        msg(
            f"\n有{len(made.skipped)}个村级文件没有转交（文件丢失，或是村里换密钥以前签发的）："
            + "、".join(made.skipped),
            f"\n{len(made.skipped)} kept files not forwarded: " + ", ".join(made.skipped),
        )
        if made.skipped
        else ""
    )
    emit(
        args,
        made.to_dict(),
        msg(
            f"报送县里的文件已写好：\n{files}\n本镇记录{made.records}条，"
            f"转交村级文件{made.forwarded}个，经本镇签注的村密钥卡{made.cards}张。",
            f"Written for the county:\n{files}\n{made.records} town records, "
            f"{made.forwarded} village files forwarded, {made.cards} countersigned cards.",
        )
        + skipped,
    )
    return EXIT_OK
