"""Choose a backup to restore: the copies beside the data file, or any file (a USB copy).

Each copy is listed with its date and what it holds, so the clerk picks by
what they know ("the one from Monday, before the import"). Choosing only
selects; the settings page asks for confirmation, naming what is replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.gui.file_dialogs import open_file
from sanzhi_desktop.gui.screen_fit import fit_to_screen
from sanzhi_desktop.services import backups
from sanzhi_desktop.services.backups import BackupInfo


class BackupRestoreDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(640)
        self.chosen: BackupInfo | None = None
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Choose the copy to restore. The current data file is backed up first, "
                "so a restore can itself be undone."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No backups beside the data file yet."), self)
        self.empty.setObjectName("noBackups")
        layout.addWidget(self.empty)
        self.error = QLabel(self)
        self.error.setObjectName("backupError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.file_button = QPushButton(self.tr("Choose a backup file…"), self)
        self.file_button.setObjectName("chooseBackupFile")
        self.file_button.clicked.connect(self.choose_file)
        layout.addWidget(self.file_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore…"))
        self.buttons.accepted.connect(self._accept_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self)  # the list of backups scrolls inside
        for info in backups.list_backups(db_path):
            self.add_backup(info)
        self.empty.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def add_backup(self, info: BackupInfo) -> QListWidgetItem:
        item = QListWidgetItem(info.describe())
        item.setData(Qt.ItemDataRole.UserRole, info)
        item.setToolTip(str(info.path))
        self.list.addItem(item)
        return item

    def choose_file(self) -> None:
        path = open_file(self, self.tr("Choose a backup file"), "db")
        if path is not None:
            self.use_file(path)

    def use_file(self, path: Path) -> bool:
        try:
            info = backups.inspect_backup(path, verify=False)
        except SanzhiError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        self.list.setCurrentItem(self.add_backup(info))
        self.empty.hide()
        return True

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
