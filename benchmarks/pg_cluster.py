"""A PostgreSQL server for the county scorecard benchmark: --pg, SANZHI_BENCH_PG or our own.

Our own is the tests' throwaway cluster (``tests/pg_fixture.start_cluster``:
initdb in a temporary folder, a Unix socket, fsync off — the figure compares
our code with the bare statements on the same server, so durability settings
cancel out). :func:`available` says why there is none, for run_all.py to
skip the figure and the smoke test to leave it out.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager


def available() -> str:
    """'' when a server can be had, else why not."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    if _given():
        return ""
    from tests.pg_fixture import _bindir

    if _bindir() is None:
        return "PostgreSQL is not installed"
    if os.geteuid() == 0 and (shutil.which("runuser") is None or not _has_postgres_user()):
        return "running as root without a postgres user"
    return ""


def _given() -> str:
    """A server named for the benchmarks (as county_ingest.py) or for the tests."""
    return os.environ.get("SANZHI_BENCH_PG") or os.environ.get("SANZHI_TEST_PG", "")


def _has_postgres_user() -> bool:
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return True


@contextmanager
def server(url: str = "") -> Iterator[str]:
    """conninfo of a server where databases may be created."""
    given = url or _given()
    if given:
        yield given
        return
    from tests.pg_fixture import start_cluster

    with start_cluster() as admin:
        yield f"{admin} dbname=postgres"
