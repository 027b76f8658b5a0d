"""Python's cyclic garbage collector, paused while the window is being made.

Starting the program makes tens of thousands of objects (modules, classes,
Qt's enumerations, widgets) that live as long as the program does; the
collector would walk them again and again while they are made (~10 ms of a
start of ~0.2 s on the development machine). ``sanzhi gui`` pauses it
(:func:`sanzhi_desktop.cli.main`) and it resumes when the main window has
first painted, or before any dialog waits for the clerk. On resuming, what
start-up made is frozen (:func:`gc.freeze`), so later collections skip it.

No Qt here: the command line imports this before Qt is loaded.
"""

from __future__ import annotations

import gc


def pause() -> None:
    gc.disable()


def resume() -> None:
    """Collect again (once; later calls do nothing)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
