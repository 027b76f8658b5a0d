"""One search box over the 党建 records: meetings, pledges, fulfilment, members, posts.

Meetings (long minutes) go through their trigram index for three characters
and more and LIKE below that (DESIGN.md §5); the other tables are a few dozen
rows a year, so LIKE serves them at any length and finds two-character names.
Each hit has its snippet split into (text, is_match) parts like the boards'.
"""

from __future__ import annotations

from dataclasses import dataclass

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.board_search import snippet, split_matches
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import party as store
from sanzhi_desktop.storage import records

#: table → (its Chinese and English kind, the columns searched, the title column)
SEARCHED: dict[str, tuple[tuple[str, str], tuple[str, ...], str]] = {
    "party_meetings": (("三会一课", "meeting"), ("topic", "minutes"), "topic"),
    "party_pledges": (("党员承诺", "pledge"), ("name", "content"), "name"),
    "party_fulfilments": (("践诺", "fulfilment"), ("content",), "content"),
    "party_members": (("党员", "member"), ("name", "flow_place", "note"), "name"),
    "party_posts": (("示范岗", "model post"), ("post", "name", "duties"), "post"),
}


@dataclass(frozen=True)
class PartyHit:
    table: str
    record_id: str
    title: str
    snippet: str
    parts: tuple[tuple[str, bool], ...]

    @property
    def kind(self) -> str:
        return msg(*SEARCHED[self.table][0])

    def highlighted(self, before: str = "【", after: str = "】") -> str:
        return "".join(f"{before}{t}{after}" if m else t for t, m in self.parts)


def search_party(session: Session, text: str) -> list[PartyHit]:
    """Hits in this office's 党建 records, meetings first."""
    term = " ".join(text.split())
    if not term:
        return []
    owner = session.author.owner
    hits = []
    for table, (_kind, columns, title_column) in SEARCHED.items():
        if table == "party_meetings":
            rows = store.search_meetings(session.db, term, owner=owner)
        else:
            rows = store.search_text(session.db, table, columns, term, owner=owner)
        for row in rows:
            matched = next((row[c] for c in columns if term.lower() in str(row[c]).lower()), "")
            piece = snippet(str(matched or row[title_column]), term)
            hits.append(
                PartyHit(
                    table=table,
                    record_id=str(row["id"]),
                    title=str(row[title_column])[:40],
                    snippet=piece,
                    parts=split_matches(piece, term),
                )
            )
    return hits


def member_of(session: Session, table: str, record_id: str) -> str:
    """The member a pledge or fulfilment hit belongs to (its row in the cycle tab)."""
    assert table in ("party_pledges", "party_fulfilments")
    return str(records.get_record(session.db, table, record_id)["member_id"])
