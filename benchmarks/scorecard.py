"""The town's scorecard over many villages and years, beside the same SQL run bare.

Figure: ``compute_scorecard`` for one year of a synthetic town (default 40
villages with 10 years of the records the rules read: households, finance
with its notices, mediation cases, star ratings, councils, 红白事, 党建, sweeps,
petitions, credit files), against the floor.

The floor is the bare tool doing exactly the same work and no more: one
open ``sqlite3`` connection (ours reuses its session's) running each rule's
figure statement once, with the same parameters, and reading every row. Ours adds the catalogue, the
parameters (finance due dates, sweep periods), grading, points, ranking and
the cards' objects. Target: under a second, and within 1.5× of the floor.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common

TOWN = "610722100"


def _rows(conn: sqlite3.Connection, table: str, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    names = list(rows[0])
    conn.executemany(
        f"INSERT INTO [{table}] ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [tuple(r[n] for n in names) for r in rows],
    )


def make_town(path: Path, *, villages: int, years: int, last_year: int) -> None:
    """A town data file with ``villages`` enrolled villages' records for ``years`` years."""
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.services.office import init_office
    from sanzhi_desktop.services.session import open_session

    with open_session(path, operator="基准测试") as session:
        init_office(session, kind=OfficeKind.TOWN, code=TOWN, name="柳林镇")
    conn = sqlite3.connect(path)
    with conn:
        for v in range(villages):
            code = f"{TOWN}{v + 201:03d}"
            conn.execute(
                "INSERT INTO sync_peers(code, kind, name, age_recipient, minisign_public_key, "
                "fingerprint, enrolled_at) VALUES (?, 'village', ?, '', '', '', '2020-01-01')",
                [code, f"第{v + 1}村"],
            )
            Village(conn, code, random.Random(v)).fill(range(last_year - years + 1, last_year + 1))
    conn.close()


class Village:
    """One synthetic village's rows, written with executemany (no services: a data maker)."""

    def __init__(self, conn: sqlite3.Connection, code: str, rng: random.Random) -> None:
        self.conn, self.code, self.rng, self.rev = conn, code, rng, 1
        self.households: list[dict[str, object]] = []

    def row(self, **values: object) -> dict[str, object]:
        self.rev += 1
        sync = {"id": str(uuid.uuid4()), "owner": self.code, "rev": self.rev, "rev_site": "bench"}
        return {**sync, "updated_at": "2026-01-01T00:00:00+08:00", "deleted": 0, **values}

    def put(self, table: str, rows: list[dict[str, object]]) -> None:
        _rows(self.conn, table, rows)

    def fill(self, years: range) -> None:
        self.households = [
            self.row(household_no=f"{n:04d}", head_name="户主", group_no=n % 8 + 1)
            for n in range(300)
        ]
        self.put("households", self.households)
        rules = self.row(title="村规民约", status="in_force", review_date="2020-01-05")
        self.put("village_rules", [rules])
        filed = [h for h in self.households if self.rng.random() < 0.9]
        self.put(
            "credit_files", [self.row(household_id=h["id"], filed_date="2021-03-01") for h in filed]
        )
        kinds = ("moral_review", "villager_council", "red_white")
        self.put("councils", [self.row(kind=k, set_up_date="2020-03-01") for k in kinds])
        for year in years:
            self.year(year)

    def year(self, year: int) -> None:
        rng, day = self.rng, self.rng.randint
        notices, finance = [], []
        for q in range(1, 5):
            posted = f"{year + (q == 4)}-{(q * 3) % 12 + 1:02d}-{day(5, 20):02d}"
            notice = self.row(category="finance", title=f"{year}Q{q}", status="posted",
                              posted_date=posted)  # fmt: skip
            notices.append(notice)
            finance.append(self.row(year=year, quarter=q, opening_fen=0, closing_fen=0,
                                    notice_id=notice["id"]))  # fmt: skip
        self.put("notices", notices)
        self.put("finance_disclosures", finance)
        cases = []
        for n in range(30):
            month = f"{year}-{n % 12 + 1:02d}"
            form = "written" if rng.random() < 0.93 else ""
            settled = f"{month}-{day(2, 28):02d}"
            cases.append(self.row(dossier_year=year, dossier_seq=n, dossier_no=str(n),
                                  source="当事人申请", dispute_type="邻里", state="agreed",
                                  registered_on=f"{month}-01", settled_on=settled,
                                  agreement_form=form))  # fmt: skip
        self.put("mediation_cases", cases)
        self.put("star_ratings", [self.row(household_id=h["id"], cycle=year, status="plaqued")
                                  for h in self.households[:150]])  # fmt: skip
        self.put("custom_events", [
            self.row(household_id=self.households[n]["id"], head_name="户主", group_no=1,
                     kind="wedding", held_on=f"{year}-{n % 12 + 1:02d}-08",
                     finding="桌数超标" if n == 3 else "")
            for n in range(20)
        ])  # fmt: skip
        self.put("party_posts", [self.row(post=f"岗{n}", member_id="m", name="党员",
                                          set_date=f"{year}-01-10", ended_date=f"{year + 1}-01-09")
                                 for n in range(4)])  # fmt: skip
        self.put("party_training", [self.row(trainee="书记", start_date=f"{year}-0{n + 3}-01",
                                             days=2) for n in range(2)])  # fmt: skip
        self.put("party_cadres", [self.row(kind="reserve", person_id=f"p{n}", name="后备",
                                           year=year) for n in range(2)])  # fmt: skip
        sweeps = [
            self.row(sweep_date=f"{year}-{m:02d}-{1 if h == 1 else 16:02d}",
                     period=f"{year}-{m:02d}-{h}", swept_by="网格员", nil_return=1)
            for m in range(1, 13) for h in (1, 2) if rng.random() < 0.97
        ]  # fmt: skip
        self.put("screening_sweeps", sweeps)
        self.put("petitions", [
            self.row(petitioner="村民", matter="事项", received_date=f"{year}-0{n + 1}-05",
                     channel="来访", case_owner="村主任", status="closed",
                     closed_date=f"{year}-0{n + 1}-20")
            for n in range(5)
        ])  # fmt: skip


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--villages", type=int, default=40)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--out", type=Path, default=None, help="folder for the town file")
    args = parser.parse_args()
    from sanzhi_desktop.services import scorecard
    from sanzhi_desktop.services.session import open_session
    from sanzhi_desktop.storage import scorecard as store

    last_year = 2026
    folder = Path(args.out or tempfile.mkdtemp(prefix="sanzhi-scorecard-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"scorecard-town-{args.villages}x{args.years}.db"
    if not path.exists():
        make_town(path, villages=args.villages, years=args.years, last_year=last_year)
    from datetime import date

    today = date(last_year, 11, 28)
    with open_session(path, operator="基准测试", exclusive=False) as session:
        items = scorecard.catalogue(session)
        rules = [store.RULES[i.rule] for i in items if i.rule in store.RULES]
        params = scorecard._params(session, last_year, scorecard.as_of_day(last_year, today))
        cards = scorecard.compute_scorecard(session, last_year, today=today).cards
        assert len(cards) == args.villages
        ours = common.time_call(
            lambda: scorecard.compute_scorecard(session, last_year, today=today), runs=args.runs
        )
    unique = list({r.name: r for r in rules}.values())

    conn = sqlite3.connect(path)  # open before timing, as ours reuses its session

    def floor() -> None:
        for rule in unique:
            conn.execute(rule.figure_sql, params).fetchall()

    bare = common.time_call(floor, runs=args.runs)
    conn.close()
    figure = common.ratio_figure(
        f"scorecard ({args.villages} villages × {args.years} years)",
        ours,
        bare,
        limit=1.5,
        detail={"rules": len(unique), "under_1s": common.median(ours) < 1.0},
    )
    common.emit([figure], as_json=args.json)


if __name__ == "__main__":
    main()
