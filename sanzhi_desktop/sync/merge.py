"""Merge decisions, pure: which version of a record a database keeps (DESIGN.md §2).

Only the owner writes a record, so two versions of one record can only come
from two PCs of the same office. The greater ``(rev, rev_site)`` wins
everywhere, which makes the result independent of the order files arrive in.
A loser whose ``rev_site`` differs from the winner's was written on another PC
and is a *conflict*: kept and shown to the clerk, never silently dropped. A
loser from the same site is simply an older state of the same record (an
older file arriving late) and is not. Append-only event rows are written once
and never change, so they always arrive as the same version and never conflict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: Columns that describe a version rather than its content.
VERSION_COLUMNS = ("rev", "rev_site", "updated_at")


class Outcome(StrEnum):
    INSERT = "insert"  # not held yet
    REPLACE = "replace"  # incoming is newer
    KEEP = "keep"  # stored is newer (or equal)
    SAME = "same"  # the very same version


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    #: The losing version when it is a conflict (written on another PC), else None.
    conflict_loser: Mapping[str, Any] | None = None


def version(record: Mapping[str, Any]) -> tuple[int, str]:
    return int(record["rev"]), str(record["rev_site"])


def decide(stored: Mapping[str, Any] | None, incoming: Mapping[str, Any]) -> Decision:
    """What to do with ``incoming`` given the ``stored`` row (None when absent)."""
    if stored is None:
        return Decision(Outcome.INSERT)
    mine, theirs = version(stored), version(incoming)
    if mine == theirs:
        return Decision(Outcome.SAME)
    if theirs > mine:
        loser, outcome = stored, Outcome.REPLACE
    else:
        loser, outcome = incoming, Outcome.KEEP
    conflict = mine[1] != theirs[1] and _content(stored) != _content(incoming)
    return Decision(outcome, loser if conflict else None)


def same_version_differs(stored: Mapping[str, Any], incoming: Mapping[str, Any]) -> bool:
    """One ``(rev, rev_site)`` with two contents: two PCs share a site id (a copied file)."""
    return version(stored) == version(incoming) and _content(stored) != _content(incoming)


def _content(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in VERSION_COLUMNS}
