"""The base of the domain's record dataclasses.

A domain record is a plain dataclass whose field names are the column names
of its table (without the sync columns, except ``id``). Storage hands rows to
:meth:`Record.from_record` and takes :meth:`Record.to_record` back, so a new
record type needs no conversion code of its own.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any, Self


class Record:
    """Mixin for ``@dataclass`` records: row dict in, row dict out."""

    def to_record(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload,no-any-return]

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Self:
        """Build from a row; columns that are not fields (rev, owner, …) are ignored."""
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in row.items() if k in names})


def short_id(record_id: str) -> str:
    """The id a listing shows and the CLI takes back: the last eight hex digits.

    The end, not the start: record ids are time-ordered UUIDs (version 7)
    whose first digits are the time they were made, the same for every
    record of the same minute, while their last digits are random.
    """
    return record_id[-8:]
