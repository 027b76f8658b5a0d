"""The county gathers its towns' bundles into PostgreSQL (issue 24; DESIGN.md §3).

A town forwards, in one bundle addressed to the county, its villages'
original signed files and its own (``sync.forward``, which decrypts the bundle
and checks every signature against the chain county → town → village). Each
signed file inside — a *payload* — is then held here to the same import
checks a town makes (DESIGN.md §3, step 3), before anything is written:

- the payload's sender is the bundle's town or one of its villages; a file
  from a newer program is refused ("please update"), one from an older one
  accepted (its records lack later columns: a new row gets their defaults, a
  stored row keeps its values);
- tables this program knows; tables only a town writes come only in the
  town's own payload;
- every record (:mod:`sanzhi_desktop.sync.record_checks`): owner is the
  payload's sender (a village's file holds its own rows only, the town's file
  town rows only), every value of its column's type and constraints, text
  valid UTF-8 without NUL, ``rev`` positive and at most a day ahead of this
  machine's clock; no id twice in one file; each table's count as its
  manifest says;
- a row already stored under that id has the same owner (in SQL, staged).

Then one transaction per bundle (``storage.pg.ingest``): COPY into staging,
the owner check, the upsert by ``(rev, rev_site)``, the ledger row. The same
file twice is a no-op by its hash; any order of files gives the same tables;
a refused file changes no record table and is recorded as refused with its
reason in Chinese, naming the sender, table, line and field.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.progress import Cancelled, Progress, no_progress
from sanzhi_desktop.storage import clock, migrations
from sanzhi_desktop.storage.pg import ingest, schema
from sanzhi_desktop.storage.pg.connection import connect
from sanzhi_desktop.storage.records import SYNC_COLUMNS, SYNCED_TABLES
from sanzhi_desktop.sync import SyncFileError, archive, forward, record_checks
from sanzhi_desktop.sync.archive import Limits
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.manifest import FILE_SUFFIX, Manifest

# --- what the forward reader gives ------------------------------------------------------


class Payload(Protocol):
    """One signed file inside a bundle, its signature and hashes already checked."""

    @property
    def sender(self) -> str: ...

    @property
    def manifest(self) -> Manifest: ...

    @property
    def members(self) -> Mapping[str, bytes]: ...

    @property
    def limits(self) -> Limits: ...

    @property
    def manifest_sha256(self) -> str: ...

    @property
    def card(self) -> Card | None: ...

    def tables(self) -> list[str]: ...


class Bundle(Protocol):
    @property
    def town(self) -> str: ...

    @property
    def payloads(self) -> Sequence[Payload]: ...


#: ``sync.forward.read_forward_bundle(path, *, identity_text, town_cards)``.
BundleReader = Callable[..., Bundle]


class IngestStatus(StrEnum):
    IMPORTED = "imported"
    ALREADY = "already"
    REFUSED = "refused"


@dataclass
class IngestReport:
    path: Path
    status: IngestStatus
    message: str = ""
    town: str = ""
    seq: int = 0
    payloads: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    changed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "status": self.status.value,
            "message": self.message,
            "town": self.town,
            "seq": self.seq,
            "payloads": self.payloads,
            "counts": self.counts,
            "changed": self.changed,
        }


# --- init and enrolment ---------------------------------------------------------------


def init_county(url: str, *, code: str = "", name: str = "") -> int:
    """Create (or bring up to date) the county's tables; returns how many record tables.

    ``code`` and ``name``: the county's own, from its keys when they exist — the
    通报 and the county window are headed with the name.
    """
    with connect(url) as conn:
        schema.create_county_schema(conn)
        if code and name:
            schema.set_county_identity(conn, code=code, name=name)
    return len(schema.town_tables())


def enroll_town(url: str, card_path: Path) -> tuple[Card, bool]:
    """Enrol a town's card (compare its fingerprint aloud first): its partitions are made.

    Returns the card and whether the town is new (a re-enrolment replaces the card).
    """
    try:
        card = Card.from_json(Path(card_path).read_bytes())
    except OSError as exc:
        raise RefusedError(msg(f"读不出密钥卡：{exc}", f"Cannot read the card: {exc}")) from exc
    except SyncFileError as exc:
        raise RefusedError(str(exc)) from exc
    if card.kind != "town" or not schema.TOWN_CODE.match(card.code):
        raise RefusedError(
            msg(
                f"这是{card.name}（{card.code}）的密钥卡，不是镇（乡）的：县里只登记镇的密钥卡。",
                f"{card.code}'s card is not a town's card.",
            )
        )
    with connect(url) as conn:
        _require_county(conn)
        with conn.transaction():
            new = ingest.enroll_town(
                conn,
                code=card.code,
                name=card.name,
                fingerprint=card.fingerprint,
                card=_card_dict(card),
            )
        schema.add_town_partition(conn, card.code)
    return card, new


def _card_dict(card: Card) -> dict[str, Any]:
    import json

    parsed: dict[str, Any] = json.loads(card.to_json())
    return parsed


def town_cards(conn: Any) -> dict[str, Card]:
    """The enrolled towns' cards by code, as the forward reader wants them."""
    import json

    return {
        row.code: Card.from_json(json.dumps(dict(row.card), ensure_ascii=False).encode())
        for row in ingest.enrolled_towns(conn)
    }


def _require_county(conn: Any) -> None:
    version = schema.schema_version(conn)
    if version is None:
        raise RefusedError(
            msg(
                "这个数据库还不是县级库：请先运行 sanzhi county init --pg 地址。",
                "Not a county database yet: run sanzhi county init --pg URL first.",
            )
        )
    if not schema.is_current(conn):
        schema.create_county_schema(conn)  # additive: a newer program's tables and columns


# --- ingest ---------------------------------------------------------------------------


def find_bundles(folder: Path) -> list[Path]:
    """The sync files (``*.sanzhi``) of ``folder``, not in subfolders, in name order."""
    return sorted(
        p
        for p in Path(folder).iterdir()
        if p.is_file() and p.name.endswith(FILE_SUFFIX) and not p.name.startswith(".")
    )


def ingest_paths(
    url: str,
    paths: Iterable[Path],
    *,
    identity_text: str,
    reader: BundleReader = forward.read_forward_bundle,
    progress: Progress = no_progress,
) -> list[IngestReport]:
    """Ingest bundle files and folders of them, each on its own: a refusal stops none."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        files.extend(find_bundles(path) if path.is_dir() else [path])
    reports = []
    with connect(url) as conn:
        ingest.prepare_session(conn)
        _require_county(conn)
        conn.commit()
        cards = town_cards(conn)
        conn.commit()
        for number, path in enumerate(files):
            progress(number, len(files), msg(f"正在导入：{path.name}", f"Ingesting {path.name}"))
            reports.append(
                ingest_file(conn, path, identity_text=identity_text, cards=cards, reader=reader)
            )
        progress(len(files), len(files), msg("导入完成。", "Done."))
    return reports


def ingest_file(
    conn: Any,
    path: Path,
    *,
    identity_text: str,
    cards: Mapping[str, Card],
    reader: BundleReader,
) -> IngestReport:
    """One bundle: checked, then written in one transaction — or refused, changing nothing."""
    path = Path(path)
    try:
        digest = _file_sha256(path)
    except OSError as exc:
        return IngestReport(path, IngestStatus.REFUSED, msg(f"读不出这个文件：{exc}", str(exc)))
    known = ingest.find_ingest(conn, digest)
    conn.commit()
    if known is not None and known["status"] == IngestStatus.IMPORTED.value:
        return IngestReport(
            path,
            IngestStatus.ALREADY,
            msg(
                f"这个文件已经导入过了（{known['file_name']}）。",
                f"Already ingested ({known['file_name']}).",
            ),
            town=str(known["town"]),
            seq=int(known["seq"]),
        )
    town, seq = "", 0
    try:
        bundle = reader(path, identity_text=identity_text, town_cards=dict(cards))
        town, seq = bundle.town, _bundle_seq(bundle)
        report = _write_bundle(conn, path, digest, bundle)
    except Cancelled:
        conn.rollback()
        raise
    except (SyncFileError, RefusedError) as exc:
        conn.rollback()
        return _refused(conn, path, digest, town, seq, str(exc))
    except OSError as exc:
        conn.rollback()
        return _refused(conn, path, digest, town, seq, msg(f"读不出这个文件：{exc}", str(exc)))
    except Exception as exc:  # no traceback for the clerk; nothing was written
        conn.rollback()
        return _refused(
            conn,
            path,
            digest,
            town,
            seq,
            msg(
                f"导入这个文件时出了意外的错误（{type(exc).__name__}），这个文件没有导入，"
                "数据没有任何改动。请把这个文件交给技术人员检查。",
                f"Unexpected error ({type(exc).__name__}: {exc}); nothing was changed.",
            ),
        )
    return report


def _refused(conn: Any, path: Path, digest: str, town: str, seq: int, reason: str) -> IngestReport:
    with conn.transaction():
        ingest.record_refused(
            conn, file_sha256=digest, file_name=path.name, town=town, seq=seq, reason=reason
        )
    return IngestReport(path, IngestStatus.REFUSED, reason, town=town, seq=seq)


def _write_bundle(conn: Any, path: Path, digest: str, bundle: Bundle) -> IngestReport:
    town = bundle.town
    if not schema.TOWN_CODE.match(town):
        raise SyncFileError(msg(f"文件里的镇代码不对（{town}）。", f"Bad town code {town!r}."))
    report = IngestReport(path, IngestStatus.IMPORTED, town=town, seq=_bundle_seq(bundle))
    max_rev = clock.now_ms() + record_checks.MAX_SKEW_MS
    latest = migrations.latest_schema_version()
    entries: list[ingest.PayloadEntry] = []
    with conn.transaction():
        writer = ingest.BundleWriter(conn, town)
        active: list[tuple[int, Payload]] = []
        tables: set[str] = set()
        for number, payload in enumerate(bundle.payloads):
            _check_payload(town, payload.sender, payload.manifest, latest, max_rev)
            if ingest.payload_seen(conn, payload.sender, payload.manifest_sha256):
                continue  # the very same signed file, merged from an earlier bundle
            for table in payload.tables():
                _table_for(town, payload.sender, table)
                tables.add(table)
            manifest = payload.manifest
            if any(n and table not in payload.tables() for table, n in manifest.counts.items()):
                raise SyncFileError(
                    msg(
                        f"{payload.sender}的文件里的记录数与清单不符。",
                        f"{payload.sender}: count mismatch.",
                    )
                )
            active.append((number, payload))
        #: ids met in this bundle per table, with the payload and line they came from
        met: dict[str, dict[str, tuple[int, int]]] = {}
        counts: dict[int, dict[str, int]] = {number: {} for number, _payload in active}
        # Table by table, every payload's rows in one COPY: a statement per table, not
        # per table and file (a COPY's round trips cost as much as thousands of rows).
        for table in sorted(tables):
            spec = schema.town_table(table)
            rules = table_rules(spec)
            seen = met.setdefault(table, {})
            rows = _bundle_rows(writer, rules, active, max_rev, seen, counts)
            report.counts[table] = writer.copy_rows(spec, rows)
        for number, payload in active:
            manifest = payload.manifest
            entries.append(
                ingest.PayloadEntry(
                    payload.manifest_sha256,
                    payload.sender,
                    manifest.seq,
                    manifest.schema_version,
                    manifest.max_rev,
                    counts[number],
                )
            )
        try:
            changed = writer.merge()
        except ingest.OwnerClash as clash:
            number, line = met[clash.table][clash.id]
            raise _owner_clash(
                bundle.payloads[number].sender, clash.table, line, clash.id, clash.stored
            ) from None
        report.changed = sum(changed.values())
        report.payloads = len(entries)
        ingest.record_imported(
            conn,
            file_sha256=digest,
            file_name=path.name,
            town=town,
            seq=report.seq,
            counts=report.counts,
            changed=report.changed,
            payloads=entries,
        )
        ingest.record_villages(
            conn,
            town,
            {p.card.code: p.card.name for _n, p in active if p.card is not None},
        )
    return report


def _bundle_rows(
    writer: ingest.BundleWriter,
    rules: record_checks.TableRules,
    active: Sequence[tuple[int, Payload]],
    max_rev: int,
    seen: dict[str, tuple[int, int]],
    counts: dict[int, dict[str, int]],
) -> Iterator[tuple[tuple[str, ...], tuple[Any, ...]]]:
    """The checked rows of one table from every payload, each payload's count checked."""
    table = rules.table
    for number, payload in active:
        if archive.data_member(table) not in payload.members:
            continue
        sender = payload.sender
        ids: dict[str, int] = {}  # one per record: a repeated id is refused
        yield from _checked_rows(rules, payload, max_rev, ids, number)
        copied = len(ids)
        if copied != payload.manifest.counts.get(table, 0):
            raise SyncFileError(
                msg(
                    f"{sender}的文件里“{rules.label}”的记录数与清单不符。",
                    f"{sender}: record count of {table} does not match the manifest.",
                )
            )
        counts[number][table] = copied
        for record_id in seen.keys() & ids.keys():
            # two files of one bundle carry this id: merged by rev if one owner's
            earlier, _line = seen[record_id]
            if _sender_of(active, earlier) != sender:
                raise _owner_clash(
                    sender, table, ids[record_id], record_id, _sender_of(active, earlier)
                )
            writer.repeated.add(table)
        seen.update((record_id, (number, line)) for record_id, line in ids.items())


def _sender_of(active: Sequence[tuple[int, Payload]], number: int) -> str:
    return next(payload.sender for n, payload in active if n == number)


def _owner_clash(sender: str, table: str, line: int, record_id: str, owner: str) -> SyncFileError:
    return SyncFileError(
        msg(
            f"{sender}的文件里“{SYNCED_TABLES[table].label_zh}”（{table}）第{line}行的记录"
            f"（{record_id}）已经以{owner}的名义保存：一个单位不能改动、删除或重建别的单位的记录。"
            "整个文件已拒绝，没有导入任何内容。",
            f"{sender}: {table} line {line}: id {record_id} is stored under {owner}. "
            "The whole file was refused.",
        )
    )


def _bundle_seq(bundle: Bundle) -> int:
    """The town's seq of its file for the county: its own payload's (the bundle's manifest)."""
    return bundle.payloads[0].manifest.seq if bundle.payloads else 0


def _check_payload(town: str, sender: str, manifest: Manifest, latest: int, max_rev: int) -> None:
    """The payload's sender belongs to the bundle's town; its manifest is within bounds."""
    is_town = sender == town
    is_village = len(sender) == 12 and sender.isdigit() and sender[:9] == town
    if not (is_town or is_village) or manifest.sender_code != sender:
        raise SyncFileError(
            msg(
                f"镇{town}转来的文件里有{sender}的文件：它不是本镇或本镇的村，整个文件已拒绝。",
                f"The bundle of {town} holds a file of {sender}, not of that town or its villages.",
            )
        )
    if manifest.schema_version > latest:
        raise SyncFileError(
            msg(
                f"{sender}的文件由更新版本的程序制作（数据版本{manifest.schema_version}，"
                f"本程序支持到{latest}），请先升级程序。",
                "Made by a newer version of the program, please update.",
            )
        )
    bound = record_checks.check_rev_bound
    if not bound(manifest.max_rev, lowest=0, max_rev=max_rev):
        raise SyncFileError(
            msg(
                f"{sender}的文件清单里的版本号（max_rev）不在允许的范围：不能是负数，"
                "也不能比本机时钟超前一天以上（请核对电脑的日期和时间），已拒绝。",
                f"{sender}: the manifest's max_rev is out of range.",
            )
        )


def _table_for(town: str, sender: str, table: str) -> schema.PgTable:
    if table not in SYNCED_TABLES:
        raise SyncFileError(
            msg(
                f"{sender}的文件里有本程序不认识的数据（{table}），请先升级程序。",
                f"{sender}: unknown table {table}; please update.",
            )
        )
    if SYNCED_TABLES[table].town_only and sender != town:
        raise SyncFileError(
            msg(
                f"{sender}的文件里有“{SYNCED_TABLES[table].label_zh}”（{table}）的记录："
                "这类记录只有镇里才能发送，整个文件已拒绝。",
                f"{sender}: {table} records may come only from the town.",
            )
        )
    return schema.town_table(table)


def table_rules(table: schema.PgTable) -> record_checks.TableRules:
    """What a record of ``table`` may hold: the town's columns (as ``services.sync`` reads them)."""
    columns = {}
    for column in table.columns:
        sync_column = column.name in SYNC_COLUMNS
        columns[column.name] = record_checks.Column(
            column.name,
            record_checks.Kind.of_declared(column.declared_type),
            not_null=column.not_null or sync_column,
            required=sync_column or (column.not_null and not column.has_default),
        )
    spec = SYNCED_TABLES[table.name]
    choices: dict[str, frozenset[object]] = {"deleted": frozenset({0, 1})}
    choices.update({name: frozenset(values) for name, values in spec.choices})
    return record_checks.TableRules(table.name, spec.label, columns, choices)


def _checked_rows(
    rules: record_checks.TableRules,
    payload: Payload,
    max_rev: int,
    ids: dict[str, int],
    number: int,
) -> Iterator[tuple[tuple[str, ...], tuple[Any, ...]]]:
    """(columns, values + payload number + line) of every record of the payload's table.

    Every line within the line limit, every record checked (``record_checks``,
    fed the raw line too: its scan for JSON escapes of NUL and lone surrogates
    reads the bytes), every id once (noted in ``ids``). A bad record raises
    :class:`SyncFileError` naming the sender, table, line and field. One loop,
    no generator per stage: it runs for every row of a county.
    """
    sender = payload.sender
    data = payload.members.get(archive.data_member(rules.table))
    if data is None:
        return
    limit = payload.limits.max_line_bytes
    parse, check = record_checks.parse_line, record_checks.check_record
    for line, raw in enumerate(io.BytesIO(data), start=1):
        if len(raw) - raw.endswith(b"\n") > limit:
            raise SyncFileError(
                msg(
                    f"{sender}的文件里“{rules.label}”第{line}行太长，超出安全限制，已拒绝。",
                    f"{sender}: {rules.table} line {line} is too long.",
                )
            )
        if not raw.strip():
            continue
        try:
            record = parse(rules, line, raw)
            check(rules, line, raw, record, sender=sender, max_rev=max_rev)
        except record_checks.RecordError as exc:
            raise SyncFileError(msg(f"（{sender}的文件）{exc}", f"({sender}) {exc}")) from exc
        record_id = record["id"]
        first = ids.setdefault(record_id, line)
        if first != line:
            raise SyncFileError(
                msg(
                    f"（{sender}的文件）“{rules.label}”（{rules.table}）第{line}行的记录："
                    f"字段“id”与第{first}行重复"
                    "（同一条记录在一个文件里出现了两次）。整个文件已拒绝，没有导入任何内容。",
                    f"({sender}) {rules.table} line {line}: id repeats line {first}.",
                )
            )
        yield tuple(record), (*record.values(), number, line)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()
