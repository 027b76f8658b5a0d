"""Print every sheet of a demo village and its town, for every period, A4 and A3.

Makes a demo town (``services.demo.town``) in ``--out`` and writes one PDF
per sheet and period under ``--out/pdf/<office>/``: finance disclosures per
quarter, notices, the 四议两公开 registers, the issue wall, the red/black and
good-deeds boards per month, star lists per cycle, points per quarter, the
mediation papers and monthly reports, and the key card; the board sheets
also on A3. A sheet the program refuses (a draft notice, a period with
nothing on it) is listed with the reason instead of a file, so the run shows
what a clerk would be told. The lead and the tests look at these pages
(docs/sheets.md).

Run: ``python scripts/print_all_sheets.py --out /tmp/sheets [--villages 1] [--years 2]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.services import (
    decisions,
    finance,
    good_deeds,
    issue_wall,
    keys,
    mediation,
    mediation_papers,
    mediation_report,
    notices,
    points,
    red_black,
    star_rating,
)
from sanzhi_desktop.services.demo.town import create_demo_town
from sanzhi_desktop.services.session import Session, open_session

Job = tuple[str, Callable[[], bytes]]
BOARD_PAGES = ("A4", "A3")


def _quarters(months: set[str]) -> list[tuple[int, int]]:
    return sorted({(int(m[:4]), (int(m[5:7]) - 1) // 3 + 1) for m in months})


def board_jobs(session: Session) -> Iterator[Job]:
    """The sheets pinned on the board, on A4 and A3."""
    for row in finance.list_finance(session):
        year, quarter = int(str(row["year"])), int(str(row["quarter"]))
        for page in BOARD_PAGES:
            yield (
                f"finance-{year}Q{quarter}-{page}",
                lambda y=year, q=quarter, p=page: finance.finance_pdf(session, y, q, page=p),
            )
    for notice_row in notices.list_notices(session):
        notice = notice_row.notice
        if notice.owner != session.author.owner:
            continue
        for page in BOARD_PAGES:
            yield (
                f"notice-{notice.id[-8:]}-{page}",
                lambda n=notice.id, p=page: notices.notice_pdf(session, n, page=p),
            )
    for decision in decisions.list_decisions(session):
        did = str(decision["id"])
        yield f"decision-{did[-8:]}", lambda d=did: decisions.decision_pdf(session, d)
    years = sorted({item.raised_on[:4] for item in issue_wall.list_issues(session)})
    for year in years:
        for page in ("A4-landscape", "A3-landscape"):
            yield (
                f"issues-{year}-{page}",
                lambda y=int(year), p=page: issue_wall.issue_wall_pdf(session, year=y, page=p),
            )


def moral_jobs(session: Session) -> Iterator[Job]:
    """The red/black and good-deeds boards, star lists and points sheets."""
    for month in sorted(red_black.board_months(session)):
        for page in BOARD_PAGES:
            yield (
                f"redblack-{month}-{page}",
                lambda m=month, p=page: red_black.print_board(session, m, page=p).pdf,
            )
    deed_months = {d.month for d in good_deeds.list_deeds(session) if d.month}
    for month in sorted(deed_months):
        for page in BOARD_PAGES:
            yield (
                f"deeds-{month}-{page}",
                lambda m=month, p=page: good_deeds.print_deeds_sheet(session, m, page=p).pdf,
            )
    for cycle in star_rating.cycles(session):
        for page in BOARD_PAGES:
            yield (
                f"stars-{cycle}-{page}",
                lambda c=cycle, p=page: star_rating.print_star_list(session, c, page=p).pdf,
            )
    entry_months = {str(e["entry_date"])[:7] for e in points.list_entries(session)}
    for year, quarter in _quarters(entry_months):
        for page in BOARD_PAGES:
            yield (
                f"points-{year}Q{quarter}-{page}",
                lambda y=year, q=quarter, p=page: (
                    points.print_points_sheet(session, y, q, page=p).pdf
                ),
            )


def mediation_jobs(session: Session) -> Iterator[Job]:
    """Every case's papers and each month's report."""
    months: set[str] = set()
    for case in mediation.list_cases(session):
        cid = str(case["id"])
        months.add(str(case.get("received_on") or "")[:7])
        yield f"dossier-{cid[-8:]}", lambda c=cid: mediation_papers.dossier_pdf(session, c)
        yield f"agreement-{cid[-8:]}", lambda c=cid: mediation_papers.agreement_pdf(session, c)
    for month in sorted(m for m in months if len(m) == 7):
        yield (
            f"mediation-report-{month}",
            lambda m=month: mediation_report.report_pdf_bytes(session, m),
        )


#: The binder's sections of the parts added after this script (法治 on): their sheets
#: for this year and last, as the binder makes them.
PLAN_PART_ORDER = 50


def _pdf_of(make: Callable[[], object]) -> bytes:
    made = make()
    return made if isinstance(made, bytes) else made.pdf  # type: ignore[attr-defined]


def plan_part_jobs(session: Session) -> Iterator[Job]:
    """法治, 党建, 平安/信用 and 自治/德治 sheets, and the year's binder."""
    from sanzhi_desktop.services import binder
    from sanzhi_desktop.storage import clock

    this_year = clock.today().year
    for year in (this_year - 1, this_year):
        for section in binder.sections():
            if section.order < PLAN_PART_ORDER:
                continue
            for n, sheet in enumerate(section.sheets(session, year)):
                yield f"{section.part}-{year}-{n:02d}", partial(_pdf_of, sheet.make)
    yield "binder", lambda: binder.make_binder(session, this_year).pdf


def town_jobs(session: Session) -> Iterator[Job]:
    """The town's 通报 (A3) and its villages' monthly mediation report."""
    from sanzhi_desktop.services import scorecard, town_mediation_report
    from sanzhi_desktop.storage import clock

    today = clock.today()
    yield "scorecard", lambda: scorecard.print_scorecard(session, today.year).pdf
    month = f"{today.year}-{today.month:02d}"
    yield f"town-mediation-{month}", lambda: town_mediation_report.town_report_pdf(session, month)


def all_jobs(session: Session) -> Iterator[Job]:
    yield from board_jobs(session)
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:  # a town posts no village boards of its own
        yield from moral_jobs(session)
        yield from plan_part_jobs(session)
    else:
        yield from town_jobs(session)
    yield from mediation_jobs(session)
    yield "key-card", lambda: keys.card_pdf(session)


def print_office(db: Path, out: Path) -> tuple[int, list[str]]:
    """Write every sheet of the office in ``db`` under ``out``; returns (files, refusals)."""
    out.mkdir(parents=True, exist_ok=True)
    written, refused = 0, []
    with open_session(db) as session:
        for name, make in all_jobs(session):
            try:
                pdf = make()
            except SanzhiError as exc:
                refused.append(f"{name}: {exc}")
                continue
            (out / f"{name}.pdf").write_bytes(pdf)
            written += 1
    return written, refused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--villages", type=int, default=1)
    parser.add_argument("--years", type=int, default=2)
    args = parser.parse_args()
    demo = args.out / "demo"
    if not (demo / "town.db").exists():
        create_demo_town(demo, villages=args.villages, years=args.years)
    offices = [demo / "town.db", *sorted(demo.glob("village-*.db"))]
    for db in offices:
        written, refused = print_office(db, args.out / "pdf" / db.stem)
        print(f"{db.stem}: {written} sheets written, {len(refused)} refused")
        for line in refused:
            print(f"  refused {line}")


if __name__ == "__main__":
    main()
