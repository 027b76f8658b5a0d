"""Entry point of the PyInstaller bundle: the same ``main`` as the ``sanzhi`` script.

A separate file (rather than ``sanzhi_desktop/__main__.py``) so that the
package is analysed as an installed package and not as a loose script, and
so that a frozen Windows build can set up what a console-less GUI program
needs before anything is imported.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # A windowed Windows build has no console: print() would fail on None.
    if sys.stdout is None or sys.stderr is None:
        import io

        sys.stdout = sys.stdout or io.StringIO()
        sys.stderr = sys.stderr or io.StringIO()
    from sanzhi_desktop.cli import main

    raise SystemExit(main())
