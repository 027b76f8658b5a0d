"""Start-up: process start to a window that answers input, on a village and on the town.

Two moments are measured in each run (``gui/start_probe.py``):

* ``FIRST_PAINT``: the main window has painted once (context: what the clerk
  sees first);
* ``READY``: the home page's to-dos and figures are in, the status bar is
  complete and the event loop has run dry — a click is answered at once.
  That is the figure of issue #23 (target ≤ 1.5× the floor).

The floor, in the same run and alternating with ours, is ``bare_window.py``:
a bare PySide6 window that, after its first paint, opens the same file with
the bare ``sqlite3`` module and runs the *same statements* the program ran on
its connection until it was ready, fetching every row. Those statements are
recorded from the program itself before the timed runs (a ``sqlite3``
trace callback on the connection that the main thread opens on the file;
writes are left out, reads and pragmas kept), so the floor follows the
program when its home page asks for more or for less. Both processes print
``time.monotonic()``; the figure is that moment minus the moment the
process was started.

The town's file is opened as a clerk opens it every morning: closed cleanly
the evening before, so only the cheap header and schema checks precede the
window and the full ``quick_check`` runs behind it (``storage/health.py``).
The figure "town opened after a crash" is the other case: the lock file's
clean-close marker is removed before each run, so the full check comes first.

Run: ``python benchmarks/startup.py [--runs 5] [--years 10] [--town TOWN.db]``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data

LIMIT = 1.5
HERE = Path(__file__).resolve().parent
PAINT_ENV = {"SANZHI_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
READY_ENV = {"SANZHI_EXIT_WHEN_READY": "1", "QT_QPA_PLATFORM": "offscreen"}

#: Run in a child: the program, with every statement of its main-thread connection to
#: the file recorded and written to a JSON file when it prints READY.
RECORDER = """
import builtins, json, os, sqlite3, sys, threading
db, out = sys.argv[1], sys.argv[2]
target = os.path.realpath(db)
statements = []
real_connect = sqlite3.connect
def connect(database, *args, **kwargs):
    conn = real_connect(database, *args, **kwargs)
    on_main = threading.current_thread() is threading.main_thread()
    if on_main and os.path.realpath(str(database)) == target:
        conn.set_trace_callback(statements.append)
    return conn
sqlite3.connect = connect
real_print = builtins.print
def spy(*args, **kwargs):
    if args and str(args[0]).startswith("READY"):
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(statements, handle, ensure_ascii=False)
    real_print(*args, **kwargs)
builtins.print = spy
from sanzhi_desktop.cli import main
sys.exit(main(["--db", db, "--operator", "王文书", "gui"]))
"""

READ_VERBS = ("SELECT", "WITH", "PRAGMA", "VALUES")


def app_argv(db: Path) -> list[str]:
    return [sys.executable, "-m", "sanzhi_desktop", "--db", str(db), "--operator", "王文书", "gui"]


def bare_argv(db: Path | None = None, queries: Path | None = None) -> list[str]:
    extra = ["--db", str(db), "--queries", str(queries)] if db and queries else []
    return [sys.executable, str(HERE / "bare_window.py"), *extra]


def moments(run: common.ChildRun, started: float) -> dict[str, float]:
    """Seconds from ``started`` to each ``NAME <monotonic>`` line the child printed."""
    found = {}
    for line in run.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in {"FIRST_PAINT", "READY"}:
            found[name] = float(value) - started
    return found


def timed_run(argv: list[str], env: dict[str, str]) -> tuple[dict[str, float], float]:
    """(the moments, the process's peak RSS in MiB)."""
    started = time.monotonic()
    run = common.run_child(argv, env=env)
    return moments(run, started), run.peak_rss_mb


def paint_run(argv: list[str]) -> tuple[float, float]:
    """(seconds from process start to first paint, the peak RSS in MiB)."""
    found, rss = timed_run(argv, PAINT_ENV)
    return found["FIRST_PAINT"], rss


def record_queries(db: Path, out: Path) -> list[str]:
    """The reads the program makes on its connection until it is ready (see RECORDER)."""
    common.run_child([sys.executable, "-c", RECORDER, str(db), str(out)], env=READY_ENV)
    statements = json.loads(out.read_text(encoding="utf-8"))
    reads = [s for s in statements if s.lstrip().upper().startswith(READ_VERBS)]
    out.write_text(json.dumps(reads, ensure_ascii=False), encoding="utf-8")
    return reads


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


def forget_clean_close(db: Path) -> None:
    """Make ``db`` look as if its last user crashed (the lock file says "open")."""
    from sanzhi_desktop.storage.lock import lock_path_for

    lock_path_for(db.resolve()).write_text("open 0", encoding="utf-8")


def measure_ready(
    db: Path, runs: int, *, crashed: bool = False
) -> tuple[list[dict[str, float]], list[dict[str, float]], int]:
    """Alternate ours and the floor (one warm-up each: the OS file cache, the day's backup)."""
    with tempfile.TemporaryDirectory(prefix="sanzhi-startup-") as folder:
        queries = Path(folder) / "queries.json"
        timed_run(app_argv(db), READY_ENV)  # warm-up; leaves the file closed cleanly
        count = len(record_queries(db, queries))
        floor = bare_argv(db, queries)
        timed_run(floor, READY_ENV)
        ours, bare = [], []
        for _ in range(runs):
            if crashed:
                forget_clean_close(db)
            ours.append(timed_run(app_argv(db), READY_ENV)[0])
            bare.append(timed_run(floor, READY_ENV)[0])
    return ours, bare, count


def spread(values: list[float]) -> str:
    return f"{min(values):.3f}–{max(values):.3f} s"


def ready_figures(
    name: str, db: Path, runs: int, detail: dict[str, object], *, paint: bool, crashed: bool = False
) -> list[common.Figure]:
    ours, bare, count = measure_ready(db, runs, crashed=crashed)
    figures = []
    if paint:
        mine, theirs = [m["FIRST_PAINT"] for m in ours], [m["FIRST_PAINT"] for m in bare]
        figures.append(
            common.ratio_figure(
                f"start-up first paint ({name})",
                mine,
                theirs,
                limit=LIMIT,
                detail={**detail, "ours": spread(mine), "floor": spread(theirs)},
            )
        )
    mine, theirs = [m["READY"] for m in ours], [m["READY"] for m in bare]
    figures.append(
        common.ratio_figure(
            f"start-up ready ({name})",
            mine,
            theirs,
            limit=LIMIT,
            detail={
                **detail,
                "statements": count,
                "ours": spread(mine),
                "floor": spread(theirs),
                "file MB": round(db.stat().st_size / 2**20),
            },
        )
    )
    return figures


def figures(
    *, runs: int, years: int, town: Path | None = None, out: Path = make_data.DEFAULT_OUT
) -> list[common.Figure]:
    compile_package()
    village = make_data.demo_village(years=years, out=out)
    result = ready_figures(
        "village", village, runs, {"database": f"demo village, {years} years"}, paint=True
    )
    if town is not None:
        result += ready_figures("town", town, runs, {"database": str(town.name)}, paint=False)
        result += ready_figures(
            "town opened after a crash",
            town,
            runs,
            {"database": str(town.name), "note": "full quick_check before the window"},
            paint=False,
            crashed=True,
        )
    return result


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--town", type=Path, help="a town database (default: none)")
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    args = parser.parse_args()
    common.emit(
        figures(runs=args.runs, years=args.years, town=args.town, out=args.out),
        as_json=args.json,
    )


if __name__ == "__main__":
    main()
