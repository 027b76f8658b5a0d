"""The county's 考核 figures in PostgreSQL: the town's rules, run over every village at once.

The rules are :mod:`storage.scorecard`'s, spelt for PostgreSQL by
:data:`storage.sql_dialect.POSTGRESQL`: one statement per rule gives the
figure of every village of the county (grouped by ``owner``, whose first nine
digits are its town), so 400 villages cost the same 18 statements as one.
The county's tables are the towns' (same names and columns, plus ``town``),
laid out by the county store (:mod:`storage.pg.schema`).

Everything here only reads; the county GUI opens its connection read-only.
"""

from __future__ import annotations

from typing import Any

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.storage.pg import schema
from sanzhi_desktop.storage.scorecard import Rule
from sanzhi_desktop.storage.sql_dialect import POSTGRESQL, pyformat


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c.name for c in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def figure_sql(rule: Rule) -> str:
    """The rule's figure statement as psycopg runs it (``%(name)s`` parameters)."""
    return pyformat(rule.figure(POSTGRESQL))


def drill_sql(rule: Rule) -> str:
    return pyformat(rule.drill(POSTGRESQL))


def figures(conn: Any, rule: Rule, params: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """``owner → (numerator, denominator)`` of ``rule`` for every village with records."""
    with conn.cursor() as cursor:
        cursor.execute(figure_sql(rule), params)
        return {str(owner): (int(num or 0), int(den or 0)) for owner, num, den in cursor.fetchall()}


def drill(conn: Any, rule: Rule, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows behind one village's figure (``params['owner']``)."""
    with conn.cursor() as cursor:
        cursor.execute(drill_sql(rule), params)
        return _rows(cursor)


def towns_catalogue_rows(conn: Any, table: str, *, towns: list[str]) -> list[dict[str, Any]]:
    """The live catalogue rows (addressed to all villages) the towns own in ``table``."""
    with conn.cursor() as cursor:
        cursor.execute(
            f"SELECT * FROM {table} WHERE deleted = 0 AND owner = town AND addressee = '*' "
            "AND town = ANY(%s) ORDER BY town, sort_order, code",
            [towns],
        )
        return _rows(cursor)


def connect_read_only(url: str) -> Any:
    """A connection that can only read (``default_transaction_read_only``): the county GUI's.

    A server that cannot be reached, or a URL it refuses, is a
    :class:`RefusedError` that says so in Chinese — never a traceback.
    """
    try:
        import psycopg
    except ImportError as error:
        raise RefusedError(
            msg(
                "打开县级数据库需要 psycopg（请安装：pip install 'sanzhi-desktop[county]'）。",
                "The county database needs psycopg: pip install 'sanzhi-desktop[county]'.",
            )
        ) from error
    try:
        conn = psycopg.connect(
            url,
            connect_timeout=5,
            autocommit=True,  # no transaction left open while a window sits idle
            options="-c default_transaction_read_only=on",
        )
    except psycopg.Error as error:
        raise RefusedError(
            msg(
                f"连不上县级数据库服务器（{server_of(url)}）。请检查网络和服务器是否开启，"
                f"地址、用户名和密码是否正确。详情：{_first_line(error)}",
                f"Cannot reach the county database ({server_of(url)}): {_first_line(error)}",
            )
        ) from error
    if schema.schema_version(conn) is None:
        conn.close()
        raise RefusedError(
            msg(
                "这个数据库还不是县级数据库：请先运行 sanzhi county init --pg 地址。",
                "Not a county database yet: run sanzhi county init --pg URL first.",
            )
        )
    return conn


def server_of(url: str) -> str:
    """Where the server is (host and port), never the password."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception:  # a malformed URL: say nothing of it
        return "?"
    host = str(parts.get("host") or "本机")
    return f"{host}:{parts['port']}" if parts.get("port") else host


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def county_name(conn: Any) -> str:
    """The county's name as its database knows it (``county_meta``), else 县."""
    with conn.cursor() as cursor:
        cursor.execute("SELECT value FROM county_meta WHERE key = 'name'")
        row = cursor.fetchone()
    return str(row[0]) if row and row[0] else "县"


def towns(conn: Any) -> list[tuple[str, str]]:
    """(code, name) of the county's enrolled towns."""
    with conn.cursor() as cursor:
        cursor.execute("SELECT code, name FROM county_towns ORDER BY code")
        return [(str(code), str(name)) for code, name in cursor.fetchall()]


def village_files(conn: Any) -> list[tuple[str, str, str]]:
    """(code, name, last file received) of every village whose files the county ingested.

    The senders of the payloads its towns forwarded; a village's name comes
    from the village cards the county keeps (``county_villages``, when the
    ingest records them), else the village is shown by its code.
    """
    with conn.cursor() as cursor:
        cursor.execute("SELECT to_regclass('county_villages') IS NOT NULL")
        row = cursor.fetchone()
        names = "(SELECT code, name FROM county_villages)" if row and row[0] else _NO_NAMES
        cursor.execute(
            "SELECT p.sender, COALESCE(MAX(n.name), p.sender), MAX(i.at) FROM county_payloads p "
            "JOIN county_ingests i ON i.file_sha256 = p.file_sha256 "
            f"LEFT JOIN {names} n ON n.code = p.sender "
            "WHERE length(p.sender) = 12 GROUP BY p.sender ORDER BY p.sender"
        )
        return [
            (str(code), str(name), at.isoformat(timespec="seconds") if at else "")
            for code, name, at in cursor.fetchall()
        ]


_NO_NAMES = "(SELECT ''::text AS code, ''::text AS name WHERE false)"


def inspections(conn: Any, *, year: int) -> dict[tuple[str, str], float]:
    """``(village, item) → value`` of the towns' on-site inspections of ``year`` (latest wins)."""
    with conn.cursor() as cursor:
        cursor.execute(
            "SELECT village_code, item_code, value FROM scorecard_inspections "
            "WHERE deleted = 0 AND year = %s AND owner = town AND left(village_code, 9) = town "
            "ORDER BY village_code, item_code, inspected_on, rev",
            [year],
        )
        return {(str(v), str(i)): float(value) for v, i, value in cursor.fetchall()}


def inspection_rows(
    conn: Any, *, village_code: str, year: int, item_code: str
) -> list[dict[str, Any]]:
    with conn.cursor() as cursor:
        cursor.execute(
            "SELECT * FROM scorecard_inspections WHERE town = %s AND owner = %s "
            "AND deleted = 0 AND year = %s AND village_code = %s AND item_code = %s "
            "ORDER BY inspected_on, rev",
            [village_code[:9], village_code[:9], year, village_code, item_code],
        )
        return _rows(cursor)
