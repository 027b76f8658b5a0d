"""Issue 14's "done when": every page and dialog of the demo village and town, on a
1366×768 and a 1920×1080 screen, in Chinese — no clipped button, no English, no raw field name.

The walk is ``scripts/gui_walk.py`` (``scripts/grab_all.py`` saves the same
screens as pictures). The demos are made once for the module, small (one
year; a town of one village), and copied for each walk.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui import i18n, screen_fit
from sanzhi_desktop.gui.app import build_main_window
from sanzhi_desktop.services import operators
from sanzhi_desktop.services.session import open_session
from scripts import gui_walk

SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1920x1080": QRect(0, 0, 1920, 1040)}


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from sanzhi_desktop.services.demo import create_demo_village
    from sanzhi_desktop.services.demo.town import create_demo_town

    root = tmp_path_factory.mktemp("demos")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(root))
        patch.setenv("XDG_DATA_HOME", str(root / "data"))
        create_demo_village(root / "village" / "sanzhi.db", years=1)
        create_demo_town(root / "town", villages=1, years=1)
    return {"village": root / "village" / "sanzhi.db", "town": root / "town" / "town.db"}


@pytest.fixture
def chinese() -> Iterator[None]:
    """The program's translation and Qt's own, as ``sanzhi gui`` installs them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = i18n.install_translators(app, "zh_CN")
    assert translators, "the Chinese translation is not built (make setup / make i18n)"
    yield
    for translator in translators:
        app.removeTranslator(translator)


def test_the_checks_see_a_clipped_button_and_english(qtbot: QtBot) -> None:
    # Given a window too narrow for its button, and a label in English
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("测试")
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Registered on", window))
    layout.addWidget(QLabel("金额：opening_fen", window))
    button = QPushButton("确定", window)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    button.setGeometry(250, 150, 120, 30)  # sticks out on the right
    # When the screen is checked
    found = gui_walk.problems(gui_walk.Screen("demo", window), QRect(0, 0, 1366, 728))
    # Then each problem is named
    assert any("clipped button" in p for p in found)
    assert any("Registered" in p for p in found)
    assert any("opening_fen" in p for p in found)


@pytest.mark.parametrize(
    "text",
    ["身份证号 610722197003050014", "导出 PDF 与 xlsx", "PF-01 普法宣讲", "AAA级", "8f240c21",
     "同步导入：610722100202-20261203-1.sanzhi", "A4 纸"],
)  # fmt: skip
def test_the_checks_let_legitimate_ascii_through(text: str) -> None:
    assert gui_walk.foreign_words(text) == []


@pytest.mark.parametrize("size", list(SCREENS))
@pytest.mark.parametrize("demo", ["village", "town"])
def test_every_screen_fits_and_speaks_chinese(
    qtbot: QtBot,
    demos: dict[str, Path],
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo: str,
    size: str,
) -> None:
    available = SCREENS[size]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: available)
    db = tmp_path / demo / demos[demo].name
    db.parent.mkdir()
    shutil.copyfile(demos[demo], db)
    session = open_session(db, operator="王文书")
    try:
        operators.sign_in(session, "王文书")
        window = build_main_window(session)
        qtbot.addWidget(window)
        window.resize(available.size())
        window.show()
        qtbot.waitExposed(window)
        found: list[str] = []
        names: list[str] = []
        with gui_walk.harmless():
            for screen in gui_walk.walk_window(window, demo, previews=1):
                names.append(screen.name)
                found += gui_walk.problems(screen, available)
            for screen in gui_walk.program_dialogs(window, demo):
                names.append(screen.name)
                found += gui_walk.problems(screen, available)
        window.close()
    finally:
        session.close()
    # The walk reached every page and opened forms and dialogs on them
    prefixes = {key: f"{demo}-{gui_walk.slug(key)}" for key in window.page_keys}
    shown = {k for k, p in prefixes.items() if any(n == p or n.startswith(p + "-") for n in names)}
    assert shown == set(window.page_keys)
    assert sum(n.endswith("-new") for n in names) >= (10 if demo == "village" else 3)
    assert f"{demo}-change-log" in names and f"{demo}-operator" in names
    assert found == []


def test_the_setup_wizard_fits_and_speaks_chinese(
    qtbot: QtBot, empty_session: object, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    available = SCREENS["1366x768"]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: available)
    found: list[str] = []
    screens = 0
    for screen in gui_walk.setup_wizard(empty_session, "new"):
        screens += 1
        found += gui_walk.problems(screen, available)
    assert screens == 2 and found == []
