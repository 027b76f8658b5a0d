"""Storage of the town's 考核: its target catalogue, on-site inspections, and the figures in SQL.

The catalogue (``scorecard_items``) and the inspectors' entries
(``scorecard_inspections``) are town records: owned by the town's code and
addressed to all villages (``'*'``) or to one, so a town's edit reaches its
villages in the next sync file and each village's card is computed the same
way as the town computes it.

Every computed rule is one SQL statement that returns the figure of every
village at once, grouped by ``owner`` — a town of 40 villages over ten years
asks 15 statements, not 40 × 15 × a Python loop over records — and a second
statement that lists the records behind one village's figure (the cell a
clerk clicks). ``{start}`` / ``{end}`` are the year's first day and the day
figures are taken on (the year's end, or today for the year so far).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table
from sanzhi_desktop.storage.sql_dialect import SQLITE, Dialect

if TYPE_CHECKING:
    import sqlite_utils

    from sanzhi_desktop.storage.connection import SqlRunner

ITEMS = register_synced_table(
    SyncedTable("scorecard_items", "考核目录", "target catalogue", town_only=True)
)
INSPECTIONS = register_synced_table(
    SyncedTable("scorecard_inspections", "考核实地检查", "target inspections", town_only=True)
)


def create_schema(db: sqlite_utils.Database) -> None:
    """Create the catalogue and inspection tables (migration ``m014_scorecard``)."""
    create_synced_table(
        db,
        "scorecard_items",
        {
            "code": str,
            "part": str,
            "title": str,
            "rule": str,
            "unit": str,
            "weight": float,
            "met_at": float,
            "near_at": float,
            "upper": float,
            "target_text": str,
            "position": int,
            "addressee": str,
        },
        not_null={"code", "part", "title", "rule"},
        defaults={
            "unit": "%",
            "weight": 10.0,
            "met_at": 100.0,
            "near_at": 80.0,
            "upper": 0.0,
            "target_text": "",
            "position": 0,
            "addressee": "*",
        },
    )
    create_synced_table(
        db,
        "scorecard_inspections",
        {
            "village_code": str,
            "year": int,
            "item_code": str,
            "value": float,
            "inspected_on": str,
            "inspector": str,
            "note": str,
            "addressee": str,
        },
        not_null={"village_code", "year", "item_code", "value"},
        defaults={"inspected_on": "", "inspector": "", "note": "", "addressee": ""},
    )
    db.execute(
        "CREATE INDEX idx_scorecard_inspections ON scorecard_inspections(year, village_code)"
    )


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def catalogue_rows(
    db: SqlRunner, *, town_code: str, village_code: str = ""
) -> list[dict[str, Any]]:
    """The town's live catalogue rows for a village (its own address first), else all of '*'."""
    for addressee in ([village_code] if village_code else []) + ["*"]:
        rows = _rows(
            db.execute(
                "SELECT * FROM scorecard_items WHERE deleted = 0 AND owner = ? AND addressee = ? "
                "ORDER BY position, code",
                [town_code, addressee],
            )
        )
        if rows:
            return rows
    return []


def inspections(db: SqlRunner, *, town_code: str, year: int) -> list[dict[str, Any]]:
    """The town's inspection entries of ``year``, latest per village and item last."""
    return _rows(
        db.execute(
            "SELECT * FROM scorecard_inspections WHERE deleted = 0 AND owner = ? AND year = ? "
            "ORDER BY village_code, item_code, inspected_on, rev",
            [town_code, year],
        )
    )


@dataclass(frozen=True)
class Rule:
    """A computed figure: SQL giving (owner, numerator, denominator) rows, and its records.

    ``share`` rules are numerator ÷ denominator in %; count rules take the
    numerator. ``drill`` returns the rows behind one owner's figure from
    ``table``; both statements take ``:start``, ``:end`` and (drill) ``:owner``.
    ``when_empty`` says what a village with nothing to count scores: ``"met"``
    where nothing can have gone wrong (no case to settle, no wedding to
    check), ``"missed"`` where the records are the target (no 村规民约 in
    force, no finance posted), ``"no_data"`` where nothing was due yet.

    ``figure`` and ``drill`` are functions of the SQL dialect: a town runs
    them on SQLite, a county on PostgreSQL (:mod:`storage.pg.scorecard`), and
    the rule's meaning is written once (:mod:`storage.sql_dialect`).
    """

    name: str
    label: str
    table: str
    figure: Callable[[Dialect], str]
    drill: Callable[[Dialect], str]
    share: bool = True
    when_empty: str = "missed"
    #: the parameter that counts what was due, for a village with no row at all
    due_param: str = ""

    @property
    def figure_sql(self) -> str:
        """The figure statement as SQLite runs it."""
        return self.figure(SQLITE)

    @property
    def drill_sql(self) -> str:
        return self.drill(SQLITE)


_SETTLED = (
    "deleted = 0 AND settled_on != '' AND settled_on BETWEEN :start AND :end "
    "AND state != 'refused' AND state != 'referred'"
)

RULES: dict[str, Rule] = {}


def register_rule(rule: Rule) -> Rule:
    RULES[rule.name] = rule
    return rule


def _same(sql: str) -> Callable[[Dialect], str]:
    """A statement both dialects spell alike."""
    return lambda _dialect: sql


register_rule(
    Rule(
        "rules_reviewed",
        "村规民约经合法性审查",
        "village_rules",
        lambda d: (
            "SELECT owner, "
            + "MAX("
            + d.flag("status = 'in_force' AND review_date != '' AND review_date <= :end")
            + "), 1 "
            "FROM village_rules WHERE deleted = 0 GROUP BY owner"
        ),
        _same(
            "SELECT * FROM village_rules WHERE deleted = 0 AND owner = :owner "
            "ORDER BY adopted_date DESC"
        ),
    )
)
register_rule(
    Rule(
        "finance_on_time",
        "季度财务按时公开",
        "finance_disclosures",
        # :due is the list of (quarter, due date) pairs that fell due by :end, as JSON
        lambda d: (
            "SELECT f.owner, "
            + "SUM("
            + d.flag("n.posted_date != '' AND n.posted_date <= " + d.json_item("d.value", 1))
            + "), "
            f"  (SELECT COUNT(*) FROM {d.json_rows(':due')} c) "
            "FROM finance_disclosures f "
            f"JOIN {d.json_rows(':due')} d "
            f"ON f.quarter = {d.json_item('d.value', 0, integer=True)} "
            "LEFT JOIN notices n ON n.owner = f.owner AND n.id = f.notice_id AND n.deleted = 0 "
            "WHERE f.deleted = 0 AND f.year = :year GROUP BY f.owner"
        ),
        _same(
            "SELECT * FROM finance_disclosures WHERE deleted = 0 AND owner = :owner "
            "AND year = :year ORDER BY quarter"
        ),
        when_empty="no_data",
        due_param="due_count",
    )
)
register_rule(
    Rule(
        "stars_coverage",
        "十星级文明户覆盖率",
        "star_ratings",
        # the latest cycle rated by each village first: a subquery per household row
        # cost 13 s on forty villages of ten years
        _same(
            "WITH latest AS (SELECT owner, MAX(cycle) AS cycle FROM star_ratings "
            "  WHERE deleted = 0 AND cycle <= :year GROUP BY owner), "
            "plaqued AS (SELECT s.owner, COUNT(DISTINCT s.household_id) AS n FROM star_ratings s "
            "  JOIN latest l ON l.owner = s.owner AND l.cycle = s.cycle "
            "  WHERE s.deleted = 0 AND s.status = 'plaqued' GROUP BY s.owner), "
            "homes AS (SELECT owner, COUNT(*) AS n FROM households WHERE deleted = 0 "
            "  GROUP BY owner) "
            "SELECT h.owner, COALESCE(p.n, 0), h.n "
            "FROM homes h LEFT JOIN plaqued p ON p.owner = h.owner"
        ),
        _same(
            "SELECT * FROM star_ratings WHERE deleted = 0 AND owner = :owner "
            "AND status = 'plaqued' AND cycle = (SELECT MAX(cycle) FROM star_ratings "
            "WHERE owner = :owner AND deleted = 0 AND cycle <= :year)"
        ),
    )
)
register_rule(
    Rule(
        "mediation_success",
        "调解成功率",
        "mediation_cases",
        lambda d: (
            "SELECT owner, SUM(" + d.flag("agreement_form != ''") + "), COUNT(*) "
            f"FROM mediation_cases WHERE {_SETTLED} GROUP BY owner"
        ),
        _same(
            f"SELECT * FROM mediation_cases WHERE owner = :owner AND {_SETTLED} ORDER BY settled_on"
        ),
        when_empty="met",
    )
)
register_rule(
    Rule(
        "mediation_30days",
        "调解案件30日内办结率",
        "mediation_cases",
        lambda d: (
            "SELECT owner, "
            + "SUM("
            + d.flag(d.days_between("registered_on", "settled_on") + " <= 30")
            + "), COUNT(*) "
            f"FROM mediation_cases WHERE {_SETTLED} GROUP BY owner"
        ),
        _same(
            f"SELECT * FROM mediation_cases WHERE owner = :owner AND {_SETTLED} ORDER BY settled_on"
        ),
        when_empty="met",
    )
)
register_rule(
    Rule(
        "councils_set_up",
        "一约五会成立",
        "councils",
        _same(
            "SELECT owner, COUNT(*), 0 FROM councils WHERE deleted = 0 AND set_up_date <= :end "
            "GROUP BY owner"
        ),
        _same(
            "SELECT * FROM councils WHERE deleted = 0 AND owner = :owner AND set_up_date <= :end"
        ),
        share=False,
    )
)
register_rule(
    Rule(
        "custom_within_limits",
        "红白事不超标率",
        "custom_events",
        lambda d: (
            "SELECT owner, SUM(" + d.flag("finding = ''") + "), COUNT(*) FROM custom_events "
            "WHERE deleted = 0 AND held_on BETWEEN :start AND :end GROUP BY owner"
        ),
        _same(
            "SELECT * FROM custom_events WHERE deleted = 0 AND owner = :owner "
            "AND held_on BETWEEN :start AND :end ORDER BY held_on"
        ),
        when_empty="met",
    )
)


register_rule(
    Rule(
        "model_posts",
        "党员示范岗",
        "party_posts",
        _same(
            "SELECT owner, COUNT(*), 0 FROM party_posts WHERE deleted = 0 AND set_date <= :end "
            "AND (ended_date = '' OR ended_date > :end) GROUP BY owner"
        ),
        _same(
            "SELECT * FROM party_posts WHERE deleted = 0 AND owner = :owner AND set_date <= :end "
            "AND (ended_date = '' OR ended_date > :end) ORDER BY set_date"
        ),
        share=False,
    )
)
register_rule(
    Rule(
        "secretary_training_days",
        "书记培训天数",
        "party_training",
        _same(
            "SELECT owner, SUM(days), 0 FROM party_training WHERE deleted = 0 "
            "AND start_date BETWEEN :start AND :end GROUP BY owner"
        ),
        _same(
            "SELECT * FROM party_training WHERE deleted = 0 AND owner = :owner "
            "AND start_date BETWEEN :start AND :end ORDER BY start_date"
        ),
        share=False,
    )
)
for _kind, _name, _label in (
    ("reserve", "reserve_cadres", "雏雁后备干部"),
    ("wealth", "wealth_leaders", "致富带头人"),
):
    register_rule(
        Rule(
            _name,
            _label,
            "party_cadres",
            _same(
                "SELECT owner, COUNT(*), 0 FROM party_cadres WHERE deleted = 0 "
                f"AND kind = '{_kind}' AND year = :year GROUP BY owner"
            ),
            _same(
                "SELECT * FROM party_cadres WHERE deleted = 0 AND owner = :owner "
                f"AND kind = '{_kind}' AND year = :year ORDER BY name"
            ),
            share=False,
        )
    )
register_rule(
    Rule(
        "screening_on_time",
        "矛盾纠纷排查按期开展",
        "screening_sweeps",
        # :periods lists the sweep periods of the year that ended by :end, as JSON
        lambda d: (
            "SELECT owner, COUNT(DISTINCT period), "
            f"(SELECT COUNT(*) FROM {d.json_texts(':periods')} c) "
            "FROM screening_sweeps WHERE deleted = 0 "
            f"AND period IN (SELECT value FROM {d.json_texts(':periods')} p) GROUP BY owner"
        ),
        lambda d: (
            "SELECT * FROM screening_sweeps WHERE deleted = 0 AND owner = :owner "
            f"AND period IN (SELECT value FROM {d.json_texts(':periods')} p) ORDER BY sweep_date"
        ),
        when_empty="no_data",
        due_param="period_count",
    )
)
register_rule(
    Rule(
        "petitions_closed",
        "信访件办结率",
        "petitions",
        lambda d: (
            "SELECT owner, "
            + "SUM("
            + d.flag("status = 'closed' AND closed_date <= :end")
            + "), COUNT(*) FROM petitions "
            "WHERE deleted = 0 AND received_date BETWEEN :start AND :end GROUP BY owner"
        ),
        _same(
            "SELECT * FROM petitions WHERE deleted = 0 AND owner = :owner "
            "AND received_date BETWEEN :start AND :end ORDER BY received_date"
        ),
        when_empty="met",
    )
)
register_rule(
    Rule(
        "credit_filing",
        "信用农户建档覆盖率",
        "credit_files",
        # the households with a file, once each, joined within their village: no
        # COUNT(DISTINCT) to sort, and a county's towns never match each other's ids
        _same(
            "WITH filed AS (SELECT DISTINCT owner, household_id FROM credit_files "
            "  WHERE deleted = 0 AND filed_date <= :end) "
            "SELECT h.owner, COUNT(f.household_id), COUNT(*) FROM households h "
            "LEFT JOIN filed f ON f.owner = h.owner AND f.household_id = h.id "
            "WHERE h.deleted = 0 GROUP BY h.owner"
        ),
        _same(
            "SELECT * FROM credit_files WHERE deleted = 0 AND owner = :owner "
            "AND filed_date <= :end ORDER BY filed_date"
        ),
    )
)


register_rule(
    Rule(
        "law_study_targets",
        "学法达标（干部≥4次、骨干≥2次）",
        "law_learners",
        # a learner is counted once per session, named by learner id or roster person
        lambda d: (
            "WITH att AS (SELECT s.owner, s.id AS sid, "
            f"  {d.json_field('a.value', 'learner_id')} AS lid, "
            f"  {d.json_field('a.value', 'person_id')} AS pid "
            f"  FROM law_sessions s, {d.json_rows('s.attendees')} a "
            "  WHERE s.deleted = 0 AND s.held_on BETWEEN :start AND :end), "
            "counts AS (SELECT l.owner, l.id, l.category, COUNT(DISTINCT att.sid) AS n "
            "  FROM law_learners l LEFT JOIN att ON att.owner = l.owner "
            "  AND (att.lid = l.id OR (att.pid != '' AND att.pid = l.person_id)) "
            "  WHERE l.deleted = 0 AND l.active = 1 GROUP BY l.owner, l.id, l.category) "
            "SELECT owner, "
            + "SUM("
            + d.flag("n >= CASE category WHEN 'cadre' THEN :cadre_target ELSE :backbone_target END")
            + "), "
            "COUNT(*) FROM counts GROUP BY owner"
        ),
        _same(
            "SELECT * FROM law_learners WHERE deleted = 0 AND active = 1 AND owner = :owner "
            "ORDER BY category, name"
        ),
    )
)
register_rule(
    Rule(
        "constitution_coverage",
        "宪法入户覆盖率",
        "law_constitution",
        _same(
            "WITH reached AS (SELECT DISTINCT owner, household_id FROM law_constitution "
            "  WHERE deleted = 0 AND reached = 1 AND year = :year AND reached_on <= :end) "
            "SELECT h.owner, COUNT(c.household_id), COUNT(*) FROM households h "
            "LEFT JOIN reached c ON c.owner = h.owner AND c.household_id = h.id "
            "WHERE h.deleted = 0 GROUP BY h.owner"
        ),
        _same(
            "SELECT * FROM law_constitution WHERE deleted = 0 AND owner = :owner "
            "AND year = :year AND reached = 1 ORDER BY reached_on"
        ),
    )
)
register_rule(
    Rule(
        "law_savvy_registered",
        "法律明白人",
        "law_honours",
        _same(
            "SELECT owner, COUNT(*), 0 FROM law_honours WHERE deleted = 0 "
            "AND kind = 'law_savvy' AND status = 'active' AND year <= :year GROUP BY owner"
        ),
        _same(
            "SELECT * FROM law_honours WHERE deleted = 0 AND owner = :owner "
            "AND kind = 'law_savvy' AND status = 'active' AND year <= :year ORDER BY name"
        ),
        share=False,
    )
)
register_rule(
    Rule(
        "law_site_area",
        "法治阵地室外面积",
        "law_sites",
        _same(
            "SELECT owner, MAX(outdoor_area_m2), 0 FROM law_sites WHERE deleted = 0 "
            "AND (built_on = '' OR built_on <= :end) GROUP BY owner"
        ),
        _same(
            "SELECT * FROM law_sites WHERE deleted = 0 AND owner = :owner "
            "ORDER BY outdoor_area_m2 DESC"
        ),
        share=False,
    )
)


def figures(db: SqlRunner, rule: Rule, params: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """``owner → (numerator, denominator)`` of ``rule`` for every owner with records."""
    cursor = db.execute(rule.figure(SQLITE), params)
    return {str(owner): (int(num or 0), int(den or 0)) for owner, num, den in cursor.fetchall()}


def drill(db: SqlRunner, rule: Rule, params: dict[str, Any]) -> list[dict[str, Any]]:
    return _rows(db.execute(rule.drill(SQLITE), params))


def last_received_per_sender(db: SqlRunner) -> dict[str, str]:
    """When the latest file of each sender was imported (how fresh its figures are)."""
    rows = db.execute("SELECT sender, MAX(imported_at) FROM sync_imports GROUP BY sender")
    return {str(sender): str(at) for sender, at in rows.fetchall()}
