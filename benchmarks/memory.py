"""Memory: peak RSS of the GUI with the town database open on its dashboard.

The program is started on the town (a town opens on its dashboard) with
``SANZHI_EXIT_AFTER_PAINT=1``; its peak resident size is read with
``os.wait4`` after it quit. Baseline, alternating in the same run: the bare
PySide6 window of ``bare_window.py``. Target: ≤ +80 MB.

Run: ``python benchmarks/memory.py [--runs 5] [--db TOWN]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from benchmarks.startup import app_argv, bare_argv, paint_run

LIMIT_MB = 80.0


def figures(*, runs: int, db: Path) -> list[common.Figure]:
    ours, bare = [], []
    for _ in range(runs):
        ours.append(paint_run(app_argv(db))[1])
        bare.append(paint_run(bare_argv())[1])
    mine, theirs = common.median(ours), common.median(bare)
    return [
        common.Figure(
            "memory (peak RSS)",
            mine,
            theirs,
            "MB",
            f"≤ +{LIMIT_MB:g} MB",
            mine - theirs <= LIMIT_MB,
            compare="delta",
            detail={"runs": runs},
        )
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--db", type=Path, help="a town database (default: make_data's town)")
    args = parser.parse_args()
    db = args.db or make_data.town_data().town
    common.emit(figures(runs=args.runs, db=db), as_json=args.json)


if __name__ == "__main__":
    main()
