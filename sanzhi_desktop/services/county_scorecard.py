"""The county's 考核: every village of every town against the plan's targets, over PostgreSQL.

A county checks its towns as a town checks its villages. The figures are the
town's own (:mod:`services.scorecard`): the same rules
(:mod:`storage.scorecard`), spelt for PostgreSQL, graded by the same
:mod:`domain.scorecard` — a test holds a town's card and the county's card of
that town's villages equal cell by cell.

**Catalogue.** The county grades every town by the shipped catalogue
(``resources/scorecard/targets.json``), not by the catalogue each town sends
its villages: a town may move its own weights and thresholds for its
villages, but a county that ranked towns each by its own yardstick would rank
the yardsticks. What does differ per town and is honoured: the finance
deadlines of the town's disclosure catalogue (the figure "finance disclosed
on time" is measured against the deadline the town set), and the town's
on-site inspection figures.

**A town's line.** A town's cell pools its villages' counts (a rate is the
sum of numerators over the sum of denominators; a count is the mean per
village, because the targets of counts are per village: 示范岗 3–5); it is
graded by the item's thresholds for its colour. A town's total, and its rank,
is the mean total of its villages: every village weighs the same, whichever
town it is in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sanzhi_desktop.domain.disclosure_catalogue import CatalogueItem
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.scorecard import (
    Cell,
    Figure,
    Grade,
    TargetItem,
    VillageCard,
    grade,
    points,
    rank,
)
from sanzhi_desktop.services import scorecard as town_scorecard
from sanzhi_desktop.services.disclosure_catalogue import finance_item_in
from sanzhi_desktop.services.red_black import PrintedSheet
from sanzhi_desktop.storage import clock
from sanzhi_desktop.storage import scorecard as rules
from sanzhi_desktop.storage.pg import scorecard as store

INSPECTIONS = "scorecard_inspections"


@dataclass
class County:
    """An open county database (read-only): its connection and what to call it."""

    conn: Any
    url: str
    name: str = "县"

    def close(self) -> None:
        self.conn.close()


def connect_county(url: str) -> County:
    """The county database at ``url``, read-only (a clear refusal when unreachable)."""
    conn = store.connect_read_only(url)
    return County(conn, url, store.county_name(conn))


@contextmanager
def open_county(url: str) -> Iterator[County]:
    """:func:`connect_county`, closed at the end of the ``with`` block."""
    county = connect_county(url)
    try:
        yield county
    finally:
        county.close()


def server_of(url: str) -> str:
    """Where the county database is (host and port), to show; never the password."""
    return store.server_of(url)


@dataclass
class TownCard:
    """A town's line: its pooled cells, mean total and its villages ranked within it."""

    code: str
    name: str
    villages: list[VillageCard] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)
    rank: int = 0

    @property
    def total(self) -> float:
        if not self.villages:
            return 0.0
        return round(sum(v.total for v in self.villages) / len(self.villages), 1)

    @property
    def last_file(self) -> str:
        """The oldest of its villages' latest files: how fresh the whole town is."""
        dates = [v.last_file for v in self.villages if v.last_file]
        return min(dates) if dates else ""


@dataclass(frozen=True)
class CountyScorecard:
    year: int
    as_of: date
    items: list[TargetItem]
    towns: list[TownCard]  # ranked

    def villages(self) -> list[VillageCard]:
        """Every village of the county, ranked county-wide."""
        everyone = [v for t in self.towns for v in t.villages]
        copies = [VillageCard(v.code, v.name, list(v.cells), v.last_file) for v in everyone]
        return rank(copies)

    def town_of(self, village_code: str) -> TownCard:
        return next(t for t in self.towns if t.code == village_code[:9])


def catalogue() -> list[TargetItem]:
    """The county's yardstick: the shipped catalogue (see the module's docstring)."""
    return list(town_scorecard.default_catalogue())


def _finance_items(county: County, towns: list[str]) -> dict[str, CatalogueItem]:
    """Each town's finance item (its own disclosure catalogue, else the default)."""
    rows = store.towns_catalogue_rows(county.conn, "disclosure_catalogue", towns=towns)
    by_town: dict[str, list[CatalogueItem]] = {town: [] for town in towns}
    for row in rows:
        by_town.setdefault(str(row["owner"]), []).append(CatalogueItem.from_record(row))
    return {town: finance_item_in(items) for town, items in by_town.items()}


def _computed(
    items: list[TargetItem],
    county: County,
    finance: dict[str, CatalogueItem],
    year: int,
    as_of: date,
) -> dict[str, dict[str, tuple[int, int]]]:
    """``rule → owner → (numerator, denominator)`` for every village of the county.

    Every rule is one statement over the county, except finance-on-time when
    towns set different deadlines: it runs once per distinct set of deadlines,
    each run keeping the villages of the towns that set it.
    """
    dues = {town: town_scorecard.finance_due(item, year, as_of) for town, item in finance.items()}
    common = town_scorecard.rule_params(year, as_of, [])
    computed: dict[str, dict[str, tuple[int, int]]] = {}
    for item in items:
        rule = rules.RULES.get(item.rule)
        if rule is None or rule.name in computed:
            continue
        if rule.name != "finance_on_time":
            computed[rule.name] = store.figures(county.conn, rule, common)
            continue
        merged: dict[str, tuple[int, int]] = {}
        for due in {json.dumps(d) for d in dues.values()}:
            params = town_scorecard.rule_params(year, as_of, json.loads(due))
            keep = {t for t, d in dues.items() if json.dumps(d) == due}
            for owner, found in store.figures(county.conn, rule, params).items():
                if owner[:9] in keep:
                    merged[owner] = found
        computed[rule.name] = merged
    return computed


def _villages(
    county: County, computed: dict[str, dict[str, tuple[int, int]]]
) -> list[tuple[str, str, str]]:
    """(code, name, last file) of every village with files or with records any rule read."""
    known = {code: (name, last) for code, name, last in store.village_files(county.conn)}
    for found in computed.values():
        for owner in found:
            if len(owner) == 12 and owner not in known:
                known[owner] = (owner, "")
    return [(code, *known[code]) for code in sorted(known)]


def _params_of(
    town: str, year: int, as_of: date, finance: dict[str, CatalogueItem]
) -> dict[str, Any]:
    item = finance.get(town)
    due = town_scorecard.finance_due(item, year, as_of) if item else []
    return town_scorecard.rule_params(year, as_of, due)


def compute_county_scorecard(
    county: County, year: int, *, today: date | None = None
) -> CountyScorecard:
    """Every village's card for ``year`` (as of ``today``, or the year's end), by town."""
    today = today or clock.today()
    as_of = town_scorecard.as_of_day(year, today)
    items = catalogue()
    names = dict(store.towns(county.conn))
    finance = _finance_items(county, sorted(names))
    computed = _computed(items, county, finance, year, as_of)
    villages = _villages(county, computed)
    inspected = store.inspections(county.conn, year=year)
    codes = sorted(set(names) | {code[:9] for code, _, _ in villages})
    by_town: dict[str, TownCard] = {c: TownCard(c, names.get(c, c)) for c in codes}
    for code, name, last in villages:
        params = _params_of(code[:9], year, as_of, finance)
        card = VillageCard(code, name, last_file=last)
        for item in items:
            rule = rules.RULES.get(item.rule)
            if item.inspected:
                value = inspected.get((code, item.code))
                figure = Figure(value) if value is not None else Figure(None, note="待实地检查")
                card.cells.append(town_scorecard.graded(item, figure, None))
            elif rule is None:
                figure = Figure(None, note="本版程序不会计算")
                card.cells.append(town_scorecard.graded(item, figure, None))
            else:
                figure = town_scorecard.figure_of(rule, computed[rule.name].get(code), params)
                card.cells.append(town_scorecard.graded(item, figure, rule))
        by_town[code[:9]].villages.append(card)
    for town in by_town.values():
        town.villages = rank(town.villages)
        town.cells = [_pooled(item, town.villages, index) for index, item in enumerate(items)]
    return CountyScorecard(year, as_of, items, _rank_towns(list(by_town.values())))


def _pooled(item: TargetItem, villages: list[VillageCard], index: int) -> Cell:
    """A town's cell: its villages' counts pooled (see the module's docstring)."""
    cells = [v.cells[index] for v in villages]
    valued = [c for c in cells if c.figure.value is not None]
    if not valued:
        return Cell(item, Figure(None), Grade.NO_DATA, 0.0)
    if item.unit == "%" and any(c.figure.denominator for c in valued):
        numerator = sum(c.figure.numerator for c in valued)
        denominator = sum(c.figure.denominator for c in valued)
        figure = Figure.share(numerator, denominator)
    else:
        figure = Figure(round(sum(c.figure.value or 0.0 for c in valued) / len(valued), 1))
    result = grade(figure.value, item)
    return Cell(item, figure, result, points(result, item.weight))


def _rank_towns(towns: list[TownCard]) -> list[TownCard]:
    """Highest mean total first; equal totals share a rank (1, 2, 2, 4)."""
    ordered = sorted(towns, key=lambda t: (-t.total, t.code))
    for index, town in enumerate(ordered, start=1):
        same = index > 1 and ordered[index - 2].total == town.total
        town.rank = ordered[index - 2].rank if same else index
    return ordered


def records_behind(
    county: County, village_code: str, year: int, item_code: str, *, today: date | None = None
) -> tuple[str, list[dict[str, Any]]]:
    """The table and rows behind one village's cell (read-only, as the town's drill)."""
    items = {i.code: i for i in catalogue()}
    if item_code not in items:
        raise RefusedError(msg("考核目录里没有这一项", "No such item"))
    item = items[item_code]
    if item.inspected:
        rows = store.inspection_rows(
            county.conn, village_code=village_code, year=year, item_code=item_code
        )
        return INSPECTIONS, rows
    rule = rules.RULES[item.rule]
    as_of = town_scorecard.as_of_day(year, today or clock.today())
    town = village_code[:9]
    params = _params_of(town, year, as_of, _finance_items(county, [town]))
    return rule.table, store.drill(county.conn, rule, {**params, "owner": village_code})


# --- the 通报 -------------------------------------------------------------------------


def month_changes(county: County, year: int, month: int) -> list[str]:
    """Per town, how many cells changed grade during ``month`` (a county has thousands)."""
    end = (date(year, month, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    after = compute_county_scorecard(county, year, today=end)
    start = date(year, month, 1) - timedelta(days=1)
    before: dict[str, VillageCard] = {}
    if start.year == year:
        before = {v.code: v for v in compute_county_scorecard(county, year, today=start).villages()}
    sentences = []
    for town in sorted(after.towns, key=lambda t: t.code):
        better = worse = 0
        for village in town.villages:
            old = before.get(village.code)
            for index, cell in enumerate(village.cells):
                was = old.cells[index].grade if old else Grade.NO_DATA
                if was is cell.grade:
                    continue
                if _order(cell.grade) > _order(was):
                    better += 1
                else:
                    worse += 1
        if better or worse:
            sentences.append(f"{town.name}：{better}项好转，{worse}项下降")
    return sentences


def _order(value: Grade) -> int:
    return {Grade.NO_DATA: 0, Grade.MISSED: 1, Grade.NEAR: 2, Grade.MET: 3}[value]


def print_county_scorecard(
    county: County, year: int, *, month: int | None = None, today: date | None = None
) -> PrintedSheet:
    """The county's 通报 on A3 landscape: towns ranked, then each town's villages."""
    from sanzhi_desktop.printing.county_scorecard_sheet import (
        CountyScorecardSheet,
        render_county_scorecard,
    )
    from sanzhi_desktop.printing.scorecard_sheet import ScoreColumn, ScoreRow

    today = today or clock.today()
    if month is not None and not 1 <= month <= 12:
        raise ValidationError([FieldError("month", msg("月份应在1到12之间", "Month 1–12"))])
    month_end = town_scorecard.month_end(year, month) if month else today
    taken = town_scorecard.as_of_day(year, min(today, month_end))
    card = compute_county_scorecard(county, year, today=taken)
    if not any(t.villages for t in card.towns):
        raise RefusedError(msg("县级数据库里还没有任何村的记录，没有可通报的内容。", "No village."))

    def row(rank_: int, name: str, cells: list[Cell], total: float, fresh: str) -> ScoreRow:
        shown = [(town_scorecard.shown_figure(c), c.grade.value) for c in cells]
        return ScoreRow(rank_, name, shown, total, fresh[:10])

    sheet = CountyScorecardSheet(
        county_name=county.name,
        period=town_scorecard.period_text(year, taken),
        columns=[ScoreColumn(i.code, i.title, i.target, i.weight) for i in card.items],
        towns=[row(t.rank, t.name, t.cells, t.total, t.last_file) for t in card.towns],
        villages=[
            (
                t.name,
                [row(v.rank, v.name, v.cells, v.total, v.last_file) for v in t.villages],
            )
            for t in card.towns
        ],
        changes=month_changes(county, year, taken.month),
        made_on=today.isoformat(),
    )
    return PrintedSheet(render_county_scorecard(sheet), sheet.title, f"{sheet.title}.pdf")
