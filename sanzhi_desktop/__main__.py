"""``python -m sanzhi_desktop`` runs the same entry point as the ``sanzhi`` script.

Ctrl-C while the program is still importing (a second or more on an old PC)
would print a traceback from deep inside some import: until ``main`` takes
over (it puts Python's own handler back and ends a Ctrl-C with one line),
Ctrl-C simply ends the process — nothing has been opened or written yet.
"""

import os
import signal


def _interrupted_while_starting(_signum: int, _frame: object) -> None:
    os._exit(130)


signal.signal(signal.SIGINT, _interrupted_while_starting)

from sanzhi_desktop.cli import main  # noqa: E402 - after the handler, on purpose

raise SystemExit(main())
