"""Export: a sync file of about 100,000 records (``services.sync.export_sync_file``).

Baseline, on the same database in the same run: ``sqlite3 DB .dump | gzip |
age -r <the town's recipient>`` (Debian's ``sqlite3`` and ``age`` command-line
tools). Both produce an encrypted, compressed copy of the data; ours also
signs it, writes it atomically (fsync, read back) and records it in the
ledger. Target: ≤ 2×.

Run: ``python benchmarks/export.py [--runs 5] [--records 100000]``.
"""

from __future__ import annotations

import shlex
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.services.session import open_session

LIMIT = 2.0


def figures(*, runs: int, records: int, out: Path = make_data.DEFAULT_OUT) -> list[common.Figure]:
    big = make_data.big_village(records, out=out)
    village = make_data.scratch_copy(big.village, "village-export.db")
    with open_session(village, operator="基准测试") as session:
        town = keys.town_peer(session)
        assert town is not None
        recipient = town.age_recipient
    shell = (
        f"sqlite3 {shlex.quote(str(village))} .dump | gzip | "
        f"age -r {shlex.quote(recipient.strip())} > /dev/null"
    )
    ours_t, bare_t = [], []
    with tempfile.TemporaryDirectory(prefix="sanzhi-export-") as tmp:
        for run in range(runs + 1):  # run 0 warms the file cache, untimed
            folder = Path(tmp) / str(run)
            folder.mkdir()
            with open_session(village, operator="基准测试") as session:
                [t] = common.time_call(
                    lambda f=folder, s=session: sync.export_sync_file(s, f), runs=1
                )
            b = common.run_child(["bash", "-o", "pipefail", "-c", shell]).seconds
            if run:
                ours_t.append(t)
                bare_t.append(b)
    return [
        common.ratio_figure("export", ours_t, bare_t, limit=LIMIT, detail={"records": big.records})
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    args = parser.parse_args()
    common.emit(figures(runs=args.runs, records=args.records, out=args.out), as_json=args.json)


if __name__ == "__main__":
    main()
