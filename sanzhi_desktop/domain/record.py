"""The base of the domain's record dataclasses.

A domain record is a plain dataclass whose field names are the column names
of its table (without the sync columns, except ``id``). Storage hands rows to
:meth:`Record.from_record` and takes :meth:`Record.to_record` back, so a new
record type needs no conversion code of its own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import Any, Self


class Record:
    """Mixin for ``@dataclass`` records: row dict in, row dict out.

    Both directions run once per record written or read (the demo village
    writes some 15,000), so they skip what ``dataclasses.asdict`` does for
    every value — a recursive walk and a deep copy — where a field holds a
    plain value; a field holding lines (dataclasses, lists) still gets
    ``asdict``'s copy, so the row never shares a list with the record.
    """

    def to_record(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in _field_names(type(self))}

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Self:
        """Build from a row; columns that are not fields (rev, owner, …) are ignored."""
        names = _field_names(cls)
        return cls(**{k: v for k, v in row.items() if k in names})


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The dataclass's field names, looked up once per class."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def _plain(value: Any) -> Any:
    """``value`` as ``asdict`` leaves it: scalars as they are, the rest converted and copied."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return asdict(_Box(value))["value"]


@dataclass
class _Box:
    """A holder so that any other value (tuples, sets) goes through ``asdict`` itself."""

    value: Any


def short_id(record_id: str) -> str:
    """The id a listing shows and the CLI takes back: the last eight hex digits.

    The end, not the start: record ids are time-ordered UUIDs (version 7)
    whose first digits are the time they were made, the same for every
    record of the same minute, while their last digits are random.
    """
    return record_id[-8:]
