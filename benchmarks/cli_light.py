"""Light CLI commands: ``sanzhi info``, ``sanzhi log``, ``sanzhi operators list`` on a village.

Each figure is the wall time of one whole process, ``python -m sanzhi_desktop
--db F <command>``, against its floor in the same run, alternating: a bare
``python -c "import sqlite3 …"`` that opens the same file and runs the *same
statements* the command ran on its connection, fetching every row and
printing them. The statements are recorded from the command itself before the
timed runs (a ``sqlite3`` trace callback on the main thread's connection to
the file; writes left out), so the floor does exactly the reading the
command does and nothing of what is ours to answer for: Python imports, the
argument parser, the services' work, the text. Target: ≤ 3× (issue #23).

The file is opened as every day: closed cleanly by the warm-up run, so the
full ``quick_check`` is not in the path (``storage/health.py``), and the
day's automatic backup already made.

Run: ``python benchmarks/cli_light.py [--runs 5] [--years 10]``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from benchmarks.startup import READ_VERBS, compile_package

LIMIT = 3.0

COMMANDS: dict[str, list[str]] = {
    "info": ["info"],
    "log": ["log", "--limit", "20"],
    "operators list": ["operators", "list"],
}

#: Run in a child: the command, with the statements of its connection written out at the end.
RECORDER = """
import json, os, sqlite3, sys, threading
db, out, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
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
from sanzhi_desktop.cli import main
code = main(["--db", db, *argv])
with open(out, "w", encoding="utf-8") as handle:
    json.dump(statements, handle, ensure_ascii=False)
sys.exit(code)
"""

#: The floor: the same statements with the bare sqlite3 module, every row printed.
FLOOR = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
for sql in json.load(open(sys.argv[2], encoding="utf-8")):
    for row in conn.execute(sql).fetchall():
        print(*row)
conn.close()
"""


def app_argv(db: Path, command: list[str]) -> list[str]:
    return [sys.executable, "-m", "sanzhi_desktop", "--db", str(db), *command]


def record(db: Path, command: list[str], out: Path) -> int:
    common.run_child([sys.executable, "-c", RECORDER, str(db), str(out), *command])
    statements = json.loads(out.read_text(encoding="utf-8"))
    reads = [s for s in statements if s.lstrip().upper().startswith(READ_VERBS)]
    out.write_text(json.dumps(reads, ensure_ascii=False), encoding="utf-8")
    return len(reads)


def figures(*, runs: int, years: int, out: Path = make_data.DEFAULT_OUT) -> list[common.Figure]:
    compile_package()
    db = make_data.demo_village(years=years, out=out)
    result = []
    with tempfile.TemporaryDirectory(prefix="sanzhi-cli-light-") as folder:
        for name, command in COMMANDS.items():
            ours_argv = app_argv(db, command)
            common.run_child(ours_argv)  # warm-up: the file cache, the day's backup
            queries = Path(folder) / f"{name.replace(' ', '-')}.json"
            count = record(db, command, queries)
            floor_argv = [sys.executable, "-c", FLOOR, str(db), str(queries)]
            common.run_child(floor_argv)
            ours, bare = [], []
            for _ in range(runs):
                ours.append(common.run_child(ours_argv).seconds)
                bare.append(common.run_child(floor_argv).seconds)
            result.append(
                common.ratio_figure(
                    f"cli {name}",
                    ours,
                    bare,
                    limit=LIMIT,
                    detail={
                        "database": f"demo village, {years} years",
                        "statements": count,
                        "ours": f"{min(ours):.3f}–{max(ours):.3f} s",
                        "floor": f"{min(bare):.3f}–{max(bare):.3f} s",
                    },
                )
            )
    return result


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    args = parser.parse_args()
    common.emit(figures(runs=args.runs, years=args.years, out=args.out), as_json=args.json)


if __name__ == "__main__":
    main()
