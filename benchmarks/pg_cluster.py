"""A PostgreSQL server for the county benchmarks: ``--pg URL``, ``SANZHI_TEST_PG``, or our own.

Our own is a throwaway cluster, as the tests' (tests/pg_fixture.py): initdb
into a temporary folder, a Unix socket there, no TCP, fsync off (the
figures compare our code with the bare statements on the same server, so
durability settings cancel out); as root it runs as the ``postgres`` user.
:func:`available` says why there is none, for run_all.py to skip the figure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def bindir() -> Path | None:
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else None


def available() -> str:
    """'' when a server can be had, else why not."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    if os.environ.get("SANZHI_TEST_PG"):
        return ""
    if bindir() is None:
        return "PostgreSQL is not installed"
    if os.geteuid() == 0 and (shutil.which("runuser") is None or not _has_postgres_user()):
        return "running as root without a postgres user"
    return ""


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
    given = url or os.environ.get("SANZHI_TEST_PG", "")
    if given:
        yield given
        return
    found = bindir()
    assert found is not None, available()
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = Path(tempfile.mkdtemp(prefix="sanzhi-bench-pg-", dir="/tmp"))
    if as_user:
        shutil.chown(root, "postgres", "postgres")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    data = root / "data"

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120, cwd=root)

    run(str(found / "initdb"), "-D", str(data), "-U", "sanzhi", "--auth=trust",
        "--encoding=UTF8", "--locale=C", "--no-sync")  # fmt: skip
    options = f"-k {root} -p {port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
    run(
        str(found / "pg_ctl"),
        "-D",
        str(data),
        "-l",
        str(root / "log"),
        "-o",
        options,
        "-w",
        "start",
    )
    try:
        yield f"host={root} port={port} user=sanzhi dbname=postgres"
    finally:
        subprocess.run(
            [*as_user, str(found / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)
