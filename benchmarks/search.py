"""Search: what a clerk types into the two search boxes, on the town's data, against bare SQL.

Ours, run as the GUI runs it:

- the boards page's box (``services.board_search.search_boards``: notices,
  四议两公开 matters and the issue wall, at most 200 rows a table) in a
  village's file — the office whose boards they are. On the town's file the
  same box finds only the town's own records (the owner filter: a village's
  notices are the village's), which in the benchmark town are none, so
  timing it there times queries that find nothing;
- the roster's box (``services.roster.list_persons`` with the query as its
  text) on the town's file, the largest roster there is (every village's
  persons, ~110,000), for its first screen: ``ROSTER_PAGE`` rows, as a
  lazily fetched list asks for them (Qt fetches 256 rows at a time). The
  roster page still loads every row it finds; moving it onto a lazy model is
  another change (issue 23, "lists"), so this measures the query that page
  will run.

Every query is something a clerk looks for — a surname, a full name, a
villager group, a topic of the boards — and must find rows: the figure is
refused if one finds nothing. Baseline, on the same files in the same run:
the same SQL statements (FTS5 MATCH for three characters and more, LIKE for
one or two; the same owner filter, ORDER BY and LIMIT) with the bare
``sqlite3`` module, fetched as tuples — the floor, because it is the database
work alone, without our services' row dicts, snippets and highlighting.
Median and p95 per query. Target: ≤ 2×.

Run: ``python benchmarks/search.py [--runs 5] [--db TOWN]`` (the town from ``make_data.py``;
the village is the first one beside it).
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.services import board_search, roster
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import boards
from sanzhi_desktop.storage.roster import PERSON_COLUMNS

LIMIT = 2.0
#: Rows of the roster's first screen, as a lazily fetched list asks for them.
ROSTER_PAGE = 256
#: Topics of the demo village's boards: notices, 四议两公开 matters, the issue wall.
BOARD_QUERIES = (
    "低保",
    "公开",
    "冷库",
    "垃圾",
    "自来水",
    "生产路",
    "惠农补贴",
    "财务收支",
    "一事一议",
    "集体",
)
#: Surnames, a villager group, a village: what a clerk looks people up by; with
#: :data:`FULL_NAMES` full names (the roster's commonest, looked up untimed) ten in all.
ROSTER_QUERIES = ("王", "刘", "马", "李", "3组", "小营村")
FULL_NAMES = 4


def common_names(con: sqlite3.Connection, count: int) -> tuple[str, ...]:
    """The ``count`` full names most persons of the roster bear (ones a clerk must tell apart)."""
    rows = con.execute(
        "SELECT name FROM persons WHERE deleted = 0 GROUP BY name ORDER BY count(*) DESC, name "
        "LIMIT ?",
        [count],
    ).fetchall()
    return tuple(str(r[0]) for r in rows)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def raw_boards(con: sqlite3.Connection, text: str, owner: str) -> int:
    """The board search's statements, straight on the file; returns the rows found."""
    found = 0
    for table, (columns, _title) in boards.SEARCH_COLUMNS.items():
        if len(text) >= 3:
            match = f"rowid IN (SELECT rowid FROM [{table}_fts] WHERE [{table}_fts] MATCH ?)"
            params: list[str] = ['"' + text + '"']
        else:
            match = "(" + " OR ".join(f"[{c}] LIKE ? ESCAPE '\\'" for c in columns) + ")"
            params = [_like(text)] * len(columns)
        own = "(owner = ? OR addressee IN ('*', ?))" if table == "notices" else "owner = ?"
        params += [owner, owner] if table == "notices" else [owner]
        sql = f"SELECT * FROM [{table}] WHERE deleted = 0 AND {match} AND {own} LIMIT 200"
        found += len(con.execute(sql, params).fetchall())
    return found


def raw_roster(con: sqlite3.Connection, text: str) -> int:
    """The roster search's statement with the first screen's LIMIT; returns the rows found."""
    like = _like(text)
    household = (
        "(h.household_no LIKE ? ESCAPE '\\' OR h.head_name LIKE ? ESCAPE '\\' "
        "OR h.address LIKE ? ESCAPE '\\')"
    )
    if len(text) >= 3:
        where = (
            f"(p.rowid IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?) OR {household})"
        )
        params = ['"' + text + '"', like, like, like]
    else:
        where = (
            "(p.name LIKE ? ESCAPE '\\' OR p.id_number LIKE ? ESCAPE '\\' "
            f"OR p.phone LIKE ? ESCAPE '\\' OR {household})"
        )
        params = [like] * 6
    sql = (
        f"SELECT {PERSON_COLUMNS} FROM persons p JOIN households h ON h.id = p.household_id "
        f"WHERE p.deleted = 0 AND {where} "
        "ORDER BY h.group_no, h.household_no, p.relation != '户主', p.birth_date "
        f"LIMIT {ROSTER_PAGE}"
    )
    return len(con.execute(sql, params).fetchall())


def _timed_pairs(
    queries: tuple[str, ...],
    ours: Callable[[str], int],
    bare: Callable[[str], int],
    runs: int,
    times: tuple[dict[str, list[float]], dict[str, list[float]]],
    hits: dict[str, tuple[int, int]],
) -> None:
    for _ in range(runs + 1):  # the first round warms the page cache, untimed
        for q in queries:
            found: list[int] = []
            [t] = common.time_call(lambda q=q, found=found: found.append(ours(q)), runs=1)
            [b] = common.time_call(lambda q=q, found=found: found.append(bare(q)), runs=1)
            times[0][q].append(t)
            times[1][q].append(b)
            hits[q] = (found[0], found[1])


def figures(*, runs: int, town: Path, village: Path) -> list[common.Figure]:
    con = sqlite3.connect(town)
    try:
        roster_queries = ROSTER_QUERIES + common_names(con, FULL_NAMES)
    finally:
        con.close()
    queries = BOARD_QUERIES + roster_queries
    ours: dict[str, list[float]] = {q: [] for q in queries}
    bare: dict[str, list[float]] = {q: [] for q in queries}
    hits: dict[str, tuple[int, int]] = {}
    with open_session(village, operator="基准测试", exclusive=False) as session:
        owner = session.author.owner
        con = sqlite3.connect(village)
        try:
            _timed_pairs(
                BOARD_QUERIES,
                lambda q: len(board_search.search_boards(session, q)),
                lambda q: raw_boards(con, q, owner),
                runs,
                (ours, bare),
                hits,
            )
        finally:
            con.close()
    with open_session(town, operator="基准测试", exclusive=False) as session:
        con = sqlite3.connect(town)
        try:
            _timed_pairs(
                roster_queries,
                lambda q: len(
                    roster.list_persons(session, RosterFilter(text=q, limit=ROSTER_PAGE))
                ),
                lambda q: raw_roster(con, q),
                runs,
                (ours, bare),
                hits,
            )
        finally:
            con.close()
    empty = [q for q, (found, floor) in hits.items() if not found or found != floor]
    if empty:
        raise RuntimeError(f"queries that find nothing, or not what the floor finds: {empty}")
    # per query: the median of its runs (runs[0] was the warm-up)
    ours_q = [common.median(v[1:]) for v in ours.values()]
    bare_q = [common.median(v[1:]) for v in bare.values()]
    rows = {q: found for q, (found, _floor) in hits.items()}
    per_query = {q: round(o / b, 2) for q, o, b in zip(ours, ours_q, bare_q, strict=True)}
    median_fig = common.ratio_figure(
        "search (median of 20 queries)",
        ours_q,
        bare_q,
        limit=LIMIT,
        detail={"rows_found": rows, "query_ratios": per_query},
    )
    p95_ours, p95_bare = common.p95(ours_q), common.p95(bare_q)
    p95_fig = common.Figure(
        "search (p95 of 20 queries)",
        p95_ours,
        p95_bare,
        "s",
        f"≤ {LIMIT:g}×",
        p95_ours <= LIMIT * p95_bare,
    )
    return [median_fig, p95_fig]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--db", type=Path, help="a town database (default: make_data's town)")
    args = parser.parse_args()
    town = args.db or make_data.town_data().town
    village = town.parent / f"village-{make_data.village_code(0)}.db"  # make_data's first
    common.emit(figures(runs=args.runs, town=town, village=village), as_json=args.json)


if __name__ == "__main__":
    main()
