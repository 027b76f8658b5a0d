"""The 备份 section of 设置, the restore dialog and the damaged-file offer at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.app import run_gui
from sanzhi_desktop.gui.context import EVERYTHING, GuiContext
from sanzhi_desktop.gui.dialogs.backup_restore import BackupRestoreDialog
from sanzhi_desktop.gui.dialogs.operator_dialog import OperatorDialog
from sanzhi_desktop.gui.pages.settings import SettingsPage
from sanzhi_desktop.services import backups
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage.records import site_id
from tests.services.test_backups import damage
from tests.sync.helpers import add_household


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> SettingsPage:
    widget = SettingsPage(GuiContext(session=session))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered Yes; every message box is recorded."""
    seen: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.append(text)
        return QMessageBox.StandardButton.Yes

    def ok(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "information", ok)
    monkeypatch.setattr(QMessageBox, "critical", ok)
    monkeypatch.setattr(QMessageBox, "warning", ok)
    return seen


def test_back_up_now_runs_in_a_task_and_updates_the_status(
    qtbot: QtBot, page: SettingsPage, session: Session, answers: list[str]
) -> None:
    before = page.backup_status.text()
    task = page.back_up()
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert page.last_backup is not None and page.last_backup.path.exists()
    assert backups.list_backups(session.path)[0].path == page.last_backup.path
    assert page.backup_status.text() != before
    assert any("小营村" in text for text in answers)


def test_restore_asks_naming_what_is_replaced_then_restores(
    qtbot: QtBot, page: SettingsPage, session: Session, answers: list[str]
) -> None:
    add_household(session, "0101")
    saved = backups.backup_now(session)
    add_household(session, "0102")
    old_site = site_id(session.db)
    changed: list[frozenset[str]] = []
    page.ctx.bus.tables_changed.connect(changed.append)
    task = page.confirm_and_restore(saved)
    assert task is not None
    assert "小营村（610722100201）" in answers[0] and saved.describe() in answers[0]
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    count = session.db.execute("SELECT count(*) FROM households").fetchone()[0]
    assert count == 1
    assert site_id(session.db) != old_site
    assert page.last_restore is not None and page.last_restore.safety_copy is not None
    assert changed == [EVERYTHING]


def test_restore_declined_changes_nothing(
    page: SettingsPage, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_household(session, "0101")
    saved = backups.backup_now(session)
    add_household(session, "0102")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert page.confirm_and_restore(saved) is None
    assert session.db.execute("SELECT count(*) FROM households").fetchone()[0] == 2


def test_restore_dialog_lists_copies_and_checks_a_chosen_file(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    empty = BackupRestoreDialog(session.path)
    qtbot.addWidget(empty)
    assert empty.list.count() == 0 and not empty.empty.isHidden()
    backups.backup_now(session)
    dialog = BackupRestoreDialog(session.path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.empty.isHidden()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nope" * 400)
    assert not dialog.use_file(bad)
    assert "不是本程序" in dialog.error.text()
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen is not None


def test_damaged_file_at_start_offers_the_newest_good_backup(
    session: Session, db_path: Path, answers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add_household(session, "0101")
    good = backups.backup_now(session)
    session.db.execute("CREATE TABLE filler (x TEXT)")
    for i in range(300):
        session.db.execute("INSERT INTO filler VALUES (?)", ["x" * 500 + str(i)])
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()
    damage(db_path)
    damaged = db_path.read_bytes()
    monkeypatch.setattr(OperatorDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert run_gui(db_path) == 0
    assert good.when() in answers[0]  # "restore the backup of <date>?"
    aside = [
        p for p in db_path.parent.glob("sanzhi.db.damaged-*") if p.name[-4:] not in ("-wal", "-shm")
    ]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    with open_session(db_path) as reopened:
        assert reopened.db.execute("SELECT count(*) FROM households").fetchone()[0] == 1


def test_damaged_file_without_backup_is_refused_as_before(
    db_path: Path, answers: list[str]
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database" * 100)
    assert run_gui(db_path) == 1
    assert len(answers) == 1 and "损坏" in answers[0]
    assert db_path.read_bytes() == b"this is not a database" * 100
