"""Benchmark hooks: print when the window first painted and when it answers input, then quit.

Two moments of a start matter, and only the second is what a clerk feels:

* ``FIRST_PAINT <time.monotonic()>``: the main window has painted once;
* ``READY <time.monotonic()>``: the home page's to-dos and figures are in,
  the status bar is complete, and the event loop has run dry — the next
  click is handled at once. With ``SANZHI_READY_PAGE=<key>`` (a
  ``MainWindow.page_keys`` entry, e.g. ``town_dashboard``) that page is
  opened after the home page (``READY_PAGE <key>`` is printed once it is on
  screen) and READY waits for it too, so the memory benchmark measures a
  town whose dashboard is really on screen.

``SANZHI_EXIT_AFTER_PAINT=1`` quits after FIRST_PAINT (as before);
``SANZHI_EXIT_WHEN_READY=1`` prints both and quits after READY. The start-up
benchmark compares those moments with the moment it started the process
(``time.monotonic`` is one clock for every process on a machine).
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: "1": quit right after the main window's first paint.
EXIT_AFTER_PAINT_ENV = "SANZHI_EXIT_AFTER_PAINT"
#: "1": quit once the window answers input (home page filled, event loop idle).
EXIT_WHEN_READY_ENV = "SANZHI_EXIT_WHEN_READY"
#: A page to open after the home page before READY (the memory benchmark's dashboard).
READY_PAGE_ENV = "SANZHI_READY_PAGE"
#: Event-loop passes with nothing left to do that count as "idle".
IDLE_PASSES = 3


def install(app: QApplication, window: QWidget) -> None:
    """Install the hook the environment asks for (none in normal use)."""
    if os.environ.get(EXIT_WHEN_READY_ENV) == "1":
        window.installEventFilter(StartProbe(app, window, until_ready=True))
    elif os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        window.installEventFilter(StartProbe(app, window, until_ready=False))


def home_filled(page: QWidget | None) -> bool:
    """Whether the home page has its to-dos and figures (a page without them: yes)."""
    if page is None:
        return False
    return bool(getattr(page, "todos_loaded", True)) and bool(getattr(page, "figures_loaded", True))


class StartProbe(QObject):
    """Watches the main window's first paint, then the home page's first fill."""

    def __init__(self, app: QApplication, window: QWidget, *, until_ready: bool) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._until_ready = until_ready
        self._painted = False
        self._extra_page = os.environ.get(READY_PAGE_ENV, "")
        self._idle = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_paint)
        return False

    def _after_paint(self) -> None:
        print(f"FIRST_PAINT {time.monotonic():.6f}", flush=True)
        if not self._until_ready:
            self._app.exit(0)
            return
        QTimer.singleShot(0, self._check)

    def _current_page(self) -> QWidget | None:
        pages = getattr(self._window, "pages", None)
        return pages.currentWidget() if pages is not None else None

    def _check(self) -> None:
        """Poll once per event-loop pass until the page is filled and nothing else is queued."""
        if not home_filled(self._current_page()):
            self._idle = 0
            QTimer.singleShot(0, self._check)
            return
        if self._extra_page:
            key, self._extra_page = self._extra_page, ""
            self._window.show_page(key)  # type: ignore[attr-defined]
            page = self._current_page()
            if page is not None and page.objectName() == f"page_{key}":
                print(f"READY_PAGE {key}", flush=True)  # built (and its data read) on screen
            self._idle = 0
        self._idle += 1
        if self._idle < IDLE_PASSES:
            QTimer.singleShot(0, self._check)
            return
        print(f"READY {time.monotonic():.6f}", flush=True)
        self._app.exit(0)
