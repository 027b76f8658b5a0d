"""Time the demo village generator: households, persons, seconds, peak memory.

Run: ``python benchmarks/demo_generation.py [--seed N] [--runs N]``. Each run
writes a fresh village into a temporary directory (never the user's data).
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


def _max_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
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
