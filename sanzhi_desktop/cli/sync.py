"""``sanzhi keys card|enroll|revoke|show``, ``sanzhi export`` and ``sanzhi import``: USB sync."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sanzhi_desktop.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    Registry,
    emit,
    open_existing,
    write_output,
)
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import keys, sync

if TYPE_CHECKING:
    from sanzhi_desktop.sync.cards import Card


def register(registry: Registry) -> None:
    group = registry.add("keys", "this office's sync keys and the cards it enrolled", None)
    actions = registry.subcommands(group, "keys_command")
    card = registry.add_sub(actions, "card", "write this office's key card", cmd_keys)
    card.add_argument(
        "--out",
        type=Path,
        required=True,
        help="folder or file; a name ending in .pdf writes the printable card (A4)",
    )
    enroll = registry.add_sub(
        actions, "enroll", "enrol a card (village: its town; town: a village)", cmd_keys
    )
    enroll.add_argument("card", type=Path)
    enroll.add_argument("--yes", action="store_true", help="do not ask to compare the fingerprint")
    revoke = registry.add_sub(actions, "revoke", "town: revoke a village's key", cmd_keys)
    revoke.add_argument("code")
    revoke.add_argument("--reason", default="")
    revoke.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    registry.add_sub(actions, "show", "show key paths, fingerprints and enrolled cards", cmd_keys)

    export = registry.add(
        "export", "write sync files for the town (or, in a town, villages)", cmd_export
    )
    export.add_argument("--out", type=Path, required=True, help="folder, e.g. the USB drive")
    export.add_argument("--to", help="town only: one village's code (default: every village)")

    imp = registry.add("import", "import sync files (files or whole folders)", cmd_import)
    imp.add_argument("files", type=Path, nargs="+")


def _confirm(args: argparse.Namespace, question: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print(
            msg("需要确认：请加 --yes（脚本中使用）。", "Confirmation needed: add --yes."),
            file=sys.stderr,
        )
        return False
    answer = input(question + msg(" [y/N] ", " [y/N] "))
    return answer.strip().lower() in ("y", "yes", "是")


def confirm_fingerprint(args: argparse.Namespace, card: Card) -> bool:
    """Ask the clerk to compare a card's fingerprint aloud before it is enrolled (or ``--yes``)."""
    question = msg(
        f"登记“{card.name}”（{card.code}）的密钥卡。\n请与对方当面核对指纹：\n"
        f"    {card.fingerprint}\n指纹一致吗？",
        f"Enrol {card.name} ({card.code}). Compare the fingerprint:\n"
        f"    {card.fingerprint}\nDoes it match?",
    )
    return _confirm(args, question)


def cmd_keys(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        command = args.keys_command
        if command == "card":
            card = keys.own_card(session)
            if args.out.suffix.lower() == ".pdf" and not args.out.is_dir():
                write_output(args.out, keys.card_pdf(session))
                path = args.out
            else:
                path = keys.write_card(session, args.out)
            emit(
                args,
                {"path": str(path), "code": card.code, "fingerprint": card.fingerprint},
                msg(
                    f"密钥卡已保存：{path}\n指纹：{card.fingerprint}",
                    f"Card written: {path}\nFingerprint: {card.fingerprint}",
                ),
            )
            return EXIT_OK
        if command == "enroll":
            card = keys.check_enrolment(session, keys.read_card(args.card))
            if not confirm_fingerprint(args, card):
                return EXIT_REFUSED
            peer = keys.enroll(session, card)
            emit(
                args,
                {"code": peer.code, "name": peer.name, "fingerprint": peer.fingerprint},
                msg(
                    f"已登记：{peer.name}（{peer.code}），指纹 {peer.fingerprint}",
                    f"Enrolled {peer.name} ({peer.code}), fingerprint {peer.fingerprint}",
                ),
            )
            return EXIT_OK
        if command == "revoke":
            question = msg(
                f"吊销{args.code}的密钥后，它的同步文件将被拒绝，直到重新登记新的密钥卡。确定吗？",
                f"Revoke {args.code}'s key? Its files are refused until a new card is enrolled.",
            )
            if not _confirm(args, question):
                return EXIT_REFUSED
            peer = keys.revoke(session, args.code, reason=args.reason)
            emit(
                args,
                {"code": peer.code, "revoked_at": peer.revoked_at},
                msg(f"已吊销：{peer.name}（{peer.code}）", f"Revoked {peer.name} ({peer.code})"),
            )
            return EXIT_OK
        own = keys.ensure_keys(session)
        peers = keys.list_peers(session)
        data = {
            "fingerprint": own.fingerprint,
            "age_identity": str(own.paths.age_identity),
            "age_recipient": str(own.paths.age_recipient),
            "minisign_secret_key": str(own.paths.minisign_secret),
            "minisign_public_key": str(own.paths.minisign_public),
            "peers": [
                {
                    "code": p.code,
                    "name": p.name,
                    "kind": p.kind,
                    "fingerprint": p.fingerprint,
                    "revoked": keys.is_revoked(session, p),
                }
                for p in peers
            ],
        }
        lines = [
            msg(f"本单位指纹：{own.fingerprint}", f"Fingerprint: {own.fingerprint}"),
            msg(
                f"解密密钥（age）：{own.paths.age_identity}",
                f"age identity: {own.paths.age_identity}",
            ),
            msg(
                f"加密公钥（age）：{own.paths.age_recipient}",
                f"age recipient: {own.paths.age_recipient}",
            ),
            msg(
                f"签名密钥（minisign）：{own.paths.minisign_secret}",
                f"minisign key: {own.paths.minisign_secret}",
            ),
            msg(
                f"签名公钥（minisign）：{own.paths.minisign_public}",
                f"minisign pub: {own.paths.minisign_public}",
            ),
        ]
        if not peers:
            lines.append(msg("尚未登记任何密钥卡。", "No card enrolled yet."))
        for p in peers:
            state = msg("（已吊销）", " (revoked)") if keys.is_revoked(session, p) else ""
            lines.append(f"  {p.name}（{p.code}） {p.fingerprint}{state}")
        emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        profile = session.require_profile()
        if profile.kind is OfficeKind.TOWN and not args.to:
            results = sync.export_all(session, args.out)
        else:
            results = [sync.export_sync_file(session, args.out, to=args.to)]
    data = [r.to_dict() for r in results]
    text = "\n".join(str(r.path) for r in results)
    emit(args, data[0] if len(data) == 1 else data, text)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with open_existing(args) as session:
        reports = sync.import_sync_files(session, args.files)
    labels = {
        sync.ImportStatus.IMPORTED: msg("已导入", "imported"),
        sync.ImportStatus.ALREADY: msg("已导入过", "already imported"),
        sync.ImportStatus.REFUSED: msg("已拒绝", "refused"),
        sync.ImportStatus.SKIPPED: msg("已跳过", "skipped"),
    }
    lines = []
    for report in reports:
        lines.append(f"{report.path.name}：{labels[report.status]}。{report.message}")
        lines.extend(f"  ⚠ {w}" for w in report.warnings)
    if not reports:
        lines.append(msg("没有找到同步文件（*.sanzhi）。", "No sync files (*.sanzhi) found."))
    else:
        lines.append(sync.summary(reports))
    emit(args, [r.to_dict() for r in reports], "\n".join(lines))
    return EXIT_REFUSED if sync.refused_count(reports) else EXIT_OK
