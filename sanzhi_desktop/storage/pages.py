"""One query's rows read a page at a time: what a lazy list asks storage for.

A list of 110,000 persons must show its first screen without reading (and
sorting in Python) the rest. :class:`RowPages` runs the query once — SQLite
sorts when it steps to the first row — and hands out the rows a page at a
time from that one open statement, as a ``QSqlQueryModel`` does; reading to
the end costs the same as one full read.

An open statement holds a read snapshot. When a rollback (a refused form)
or anything else resets it, the next :meth:`RowPages.fetch` runs the query
again and skips the rows already handed out, so a list is never cut short;
:meth:`RowPages.close` releases the statement (a list that went stale closes
its pages instead of keeping the snapshot until it is next shown).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any


class RowPages:
    """Rows of ``sql``, ``fetch(n)`` at a time; ``done`` once the last was handed out.

    A row is read by column name (``row["name"]``): an ``sqlite3.Row``, or a dict
    when ``on_row`` adds to it.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        sql: str,
        params: Sequence[Any] = (),
        *,
        on_row: Callable[[dict[str, Any]], object] | None = None,
    ) -> None:
        self._conn = conn
        #: what the services add to each row as it is read (a case's deadline flags)
        self.on_row = on_row
        self._sql = sql
        self._params = list(params)
        self._read = 0
        self.done = False
        self._cursor: sqlite3.Cursor | None = self._execute(sql, self._params)
        self.names = [c[0] for c in self._cursor.description]

    def _execute(self, sql: str, params: list[Any]) -> sqlite3.Cursor:
        """A cursor whose rows are made in C (``sqlite3.Row``: by name, read-only) when no
        ``on_row`` hook needs dicts to write into — a town's 110,000 rows cost no dict each."""
        cursor = self._conn.cursor()
        if self.on_row is None:
            cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params)

    def fetch(self, count: int) -> list[Any]:
        """The next ``count`` rows (fewer at the end; none when done)."""
        if self.done:
            return []
        try:
            rows = self._next(count)
        except sqlite3.Error:
            # the statement was reset under us (a rollback): read on from where we were
            self._cursor = None
            rows = self._next(count)
        self._read += len(rows)
        if len(rows) < count:
            self.finish()
        if self.on_row is None:
            return rows
        records = [dict(zip(self.names, row, strict=True)) for row in rows]
        for record in records:
            self.on_row(record)
        return records

    def _next(self, count: int) -> list[Any]:
        if self._cursor is None:
            self._cursor = self._execute(
                f"SELECT * FROM ({self._sql}) LIMIT -1 OFFSET ?", [*self._params, self._read]
            )
        return self._cursor.fetchmany(count)

    def close(self) -> None:
        """Release the statement; a later :meth:`fetch` reads on where this one stopped."""
        if self._cursor is not None:
            self._cursor.close()
            self._cursor = None

    def finish(self) -> None:
        """Nothing more will be asked: release the statement for good."""
        self.close()
        self.done = True
