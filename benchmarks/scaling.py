"""Scaling: the town's import cost per record at 10k, 100k and 1M records.

Each size is one village file of that many records (``make_data.big_village``)
imported by ``services.sync.import_sync_files`` into a fresh copy of its
enrolled town. The figure is the cost per record at the largest size over
the cost per record at the smallest (the "baseline" column): it must grow ≤ 1.3×.

Run: ``python benchmarks/scaling.py [--runs 5] [--sizes 10000 100000 1000000]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from benchmarks.import_files import ours_import

LIMIT = 1.3


def figures(
    *, runs: int, sizes: list[int], out: Path = make_data.DEFAULT_OUT
) -> list[common.Figure]:
    per_record: dict[int, list[float]] = {}
    for size in sizes:
        big = make_data.big_village(size, out=out)
        per_record[size] = [
            ours_import(big.town_enrolled, [big.sync_file]) / big.records for _ in range(runs)
        ]
    small, large = min(sizes), max(sizes)
    detail = {f"{n:,} µs/record": round(common.median(v) * 1e6, 1) for n, v in per_record.items()}
    ours, base = common.median(per_record[large]), common.median(per_record[small])
    return [
        common.Figure(
            f"scaling (import per record, {large:,} vs {small:,})",
            ours * 1e6,
            base * 1e6,
            "µs",
            f"≤ {LIMIT:g}×",
            ours <= LIMIT * base,
            detail={"runs": runs, **detail},
        )
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    args = parser.parse_args()
    common.emit(figures(runs=args.runs, sizes=args.sizes, out=args.out), as_json=args.json)


if __name__ == "__main__":
    main()
