"""Start-up: ``sanzhi`` process start to the first painted main window, on a 10-year village.

Baseline, in the same run and alternating with ours: ``bare_window.py`` (a bare
PySide6 QMainWindow with a QTableView). Both processes print the
``time.monotonic()`` of their first paint (``SANZHI_EXIT_AFTER_PAINT=1``, the
hook in ``gui/app.py``); the figure is that moment minus the moment the
process was started. Target: ≤ 1.5×.

Run: ``python benchmarks/startup.py [--runs 5] [--years 10]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data

LIMIT = 1.5
HERE = Path(__file__).resolve().parent
ENV = {"SANZHI_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}


def app_argv(db: Path) -> list[str]:
    return [sys.executable, "-m", "sanzhi_desktop", "--db", str(db), "--operator", "王文书", "gui"]


def bare_argv() -> list[str]:
    return [sys.executable, str(HERE / "bare_window.py")]


def paint_run(argv: list[str]) -> tuple[float, float]:
    """(seconds from process start to first paint, the process's peak RSS in MiB)."""
    started = time.monotonic()
    run = common.run_child(argv, env=ENV)
    line = next(x for x in run.stdout.splitlines() if x.startswith("FIRST_PAINT "))
    return float(line.split()[1]) - started, run.peak_rss_mb


def compile_package() -> None:
    """Byte-compile the program first, as an installed copy is.

    pip compiles a wheel's modules at install time and the bundle ships .pyc
    files, while PySide6 arrives compiled; on a machine that sets
    PYTHONDONTWRITEBYTECODE a source checkout would otherwise recompile every
    module of ours on every start, which no clerk's PC does.
    """
    import compileall

    import sanzhi_desktop

    compileall.compile_dir(str(Path(sanzhi_desktop.__file__).parent), quiet=1)


def measure(db: Path, runs: int) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Alternate ours and the baseline (one warm-up each: the OS file cache)."""
    compile_package()
    paint_run(app_argv(db))
    paint_run(bare_argv())
    ours, bare = [], []
    for _ in range(runs):
        ours.append(paint_run(app_argv(db)))
        bare.append(paint_run(bare_argv()))
    return ours, bare


def figures(*, runs: int, years: int, out: Path = make_data.DEFAULT_OUT) -> list[common.Figure]:
    db = make_data.demo_village(years=years, out=out)
    ours, bare = measure(db, runs)
    return [
        common.ratio_figure(
            "start-up",
            [t for t, _ in ours],
            [t for t, _ in bare],
            limit=LIMIT,
            detail={"database": f"demo village, {years} years"},
        )
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    args = parser.parse_args()
    common.emit(figures(runs=args.runs, years=args.years, out=args.out), as_json=args.json)


if __name__ == "__main__":
    main()
