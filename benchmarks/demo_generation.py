"""Time the demo village generator: households, persons, seconds, peak memory.

Run: ``python benchmarks/demo_generation.py [--seed N] [--runs N]``. Each run
writes a fresh village into a temporary directory (never the user's data).

``--town N`` times ``sanzhi demo --town --villages N`` instead (every village
made, enrolled, exported, imported by the town, its reply imported back) and
prints seconds per village, wall clock and this process's CPU time (target
≤ 3 s per village for 40 villages; issue 23). On a shared machine the wall
clock counts other people's work too: the CPU seconds are the figure to
compare between runs there. ``--years`` sets the history of each village
(the command's default, 3).
Peak memory is Python's own allocations (tracemalloc, in an extra untimed run), and the
process's peak resident size (``ru_maxrss``, where the platform has it), which
includes SQLite's page cache.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.demo.town import create_demo_town


def _max_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def time_town(villages: int, *, seed: int, years: int, runs: int) -> None:
    """Seconds per village of ``create_demo_town`` (wall and CPU), each run in a fresh folder."""
    per_village: list[tuple[float, float]] = []
    for run in range(1, runs + 1):
        with tempfile.TemporaryDirectory(prefix="sanzhi-demo-town-bench-") as tmp:
            wall, cpu = time.perf_counter(), time.process_time()
            summary = create_demo_town(Path(tmp), villages=villages, seed=seed, years=years)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            size_mb = sum(p.stat().st_size for p in Path(tmp).glob("*.db")) / 2**20
        per_village.append((wall / villages, cpu / villages))
        print(
            f"run {run}: {len(summary.village_paths)} villages × {years} years, "
            f"{summary.files_exchanged} files exchanged, {wall:.1f} s wall ({wall / villages:.2f} "
            f"s/village), {cpu:.1f} s CPU ({cpu / villages:.2f} s/village), {size_mb:.0f} MiB"
        )
    walls = sorted(w for w, _ in per_village)
    cpus = sorted(c for _, c in per_village)
    print(
        f"s/village over {runs} runs: wall median {walls[len(walls) // 2]:.2f} "
        f"(spread {walls[0]:.2f}–{walls[-1]:.2f}), CPU median {cpus[len(cpus) // 2]:.2f} "
        f"(spread {cpus[0]:.2f}–{cpus[-1]:.2f}); target ≤ 3 s/village"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--town", type=int, default=0, help="time a demo town of N villages")
    parser.add_argument("--years", type=int, default=3)
    args = parser.parse_args()
    if args.town:
        time_town(args.town, seed=args.seed, years=args.years, runs=args.runs)
        return
    with tempfile.TemporaryDirectory(prefix="sanzhi-demo-bench-") as tmp:
        for run in range(1, args.runs + 1):
            path = Path(tmp) / f"demo-{run}.db"
            started = time.perf_counter()
            summary = create_demo_village(path, seed=args.seed)
            seconds = time.perf_counter() - started
            size_mb = path.stat().st_size / 2**20
            print(
                f"run {run}: {summary.households} households, {summary.persons} persons, "
                f"{summary.groups} groups, {seconds:.2f} s, file {size_mb:.1f} MiB"
            )
        # tracemalloc slows allocation-heavy code about threefold: a separate run.
        tracemalloc.start()
        create_demo_village(Path(tmp) / "demo-traced.db", seed=args.seed)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak traced Python memory during one run {peak / 2**20:.1f} MiB")
    rss = _max_rss_mb()
    if rss is not None:
        print(f"process peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
