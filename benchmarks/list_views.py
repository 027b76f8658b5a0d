"""List: the roster and the case log on the town database — first screen, and scrolled to the end.

Two figures, each ours against a floor running the very same SQL statement
(``storage.roster.person_pages_sql``, ``storage.mediation.case_pages_sql``)
in Qt's own SQL model, in the same process and run, alternated, median of
``--runs``. Offscreen Qt platform, a 1366×768 window.

**list: first screen** (target ≤ 1.2×). Ours: ``RosterPage`` and
``MediationPage`` built over the town and shown until their first screen is
painted — the persons tab (register order) and the case log (newest first)
each read one page (``kit.table_model.PAGE_SIZE``) from their service; the
roster also counts the persons and lists the groups, as the page does. Floor:
a ``QTableView`` over a ``QSqlQueryModel`` of the same two statements, shown
until painted: QSqlQueryModel steps its query to the first 256 rows and no
further, so this is the least work that puts the same rows on screen. The
floor's database connection is opened before the clock starts, as ours is.

**list: scroll to end** (target ≤ 1.5×). Ours: the same pages shown, the
persons sorted by name (a header click: pinyin order from the stored keys in
SQL), then every page fetched (``fetchMore`` until ``canFetchMore`` says no)
and the view scrolled to the bottom in one event-loop pass. Floor: a
``QSqlQueryModel`` of the same pinyin-ordered statement, fetched to the end the
same way (``fetchMore`` until done, one pass) — not one event-loop pass per
256 rows, which made the old baseline ten times slower than the model is.

The old figure timed a lazily scrolled baseline against ours *plus* a second
``refresh()`` the GUI never makes; both are gone.

Run: ``python benchmarks/list_views.py [--runs 5] [--db TOWN]``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks import common, make_data
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage.mediation import case_pages_sql
from sanzhi_desktop.storage.roster import person_pages_sql

FIRST_SCREEN_LIMIT = 1.2
SCROLL_LIMIT = 1.5
SIZE = (1366, 768)


def case_statement(session: Session) -> tuple[str, list[Any]]:
    """The case log's statement as ``services.mediation.case_pages`` builds it for this office."""
    profile = session.require_profile()
    town = profile.kind is OfficeKind.TOWN
    return case_pages_sql(
        owner=None if town else profile.code,
        not_owner=profile.code if town else None,
        escalated_only=town,
    )


Statement = tuple[str, list[Any]]


def statements(session: Session, *, by_name: bool) -> list[tuple[Statement, Statement | None]]:
    """Each list's first statement, and the one a name-header click then reads (if any)."""
    register = person_pages_sql(RosterFilter())
    by_pinyin = person_pages_sql(RosterFilter(), sort="name") if by_name else None
    return [(register, by_pinyin), (case_statement(session), None)]


def sql_query(con: QSqlDatabase, statement: Statement) -> QSqlQuery:
    sql, params = statement
    query = QSqlQuery(con)
    query.prepare(sql)
    for value in params:
        query.addBindValue(value)
    query.exec()
    return query


def fetch_to_end(app: QApplication, view: QTableView, model: QAbstractItemModel) -> int:
    """Fetch every page, then scroll to the bottom in one event-loop pass."""
    root = model.index(-1, -1)
    while model.canFetchMore(root):
        model.fetchMore(root)
    view.scrollToBottom()
    app.processEvents()
    return model.rowCount()


# --- ours ----------------------------------------------------------------------------------------


def ours_once(app: QApplication, session: Session, *, scroll: bool) -> int:
    from sanzhi_desktop.gui.context import GuiContext
    from sanzhi_desktop.gui.parts.mediation.page import MediationPage
    from sanzhi_desktop.gui.parts.roster.page import RosterPage

    ctx = GuiContext(session=session)
    rows = 0
    for page_class in (RosterPage, MediationPage):
        page = page_class(ctx)
        page.resize(*SIZE)
        page.show()
        app.processEvents()  # the first screen painted
        tab = page.current_tab()
        if scroll:
            if isinstance(page, RosterPage):
                tab.table.sortByColumn(tab.model.column_index("name"), Qt.SortOrder.AscendingOrder)
            rows += fetch_to_end(app, tab.table, tab.model)
        else:
            rows += tab.model.rowCount()
        page.close()
        page.deleteLater()
        app.processEvents()
    return rows


# --- the floor -----------------------------------------------------------------------------------


def floor_once(
    app: QApplication,
    con: QSqlDatabase,
    sqls: list[tuple[Statement, Statement | None]],
    *,
    scroll: bool,
) -> int:
    """Each statement in a QSqlQueryModel under a view; scrolled: the second one to its end."""
    rows = 0
    for first, then in sqls:
        model = QSqlQueryModel()
        model.setQuery(sql_query(con, first))
        view = QTableView()
        view.resize(*SIZE)
        view.setModel(model)
        view.show()
        app.processEvents()
        if scroll and then is not None:
            model.setQuery(sql_query(con, then))  # what our name-header click reads
        rows += fetch_to_end(app, view, model) if scroll else model.rowCount()
        view.close()
        view.deleteLater()
        del model
        app.processEvents()
    return rows


def alternate(
    runs: int, ours: Callable[[], int], floor: Callable[[], int]
) -> tuple[list[float], list[float], dict[str, int]]:
    """Ours and the floor in turn; run 0 warms caches and imports, untimed."""
    ours_t, floor_t, counts = [], [], {}
    for run in range(runs + 1):
        [t] = common.time_call(lambda: counts.__setitem__("rows_ours", ours()), runs=1)
        [f] = common.time_call(lambda: counts.__setitem__("rows_floor", floor()), runs=1)
        if run:
            ours_t.append(t)
            floor_t.append(f)
    return ours_t, floor_t, counts


def figures(*, runs: int, db: Path, only: str = "") -> list[common.Figure]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sanzhi_desktop.gui.fonts import register_app_font

    register_app_font(app)  # type: ignore[arg-type]
    out: list[common.Figure] = []
    with open_session(db, operator="基准测试", exclusive=False) as session:
        con = QSqlDatabase.addDatabase("QSQLITE", "bench")
        con.setDatabaseName(str(db))
        con.open()
        try:
            for name, scroll, limit in (
                ("list: first screen", False, FIRST_SCREEN_LIMIT),
                ("list: scroll to end (names in pinyin)", True, SCROLL_LIMIT),
            ):
                if only and only not in name:
                    continue
                sqls = statements(session, by_name=scroll)
                ours_t, floor_t, counts = alternate(
                    runs,
                    lambda scroll=scroll: ours_once(app, session, scroll=scroll),  # type: ignore[misc]
                    lambda sqls=sqls, scroll=scroll, con=con: floor_once(  # type: ignore[misc]
                        app, con, sqls, scroll=scroll
                    ),
                )
                spread = {
                    "ours_min_max": [round(min(ours_t), 3), round(max(ours_t), 3)],
                    "floor_min_max": [round(min(floor_t), 3), round(max(floor_t), 3)],
                }
                out.append(
                    common.ratio_figure(
                        name, ours_t, floor_t, limit=limit, detail={**counts, **spread}
                    )
                )
        finally:
            con.close()
            del con
            QSqlDatabase.removeDatabase("bench")
    return out


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--db", type=Path, help="a town database (default: make_data's town)")
    parser.add_argument("--only", default="", help="one figure: 'first screen' or 'scroll'")
    args = parser.parse_args()
    db = args.db or make_data.town_data().town
    common.emit(figures(runs=args.runs, db=db, only=args.only), as_json=args.json)


if __name__ == "__main__":
    main()
