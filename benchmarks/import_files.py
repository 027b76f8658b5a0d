"""Import: the town verifies and applies every village's sync file (40 files, ~200,000 records).

Ours: ``services.sync.import_sync_files`` on a fresh copy of the enrolled town
(decrypt, signature, hashes, per-record checks and merge, change log, ledger).
Baseline, in the same run, on another fresh copy: ``age -d`` of each file, the
ZIP's JSON lines parsed and inserted with one ``executemany`` per table —
the bare tools without any checking. Target: ≤ 3×.

Run: ``python benchmarks/import_files.py [--runs 5] [--villages 40 --years 10 --extra 1500]``.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.sync import archive

LIMIT = 3.0


def ours_import(enrolled: Path, files: list[Path]) -> float:
    """Seconds to import ``files`` into a fresh copy of ``enrolled``."""
    town = make_data.scratch_copy(enrolled, "town-scratch.db")
    with open_session(town, operator="基准测试") as session:
        # sqlite-utils is imported on first use; in the GUI that happens right after the
        # first paint, long before a clerk imports anything: not part of an import's cost.
        assert session.db is not None
        [seconds] = common.time_call(lambda: _import(session, files), runs=1)
    return seconds


def _import(session: object, files: list[Path]) -> None:
    reports = sync.import_sync_files(session, files)  # type: ignore[arg-type]
    bad = [r.message for r in reports if r.status is not sync.ImportStatus.IMPORTED]
    if bad:
        raise RuntimeError(f"import refused: {bad[:3]}")


def bare_import(enrolled: Path, files: list[Path], identity: Path) -> float:
    town = make_data.scratch_copy(enrolled, "town-scratch-bare.db")

    def run() -> None:
        con = sqlite3.connect(town)
        with con:
            for path in files:
                plain = subprocess.run(
                    ["age", "-d", "-i", str(identity), str(path)], capture_output=True, check=True
                ).stdout
                with zipfile.ZipFile(io.BytesIO(plain)) as zipped:
                    for name in zipped.namelist():
                        table = archive.table_of_member(name)
                        if table is None:
                            continue
                        rows = [json.loads(x) for x in zipped.read(name).splitlines() if x]
                        if not rows:
                            continue
                        columns = list(rows[0])
                        names = ", ".join(f"[{c}]" for c in columns)
                        con.executemany(
                            f"INSERT OR REPLACE INTO [{table}] ({names}) "
                            f"VALUES ({', '.join('?' * len(columns))})",
                            [tuple(r.get(c) for c in columns) for r in rows],
                        )
        con.close()

    [seconds] = common.time_call(run, runs=1)
    return seconds


def identity_file(enrolled: Path) -> Path:
    with open_session(enrolled, operator="基准测试", exclusive=False) as session:
        return keys.key_paths(session).age_identity


def figures(
    *, runs: int, villages: int, years: int, extra: int, out: Path = make_data.DEFAULT_OUT
) -> list[common.Figure]:
    data = make_data.town_data(villages=villages, years=years, extra=extra, out=out)
    identity = identity_file(data.town_enrolled)
    ours_t, bare_t = [], []
    for _ in range(runs):
        ours_t.append(ours_import(data.town_enrolled, data.village_files))
        bare_t.append(bare_import(data.town_enrolled, data.village_files, identity))
    return [
        common.ratio_figure(
            "import",
            ours_t,
            bare_t,
            limit=LIMIT,
            detail={"files": len(data.village_files), "records": data.records},
        )
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--villages", type=int, default=40)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--extra", type=int, default=1500)
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    args = parser.parse_args()
    common.emit(
        figures(
            runs=args.runs,
            villages=args.villages,
            years=args.years,
            extra=args.extra,
            out=args.out,
        ),
        as_json=args.json,
    )


if __name__ == "__main__":
    main()
