"""One town's bundle written into the county's tables, and the county's ledger (issue 24).

The service (``services.county_ingest``) checks every record before it gets
here; this module only moves rows, in the caller's transaction:

1. :meth:`BundleWriter.copy_rows` — the rows of a table, as they are read,
   ``COPY``-ed into a temporary staging table (one per table and set of
   columns: a file made by an older program lacks later columns, which must
   then keep their stored values, as at the town);
2. :meth:`BundleWriter.merge` — ``INSERT … SELECT … ON CONFLICT (town, id) DO
   UPDATE … WHERE (excluded.rev, excluded.rev_site) > (stored)``: the greater
   version wins, tombstones like any other version, so the same rows in any
   order give the same table. Rows go straight into the town's partition (no
   routing), and only an id a bundle carries twice (two files of one village,
   an old version and a newer one) pays for ``DISTINCT ON``. DESIGN.md §3's
   "a row already stored under that id has the same owner" is checked in the
   same statement, where it meets the stored row (:class:`OwnerClash`).

Every row of a bundle is its town's: a town's bundle can only ever write its
own partition, so another town's records are out of its reach by
construction; the owner check needs only that partition.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.pg.schema import PgTable, check_town_code, town_tables

if TYPE_CHECKING:
    import psycopg

#: Staging columns after the record's: which payload of the bundle, which line of its file.
ORIGIN_COLUMNS = ("_payload", "_line")

_stage_numbers = itertools.count(1)


@dataclass
class _Stage:
    name: str
    table: PgTable
    columns: tuple[str, ...]
    rows: int = 0


class OwnerClash(Exception):
    """An incoming row whose id is stored under another owner (the file is refused)."""

    def __init__(self, table: str, id: str, stored: str, incoming: str) -> None:
        super().__init__(f"{table} {id}: stored under {stored}, not {incoming}")
        self.table, self.id, self.stored, self.incoming = table, id, stored, incoming


def prepare_session(conn: psycopg.Connection[Any]) -> None:
    """Before a session's first bundle: room for staging tables in memory (temp tables
    spill to disk beyond ``temp_buffers``, 8 MB by default; it can be set only before
    a session's first temporary table)."""
    conn.execute("SET temp_buffers = '256MB'")


@dataclass
class BundleWriter:
    """Stages and merges one bundle's rows, inside the caller's transaction."""

    conn: psycopg.Connection[Any]
    town: str
    _stages: dict[tuple[str, tuple[str, ...]], _Stage] = field(default_factory=dict)
    #: Tables in which some id came twice (across payloads): merged with DISTINCT ON.
    repeated: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        check_town_code(self.town)

    def copy_rows(
        self,
        table: PgTable,
        rows: Iterable[tuple[tuple[str, ...], Sequence[Any]]],
    ) -> int:
        """``COPY`` ``rows`` — (columns, their values then :data:`ORIGIN_COLUMNS`) — into staging.

        Rows whose columns differ from the first row's (rare: a file made
        across a program update) are held back and copied after.
        """
        copied = 0
        pending: Iterator[tuple[tuple[str, ...], Sequence[Any]]] = iter(rows)
        while True:
            first = next(pending, None)
            if first is None:
                return copied
            columns = first[0]
            stage = self._stage(table, columns)
            others: list[tuple[tuple[str, ...], Sequence[Any]]] = []
            sql = (
                f"COPY {stage.name} ({', '.join(_quote(c) for c in (*columns, *ORIGIN_COLUMNS))})"
                " FROM STDIN"
            )
            with self.conn.cursor() as cur, cur.copy(sql) as copy:
                write = copy.write_row
                for cols, values in itertools.chain((first,), pending):
                    if cols != columns:
                        others.append((cols, values))
                        continue
                    write(values)
                    stage.rows += 1
                    copied += 1
            pending = iter(others)

    def _stage(self, table: PgTable, columns: tuple[str, ...]) -> _Stage:
        key = (table.name, columns)
        stage = self._stages.get(key)
        if stage is None:
            known = {c.name: c for c in table.columns}
            defs = ", ".join(
                f"{_quote(c)} {known[c].pg_type}"
                + (' COLLATE "C"' if known[c].pg_type == "text" else "")
                for c in columns
            )
            name = f"_stage_{next(_stage_numbers)}"
            self.conn.execute(
                f"CREATE TEMP TABLE {name} ({defs}, _payload integer, _line integer) ON COMMIT DROP"
            )
            stage = self._stages[key] = _Stage(name, table, columns)
        return stage

    def merge(self) -> dict[str, int]:
        """Upsert every staged row by ``(rev, rev_site)``; rows inserted or replaced, per table.

        :class:`OwnerClash` when a stored row's owner is not the incoming row's:
        the statement raises it from its conflict branch (``county_owner_clash``),
        so rows that meet no stored row, or one of their owner, pay nothing for it.
        """
        import psycopg

        changed: dict[str, int] = {}
        for stage in self._stages.values():
            columns = stage.columns
            cols = ", ".join(_quote(c) for c in columns)
            if stage.table.name in self.repeated:
                source = (
                    f"SELECT DISTINCT ON (id) {cols} FROM {stage.name}"
                    " ORDER BY id, rev DESC, rev_site DESC"
                )
            else:
                source = f"SELECT {cols} FROM {stage.name}"
            updates = ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in columns)
            part = _quote(stage.table.partition(self.town))
            with self.conn.cursor() as cur:
                try:
                    cur.execute(
                        f"INSERT INTO {part} AS t (town, {cols})"
                        f" SELECT %s, * FROM ({source}) s"
                        f" ON CONFLICT (town, id) DO UPDATE SET {updates}"
                        " WHERE CASE WHEN t.owner <> excluded.owner"
                        " THEN county_owner_clash(%s, t.id, t.owner, excluded.owner)"
                        " ELSE (excluded.rev, excluded.rev_site) > (t.rev, t.rev_site) END",
                        (self.town, stage.table.name),
                    )
                except psycopg.Error as exc:
                    if exc.sqlstate == "SZ001" and exc.diag.message_detail:
                        raise OwnerClash(**json.loads(exc.diag.message_detail)) from None
                    raise
                changed[stage.table.name] = changed.get(stage.table.name, 0) + max(cur.rowcount, 0)
        return changed


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- the county's ledger ---------------------------------------------------------------


@dataclass(frozen=True)
class TownRow:
    code: str
    name: str
    fingerprint: str
    card: Mapping[str, Any]


def enroll_town(
    conn: psycopg.Connection[Any],
    *,
    code: str,
    name: str,
    fingerprint: str,
    card: Mapping[str, Any],
) -> bool:
    """Record a town's card (replacing an earlier one); True when the town is new."""
    check_town_code(code)
    row = conn.execute(
        "INSERT INTO county_towns (code, name, fingerprint, card) VALUES (%s, %s, %s, %s)"
        " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
        " fingerprint = excluded.fingerprint, card = excluded.card, enrolled_at = now()"
        " RETURNING (xmax = 0)",
        (code, name, fingerprint, json.dumps(card, ensure_ascii=False)),
    ).fetchone()
    return bool(row and row[0])


def enrolled_towns(conn: psycopg.Connection[Any]) -> list[TownRow]:
    rows = conn.execute(
        "SELECT code, name, fingerprint, card FROM county_towns ORDER BY code"
    ).fetchall()
    return [TownRow(str(c), str(n), str(f), card) for c, n, f, card in rows]


def find_ingest(conn: psycopg.Connection[Any], file_sha256: str) -> dict[str, Any] | None:
    """The ledger's row for a bundle file (by its SHA-256), None when never seen."""
    row = conn.execute(
        "SELECT file_name, town, seq, status, message, counts, at FROM county_ingests"
        " WHERE file_sha256 = %s",
        (file_sha256,),
    ).fetchone()
    if row is None:
        return None
    keys = ("file_name", "town", "seq", "status", "message", "counts", "at")
    return dict(zip(keys, row, strict=True))


def payload_seen(conn: psycopg.Connection[Any], sender: str, manifest_sha256: str) -> bool:
    """Whether this very signed file (by its manifest's hash) was merged before."""
    return (
        conn.execute(
            "SELECT 1 FROM county_payloads WHERE sender = %s AND manifest_sha256 = %s",
            (sender, manifest_sha256),
        ).fetchone()
        is not None
    )


@dataclass(frozen=True)
class PayloadEntry:
    manifest_sha256: str
    sender: str
    seq: int
    schema_version: int
    max_rev: int
    counts: Mapping[str, int]


def record_imported(
    conn: psycopg.Connection[Any],
    *,
    file_sha256: str,
    file_name: str,
    town: str,
    seq: int,
    counts: Mapping[str, int],
    changed: int,
    payloads: Sequence[PayloadEntry],
) -> None:
    """The bundle in the ledger as imported (a refusal recorded before is replaced)."""
    conn.execute(
        "INSERT INTO county_ingests (file_sha256, file_name, town, seq, status, message,"
        " counts, payloads, changed) VALUES (%s, %s, %s, %s, 'imported', '', %s, %s, %s)"
        " ON CONFLICT (file_sha256) DO UPDATE SET status = 'imported', message = '',"
        " counts = excluded.counts, payloads = excluded.payloads, changed = excluded.changed,"
        " at = now()",
        (file_sha256, file_name, town, seq, json.dumps(dict(counts)), len(payloads), changed),
    )
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO county_payloads (manifest_sha256, sender, seq, town, file_sha256,"
            " schema_version, max_rev, counts) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (sender, manifest_sha256) DO NOTHING",
            [
                (
                    p.manifest_sha256,
                    p.sender,
                    p.seq,
                    town,
                    file_sha256,
                    p.schema_version,
                    p.max_rev,
                    json.dumps(dict(p.counts)),
                )
                for p in payloads
            ],
        )


def record_villages(conn: psycopg.Connection[Any], town: str, names: Mapping[str, str]) -> None:
    """The names of the villages whose countersigned cards came with a town's file.

    The county shows a village by the name on its card (the latest card wins), not by
    its 12-digit code; the card was verified against the town's countersignature.
    """
    if not names:
        return
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO county_villages (code, town, name) VALUES (%s, %s, %s)"
            " ON CONFLICT (code) DO UPDATE SET town = excluded.town, name = excluded.name",
            [(code, town, name) for code, name in sorted(names.items())],
        )


def record_refused(
    conn: psycopg.Connection[Any],
    *,
    file_sha256: str,
    file_name: str,
    town: str,
    seq: int,
    reason: str,
) -> None:
    """A refused bundle: in the ledger as refused (tried again next time) and in the refusals."""
    conn.execute(
        "INSERT INTO county_ingests (file_sha256, file_name, town, seq, status, message)"
        " VALUES (%s, %s, %s, %s, 'refused', %s) ON CONFLICT (file_sha256) DO UPDATE"
        " SET message = excluded.message, at = now() WHERE county_ingests.status = 'refused'",
        (file_sha256, file_name, town, seq, reason),
    )
    conn.execute(
        "INSERT INTO county_refusals (file_sha256, file_name, town, reason)"
        " VALUES (%s, %s, %s, %s)",
        (file_sha256, file_name, town, reason),
    )


# --- what the county holds (tests, the benchmark, the CLI's summary) -------------------------


def row_counts(conn: psycopg.Connection[Any]) -> dict[str, int]:
    """Rows per record table (tombstones included), tables with none left out."""
    counts = {}
    for table in town_tables():
        row = conn.execute(f"SELECT count(*) FROM {_quote(table.name)}").fetchone()
        if row and row[0]:
            counts[table.name] = int(row[0])
    return counts


def checksum(conn: psycopg.Connection[Any]) -> str:
    """One MD5 over every record table's rows in (town, id) order: equal state, equal sum."""
    parts = []
    for table in town_tables():
        row = conn.execute(
            f"SELECT coalesce(md5(string_agg(t::text, E'\\n' ORDER BY town, id)), '')"
            f" FROM {_quote(table.name)} t"
        ).fetchone()
        parts.append(f"{table.name}:{row[0] if row else ''}")
    import hashlib

    return hashlib.md5("\n".join(parts).encode()).hexdigest()
