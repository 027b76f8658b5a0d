"""Guard against a Qt binding that takes references to None away.

PySide6 6.12.0 on Python 3.11 decrements None's reference count on every call
of a Qt function that returns nothing; the running program then dies with
"Fatal Python error: none_dealloc" after a few dozen page refreshes. This
fails on such a combination, so an upgrade that brings it back is caught
here and not by a clerk (pyproject.toml keeps Python < 3.12 on PySide6 6.11).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_that_return_nothing_leave_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(300):  # few enough not to kill the test run itself
        label.setText(str(number))
    # Python 3.12+ reports a fixed huge count for the immortal None; before it, a
    # correct binding leaves the count where it was (give or take a few).
    assert sys.getrefcount(None) > before - 100
