"""Export: a sync file of about 100,000 records (``services.sync.export_sync_file``).

Floor, on the same database in the same run, alternated with ours: the same
file's work with the bare libraries, nothing else —

- the same rows: ``SELECT *`` of every synced table, the village's own rows
  above the rev the town acknowledged (what ours selects), as dictionaries;
- the same JSON lines (``json.dumps`` with sorted keys, compact separators,
  Chinese kept as UTF-8), one member per table;
- the SHA-256 of every member in a manifest, signed with the village's
  minisign key (py-minisign) — a signature is worthless without them;
- a deflated ZIP (``zipfile``), encrypted for the town's age recipient
  (pyrage), written to a file (no fsync).

It used to be ``sqlite3 .dump | gzip | age``, which also writes the change log
and the full-text index's data: about twice the bytes a sync file carries.
What ours adds is what a clerk's USB stick needs: the seq reserved and the
export recorded in the ledger (two small transactions), the acks, the file
written temp → fsync → rename → fsync of the folder, then read back and
compared. Target: ≤ 2×.

Run: ``python benchmarks/export.py [--runs 5] [--records 100000]``.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import minisign
import pyrage

from benchmarks import common, make_data
from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import sync_ledger

LIMIT = 2.0


def floor_export(
    village: Path, target: Path, *, owner: str, since: int, secret: str, recipient: str
) -> float:
    """Seconds of the floor (module docstring): ``village``'s rows into one sealed file."""

    def run() -> None:
        con = sqlite3.connect(village)
        try:
            members: dict[str, bytes] = {}
            for table in sync_ledger.synced_table_names():
                cursor = con.execute(
                    f"SELECT * FROM [{table}] WHERE owner = ? AND rev > ? ORDER BY rev, id",
                    [owner, since],
                )
                names = [c[0] for c in cursor.description]
                rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
                if rows:
                    members[f"data/{table}.jsonl"] = b"".join(
                        json.dumps(
                            r, ensure_ascii=False, sort_keys=True, separators=(",", ":")
                        ).encode()
                        + b"\n"
                        for r in rows
                    )
        finally:
            con.close()
        hashes = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
        manifest = json.dumps({"sha256": hashes}, sort_keys=True).encode()
        members["manifest.json"] = manifest
        key = minisign.SecretKey.from_bytes(secret.strip().encode("ascii"))
        members["manifest.json.minisig"] = bytes(key.sign(manifest)) + b"\n"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
            for name in sorted(members):
                zipped.writestr(name, members[name])
        sealed = pyrage.encrypt(
            buffer.getvalue(), [pyrage.x25519.Recipient.from_str(recipient.strip())]
        )
        target.write_bytes(sealed)

    [seconds] = common.time_call(run, runs=1)
    return seconds


def figures(*, runs: int, records: int, out: Path = make_data.DEFAULT_OUT) -> list[common.Figure]:
    big = make_data.big_village(records, out=out)
    village = make_data.scratch_copy(big.village, "village-export.db")
    with open_session(village, operator="基准测试") as session:
        town = keys.town_peer(session)
        assert town is not None
        recipient = town.age_recipient
        owner = session.require_profile().code
        since = sync_ledger.acked_rev(session.db, town.code)
        secret = keys.ensure_keys(session).minisign_secret
    ours_t, floor_t = [], []
    with tempfile.TemporaryDirectory(prefix="sanzhi-export-") as tmp:
        for run in range(runs + 1):  # run 0 warms the file cache, untimed
            folder = Path(tmp) / str(run)
            folder.mkdir()
            with open_session(village, operator="基准测试") as session:
                [t] = common.time_call(
                    lambda f=folder, s=session: sync.export_sync_file(s, f), runs=1
                )
            b = floor_export(
                village,
                folder / "floor.sanzhi",
                owner=owner,
                since=since,
                secret=secret,
                recipient=recipient,
            )
            if run:
                ours_t.append(t)
                floor_t.append(b)
    return [
        common.ratio_figure(
            "export",
            ours_t,
            floor_t,
            limit=LIMIT,
            detail={
                "records": big.records,
                "spread": {
                    "ours": [round(min(ours_t), 2), round(max(ours_t), 2)],
                    "floor": [round(min(floor_t), 2), round(max(floor_t), 2)],
                },
            },
        )
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    args = parser.parse_args()
    common.emit(figures(runs=args.runs, records=args.records, out=args.out), as_json=args.json)


if __name__ == "__main__":
    main()
