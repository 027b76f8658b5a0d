"""Timing helpers shared by the benchmark scripts: medians, p95, subprocess timing, peak RSS.

Times on an old office PC are noisy, so every figure is a median of several
runs and is only ever reported next to a baseline measured in the same run
(the ratio is the figure; the absolute seconds are context). Only the
standard library is used: peak RSS of a child comes from ``os.wait4``'s
rusage (Linux/macOS), of this process from ``resource``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_RUNS = 5


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (nearest rank): with 20 samples, the second largest."""
    ordered = sorted(values)
    rank = max(1, -(-95 * len(ordered) // 100))  # ceil(0.95 n)
    return float(ordered[rank - 1])


def time_call(
    fn: Callable[[], Any], *, runs: int = DEFAULT_RUNS, setup: Callable[[], Any] | None = None
) -> list[float]:
    """Seconds of ``runs`` calls of ``fn`` (``setup`` runs untimed before each)."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    peak_rss_mb: float
    stdout: str


def run_child(
    argv: Sequence[str], *, env: dict[str, str] | None = None, timeout: float = 1800
) -> ChildRun:
    """Run a process to its end: wall seconds, its peak resident size (MiB), its stdout.

    The child is reaped with ``os.wait4`` so that its own rusage (``ru_maxrss``)
    is read, not the maximum over every child this process ever had. A shell
    pipeline is run as ``["bash", "-c", "a | b"]``.
    """
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env={**os.environ, **(env or {})},
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            tail = err.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{list(argv)} failed ({proc.returncode}): {tail}")
        text = out.read().decode(errors="replace")
    rss_kib = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return ChildRun(seconds, rss_kib / 1024, text)


def self_peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Figure:
    """One line of the table: our median, the baseline's median, the ratio and the target."""

    name: str
    ours: float
    baseline: float
    unit: str
    target: str
    met: bool
    #: "ratio" (ours / baseline) or "delta" (ours - baseline, e.g. MB of memory)
    compare: str = "ratio"
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        if self.compare == "delta":
            return self.ours - self.baseline
        return self.ours / self.baseline if self.baseline else float("inf")

    def cells(self) -> list[str]:
        rel = f"{self.ratio:+.0f} {self.unit}" if self.compare == "delta" else f"{self.ratio:.2f}×"
        return [
            self.name,
            f"{self.ours:.3f} {self.unit}" if self.unit == "s" else f"{self.ours:.1f} {self.unit}",
            f"{self.baseline:.3f} {self.unit}"
            if self.unit == "s"
            else f"{self.baseline:.1f} {self.unit}",
            rel,
            self.target,
            "yes" if self.met else "NO",
        ]


def ratio_figure(
    name: str,
    ours: Sequence[float],
    baseline: Sequence[float],
    *,
    limit: float,
    unit: str = "s",
    detail: dict[str, Any] | None = None,
) -> Figure:
    mine, theirs = median(ours), median(baseline)
    return Figure(
        name,
        mine,
        theirs,
        unit,
        f"≤ {limit:g}×",
        mine <= limit * theirs,
        detail={"runs": len(ours), **(detail or {})},
    )


HEADER = ["figure", "ours (median)", "baseline (median)", "ratio", "target", "met?"]


def table(figures: Sequence[Figure]) -> str:
    """A Markdown table of the figures (the same text goes into the README)."""
    rows = [HEADER, ["---"] * len(HEADER), *(f.cells() for f in figures)]
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def emit(figures: Sequence[Figure], *, as_json: bool) -> None:
    """Print the figures: a table for people, or JSON lines for run_all.py."""
    for f in figures:
        if as_json:
            print("FIGURE " + json.dumps({**asdict(f)}, ensure_ascii=False))
    if not as_json:
        print(table(figures))
        for f in figures:
            if f.detail:
                print(f"  {f.name}: {json.dumps(f.detail, ensure_ascii=False)}")


def parse_figures(stdout: str) -> list[Figure]:
    return [
        Figure(**json.loads(line[7:])) for line in stdout.splitlines() if line.startswith("FIGURE ")
    ]


def base_parser(doc: str | None) -> Any:
    import argparse

    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="runs per figure (median)")
    parser.add_argument("--json", action="store_true", help="print FIGURE lines for run_all.py")
    return parser
