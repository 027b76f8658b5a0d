"""Opening the county's database: a psycopg connection, or a refusal in plain Chinese."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg

if TYPE_CHECKING:
    import psycopg


def connect(url: str) -> psycopg.Connection[Any]:
    """A connection to ``url`` (a libpq URL or ``key=value`` conninfo), not in autocommit.

    psycopg missing and a server that cannot be reached are refusals (the CLI
    prints one line), never tracebacks.
    """
    try:
        import psycopg
    except ImportError as exc:
        raise RefusedError(
            msg(
                "县级数据库需要 psycopg（请安装：pip install 'sanzhi-desktop[county]'）。",
                "The county store needs psycopg: pip install 'sanzhi-desktop[county]'.",
            )
        ) from exc
    try:
        return psycopg.connect(url, connect_timeout=10)
    except psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RefusedError(
            msg(
                f"连不上县级数据库（{detail}）。请检查 --pg 地址，以及 PostgreSQL 是否已启动。",
                f"Cannot connect to the county database ({detail}).",
            )
        ) from exc
