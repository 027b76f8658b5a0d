"""Search: 20 Chinese queries (1–6 characters) through the app's search services on the town.

Ours: ``services.board_search.search_boards`` plus the roster search
(``services.roster.list_persons`` with the query as its text) — what the two
search boxes run. Baseline, on the same file in the same run: the same FTS5
MATCH (three characters and more) or LIKE (one or two) statements, run with
the bare ``sqlite3`` module and fetched as tuples. Median and p95 per query.
Target: ≤ 2×.

Run: ``python benchmarks/search.py [--runs 5]`` (the town from ``make_data.py``).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, make_data
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.services import board_search, roster
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import boards
from sanzhi_desktop.storage.roster import PERSON_COLUMNS

LIMIT = 2.0
QUERIES = (
    "王",
    "李",
    "路",
    "村",
    "张伟",
    "纠纷",
    "低保",
    "道路",
    "王建国",
    "土地承包",
    "环境整治",
    "公开",
    "财务收支",
    "村民代表",
    "一事一议",
    "危房改造资金",
    "刘",
    "基准测试",
    "陈玉兰",
    "集体经济收入",
)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def raw_search(con: sqlite3.Connection, text: str, owner: str) -> int:
    """The same statements as the services, straight on the file; returns the rows found."""
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
        "ORDER BY h.group_no, h.household_no, p.relation != '户主', p.birth_date"
    )
    return found + len(con.execute(sql, params).fetchall())


def figures(*, runs: int, db: Path) -> list[common.Figure]:
    ours: dict[str, list[float]] = {q: [] for q in QUERIES}
    bare: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, tuple[int, int]] = {}
    with open_session(db, operator="基准测试", exclusive=False) as session:
        owner = session.author.owner
        con = sqlite3.connect(db)
        try:
            for _ in range(runs + 1):  # the first round warms the page cache, untimed
                for q in QUERIES:
                    [t] = common.time_call(
                        lambda q=q: hits.__setitem__(
                            q,
                            (
                                len(board_search.search_boards(session, q))
                                + len(roster.list_persons(session, RosterFilter(text=q))),
                                hits.get(q, (0, 0))[1],
                            ),
                        ),
                        runs=1,
                    )
                    [b] = common.time_call(lambda q=q: raw_search(con, q, owner), runs=1)
                    ours[q].append(t)
                    bare[q].append(b)
        finally:
            con.close()
    # per query: the median of its runs (runs[0] was the warm-up)
    ours_q = [common.median(v[1:]) for v in ours.values()]
    bare_q = [common.median(v[1:]) for v in bare.values()]
    rows = sum(h for h, _ in hits.values())
    median_fig = common.ratio_figure(
        "search (median of 20 queries)", ours_q, bare_q, limit=LIMIT, detail={"rows_found": rows}
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
    db = args.db or make_data.town_data().town
    common.emit(figures(runs=args.runs, db=db), as_json=args.json)


if __name__ == "__main__":
    main()
