"""The status bar's "已保存到 …  [打开文件夹]" note, shown after a file is saved.

A clerk who saved a PDF or an Excel file and cannot find it again has lost
it; the note says the full path and opens the folder in one click. It stays
until the next save (or until closed), since the clerk may look a minute later.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class SavedNote(QWidget):
    """Hidden until :meth:`show_saved`; lives in the main window's status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNote")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("savedNoteText")
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("savedNoteOpen")
        self.open_button.setText(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        close = QToolButton(self)
        close.setObjectName("savedNoteClose")
        close.setText("×")
        close.setToolTip(self.tr("Hide this note"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(close)
        self.path: Path | None = None
        self.hide()

    def show_saved(self, path: Path) -> None:
        self.path = path
        self.label.setText(self.tr("Saved to {path}").format(path=path))
        self.label.setToolTip(str(path))
        self.show()

    def open_folder(self) -> bool:
        from sanzhi_desktop.gui.file_dialogs import open_folder  # only when asked

        return self.path is not None and open_folder(self.path)
