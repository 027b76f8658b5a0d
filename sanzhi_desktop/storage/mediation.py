"""Storage for the people's mediation (cases, parties, events, papers, mediators).

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m005_mediation``.

- ``mediation_cases``: one row per case (dossier), owned by the village; its
  ``state`` and dates are a cache of the events, rewritten with each event.
- ``mediation_parties``: the sides of a case; outsiders' details are personal
  (erased with the row).
- ``mediation_events``: append-only; each row is owned by its writer. The
  town's replies are rows owned by the town with ``addressee`` = the village
  code; village rows have ``addressee`` ''.
- ``mediation_papers``: the dossier's papers, content as JSON.
- ``mediation_mediators``: the committee list.
- ``mediation_dispute_types``: a township's replacement of the dispute-type
  catalogue (town-owned rows, ``addressee`` '*' or a village code).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sanzhi_desktop.domain.mediation import CaseState, EventKind
from sanzhi_desktop.storage.name_keys import add_missing_keys, key_of
from sanzhi_desktop.storage.pages import RowPages
from sanzhi_desktop.storage.records import SyncedTable, create_synced_table, register_synced_table

if TYPE_CHECKING:
    import sqlite_utils

CASES = register_synced_table(
    SyncedTable(
        "mediation_cases",
        "调解案件",
        "mediation cases",
        choices=(("state", frozenset(CaseState)),),
    )
)
PARTIES = register_synced_table(
    SyncedTable(
        "mediation_parties",
        "调解当事人",
        "mediation parties",
        personal=("phone", "address", "id_number", "birth_date"),
    )
)
EVENTS = register_synced_table(
    SyncedTable(
        "mediation_events",
        "调解过程",
        "mediation events",
        choices=(("kind", frozenset(EventKind)),),
    )
)
PAPERS = register_synced_table(SyncedTable("mediation_papers", "调解文书", "mediation papers"))
MEDIATORS = register_synced_table(
    SyncedTable("mediation_mediators", "调解员", "mediators", personal=("phone",))
)
DISPUTE_TYPES = register_synced_table(
    SyncedTable("mediation_dispute_types", "纠纷类型", "dispute types", town_only=True)
)


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m005_mediation``)."""
    create_synced_table(
        db,
        "mediation_cases",
        {
            "dossier_year": int,
            "dossier_seq": int,
            "dossier_no": str,
            "source": str,
            "dispute_type": str,
            "summary": str,
            "registered_on": str,
            "amount_fen": int,
            "people_involved": int,
            "crime_risk": int,
            "petition_risk": int,
            "mediator_ids": str,
            "state": str,
            "accepted_on": str,
            "settled_on": str,
            "agreement_form": str,
            "follow_up_due": str,
            "escalated": int,
        },
        not_null={"dossier_year", "dossier_seq", "dossier_no", "source", "dispute_type", "state"},
        defaults={
            "summary": "",
            "amount_fen": 0,
            "people_involved": 0,
            "crime_risk": 0,
            "petition_risk": 0,
            "mediator_ids": "[]",
            "accepted_on": "",
            "settled_on": "",
            "agreement_form": "",
            "follow_up_due": "",
            "escalated": 0,
        },
    )
    db.execute(
        "CREATE INDEX idx_mediation_cases_dossier ON mediation_cases(owner, dossier_year, "
        "dossier_seq)"
    )
    db.execute("CREATE INDEX idx_mediation_cases_state ON mediation_cases(state)")
    create_synced_table(
        db,
        "mediation_parties",
        {
            "case_id": str,
            "seq": int,
            "role": str,
            "kind": str,
            "person_id": str,
            "name": str,
            "sex": str,
            "ethnicity": str,
            "birth_date": str,
            "occupation": str,
            "address": str,
            "phone": str,
            "id_number": str,
            "representative": str,
        },
        not_null={"case_id", "role", "kind", "name"},
        defaults={
            "seq": 0,
            "person_id": "",
            "sex": "",
            "ethnicity": "",
            "birth_date": "",
            "occupation": "",
            "address": "",
            "phone": "",
            "id_number": "",
            "representative": "",
        },
    )
    db.execute("CREATE INDEX idx_mediation_parties_case ON mediation_parties(case_id)")
    create_synced_table(
        db,
        "mediation_events",
        {
            "case_id": str,
            "kind": str,
            "on": str,
            "detail": str,
            "data": str,
            "operator": str,
            "recorded_at": str,
            "addressee": str,
        },
        not_null={"case_id", "kind", "on"},
        defaults={"detail": "", "data": "{}", "operator": "", "recorded_at": "", "addressee": ""},
    )
    db.execute("CREATE INDEX idx_mediation_events_case ON mediation_events(case_id)")
    db.execute("CREATE INDEX idx_mediation_events_on ON mediation_events([on])")
    create_synced_table(
        db,
        "mediation_papers",
        {"case_id": str, "kind": str, "on": str, "seq": int, "content": str},
        not_null={"case_id", "kind", "on"},
        defaults={"seq": 0, "content": "{}"},
    )
    db.execute("CREATE INDEX idx_mediation_papers_case ON mediation_papers(case_id)")
    create_synced_table(
        db,
        "mediation_mediators",
        {"name": str, "role": str, "phone": str, "active": int},
        not_null={"name"},
        defaults={"role": "调解员", "phone": "", "active": 1},
    )
    create_synced_table(
        db,
        "mediation_dispute_types",
        {"name": str, "seq": int, "addressee": str},
        not_null={"name"},
        defaults={"seq": 0, "addressee": "*"},
    )


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# --- cases ------------------------------------------------------------------------------

_PARTY_NAMES = (
    "(SELECT group_concat(p.name, '、') FROM (SELECT name FROM mediation_parties "
    "WHERE case_id = c.id AND deleted = 0 ORDER BY seq) p) AS party_names"
)


CASE_ORDER = "c.dossier_year DESC, c.dossier_seq DESC, c.id"
#: The case list's sort keys (the GUI's column keys) → what SQL orders by.
CASE_ORDERS = {
    "dossier": "c.dossier_year, c.dossier_seq",
    # a state by its place in the workflow (intake to archive), not by its code
    "state": "CASE c.state "
    + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(CaseState))
    + " END",
    "accepted": "c.accepted_on",
    "due": "c.accepted_on",
}
#: The first party's name in pinyin order, then the names as listed.
_FIRST_PARTY_KEY = (
    "(SELECT k.key FROM mediation_parties p JOIN name_sort_keys k ON k.text = p.name "
    "WHERE p.case_id = c.id AND p.deleted = 0 ORDER BY p.seq LIMIT 1)"
)


def _case_where(
    *,
    owner: str | None = None,
    not_owner: str | None = None,
    text: str = "",
    states: tuple[str, ...] = (),
    year: int | None = None,
    escalated_only: bool = False,
    accepted_from: str = "",
    accepted_to: str = "",
) -> tuple[str, list[Any]]:
    where: list[str] = ["c.deleted = 0"]
    params: list[Any] = []
    if owner is not None:
        where.append("c.owner = ?")
        params.append(owner)
    if not_owner is not None:
        where.append("c.owner != ?")
        params.append(not_owner)
    if states:
        where.append(f"c.state IN ({', '.join('?' * len(states))})")
        params.extend(states)
    if year is not None:
        where.append("c.dossier_year = ?")
        params.append(year)
    if escalated_only:
        where.append("c.escalated = 1")
    if accepted_from:
        where.append("c.accepted_on >= ?")
        params.append(accepted_from)
    if accepted_to:
        where.append("c.accepted_on <= ?")
        params.append(accepted_to)
    if text.strip():
        like = _like(text.strip())
        where.append(
            "(c.dossier_no LIKE ? ESCAPE '\\' OR c.summary LIKE ? ESCAPE '\\' "
            "OR c.dispute_type LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mediation_parties p "
            "WHERE p.case_id = c.id AND p.deleted = 0 AND p.name LIKE ? ESCAPE '\\'))"
        )
        params.extend([like] * 4)
    return " AND ".join(where), params


def list_cases(
    db: sqlite_utils.Database,
    *,
    owner: str | None = None,
    not_owner: str | None = None,
    text: str = "",
    states: tuple[str, ...] = (),
    year: int | None = None,
    escalated_only: bool = False,
) -> list[dict[str, Any]]:
    """Live cases with their parties' names, newest dossier first."""
    where, params = _case_where(
        owner=owner,
        not_owner=not_owner,
        text=text,
        states=states,
        year=year,
        escalated_only=escalated_only,
    )
    sql = (
        f"SELECT c.*, {_PARTY_NAMES} FROM mediation_cases c WHERE {where} "
        "ORDER BY c.dossier_year DESC, c.dossier_seq DESC"
    )
    return _rows(db.execute(sql, params))


def case_pages(
    db: sqlite_utils.Database,
    *,
    sort: str = "",
    descending: bool = False,
    on_row: Callable[[dict[str, Any]], object] | None = None,
    **where: Any,
) -> RowPages:
    """:func:`list_cases` a page at a time, by a column key (``CASE_ORDERS``) or newest first."""
    if sort == "type":
        add_missing_keys(db, "mediation_cases", "dispute_type")
    elif sort == "parties":
        add_missing_keys(db, "mediation_parties", "name")
    sql, params = case_pages_sql(sort=sort, descending=descending, **where)
    return RowPages(db.conn, sql, params, on_row=on_row)


def case_pages_sql(
    *, sort: str = "", descending: bool = False, **where: Any
) -> tuple[str, list[Any]]:
    """The one statement :func:`case_pages` reads (the list benchmark's floor runs it too)."""
    clause, params = _case_where(**where)
    order, join = CASE_ORDER, ""
    direction = " DESC" if descending else ""
    if sort == "type":
        join, term = key_of("c", "dispute_type", "k")
        order = f"{term}{direction}, {CASE_ORDER}"
    elif sort == "parties":
        order = f"{_FIRST_PARTY_KEY}{direction}, party_names{direction}, {CASE_ORDER}"
    elif sort in CASE_ORDERS:
        terms = ", ".join(f"{t}{direction}" for t in CASE_ORDERS[sort].split(", "))
        order = f"{terms}, {CASE_ORDER}"
    sql = (
        f"SELECT c.*, {_PARTY_NAMES} FROM mediation_cases c {join} WHERE {clause} ORDER BY {order}"
    )
    return sql, params


def dossier_seqs(db: sqlite_utils.Database, owner: str, year: int) -> list[int]:
    """Every number used in ``year`` (deleted cases too: a number is never reused)."""
    rows = db.execute(
        "SELECT dossier_seq FROM mediation_cases WHERE owner = ? AND dossier_year = ?",
        [owner, year],
    ).fetchall()
    return [int(r[0]) for r in rows]


def find_case_by_dossier_no(db: sqlite_utils.Database, dossier_no: str) -> dict[str, Any] | None:
    rows = _rows(
        db.execute(
            "SELECT * FROM mediation_cases WHERE dossier_no = ? AND deleted = 0", [dossier_no]
        )
    )
    return rows[0] if rows else None


def list_case_years(db: sqlite_utils.Database) -> list[int]:
    rows = db.execute(
        "SELECT DISTINCT dossier_year FROM mediation_cases WHERE deleted = 0 "
        "ORDER BY dossier_year DESC"
    ).fetchall()
    return [int(r[0]) for r in rows]


def cases_in_states(db: sqlite_utils.Database, owner: str, states: tuple[str, ...]) -> list[Any]:
    return list_cases(db, owner=owner, states=states)


# --- parties, events, papers -------------------------------------------------------------


def list_parties(db: sqlite_utils.Database, case_id: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM mediation_parties WHERE case_id = ? AND deleted = 0 ORDER BY seq",
            [case_id],
        )
    )


def list_events(db: sqlite_utils.Database, case_id: str) -> list[dict[str, Any]]:
    """A case's events in the order they happened (date, then the order written)."""
    return _rows(
        db.execute(
            "SELECT * FROM mediation_events WHERE case_id = ? AND deleted = 0 "
            "ORDER BY [on], recorded_at, rev",
            [case_id],
        )
    )


def events_in_month(db: sqlite_utils.Database, month: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM mediation_events WHERE deleted = 0 AND [on] LIKE ? "
            "ORDER BY [on], recorded_at, rev",
            [f"{month}-%"],
        )
    )


def cases_by_ids(db: sqlite_utils.Database, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows += _rows(
            db.execute(
                f"SELECT * FROM mediation_cases WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
        )
    return rows


def list_papers(db: sqlite_utils.Database, case_id: str) -> list[dict[str, Any]]:
    return _rows(
        db.execute(
            "SELECT * FROM mediation_papers WHERE case_id = ? AND deleted = 0 "
            "ORDER BY [on], seq, rev",
            [case_id],
        )
    )


def max_paper_seq(db: sqlite_utils.Database, case_id: str) -> int:
    row = db.execute(
        "SELECT max(seq) FROM mediation_papers WHERE case_id = ?", [case_id]
    ).fetchone()
    return int(row[0] or 0)


# --- mediators, dispute types ---------------------------------------------------------------


def list_mediators(db: sqlite_utils.Database, *, active_only: bool = False) -> list[dict[str, Any]]:
    where = "deleted = 0" + (" AND active = 1" if active_only else "")
    return _rows(db.execute(f"SELECT * FROM mediation_mediators WHERE {where} ORDER BY rowid"))


def town_dispute_types(db: sqlite_utils.Database, village_code: str) -> list[str]:
    """The town's replacement catalogue addressed to all villages or to this one."""
    rows = db.execute(
        "SELECT name FROM mediation_dispute_types WHERE deleted = 0 "
        "AND (addressee = '*' OR addressee = ?) ORDER BY seq, name",
        [village_code],
    ).fetchall()
    return [str(r[0]) for r in rows]
