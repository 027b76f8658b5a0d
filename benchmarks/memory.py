"""Memory: peak RSS of the GUI with the town's dashboard really open, its data loaded.

The program is started on the town with ``SANZHI_EXIT_WHEN_READY=1`` and
``SANZHI_READY_PAGE=town_dashboard`` (``gui/start_probe.py``): once the home
page is filled it opens 全镇汇总 (the dashboard reads every village's figures
and the table counts when it is built), waits until the event loop has run
dry, and quits; its peak resident size is read with ``os.wait4``. (Before,
the process quit at the first paint of the home page: the dashboard was
never built, so the figure measured a window with nothing of the town in it.)
The output must name the dashboard, or the run is an error, not a figure.

Floor, alternating in the same run: the bare PySide6 window of
``bare_window.py`` (what any Qt window costs). Target: ≤ +80 MB.

Run: ``python benchmarks/memory.py [--runs 5] [--db TOWN]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from benchmarks.startup import READY_ENV, app_argv, bare_argv, paint_run

LIMIT_MB = 80.0
DASHBOARD_ENV = {**READY_ENV, "SANZHI_READY_PAGE": "town_dashboard"}


def dashboard_run(db: Path) -> float:
    """Peak RSS (MiB) of the program that opened the town's dashboard and let it load."""
    run = common.run_child(app_argv(db), env=DASHBOARD_ENV)
    if "READY_PAGE town_dashboard" not in run.stdout:
        raise RuntimeError(f"the dashboard was not opened: {run.stdout[-500:]}")
    return run.peak_rss_mb


def figures(*, runs: int, db: Path) -> list[common.Figure]:
    dashboard_run(db)  # warm-up: the OS file cache, the day's backup
    ours, bare = [], []
    for _ in range(runs):
        ours.append(dashboard_run(db))
        bare.append(paint_run(bare_argv())[1])
    mine, theirs = common.median(ours), common.median(bare)
    return [
        common.Figure(
            "memory (peak RSS, town dashboard open)",
            mine,
            theirs,
            "MB",
            f"≤ +{LIMIT_MB:g} MB",
            mine - theirs <= LIMIT_MB,
            compare="delta",
            detail={
                "runs": runs,
                "ours": f"{min(ours):.0f}–{max(ours):.0f} MB",
                "floor": f"{min(bare):.0f}–{max(bare):.0f} MB",
            },
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
