"""The few SQL spellings that differ between SQLite and PostgreSQL, for rules written once.

The 考核 rules (:mod:`storage.scorecard`) are computed by a town over its
SQLite file and by a county over PostgreSQL; each rule is one function of a
:class:`Dialect` so what it means is written once and only the spelling of a
few expressions changes. What differs, and nothing else:

- a condition used as a number (``SUM(x = 'y')``): SQLite's comparisons are
  0/1 integers, PostgreSQL's are booleans, which ``SUM`` and ``MAX`` refuse;
- the days between two ISO dates (``julianday`` in SQLite, ``date`` arithmetic
  in PostgreSQL; an empty date is no date in both);
- a JSON array as rows (``json_each`` / ``jsonb_array_elements``) and a value
  out of a JSON element (``json_extract`` / ``->>``).

Parameters are ``:name`` in both; the PostgreSQL store turns them into
psycopg's ``%(name)s`` (:func:`pyformat`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    name: str

    @property
    def is_pg(self) -> bool:
        return self.name == "postgresql"

    def flag(self, condition: str) -> str:
        """``condition`` as 1 or 0 (NULL: NULL in SQLite, 0 in PostgreSQL; SUM reads both as 0)."""
        if self.is_pg:
            return f"(CASE WHEN {condition} THEN 1 ELSE 0 END)"
        return f"({condition})"

    def days_between(self, earlier: str, later: str) -> str:
        """Days from ``earlier`` to ``later`` (ISO date text columns); NULL when either is ''."""
        if self.is_pg:
            return f"(NULLIF({later}, '')::date - NULLIF({earlier}, '')::date)"
        return f"(julianday({later}) - julianday({earlier}))"

    def json_rows(self, array: str) -> str:
        """A JSON array as a table function whose rows have a ``value`` column (JSON)."""
        if self.is_pg:
            return f"jsonb_array_elements(CAST({array} AS jsonb))"
        return f"json_each({array})"

    def json_texts(self, array: str) -> str:
        """A JSON array of strings as a table function of ``value`` text rows."""
        if self.is_pg:
            return f"jsonb_array_elements_text(CAST({array} AS jsonb))"
        return f"json_each({array})"

    def json_item(self, value: str, index: int, *, integer: bool = False) -> str:
        """Element ``index`` of a JSON array value, as text (or an integer)."""
        if self.is_pg:
            text = f"({value} ->> {index})"
            return f"{text}::bigint" if integer else text
        return f"json_extract({value}, '$[{index}]')"

    def json_field(self, value: str, key: str) -> str:
        """Member ``key`` of a JSON object value, as text; NULL when missing."""
        if self.is_pg:
            return f"({value} ->> '{key}')"
        return f"json_extract({value}, '$.{key}')"


SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")

_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def pyformat(sql: str) -> str:
    """``:name`` parameters as psycopg's ``%(name)s`` (a ``::type`` cast is left alone)."""
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))
