"""Run every benchmark and print one table: figure, ours, baseline, ratio, target, met?

Each script runs in its own process (``--json``), so one figure's imports,
caches and memory do not colour the next. The data come from
``make_data.py`` (built once, cached under ``--out``).

Run: ``python benchmarks/run_all.py [--runs 5]`` — the README's table (40
villages × 10 years, about 215,000 records; export 100,000; scaling 10k,
100k, 1M). ``--tiny`` runs everything at a toy scale in a few seconds (the
smoke test uses it); ``--only search list`` picks figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data, pg_cluster

HERE = Path(__file__).resolve().parent


def plans(*, tiny: bool, out: Path, scaling: list[int]) -> dict[str, list[str]]:
    """figure → the script and its arguments."""
    town = ["--villages", "2", "--years", "1", "--extra", "20"] if tiny else []
    if tiny:
        town_db = make_data.town_data(villages=2, years=1, extra=20, out=out).town
    else:
        town_db = make_data.town_data(out=out).town
    o = ["--out", str(out)]
    return {
        "start-up": ["startup.py", "--years", "1" if tiny else "10", "--town", str(town_db), *o],
        "cli light": ["cli_light.py", "--years", "1" if tiny else "10", *o],
        "search": ["search.py", "--db", str(town_db)],
        "list": ["list_views.py", "--db", str(town_db)],
        "print": [
            "print_sheets.py",
            "--sheets",
            "3" if tiny else "100",
            "--years",
            "1" if tiny else "10",
            *o,
        ],
        "export": ["export.py", "--records", "1500" if tiny else "100000", *o],
        "import": [
            "import_files.py",
            *town,
            *(["--conflict-records", "1500"] if tiny else []),
            *o,
        ],
        "scaling": [
            "scaling.py",
            "--sizes",
            *(["1200", "1500"] if tiny else map(str, scaling)),
            *o,
        ],
        "memory": ["memory.py", "--db", str(town_db)],
        "scorecard": [
            "scorecard.py",
            *(["--villages", "2", "--years", "1"] if tiny else []),
            *o,
        ],
        "refusal memory": [
            "refusal_memory.py",
            *(["--long-lines", "4", "--records", "300", "--bomb-lines", "60"] if tiny else []),
        ],
        # PostgreSQL: a throwaway cluster (or SANZHI_BENCH_PG); no figure without one.
        "county ingest": ["county_ingest.py", *(["--tiny"] if tiny else []), *o],
        "county scorecard": [
            "county_scorecard.py",
            *(["--towns", "2", "--villages", "2"] if tiny else []),
            *o,
        ],
    }


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--tiny", action="store_true", help="toy scale, a few seconds")
    parser.add_argument("--only", nargs="*", help="figures to run (default: all)")
    parser.add_argument("--out", type=Path, default=make_data.DEFAULT_OUT)
    parser.add_argument(
        "--scaling",
        type=int,
        nargs="+",
        default=[10_000, 100_000, 1_000_000],
        help="record counts of the scaling figure",
    )
    args = parser.parse_args()
    figures: list[common.Figure] = []
    for name, (script, *rest) in plans(tiny=args.tiny, out=args.out, scaling=args.scaling).items():
        if args.only and name not in args.only:
            continue
        if script == "county_scorecard.py" and (why := pg_cluster.available()):
            print(f"… {name}: skipped ({why})", file=sys.stderr, flush=True)
            continue
        argv = [sys.executable, str(HERE / script), "--json", "--runs", str(args.runs), *rest]
        print(f"… {name}", file=sys.stderr, flush=True)
        done = subprocess.run(argv, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr[-3000:], file=sys.stderr)
            raise SystemExit(f"{script} failed")
        figures += common.parse_figures(done.stdout)
    common.emit(figures, as_json=args.json)


if __name__ == "__main__":
    main()
