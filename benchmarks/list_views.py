"""List: open the roster and the case list on the town database and scroll each to its end.

Ours: ``RosterPage`` and ``MediationPage`` built over the town, refreshed,
shown, then scrolled to the bottom until their models have nothing more to
fetch. Baseline, in the same process and run: a QTableView over a
QSqlQueryModel (QtSql, lazy 256-row fetching) of the same persons query and
of the live cases, shown and scrolled the same way. Offscreen Qt platform.
Target: ≤ 1.5×.

Run: ``python benchmarks/list_views.py [--runs 5] [--db TOWN]``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks import common, make_data
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage.roster import PERSON_COLUMNS

LIMIT = 1.5
PERSONS_SQL = (
    f"SELECT {PERSON_COLUMNS} FROM persons p JOIN households h ON h.id = p.household_id "
    "WHERE p.deleted = 0 ORDER BY h.group_no, h.household_no, p.relation != '户主', p.birth_date"
)
CASES_SQL = (
    "SELECT * FROM mediation_cases WHERE deleted = 0 ORDER BY dossier_year DESC, dossier_seq DESC"
)


def scroll_to_end(app: QApplication, view: QTableView, source: QAbstractItemModel) -> int:
    """Scroll like a clerk holding End: until the model has nothing more to fetch."""
    view.show()
    app.processEvents()
    while True:
        view.scrollToBottom()
        app.processEvents()
        if not source.canFetchMore(source.index(-1, -1)):
            break
    view.scrollToBottom()
    app.processEvents()
    return source.rowCount()


def ours_once(app: QApplication, db: Path) -> int:
    from sanzhi_desktop.gui.context import GuiContext
    from sanzhi_desktop.gui.parts.mediation.page import MediationPage
    from sanzhi_desktop.gui.parts.roster.page import RosterPage

    rows = 0
    with open_session(db, operator="基准测试", exclusive=False) as session:
        ctx = GuiContext(session=session)
        for page_class in (RosterPage, MediationPage):
            page = page_class(ctx)
            page.resize(1280, 800)
            page.show()
            page.refresh()
            # the roster keeps its own table; a record page's tables are its tabs'
            view = getattr(page, "cases_tab", page)
            rows += scroll_to_end(app, view.table, view.model)
            page.close()
            page.deleteLater()
            app.processEvents()
    return rows


def bare_once(app: QApplication, db: Path) -> int:
    con = QSqlDatabase.addDatabase("QSQLITE", "bench")
    con.setDatabaseName(str(db))
    con.open()
    rows = 0
    try:
        for sql in (PERSONS_SQL, CASES_SQL):
            model = QSqlQueryModel()
            model.setQuery(QSqlQuery(sql, con))
            view = QTableView()
            view.resize(1280, 800)
            view.setModel(model)
            rows += scroll_to_end(app, view, model)
            view.close()
            view.deleteLater()
            del model
            app.processEvents()
    finally:
        con.close()
        del con
        QSqlDatabase.removeDatabase("bench")
    return rows


def figures(*, runs: int, db: Path) -> list[common.Figure]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sanzhi_desktop.gui.fonts import register_app_font

    register_app_font(app)  # type: ignore[arg-type]
    ours_t, bare_t, counts = [], [], {}
    for run in range(runs + 1):  # run 0 warms caches and imports, untimed
        [t] = common.time_call(lambda: counts.__setitem__("ours", ours_once(app, db)), runs=1)  # type: ignore[arg-type]
        [b] = common.time_call(lambda: counts.__setitem__("bare", bare_once(app, db)), runs=1)  # type: ignore[arg-type]
        if run:
            ours_t.append(t)
            bare_t.append(b)
    return [
        common.ratio_figure(
            "list",
            ours_t,
            bare_t,
            limit=LIMIT,
            detail={"rows_ours": counts["ours"], "rows_baseline": counts["bare"]},
        )
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.add_argument("--db", type=Path, help="a town database (default: make_data's town)")
    args = parser.parse_args()
    db = args.db or make_data.town_data().town
    common.emit(figures(runs=args.runs, db=db), as_json=args.json)


if __name__ == "__main__":
    main()
