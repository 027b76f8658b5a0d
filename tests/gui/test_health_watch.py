"""Damage found behind the window: read-only at once, the clerk told, the backup offered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.app import build_main_window
from sanzhi_desktop.gui.health_watch import HealthWatch
from sanzhi_desktop.services import backups
from sanzhi_desktop.services.session import Session, open_session
from tests.services.test_session_health import _damage_tail, _fill_and_close


def _watch(qtbot: QtBot, session: Session) -> tuple[HealthWatch, list[str]]:
    window = build_main_window(session)
    qtbot.addWidget(window)
    sound: list[str] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    watch = HealthWatch(app, window, session, lambda: sound.append("backup"))
    window.first_painted.connect(watch.start)
    window.show()
    return watch, sound


def test_a_sound_file_gets_its_daily_backup_after_the_check(qtbot: QtBot, session: Session) -> None:
    path = _fill_and_close(session)
    opened = open_session(path, defer_check=True, auto_backup=False)
    try:
        _, sound = _watch(qtbot, opened)
        qtbot.waitUntil(lambda: sound == ["backup"], timeout=20000)
        assert opened.health is not None and opened.health.sound
    finally:
        opened.close()


@pytest.mark.parametrize("with_backup", [False, True])
def test_damage_makes_the_file_read_only_and_says_so(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch, with_backup: bool
) -> None:
    if with_backup:
        backups.backup_database(session.db, session.path, reason="manual")
    path = _fill_and_close(session)
    damaged = _damage_tail(path)
    told: list[str] = []

    def record(*args: Any) -> QMessageBox.StandardButton:
        told.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(QMessageBox, "question", record)
    opened = open_session(path, defer_check=True, auto_backup=False)
    try:
        watch, sound = _watch(qtbot, opened)
        qtbot.waitUntil(lambda: bool(told), timeout=20000)
        assert "损坏" in told[0] and "没有对它做任何修改" in told[0]
        assert opened.conn.execute("PRAGMA query_only").fetchone() == (1,)
        assert sound == []  # no daily copy of a damaged file
        assert watch.restore_problem == ""  # the clerk said no
    finally:
        opened.close()
    assert Path(path).read_bytes() == damaged
