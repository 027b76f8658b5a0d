"""卷号: the dossier number of a mediation case, "(2026)小营人调字第12号".

One dossier per case (一案一卷), numbered from 1 in each calendar year of
registration, with the office's short name (the name without 村/镇): the
number a clerk writes on the folder's spine and on the agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOSSIER = re.compile(r"^[(（](\d{4})[)）](.*)人调字第(\d+)号$")


@dataclass(frozen=True)
class DossierNo:
    year: int
    short_name: str
    seq: int

    def __str__(self) -> str:
        return f"({self.year}){self.short_name}人调字第{self.seq}号"


def format_dossier_no(year: int, short_name: str, seq: int) -> str:
    return str(DossierNo(year, short_name, seq))


def parse_dossier_no(text: str) -> DossierNo | None:
    """Read a dossier number back (half- or full-width brackets); None if it is not one."""
    match = _DOSSIER.match(text.strip())
    if match is None:
        return None
    return DossierNo(int(match.group(1)), match.group(2), int(match.group(3)))


def next_seq(existing: list[int]) -> int:
    """The next number of a year, after the highest used (gaps are never refilled)."""
    return max(existing, default=0) + 1
