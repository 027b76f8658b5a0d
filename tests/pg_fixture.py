"""PostgreSQL for the county's tests: a throwaway cluster, a fresh database per test.

With ``SANZHI_TEST_PG`` set (a libpq URL or conninfo of a server where the
user may create databases) the tests use that server. Otherwise the session
starts its own cluster from the PostgreSQL binaries on this machine (Debian's
``postgresql`` package: ``/usr/lib/postgresql/<N>/bin``): ``initdb`` into a
temporary folder, the server listening on a Unix socket in that folder only
(a free port number names the socket), fsync off. ``initdb`` refuses to run
as root — CI runs the tests as root — so then it and ``pg_ctl`` run as the
``postgres`` user through ``runuser``, in a folder that user owns.

Each test gets a database of its own, copied (``CREATE DATABASE … TEMPLATE``)
from one made once per session: ``pg_url`` with the county schema already
created (``county init``), ``pg_empty_url`` without. With no PostgreSQL
binaries, no ``postgres`` user when root, or no psycopg, these fixtures skip
the test with the reason, and the rest of the suite runs.

Tests that use them are marked ``@pytest.mark.pg`` (``pytest -m "not pg"``
leaves them out).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

_numbers = itertools.count(1)


@dataclass(frozen=True)
class PgServer:
    """A server the tests may create databases on."""

    #: conninfo of its maintenance database (``postgres``).
    admin: str
    #: The template with the county schema, and the empty one.
    county_template: str
    empty_template: str

    def url(self, dbname: str) -> str:
        from psycopg.conninfo import make_conninfo

        return make_conninfo(self.admin, dbname=dbname)


def _bindir() -> Path | None:
    """The newest PostgreSQL server binaries on this machine (None: none)."""
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class NoPostgres(Exception):
    """No cluster can be started here; the message says why."""


@contextlib.contextmanager
def start_cluster() -> Generator[str, None, None]:
    """initdb + pg_ctl start in a temporary folder; yields the admin conninfo, then stops.

    Also used by ``benchmarks/county_ingest.py``. :class:`NoPostgres` when this
    machine has no PostgreSQL binaries (or, as root, no ``postgres`` user).
    """
    bindir = _bindir()
    if bindir is None:
        raise NoPostgres(
            "PostgreSQL is not installed (no pg_ctl; Debian: apt-get install postgresql)"
        )
    as_user: list[str] = []
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise NoPostgres(
                "running as root and there is no 'postgres' user to run initdb as"
            ) from None
        runuser = shutil.which("runuser")
        if runuser is None:
            raise NoPostgres("running as root and there is no runuser to run initdb as 'postgres'")
        as_user = [runuser, "-u", "postgres", "--"]
    # /tmp, not $TMPDIR: a Unix socket's path must stay short, and 'postgres' must reach it.
    short = "/tmp" if Path("/tmp").is_dir() else None
    root = Path(tempfile.mkdtemp(prefix="sanzhi-pg-", dir=short))
    if owner is not None:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    data, log = root / "data", root / "server.log"
    port = _free_port()

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120, cwd=root)

    try:
        run(
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "sanzhi",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = (
            f"-k {root} -p {port} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start")
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or b"").decode(errors="replace").strip()
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"could not start a PostgreSQL cluster: {detail}") from exc
    try:
        yield f"host={root} port={port} user=sanzhi"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
            cwd=root,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's server with its two templates (see the module's docstring)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'sanzhi-desktop[county]')")
    given = os.environ.get("SANZHI_TEST_PG")
    with contextlib.ExitStack() as stack:
        if given:
            admin = given
        else:
            try:
                admin = stack.enter_context(start_cluster())
            except NoPostgres as exc:
                pytest.skip(str(exc))
        yield from _with_templates(admin, given=bool(given))


def _with_templates(admin: str, *, given: bool) -> Iterator[PgServer]:
    import psycopg

    from sanzhi_desktop.storage.pg import schema

    tag = uuid.uuid4().hex[:8]
    server = PgServer(admin, f"sanzhi_county_{tag}", f"sanzhi_empty_{tag}")
    try:
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
            for name in (server.county_template, server.empty_template):
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        with psycopg.connect(server.url(server.county_template)) as conn:
            schema.create_county_schema(conn)
        yield server
    finally:
        if given:  # someone else's server: leave it as it was
            with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
                for name in (server.county_template, server.empty_template):
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_template(server: PgServer, setup: Callable[[str], object]) -> str:
    """A template of the session's county database after ``setup(url)`` (made once, by a
    module- or session-scoped fixture): tests then copy it with :func:`database_from`."""
    import psycopg

    name = f"{server.county_template}_t{next(_numbers)}"
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{server.county_template}"')
    setup(server.url(name))
    return name


def database_from(server: PgServer, template: str) -> Iterator[str]:
    """A fresh database copied from ``template``, dropped afterwards (use with yield from)."""
    import psycopg

    name = f"{template}_{next(_numbers)}"
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield server.url(name)
    finally:
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """conninfo of a fresh database holding the county schema (no town enrolled)."""
    yield from database_from(pg_server, pg_server.county_template)


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """conninfo of a fresh, empty database."""
    yield from database_from(pg_server, pg_server.empty_template)
