"""The search box over the 自治/德治 registers: meeting topics, worthies, family rules, lectures.

Terms of three characters and more use the trigram indexes, shorter ones LIKE
(storage.civic.search); hits carry a snippet split for highlighting, as the
boards' search does (services.board_search).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sanzhi_desktop.domain.councils import council_name
from sanzhi_desktop.services.board_search import snippet, split_matches
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import civic

KINDS = {
    "council_meetings": "五会会议",
    "worthies": "乡贤",
    "family_rules": "家规家训",
    "moral_lectures": "道德讲堂",
}


@dataclass(frozen=True)
class CivicHit:
    table: str
    record_id: str
    title: str
    snippet: str
    parts: tuple[tuple[str, bool], ...]

    @property
    def kind(self) -> str:
        return KINDS[self.table]


def _title(table: str, row: dict[str, Any]) -> str:
    if table == "council_meetings":
        return f"{council_name(str(row['kind']))}：{row['topic']}"
    if table == "worthies":
        return str(row["name"])
    if table == "family_rules":
        return f"{row['head_name']}家家规家训"
    return str(row["topic"])


def search_civic(session: Session, text: str) -> list[CivicHit]:
    term = " ".join(text.split())
    if not term:
        return []
    hits = []
    for table, row in civic.search(session.db, term, owner=session.author.owner):
        texts = [str(v) for k, v in row.items() if isinstance(v, str) and k not in _HIDDEN]
        matched = next((t for t in texts if term.lower() in t.lower()), _title(table, row))
        piece = snippet(matched, term)
        hits.append(
            CivicHit(table, str(row["id"]), _title(table, row), piece, split_matches(piece, term))
        )
    return hits


_HIDDEN = frozenset({"id", "owner", "rev_site", "updated_at", "household_id", "person_id"})
