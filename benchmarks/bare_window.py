"""The start-up and memory floor: a bare PySide6 QMainWindow with a QTableView.

Run by ``startup.py`` and ``memory.py``; with ``SANZHI_EXIT_AFTER_PAINT=1`` it
prints ``FIRST_PAINT <time.monotonic()>`` after its first paint and quits,
exactly as the program's hook (``gui/start_probe.py``) does.

With ``SANZHI_EXIT_WHEN_READY=1 --db F --queries Q`` it is the floor of the
"answers input" figure: after its first paint it opens ``F`` with the bare
``sqlite3`` module, runs every statement of ``Q`` (a JSON list: the reads the
program made on its connection from opening the file until it was ready,
recorded by ``startup.py``), fetching every row, lets the event loop run dry
as the program's hook does, and prints ``READY <time.monotonic()>``. That is
what the program cannot do without: a window, and the same rows from the
same file. What it leaves out is ours to answer for — Python imports, the
services' work on the rows, the widgets that show them.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

IDLE_PASSES = 3  # as gui/start_probe.py


class ExitAfterPaint(QObject):
    def __init__(
        self, app: QApplication, *, db: Path | None = None, queries: list[str] | None = None
    ) -> None:
        super().__init__(app)
        self.app = app
        self.done = False
        self.db = db
        self.queries = queries
        self.idle = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        print(f"FIRST_PAINT {time.monotonic():.6f}", flush=True)
        if self.queries is None or self.db is None:
            self.app.exit(0)
            return
        conn = sqlite3.connect(str(self.db), isolation_level=None)
        rows = 0
        for sql in self.queries:
            rows += len(conn.execute(sql).fetchall())
        conn.close()
        QTimer.singleShot(0, self.idle_pass)

    def idle_pass(self) -> None:
        self.idle += 1
        if self.idle < IDLE_PASSES:
            QTimer.singleShot(0, self.idle_pass)
            return
        print(f"READY {time.monotonic():.6f}", flush=True)
        self.app.exit(0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--queries", type=Path, help="a JSON list of SQL statements")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(0, 8, window)
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    if os.environ.get("SANZHI_EXIT_WHEN_READY") == "1" and args.queries:
        queries = json.loads(args.queries.read_text(encoding="utf-8"))
        window.installEventFilter(ExitAfterPaint(app, db=args.db, queries=queries))
    elif (
        os.environ.get("SANZHI_EXIT_AFTER_PAINT") == "1"
        or os.environ.get("SANZHI_EXIT_WHEN_READY") == "1"
    ):
        window.installEventFilter(ExitAfterPaint(app))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
