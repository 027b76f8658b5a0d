"""One search box over notices, 四议两公开 matters and the issue wall.

Three characters and more go through the trigram FTS indexes; one- and
two-character terms (纠纷, 路) fall back to LIKE on the base tables (DESIGN.md
§5). Each hit carries its snippet split into (text, is_match) parts so the
GUI can bold the matches without parsing markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import boards as store

SNIPPET_CHARS = 40
KINDS = {
    "notices": ("公开事项", "notice"),
    "decisions": ("四议两公开", "decision"),
    "issue_wall": ("问题墙", "issue"),
}


@dataclass(frozen=True)
class SearchHit:
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


def split_matches(text: str, term: str) -> tuple[tuple[str, bool], ...]:
    """``text`` cut into (piece, matched) parts, case-insensitively."""
    if not term:
        return ((text, False),)
    parts: list[tuple[str, bool]] = []
    lower, needle, start = text.lower(), term.lower(), 0
    while (found := lower.find(needle, start)) >= 0:
        if found > start:
            parts.append((text[start:found], False))
        parts.append((text[found : found + len(term)], True))
        start = found + len(term)
    if start < len(text):
        parts.append((text[start:], False))
    return tuple(parts)


def snippet(text: str, term: str, width: int = SNIPPET_CHARS) -> str:
    """A window of ``text`` around the first match (the start if none)."""
    text = " ".join(text.split())
    found = text.lower().find(term.lower())
    if found < 0 or len(text) <= width:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, found - width // 3)
    end = min(len(text), start + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def search_boards(session: Session, text: str) -> list[SearchHit]:
    """Hits in notices, decisions and the issue wall, in that order."""
    term = " ".join(text.split())
    if not term:
        return []
    hits = []
    for table, (columns, title_column) in store.SEARCH_COLUMNS.items():
        for row in store.search(session.db, table, term, owner=session.author.owner):
            matched = next((row[c] for c in columns if term.lower() in str(row[c]).lower()), "")
            piece = snippet(str(matched or row[title_column]), term)
            hits.append(
                SearchHit(
                    table=table,
                    record_id=row["id"],
                    title=str(row[title_column])[:40],
                    snippet=piece,
                    parts=split_matches(piece, term),
                )
            )
    return hits
