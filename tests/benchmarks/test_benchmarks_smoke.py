"""Every benchmark script still runs, at a toy scale (no timing is asserted: CI is noisy).

The heavy suite (``benchmarks/run_all.py``) is never run by the tests; this
runs each figure once with two one-year villages, so a renamed service or a
changed page breaks a test instead of the next benchmark session.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from benchmarks import common, pg_cluster

REPO = Path(__file__).resolve().parents[2]
#: Cached across test runs (the demo villages take a few seconds to make once), one
#: folder per checkout: a shared one let a checkout with a newer schema leave
#: villages that an older checkout's GUI refuses with a dialog — and hangs on.
OUT = Path(tempfile.gettempdir()) / (
    "sanzhi-bench-smoke-" + hashlib.sha256(str(REPO).encode()).hexdigest()[:10]
)
FIGURES = (
    "start-up", "search", "list", "print", "export", "import", "scaling", "memory", "scorecard",
    "refusing the worst sync file", "cli info", "cli log", "start-up ready (town)",
) + (() if pg_cluster.available() else ("county scorecard",))  # fmt: skip


@pytest.fixture(scope="module")
def figures() -> list[common.Figure]:
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "run_all.py"),
            "--tiny",
            "--runs",
            "1",
            "--json",
            "--out",
            str(OUT),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return common.parse_figures(done.stdout)


def test_every_figure_is_reported_with_a_baseline(figures: list[common.Figure]) -> None:
    names = [f.name for f in figures]
    for figure in FIGURES:
        assert any(n.startswith(figure) for n in names), (figure, names)
    for figure in figures:
        assert figure.ours > 0 and figure.baseline > 0, figure


def test_the_county_figure_when_postgresql_is_here(figures: list[common.Figure]) -> None:
    """County ingest (issue 24): reported wherever a cluster can start, and its re-ingest
    and its floor hold exactly the rows of the first ingest."""
    from tests.pg_fixture import NoPostgres, start_cluster

    county = [f for f in figures if f.name.startswith("county ingest")]
    if not county:
        try:
            with start_cluster():
                pass
        except NoPostgres as exc:
            pytest.skip(str(exc))
        pytest.fail("PostgreSQL is here but the county ingest figure is missing")
    (figure,) = county
    assert figure.detail["re-ingest changed nothing"] is True
    assert figure.detail["floor holds the same rows"] is True
    assert figure.detail["rows after ingest"] == figure.detail["records"] > 0


def test_the_table_has_one_row_per_figure(figures: list[common.Figure]) -> None:
    lines = common.table(figures).splitlines()
    assert lines[0].startswith("| figure | ours")
    assert len(lines) == 2 + len(figures)


def test_percentiles() -> None:
    values = [float(v) for v in range(1, 21)]
    assert common.median(values) == 10.5
    assert common.p95(values) == 19.0
    assert common.p95([3.0]) == 3.0


def test_ratio_and_delta_figures() -> None:
    slow = common.ratio_figure("x", [3.0, 3.0, 3.0], [1.0, 1.0, 1.0], limit=2)
    assert slow.ratio == 3.0 and not slow.met
    memory = common.Figure("m", 130.0, 60.0, "MB", "≤ +80 MB", True, compare="delta")
    assert memory.ratio == 70.0
    assert "+70 MB" in memory.cells()


def test_a_failing_child_is_an_error_not_a_figure() -> None:
    with pytest.raises(RuntimeError, match="failed"):
        common.run_child([sys.executable, "-c", "raise SystemExit(3)"])
