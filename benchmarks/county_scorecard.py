"""The county's scorecard of 400 villages (20 towns × 20) in PostgreSQL, beside the bare SQL.

Figure: ``compute_county_scorecard`` for one year of a synthetic county: the
records of benchmarks/scorecard.py's synthetic town (``--villages`` villages,
``--years`` years) copied in as ``--towns`` towns (benchmarks/county_data.py).
Target: ≤ 2 s (issue 24), and within 1.5× of the floor.

The floor is the bare tool doing the same database work and no more: one
open psycopg connection running each rule's PostgreSQL statement once, with
the same parameters, and fetching every row. Ours adds the towns' catalogues
and finance deadlines, the village list, the inspections, grading, points,
the town lines and the ranks.

The server: ``--pg URL`` (a database where this may create and drop
``sanzhi_bench_county``), ``SANZHI_TEST_PG``, or a throwaway cluster.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common, county_data, pg_cluster
from benchmarks.scorecard import TOWN, make_town

DB = "sanzhi_bench_county"


def build_county(admin: str, town_db: Path, *, towns: int) -> str:
    """A fresh county database holding ``towns`` copies of ``town_db``; its conninfo."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    from sanzhi_desktop.storage.pg import schema

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DB}" TEMPLATE template0')
    url = make_conninfo(admin, dbname=DB)
    with psycopg.connect(url) as conn:
        schema.create_county_schema(conn)
    with psycopg.connect(url, autocommit=True) as conn:
        for t in range(towns):
            code = f"{TOWN[:6]}{101 + t:03d}"
            county_data.copy_town(
                conn, town_db, town_code=TOWN, town_name=f"第{t + 1}镇", as_town=code
            )
        conn.execute("ANALYZE")
    return url


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--towns", type=int, default=20)
    parser.add_argument("--villages", type=int, default=20, help="villages per town")
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--pg", default="", help="a server's conninfo (default: our own)")
    parser.add_argument("--out", type=Path, default=None, help="folder for the town file")
    args = parser.parse_args()
    why = "" if args.pg else pg_cluster.available()
    if why:
        raise SystemExit(f"no PostgreSQL: {why}")
    from sanzhi_desktop.services import county_scorecard, scorecard
    from sanzhi_desktop.storage import scorecard as rules
    from sanzhi_desktop.storage.pg import scorecard as store

    last_year = 2026
    folder = Path(args.out or tempfile.mkdtemp(prefix="sanzhi-county-"))
    folder.mkdir(parents=True, exist_ok=True)
    town_db = folder / f"scorecard-town-{args.villages}x{args.years}.db"
    if not town_db.exists():
        make_town(town_db, villages=args.villages, years=args.years, last_year=last_year)
    today = date(last_year, 11, 28)
    as_of = scorecard.as_of_day(last_year, today)
    with pg_cluster.server(args.pg) as admin:
        url = build_county(admin, town_db, towns=args.towns)
        with county_scorecard.open_county(url) as county:
            card = county_scorecard.compute_county_scorecard(county, last_year, today=today)
            villages = sum(len(t.villages) for t in card.towns)
            assert villages == args.towns * args.villages, villages
            unique = list(
                {r.name: r for i in card.items if (r := rules.RULES.get(i.rule))}.values()
            )
            from sanzhi_desktop.domain.disclosure_catalogue import CatalogueItem  # noqa: F401
            from sanzhi_desktop.services.disclosure_catalogue import default_catalogue

            due = scorecard.finance_due(default_catalogue()[0], last_year, as_of)
            params = scorecard.rule_params(last_year, as_of, due)
            statements = [store.figure_sql(rule) for rule in unique]
            import psycopg

            bare = psycopg.connect(url, autocommit=True)  # open before timing, as ours is

            def floor() -> None:
                with bare.cursor() as cursor:
                    for sql in statements:
                        cursor.execute(sql, params)
                        cursor.fetchall()

            ours: list[float] = []
            base: list[float] = []
            for _ in range(args.runs):  # alternated, so both see the same load
                ours += common.time_call(
                    lambda: county_scorecard.compute_county_scorecard(
                        county, last_year, today=today
                    ),
                    runs=1,
                )
                base += common.time_call(floor, runs=1)
            bare.close()
    figure = common.ratio_figure(
        f"county scorecard ({args.towns} towns × {args.villages} villages × {args.years} years)",
        ours,
        base,
        limit=1.5,
        detail={
            "rules": len(unique),
            "villages": villages,
            "under_2s": common.median(ours) <= 2.0,
            "ours_spread": [round(min(ours), 3), round(max(ours), 3)],
            "floor_spread": [round(min(base), 3), round(max(base), 3)],
        },
    )
    common.emit([figure], as_json=args.json)


if __name__ == "__main__":
    main()
