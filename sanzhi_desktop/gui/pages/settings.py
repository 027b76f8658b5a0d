"""设置: operators, language, where the data file is, the change log and backups.

Removing an operator only takes the name off the list offered at sign-in;
the change log keeps every name that ever wrote something. The operator at
the keyboard cannot be removed (the next change would be logged under a
name that is no longer on the list).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.backup_restore import BackupRestoreDialog
from sanzhi_desktop.gui.pages.changelog import ChangeLogView
from sanzhi_desktop.gui.tasks import Task, run_task
from sanzhi_desktop.gui.widgets import PageHeader, show_field_errors, with_error_label
from sanzhi_desktop.services import backups, operators, settings
from sanzhi_desktop.services.backups import BackupInfo, RestoreResult
from sanzhi_desktop.services.progress import Progress
from sanzhi_desktop.services.session import Session

LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))


class SettingsPage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.change_log: ChangeLogView | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(PageHeader(self.tr("Settings"), self))

        # --- operators ---------------------------------------------------------
        ops_box = QGroupBox(self.tr("Operators"), self)
        ops_layout = QVBoxLayout(ops_box)
        ops_note = QLabel(
            self.tr(
                "The people who may sign in at this PC. Removing a name keeps "
                "its entries in the change log."
            ),
            ops_box,
        )
        ops_note.setWordWrap(True)
        ops_layout.addWidget(ops_note)
        self.operator_list = QListWidget(ops_box)
        self.operator_list.setObjectName("operatorList")
        self.operator_list.setMaximumHeight(160)
        ops_layout.addWidget(self.operator_list)
        add_row = QHBoxLayout()
        self.new_operator = QLineEdit(ops_box)
        self.new_operator.setObjectName("newOperator")
        self.new_operator.setPlaceholderText(self.tr("New operator's name"))
        new_box, self.operator_error = with_error_label(self.new_operator, ops_box)
        self.operator_error.setObjectName("operatorError")
        add_row.addWidget(new_box, 1)
        self.add_button = QPushButton(self.tr("Add"), ops_box)
        self.add_button.setObjectName("addOperator")
        self.add_button.clicked.connect(self.add_operator)
        self.new_operator.returnPressed.connect(self.add_operator)
        add_row.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove selected"), ops_box)
        self.remove_button.setObjectName("removeOperator")
        self.remove_button.clicked.connect(self.remove_operator)
        add_row.addWidget(self.remove_button)
        ops_layout.addLayout(add_row)
        self.operator_list.currentTextChanged.connect(self._update_remove_button)
        layout.addWidget(ops_box)

        # --- language ----------------------------------------------------------
        lang_box = QGroupBox(self.tr("Language"), self)
        lang_form = QFormLayout(lang_box)
        self.language_combo = QComboBox(lang_box)
        self.language_combo.setObjectName("languageCombo")
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        lang_form.addRow(self.tr("Interface language"), self.language_combo)
        self.language_note = QLabel(lang_box)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        lang_form.addRow(self.language_note)
        layout.addWidget(lang_box)

        # --- data file ---------------------------------------------------------
        data_box = QGroupBox(self.tr("Data file"), self)
        data_form = QFormLayout(data_box)
        self.db_label = QLabel(str(ctx.session.path), data_box)
        self.db_label.setObjectName("databasePath")
        self.db_label.setWordWrap(True)
        data_form.addRow(self.tr("Database"), self.db_label)
        self.log_button = QPushButton(self.tr("Open the change log"), data_box)
        self.log_button.setObjectName("openChangeLog")
        self.log_button.clicked.connect(self.open_change_log)
        data_form.addRow(self.log_button)
        layout.addWidget(data_box)
        layout.addWidget(self._backup_box())
        layout.addStretch(1)

        self.refresh()
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.ctx.bus.operator_changed.connect(lambda _name: self.refresh())

    def refresh(self) -> None:
        names = operators.list_operators(self.ctx.session)
        current = self.operator_list.currentItem()
        keep = current.text() if current else None
        self.operator_list.clear()
        for name in names:
            shown = name
            if name == self.ctx.session.operator:
                shown = self.tr("{name} (signed in)").format(name=name)
            self.operator_list.addItem(shown)
            item = self.operator_list.item(self.operator_list.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, name)
            if keep and name == keep:
                self.operator_list.setCurrentItem(item)
        self._update_remove_button()
        code = settings.preferred_language(self.ctx.session)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(code), 0))
        self.language_combo.blockSignals(False)

    def selected_operator(self) -> str | None:
        item = self.operator_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_remove_button(self, *_args: object) -> None:
        name = self.selected_operator()
        can = name is not None and name != self.ctx.session.operator
        self.remove_button.setEnabled(can)
        self.remove_button.setToolTip(
            ""
            if can or name is None
            else self.tr("You cannot remove the operator who is signed in.")
        )

    def add_operator(self) -> None:
        try:
            operators.add_operator(self.ctx.session, self.new_operator.text())
        except ValidationError as exc:
            show_field_errors(exc, {"operator": self.operator_error})
            return
        self.operator_error.clear_error()
        self.new_operator.clear()
        self.refresh()

    def remove_operator(self) -> None:
        name = self.selected_operator()
        if name is None or name == self.ctx.session.operator:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove operator"),
            self.tr(
                "Remove {name} from the operators? {name} will no longer be offered at "
                "sign-in; their entries in the change log stay."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        operators.remove_operator(self.ctx.session, name)
        self.refresh()

    def _on_language_chosen(self, _index: int) -> None:
        code = str(self.language_combo.currentData())
        settings.set_preferred_language(self.ctx.session, code)
        self.language_note.setText(
            self.tr("Saved. The new language takes effect the next time the program starts.")
        )

    # --- backups ---------------------------------------------------------------

    def _backup_box(self) -> QGroupBox:
        self.last_backup: BackupInfo | None = None
        self.last_restore: RestoreResult | None = None
        box = QGroupBox(self.tr("Backups"), self)
        box.setObjectName("backupBox")
        box_layout = QVBoxLayout(box)
        self.backup_status = QLabel(box)
        self.backup_status.setObjectName("backupStatus")
        self.backup_status.setWordWrap(True)
        box_layout.addWidget(self.backup_status)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"), box)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.usb_button = QPushButton(self.tr("Back up to USB…"), box)
        self.usb_button.setObjectName("backupUsb")
        self.usb_button.clicked.connect(self.back_up_to_usb)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), box)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore)
        for button in (self.backup_button, self.usb_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        box_layout.addLayout(row)
        self.refresh_backups()
        return box

    def refresh_backups(self) -> None:
        newest = backups.newest_backup_time(self.ctx.session.path)
        folder = backups.backups_dir(self.ctx.session.path)
        if newest is None:
            text = self.tr("No backup yet. Copies are kept in {folder}.")
        else:
            text = self.tr(
                "Newest backup: {when}. A copy is made every day at start-up; 14 daily and "
                "12 monthly copies are kept in {folder}."
            )
        self.backup_status.setText(
            text.format(when=newest.strftime("%Y-%m-%d %H:%M") if newest else "", folder=folder)
        )

    def back_up(self, out_dir: Path | None = None) -> Task:
        def work(session: Session, progress: Progress) -> BackupInfo:
            reason = "usb" if out_dir is not None else "manual"
            return backups.backup_now(session, reason=reason, out_dir=out_dir, progress=progress)

        def done(info: BackupInfo) -> None:
            self.refresh_backups()
            self.last_backup = info
            QMessageBox.information(
                self,
                self.tr("Backed up"),
                self.tr("Backed up and verified: {path}").format(path=info.path)
                + "\n"
                + info.describe(),
            )

        return run_task(self, self.tr("Backing up…"), self.ctx.session, work, done)

    def back_up_to_usb(self) -> Task | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB drive or folder"))
        if not folder:
            return None
        return self.back_up(Path(folder))

    def restore(self) -> Task | None:
        dialog = BackupRestoreDialog(self.ctx.session.path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return None
        return self.confirm_and_restore(dialog.chosen)

    def confirm_and_restore(self, info: BackupInfo) -> Task | None:
        profile = self.ctx.session.profile
        current = f"{profile.name}（{profile.code}）" if profile else str(self.ctx.session.path)
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace everything in the data file of {current} with this backup?\n\n{backup}"
                "\n\nRecords entered after the backup was taken will no longer be shown; the "
                "current file is backed up first."
            ).format(current=current, backup=info.describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        path = self.ctx.session.path

        def work(session: Session, _progress: Progress) -> RestoreResult:
            return backups.restore_backup(path, info.path, session=session)

        def done(result: RestoreResult) -> None:
            self.ctx.session.reload_profile()
            self.last_restore = result
            self.refresh_backups()
            self.ctx.changed_everything()
            QMessageBox.information(
                self,
                self.tr("Restored"),
                self.tr(
                    "Restored the backup of {when}. The file before it was kept as {copy}."
                ).format(when=result.restored.when(), copy=result.safety_copy),
            )

        return run_task(self, self.tr("Restoring…"), self.ctx.session, work, done)

    def open_change_log(self) -> ChangeLogView:
        if self.change_log is None:
            self.change_log = ChangeLogView(self.ctx, self)
        self.change_log.refresh()
        self.change_log.show()
        self.change_log.raise_()
        return self.change_log
