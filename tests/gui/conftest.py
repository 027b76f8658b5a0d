"""GUI fixtures: the shipped font (so grabs show Chinese, not boxes) and a main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.app import build_main_window
from sanzhi_desktop.gui.fonts import register_app_font
from sanzhi_desktop.gui.main_window import MainWindow
from sanzhi_desktop.services.session import Session


@pytest.fixture(scope="session", autouse=True)
def app_font(qapp: QApplication) -> str:
    """Register the shipped CJK font once for the whole test session."""
    return register_app_font(qapp)


@pytest.fixture(autouse=True)
def no_remembered_folder() -> Iterator[None]:
    """Qt keeps its settings file where the first test's HOME was: forget the last folder."""
    from PySide6.QtCore import QSettings

    from sanzhi_desktop.gui.file_dialogs import LAST_FOLDER_KEY

    QSettings().remove(LAST_FOLDER_KEY)
    yield
    QSettings().remove(LAST_FOLDER_KEY)


def close_all_widgets() -> None:
    """Close and delete every top-level widget, so no timer of theirs outlives the test."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def empty_session(qtbot: QtBot, empty_session: Session) -> Iterator[Session]:
    """The root fixture, with the widgets closed before its database is."""
    yield empty_session
    close_all_widgets()


@pytest.fixture
def session(qtbot: QtBot, session: Session) -> Iterator[Session]:
    """The root fixture, with the widgets closed before its database is."""
    yield session
    close_all_widgets()


@pytest.fixture
def main_window(qtbot: QtBot, session: Session) -> MainWindow:
    """The main window over the initialised 小营村 session, shown offscreen."""
    window = build_main_window(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
