"""The start-up and memory baseline: a bare PySide6 QMainWindow with a QTableView.

Run by ``startup.py`` and ``memory.py``; with ``SANZHI_EXIT_AFTER_PAINT=1`` it
prints ``FIRST_PAINT <time.monotonic()>`` after its first paint and quits,
exactly as the program's hook in ``gui/app.py`` does.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class ExitAfterPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        print(f"FIRST_PAINT {time.monotonic():.6f}", flush=True)
        self.app.exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(0, 8, window)
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    if os.environ.get("SANZHI_EXIT_AFTER_PAINT") == "1":
        window.installEventFilter(ExitAfterPaint(app))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
