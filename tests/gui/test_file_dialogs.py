"""Save and open dialogs start in Documents or the last folder; a save is announced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui import file_dialogs
from sanzhi_desktop.gui.main_window import MainWindow
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog
from tests.gui.test_pdf_preview import two_page_pdf


class FakeSaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records where it started, answers ``answer``."""

    def __init__(self, answer: Path | None, chosen_filter: str = "") -> None:
        self.answer = answer
        self.chosen_filter = chosen_filter
        self.started_at: list[str] = []
        self.filters: list[str] = []

    def __call__(self, _parent: QWidget, _title: str, start: str, filters: str) -> tuple[str, str]:
        self.started_at.append(start)
        self.filters.append(filters)
        return (str(self.answer) if self.answer else "", self.chosen_filter)


def test_the_first_save_starts_in_documents(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = FakeSaveDialog(None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert file_dialogs.save_file(None, "另存为", "公示.pdf", "pdf") is None
    assert Path(fake.started_at[0]) == file_dialogs.documents_folder() / "公示.pdf"
    assert "Documents" in fake.started_at[0] or "文档" in fake.started_at[0]
    assert fake.filters == [file_dialogs.filter_text("pdf")] == ["PDF files (*.pdf)"]


def test_the_next_save_starts_where_the_last_one_went(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    usb = tmp_path / "U盘"
    usb.mkdir()
    fake = FakeSaveDialog(usb / "月报")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    # A name typed without its suffix gets it
    assert file_dialogs.save_file(None, "保存", "月报.xlsx", "xlsx") == usb / "月报.xlsx"
    assert file_dialogs.last_folder() == usb
    file_dialogs.save_file(None, "保存", "名单.xlsx", "xlsx")
    assert Path(fake.started_at[1]) == usb / "名单.xlsx"


def test_a_folder_that_is_gone_falls_back_to_documents(qtbot: QtBot, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    file_dialogs.remember_folder(stick)
    assert file_dialogs.start_folder() == stick
    stick.rmdir()  # the USB stick was pulled out
    assert file_dialogs.start_folder() == file_dialogs.documents_folder()


def test_the_chosen_filter_gives_the_suffix(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = FakeSaveDialog(tmp_path / "错误清单", file_dialogs.filter_text("csv"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    chosen = file_dialogs.save_file(None, "保存", str(tmp_path / "错误清单.xlsx"), "xlsx", "csv")
    assert chosen == tmp_path / "错误清单.csv"
    # a full path is offered as it is, not inside the last folder
    assert fake.started_at == [str(tmp_path / "错误清单.xlsx")]


def test_open_starts_in_the_last_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    file_dialogs.remember_folder(tmp_path)
    seen: list[str] = []

    def fake_open(_parent: QWidget, _title: str, start: str, filters: str) -> tuple[str, str]:
        seen.extend([start, filters])
        return (str(tmp_path / "sub" / "a.sanzhi"), "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    (tmp_path / "sub").mkdir()
    assert file_dialogs.open_file(None, "打开", "sanzhi") == tmp_path / "sub" / "a.sanzhi"
    assert seen == [str(tmp_path), "Sync files (*.sanzhi)"]
    assert file_dialogs.last_folder() == tmp_path / "sub"


def test_a_saved_pdf_is_announced_in_the_status_bar(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Given the print preview over the main window
    dialog = PdfPreviewDialog(
        two_page_pdf(), title="测试", suggested_name="公示.pdf", parent=main_window
    )
    qtbot.addWidget(dialog)
    note = main_window.saved_note
    assert not note.isVisible()
    # When the clerk saves the PDF through the dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(tmp_path / "公示"))
    saved = dialog.save_as()
    # Then the status bar says where it went, with a button to open the folder
    assert saved == tmp_path / "公示.pdf" and saved.exists()
    assert note.isVisible()
    text = note.findChild(QLabel, "savedNoteText").text()
    assert str(saved) in text and text.startswith("Saved to")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    note.findChild(QToolButton, "savedNoteOpen").click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_qt_own_dialogs_speak_chinese(qtbot: QtBot) -> None:
    """qtbase_zh_CN.qm from the PySide6 wheel: the file dialog's own labels."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from sanzhi_desktop.gui.i18n import qt_qm_path

    path = qt_qm_path("zh_CN")
    assert path.exists(), path
    translator = QTranslator()
    assert translator.load(str(path))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
    finally:
        app.removeTranslator(translator)
