"""One search box over screening findings, petitions and patrols (this office's own).

As :mod:`services.board_search`: three characters and more go through the
trigram FTS indexes, one or two characters (纠纷, 张三) fall back to LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.board_search import snippet, split_matches
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import safety as store

KINDS = {
    "screening_findings": ("排查发现", "finding"),
    "petitions": ("信访", "petition"),
    "patrols": ("巡逻", "patrol"),
}


@dataclass(frozen=True)
class SafetyHit:
    table: str
    record_id: str
    title: str
    snippet: str
    parts: tuple[tuple[str, bool], ...]

    @property
    def kind(self) -> str:
        zh, en = KINDS[self.table]
        return msg(zh, en)

    def highlighted(self, before: str = "【", after: str = "】") -> str:
        return "".join(f"{before}{t}{after}" if m else t for t, m in self.parts)


def search_safety(session: Session, text: str) -> list[SafetyHit]:
    """Hits in findings, petitions and patrols, in that order."""
    term = " ".join(text.split())
    if not term:
        return []
    hits = []
    for table, (columns, title_column) in store.SEARCH_COLUMNS.items():
        for row in store.search(session.db, table, term, owner=session.author.owner):
            matched = next((row[c] for c in columns if term.lower() in str(row[c]).lower()), "")
            piece = snippet(str(matched or row[title_column]), term)
            hits.append(
                SafetyHit(
                    table=table,
                    record_id=str(row["id"]),
                    title=str(row[title_column])[:40],
                    snippet=piece,
                    parts=split_matches(piece, term),
                )
            )
    return hits
