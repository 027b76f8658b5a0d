"""Two offices that trust each other, for the sync tests: a town and its village.

Each lives in its own folder (its data file and ``keys/`` beside it), as on two
PCs; the stick is a third folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.services import keys, roster
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage.records import SYNCED_TABLES

TOWN_CODE = "610722100"
VILLAGE_CODE = "610722100201"
OTHER_VILLAGE = "610722100202"


def make_office(root: Path, kind: OfficeKind, code: str, name: str) -> Session:
    folder = root / code
    folder.mkdir(parents=True, exist_ok=True)
    session = open_session(folder / "sanzhi.db", operator="测试员")
    init_office(session, kind=kind, code=code, name=name, town_name="柳林镇")
    keys.ensure_keys(session)
    return session


def make_village(root: Path, code: str = VILLAGE_CODE, name: str = "小营村") -> Session:
    return make_office(root, OfficeKind.VILLAGE, code, name)


def make_town(root: Path, code: str = TOWN_CODE) -> Session:
    return make_office(root, OfficeKind.TOWN, code, "柳林镇")


def enrol_both(town: Session, village: Session) -> None:
    keys.enroll(village, keys.own_card(town))
    keys.enroll(town, keys.own_card(village))


@dataclass
class Pair:
    town: Session
    village: Session
    stick: Path


@contextmanager
def pair(root: Path) -> Iterator[Pair]:
    town = make_town(root)
    village = make_village(root)
    enrol_both(town, village)
    stick = root / "stick"
    stick.mkdir()
    try:
        yield Pair(town, village, stick)
    finally:
        village.close()
        town.close()


def add_household(session: Session, no: str, head: str = "张三") -> str:
    household = roster.add_household(
        session, Household(household_no=no, head_name=head, group_no=int(no[:2]))
    )
    roster.add_person(
        session, Person(name=head, sex="男", household_id=household.id, relation="户主")
    )
    return household.id


def synced_state(session: Session, *, owner: str | None = None) -> dict[str, list[Any]]:
    """Every synced row (tombstones too), sorted: what 'same state' means."""
    state: dict[str, list[Any]] = {}
    for table in sorted(SYNCED_TABLES):
        sql = f"SELECT * FROM [{table}]" + (" WHERE owner = ?" if owner else "") + " ORDER BY id"
        rows = session.db.execute(sql, [owner] if owner else []).fetchall()
        state[table] = [tuple(r) for r in rows]
    return state


def db_fingerprint(session: Session) -> list[Any]:
    """Every row of every table: to show that a refused file changed nothing at all."""
    tables = [
        r[0]
        for r in session.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' "
            "ORDER BY name"
        ).fetchall()
    ]
    return [(t, session.db.execute(f"SELECT * FROM [{t}]").fetchall()) for t in tables]


def crafted_file(
    sender: Session,
    receiver: Session,
    stick: Path,
    tables: dict[str, list[dict[str, Any]]],
    *,
    seq: int = 99,
    secret_key: str | None = None,
    name: str = "",
    **overrides: Any,
) -> Path:
    """A sync file made by hand (signed with the sender's key unless ``secret_key``)."""
    from sanzhi_desktop.storage import migrations
    from sanzhi_desktop.storage.records import site_id
    from sanzhi_desktop.sync import syncfile
    from sanzhi_desktop.sync.manifest import Manifest

    own = keys.ensure_keys(sender)
    target = keys.own_card(receiver)
    fields: dict[str, Any] = {
        "schema_version": migrations.schema_version(sender.db),
        "app_version": "test",
        "sender_code": sender.require_profile().code,
        "sender_site_id": site_id(sender.db),
        "receiver_code": target.code,
        "receiver_fingerprint": target.fingerprint,
        "seq": seq,
        "since_rev": 0,
        "max_rev": max((r["rev"] for rows in tables.values() for r in rows), default=1),
        "created_at": "2026-11-28T10:00:00+08:00",
        **overrides,
    }
    data = syncfile.seal(
        Manifest(**fields),
        tables,
        syncfile.Acks(),
        secret_key=secret_key or own.minisign_secret,
        recipient=target.age_recipient,
    )
    path = stick / (name or f"{fields['sender_code']}-20261128-{seq}.sanzhi")
    path.write_bytes(data)
    return path


def rows_of(session: Session, table: str) -> list[dict[str, Any]]:
    cursor = session.db.execute(f"SELECT * FROM [{table}] ORDER BY id")
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def rename_head(session: Session, household_id: str, name: str) -> None:
    """An edit through the real service (a new rev on that PC)."""
    from dataclasses import replace

    household = roster.get_household(session, household_id)
    roster.update_household(session, replace(household, head_name=name))


def crafted_lines_file(
    sender: Session,
    receiver: Session,
    stick: Path,
    lines: dict[str, list[bytes]],
    *,
    seq: int,
    **overrides: Any,
) -> Path:
    """A correctly signed and encrypted file whose data members hold exactly ``lines``.

    For records :func:`crafted_file` cannot write: JSON escapes of NUL or lone
    surrogates, values no ``json.dumps`` of a stored row would give.
    """
    import json

    from sanzhi_desktop.storage import migrations
    from sanzhi_desktop.storage.records import site_id
    from sanzhi_desktop.sync import archive, crypto, syncfile

    own = keys.ensure_keys(sender)
    target = keys.own_card(receiver)
    members = {archive.ACKS: syncfile.Acks().to_json()}
    for table, rows in lines.items():
        members[archive.data_member(table)] = b"".join(line + b"\n" for line in rows)
    manifest = {
        "format": "sanzhi-sync",
        "format_version": 1,
        "schema_version": migrations.schema_version(sender.db),
        "app_version": "test",
        "sender_code": sender.require_profile().code,
        "sender_site_id": site_id(sender.db),
        "receiver_code": target.code,
        "receiver_fingerprint": target.fingerprint,
        "seq": seq,
        "since_rev": 0,
        "max_rev": 1,
        "created_at": "2026-11-28T10:00:00+08:00",
        "counts": {table: len(rows) for table, rows in lines.items()},
        "sha256": {name: archive.sha256_hex(data) for name, data in members.items()},
        **overrides,
    }
    raw = json.dumps(manifest, sort_keys=True).encode()
    members[archive.MANIFEST] = raw
    members[archive.SIGNATURE] = crypto.sign(raw, own.minisign_secret, trusted_comment="test")
    path = stick / f"{manifest['sender_code']}-20261128-{seq}.sanzhi"
    path.write_bytes(crypto.encrypt(archive.build_zip(members), target.age_recipient))
    return path
