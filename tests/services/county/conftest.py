"""A throwaway PostgreSQL cluster for the county scorecard's tests (skipped without one).

Stand-in until the county store's shared fixture lands: initdb in a temporary
folder, a Unix socket there, no TCP, trust authentication.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("psycopg")
    initdb = PG_BIN / "initdb" if (PG_BIN / "initdb").exists() else shutil.which("initdb")
    if not initdb:
        pytest.skip("PostgreSQL is not installed")
    base = tmp_path_factory.mktemp("pg")
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    # PostgreSQL refuses to run as root: then the server runs as the postgres user.
    as_user: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser")
        as_user = ["runuser", "-u", "postgres", "--"]
        for path in (base, sock):
            shutil.chown(path, "postgres")
        for parent in base.parents:  # the server must reach its folder
            if parent == Path(tmp_path_factory.getbasetemp()).parent.parent:
                break
            os.chmod(parent, os.stat(parent).st_mode | 0o755)
    subprocess.run(
        [*as_user, str(initdb), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    pg_ctl = Path(str(initdb)).with_name("pg_ctl")
    log = str(base / "log")
    options = f"-k {sock} -p {port} -c listen_addresses='' -c fsync=off"
    subprocess.run(
        [*as_user, str(pg_ctl), "-D", str(data), "-o", options, "-w", "-l", log, "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@/postgres?host={sock}&port={port}"
    finally:
        subprocess.run(
            [*as_user, str(pg_ctl), "-D", str(data), "-m", "immediate", "stop"], check=False
        )
