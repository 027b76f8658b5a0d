"""County ingest: 20 towns × 20 villages × 1 year into PostgreSQL, against a bare COPY.

The synthetic county (built once, cached under ``--out``): one demo village
of one year (``make_data.demo_village``: the real services, about 5,700
synced records) cloned for every village — new code as owner, every id
mapped to a new uuid5 (references to them too), its own ``rev_site``. Every
village has its own keys and card, countersigned by its town; its file is
sealed by the real ``syncfile.seal`` (signed by the village, addressed to its
town) and kept as the town receives it; each town forwards its villages'
payloads plus its own (a copy of the demo's notices, owned by the town) in
one file for the county, sealed the way ``services.county_forward`` does. So
everything the county checks is genuine: decryption, the town's signature,
the countersigned cards, each village's signature and hashes.

Ours: ``services.county_ingest.ingest_paths`` over the towns' files, into a
fresh county database (schema and towns enrolled beforehand, not timed):
decrypt, verify the chain, parse and check every record, COPY into staging,
the owner check, the upsert, the ledger.

Floor, in the same run, into another fresh database of the same schema: a
bare ``COPY`` of the very same rows (read from the same files beforehand,
already formatted as COPY text) into the same tables, one COPY per table —
what PostgreSQL itself needs to load them, indexes included, with nothing
checked. Target: ours ≤ 2× the floor.

Then the whole county is ingested again: every file is "already imported"
and the row counts and the checksum (an MD5 over every table's rows in
(town, id) order) are unchanged; the floor's database, holding the same rows,
has the same checksum.

PostgreSQL: ``SANZHI_BENCH_PG`` (a server where the user may create
databases), else a throwaway cluster started like the tests' (``initdb`` in a
temporary folder). Without either, the script says so and reports nothing.

Run: ``python benchmarks/county_ingest.py [--runs 3] [--towns 20 --villages 20]``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from sanzhi_desktop import __version__
from sanzhi_desktop.services import county_ingest
from sanzhi_desktop.storage import migrations
from sanzhi_desktop.storage.pg import ingest, schema
from sanzhi_desktop.storage.records import SYNCED_TABLES
from sanzhi_desktop.sync import archive, crypto, forward, syncfile
from sanzhi_desktop.sync.cards import Card
from sanzhi_desktop.sync.manifest import Manifest, file_name

LIMIT = 2.0
COUNTY = "610722"
DEMO_VILLAGE = "610722100201"  # the demo's code (services.demo)
DAY = date(2026, 11, 30)
NAMESPACE = uuid.UUID("4d7c1f5e-2a11-4e0b-9a55-3c0f2b6e9d10")


# --- the synthetic county ---------------------------------------------------------------


def town_code(t: int) -> str:
    return f"{COUNTY}{101 + t:03d}"


def village_code(town: str, v: int) -> str:
    return f"{town}{201 + v:03d}"


def _source_rows(demo: Path) -> tuple[dict[str, list[dict[str, Any]]], str]:
    """The demo village's own synced rows per table, and its code."""
    conn = sqlite3.connect(demo)
    conn.row_factory = sqlite3.Row
    code = str(conn.execute("SELECT code FROM office").fetchone()[0])
    rows = {
        table: [dict(r) for r in conn.execute(f"SELECT * FROM [{table}] WHERE owner = ?", [code])]
        for table in sorted(SYNCED_TABLES)
    }
    conn.close()
    return {t: r for t, r in rows.items() if r}, code


def _clone(
    rows: dict[str, list[dict[str, Any]]], owner: str, ids: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """``rows`` as ``owner``'s: ids (and every value equal to one) mapped to new uuid5s."""
    mapping = {old: str(uuid.uuid5(NAMESPACE, owner + old)) for old in ids}
    out: dict[str, list[dict[str, Any]]] = {}
    for table, records in rows.items():
        cloned = []
        for record in records:
            new = {k: (mapping.get(v, v) if isinstance(v, str) else v) for k, v in record.items()}
            new["owner"] = owner
            new["rev_site"] = f"site-{owner}"
            cloned.append(new)
        out[table] = cloned
    return out


def _manifest(sender: str, receiver: str, fingerprint: str, max_rev: int, **extra: Any) -> Manifest:
    return Manifest(
        schema_version=migrations.latest_schema_version(),
        app_version=__version__,
        sender_code=sender,
        sender_site_id=f"site-{sender}",
        receiver_code=receiver,
        receiver_fingerprint=fingerprint,
        seq=1,
        since_rev=0,
        max_rev=max_rev,
        created_at="2026-11-30T17:00:00+08:00",
        **extra,
    )


def _keys(code: str) -> crypto.KeyTexts:
    return crypto.generate_keys(created=datetime(2026, 11, 1), comment=code)


def _card(kind: str, code: str, town: str, keys: crypto.KeyTexts) -> Card:
    return Card.build(
        kind=kind,
        code=code,
        name=f"试验{code[-3:]}",
        town_code=town,
        recipient=keys.age_recipient,
        public_b64=crypto.minisign_public_base64(keys.minisign_public),
    )


@dataclass(frozen=True)
class County:
    folder: Path
    bundles: list[Path]
    town_cards: list[Path]
    identity: str
    records: int


def build_county(towns: int, villages: int, out: Path) -> County:
    """The towns' files for the county (cached: a second call reuses them)."""
    folder = Path(out) / f"county-{towns}x{villages}"
    done = folder / "county.json"
    if done.exists():
        meta = json.loads(done.read_text())
        return County(
            folder,
            [folder / "bundles" / n for n in meta["bundles"]],
            [folder / "cards" / n for n in meta["cards"]],
            meta["identity"],
            meta["records"],
        )
    demo = make_data.demo_village(years=1, out=out)
    rows, _demo_code = _source_rows(demo)
    ids = {str(r["id"]) for records in rows.values() for r in records}
    county_keys = _keys(COUNTY)
    county_card = Card.build(
        kind="county",
        code=COUNTY,
        name="试验县",
        town_code="",
        recipient=county_keys.age_recipient,
        public_b64=crypto.minisign_public_base64(county_keys.minisign_public),
    )
    (folder / "bundles").mkdir(parents=True, exist_ok=True)
    (folder / "cards").mkdir(exist_ok=True)
    bundles, cards, records = [], [], 0
    for t in range(towns):
        town = town_code(t)
        town_keys = _keys(town)
        town_card = _card("town", town, town, town_keys)
        members: dict[str, bytes] = {}
        forwarded: dict[str, list[str]] = {}
        for v in range(villages):
            code = village_code(town, v)
            keys = _keys(code)
            card_bytes = _card("village", code, town, keys).to_json()
            members[archive.card_member(code)] = card_bytes
            members[archive.card_member(code) + ".minisig"] = forward.countersign(
                card_bytes, town_keys.minisign_secret, town=town, village=code
            )
            tables = _clone(rows, code, ids)
            records += sum(len(r) for r in tables.values())
            top = max(int(r["rev"]) for rs in tables.values() for r in rs)
            sealed = syncfile.seal(
                _manifest(code, town, town_card.fingerprint, top),
                tables,
                syncfile.Acks(),
                secret_key=keys.minisign_secret,
                recipient=town_card.age_recipient,
            )
            name = f"{code}-{DAY:%Y%m%d}-1.zip"
            members[archive.forward_member(code, name)] = crypto.decrypt(
                sealed, town_keys.age_identity
            )
            forwarded[code] = [name]
        own = _clone({"notices": rows["notices"]}, town, ids)
        records += len(own["notices"])
        top = max(int(r["rev"]) for r in own["notices"])
        data = syncfile.seal(
            _manifest(town, COUNTY, county_card.fingerprint, top, forwarded=forwarded),
            own,
            syncfile.Acks(),
            secret_key=town_keys.minisign_secret,
            recipient=county_card.age_recipient,
            forward=members,
        )
        path = folder / "bundles" / file_name(town, DAY, 1)
        path.write_bytes(data)
        bundles.append(path)
        card_path = folder / "cards" / f"{town}.sanzhi-card"
        card_path.write_bytes(town_card.to_json())
        cards.append(card_path)
        print(f"  town {t + 1}/{towns} built", file=sys.stderr, flush=True)
    done.write_text(
        json.dumps(
            {
                "bundles": [p.name for p in bundles],
                "cards": [p.name for p in cards],
                "identity": county_keys.age_identity,
                "records": records,
            }
        )
    )
    return County(folder, bundles, cards, county_keys.age_identity, records)


# --- the server --------------------------------------------------------------------------


@contextlib.contextmanager
def server() -> Iterator[str | None]:
    """conninfo of a server to create databases on, or None when there is none."""
    given = os.environ.get("SANZHI_BENCH_PG")
    if given:
        yield given
        return
    from tests.pg_fixture import NoPostgres, start_cluster

    try:
        cluster = start_cluster()
        admin = cluster.__enter__()
    except NoPostgres as exc:
        print(f"county ingest: skipped ({exc})", file=sys.stderr)
        yield None
        return
    try:
        yield admin
    finally:
        cluster.__exit__(None, None, None)


class Databases:
    """Fresh county databases copied from one template (schema made, towns enrolled)."""

    def __init__(self, admin: str, county: County) -> None:
        import psycopg
        from psycopg.conninfo import make_conninfo

        self._psycopg = psycopg
        self._url = lambda name: make_conninfo(admin, dbname=name)
        self.template = f"sanzhi_bench_{uuid.uuid4().hex[:8]}"
        self._n = 0
        self._admin("CREATE DATABASE {} TEMPLATE template0", self.template)
        url = self._url(self.template)
        county_ingest.init_county(url)
        for card in county.town_cards:
            county_ingest.enroll_town(url, card)

    def _admin(self, sql: str, *names: str) -> None:
        with self._psycopg.connect(self._url("postgres"), autocommit=True) as conn:
            conn.execute(sql.format(*(f'"{n}"' for n in names)))  # type: ignore[arg-type]

    def fresh(self) -> str:
        self._n += 1
        name = f"{self.template}_{self._n}"
        self._admin("CREATE DATABASE {} TEMPLATE {}", name, self.template)
        return self._url(name)

    def drop(self, url: str) -> None:
        from psycopg.conninfo import conninfo_to_dict

        name = str(conninfo_to_dict(url)["dbname"])
        self._admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)

    def close(self) -> None:
        self._admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.template)


# --- ours and the floor ----------------------------------------------------------------------


def ours(url: str, county: County) -> tuple[float, list[county_ingest.IngestReport]]:
    start = time.perf_counter()
    reports = county_ingest.ingest_paths(url, county.bundles, identity_text=county.identity)
    return time.perf_counter() - start, reports


def copy_text(county: County) -> dict[str, tuple[list[str], bytes]]:
    """Every row of every file as COPY text per table (column list, data), read beforehand."""
    per_table: dict[str, tuple[list[str], io.BytesIO]] = {}
    cards = {
        Card.from_json(p.read_bytes()).code: Card.from_json(p.read_bytes())
        for p in county.town_cards
    }
    for path in county.bundles:
        bundle = forward.read_forward_bundle(path, identity_text=county.identity, town_cards=cards)
        for payload in bundle.payloads:
            for table in payload.tables():
                columns = [c.name for c in schema.town_table(table).columns]
                entry = per_table.setdefault(table, (["town", *columns], io.BytesIO()))
                out = entry[1]
                for record in payload.rows(table):
                    values = [bundle.town, *(record.get(c) for c in columns)]
                    out.write(_copy_line(values))
    return {t: (cols, buf.getvalue()) for t, (cols, buf) in per_table.items()}


def _copy_line(values: list[Any]) -> bytes:
    fields = []
    for value in values:
        if value is None:
            fields.append("\\N")
        elif isinstance(value, str):
            fields.append(
                value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r")
            )
        else:
            fields.append(str(value))
    return ("\t".join(fields) + "\n").encode()


def floor(url: str, data: dict[str, tuple[list[str], bytes]]) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        start = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur:
            for table, (columns, text) in data.items():
                cols = ", ".join(f'"{c}"' for c in columns)
                with cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:  # type: ignore[arg-type]
                    for block in range(0, len(text), 1 << 20):
                        copy.write(text[block : block + (1 << 20)])
        return time.perf_counter() - start


def state(url: str) -> tuple[int, str]:
    from sanzhi_desktop.storage.pg.connection import connect

    with connect(url) as conn:
        return sum(ingest.row_counts(conn).values()), ingest.checksum(conn)


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--towns", type=int, default=20)
    parser.add_argument("--villages", type=int, default=20)
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    parser.add_argument("--tiny", action="store_true", help="2 towns × 2 villages")
    args = parser.parse_args()
    if args.tiny:
        args.towns, args.villages = 2, 2
    county = build_county(args.towns, args.villages, args.out)
    # A kill (run_all's timeout, Ctrl-C from a shell) still stops the throwaway cluster.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with server() as admin:
        if admin is None:
            return
        databases = Databases(admin, county)
        try:
            data = copy_text(county)
            mine: list[float] = []
            theirs: list[float] = []
            for run in range(args.runs):
                # alternate which goes first: the other's cache and vacuum debts even out
                for which in ("ours", "floor") if run % 2 == 0 else ("floor", "ours"):
                    url = databases.fresh()
                    try:
                        if which == "floor":
                            theirs.append(floor(url, data))
                            floor_state = state(url)
                            continue
                        seconds, reports = ours(url, county)
                        bad = [
                            r
                            for r in reports
                            if r.status is not county_ingest.IngestStatus.IMPORTED
                        ]
                        assert not bad, bad[0].message
                        mine.append(seconds)
                        first = state(url)
                        again = county_ingest.ingest_paths(
                            url, county.bundles, identity_text=county.identity
                        )
                        assert all(r.status is county_ingest.IngestStatus.ALREADY for r in again), (
                            again
                        )
                        second = state(url)
                    finally:
                        databases.drop(url)
                print(
                    f"  run {run + 1}: ours {mine[-1]:.2f} s, floor {theirs[-1]:.2f} s",
                    file=sys.stderr,
                    flush=True,
                )
        finally:
            databases.close()
    figure = common.ratio_figure(
        f"county ingest ({args.towns} towns × {args.villages} villages × 1 year)",
        mine,
        theirs,
        limit=LIMIT,
        detail={
            "records": county.records,
            "rows after ingest": first[0],
            "checksum after ingest": first[1],
            "rows after re-ingest": second[0],
            "checksum after re-ingest": second[1],
            "re-ingest changed nothing": first == second,
            "floor holds the same rows": floor_state == first,
            "ours (s)": [round(s, 2) for s in mine],
            "floor (s)": [round(s, 2) for s in theirs],
        },
    )
    assert first == second and floor_state == first, (first, second, floor_state)
    common.emit([figure], as_json=args.json)


if __name__ == "__main__":
    main()
