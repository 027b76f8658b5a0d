"""Import a roster from .xlsx: choose the file, see what it holds, then import — or fix it.

All or nothing: a file with any bad cell imports nothing. The preview lists
every bad cell by row and column (as Excel numbers them) with the reason in
Chinese, and the list can be saved next to the file so the clerk can work
through it in Excel. Reading and importing run in the background with a
progress dialog (a village of 3,000 persons takes a few seconds).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.tasks import run_task, show_error
from sanzhi_desktop.gui.widgets import ERROR_COLOR, MUTED_COLOR
from sanzhi_desktop.services.roster_xlsx import (
    CellError,
    RosterImportPreview,
    RosterImportResult,
    apply_roster_import,
    read_roster_xlsx,
    save_workbook_atomically,
)


def write_error_report(errors: list[CellError], path: Path, headers: tuple[str, ...]) -> None:
    """Write the bad cells as .xlsx (by suffix) or .csv (UTF-8 with BOM, so Excel reads it)."""
    rows = [(e.row, e.column, e.value, e.reason) for e in errors]
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "错误"
        sheet.append(list(headers))
        for row in rows:
            sheet.append(list(row))
        for letter, width in zip("ABCD", (8, 14, 24, 60), strict=True):
            sheet.column_dimensions[letter].width = width
        save_workbook_atomically(book, path)
        return
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)


class RosterImportDialog(QDialog):
    """Pick an .xlsx, preview it, import it. ``path`` skips the file chooser (tests, drag-drop)."""

    def __init__(
        self, ctx: GuiContext, parent: QWidget | None = None, *, path: Path | str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: RosterImportPreview | None = None
        self.import_result: RosterImportResult | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Import roster from .xlsx"))
        self.resize(820, 520)

        self.path_label = QLabel(self.tr("No file chosen."), self)
        self.path_label.setObjectName("importPath")
        self.path_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_label, 1)
        file_row.addWidget(self.choose_button)

        self.summary = QLabel(
            self.tr(
                "Choose an .xlsx roster. Use the Template button on the roster page "
                "for the expected columns."
            ),
            self,
        )
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)

        self.error_note = QLabel(
            self.tr(
                "Nothing will be imported until the file is fixed. Correct these cells "
                "in Excel, save, and choose the file again."
            ),
            self,
        )
        self.error_note.setObjectName("importErrorNote")
        self.error_note.setWordWrap(True)
        self.error_note.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_headers = (
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Content"),
            self.tr("Reason"),
        )
        self.errors_table = QTableWidget(0, 4, self)
        self.errors_table.setObjectName("importErrors")
        self.errors_table.setHorizontalHeaderLabels(list(self.error_headers))
        self.errors_table.verticalHeader().setVisible(False)
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors_table.setWordWrap(True)
        header = self.errors_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.errors_table.setColumnWidth(2, 170)
        # Wrapped reasons need the row heights redone whenever the columns change width.
        header.sectionResized.connect(lambda *_: self.errors_table.resizeRowsToContents())
        self.save_report_button = QPushButton(self.tr("Save error report…"), self)
        self.save_report_button.setObjectName("saveErrorReport")
        self.save_report_button.clicked.connect(self.save_error_report)
        report_row = QHBoxLayout()
        report_row.addStretch(1)
        report_row.addWidget(self.save_report_button)
        self.errors_box = QWidget(self)
        errors_layout = QVBoxLayout(self.errors_box)
        errors_layout.setContentsMargins(0, 0, 0, 0)
        errors_layout.addWidget(self.error_note)
        errors_layout.addWidget(self.errors_table, 1)
        errors_layout.addLayout(report_row)
        self.errors_box.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_box, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

        if path is not None:
            chosen = Path(path)
            QTimer.singleShot(0, lambda: self.read(chosen))

    # --- reading ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a roster"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.read(Path(path))

    def read(self, path: Path) -> None:
        """Read and check ``path`` in the background; the preview follows."""
        self.preview = None
        self.import_result = None
        self.path_label.setText(str(path))
        self.summary.setText(self.tr("Reading {0}…").format(path.name))
        self.summary.setStyleSheet("")
        self.errors_box.setVisible(False)
        self.import_button.setEnabled(False)
        self._set_busy(True)
        run_task(
            self,
            self.tr("Reading the roster…"),
            self.ctx.session,
            lambda session, progress: read_roster_xlsx(session, path, progress=progress),
            self._show_preview,
            on_error=self._on_read_error,
        )

    def _on_read_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.summary.setText(self.tr("The file could not be read: {0}").format(str(exc)))
        self.summary.setStyleSheet(f"color: {ERROR_COLOR};")
        show_error(self, exc)

    def _show_preview(self, preview: Any) -> None:
        self._set_busy(False)
        self.preview = preview
        assert isinstance(preview, RosterImportPreview)
        new_households = len(preview.households)
        new_persons = len(preview.persons)
        counts = self.tr("{0} new households, {1} new persons.").format(new_households, new_persons)
        if preview.existing_households:
            counts += " " + self.tr("{0} existing households get new members.").format(
                preview.existing_households
            )
        if preview.errors:
            self.summary.setText(
                counts + "\n" + self.tr("{0} cells need fixing.").format(len(preview.errors))
            )
            self.summary.setStyleSheet("")
            self._fill_errors(preview.errors)
            self.errors_box.setVisible(True)
            self.import_button.setEnabled(False)
        elif new_persons == 0 and new_households == 0:
            self.summary.setText(self.tr("The file holds no persons to import."))
            self.summary.setStyleSheet(f"color: {MUTED_COLOR};")
            self.errors_box.setVisible(False)
            self.import_button.setEnabled(False)
        else:
            self.summary.setText(counts + "\n" + self.tr("Click Import to add them."))
            self.summary.setStyleSheet("")
            self.errors_box.setVisible(False)
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)

    def _fill_errors(self, errors: list[CellError]) -> None:
        self.errors_table.setRowCount(len(errors))
        for index, error in enumerate(errors):
            for column, value in enumerate(
                (str(error.row), error.column, error.value, error.reason)
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.errors_table.setItem(index, column, item)
        self.errors_table.resizeRowsToContents()

    def save_error_report(self) -> None:
        if self.preview is None or not self.preview.errors:
            return
        source = Path(str(self.preview.path))
        default = source.with_name(f"{source.stem}-错误清单.xlsx")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save error report"),
            str(default),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
        try:
            write_error_report(self.preview.errors, target, self.error_headers)
        except (SanzhiError, OSError) as exc:
            show_error(self, exc)
            return
        self.summary.setText(
            self.summary.text() + "\n" + self.tr("Error report saved to {0}").format(str(target))
        )

    # --- importing --------------------------------------------------------------------

    def apply(self) -> None:
        """Import the previewed file (background); nothing is imported if it had errors."""
        preview = self.preview
        if preview is None or preview.errors or self.busy:
            return
        self.import_button.setEnabled(False)
        self._set_busy(True)
        self.ctx.run_task(
            self,
            self.tr("Importing the roster…"),
            lambda session, progress: apply_roster_import(session, preview, progress=progress),
            self._on_imported,
            on_error=self._on_import_error,
        )

    def _on_imported(self, result: Any) -> None:
        self._set_busy(False)
        assert isinstance(result, RosterImportResult)
        self.import_result = result
        self.preview = None
        self.summary.setText(
            self.tr("Imported: {0} households and {1} persons added.").format(
                result.households_added, result.persons_added
            )
        )
        self.import_button.setEnabled(False)
        self.close_button.setFocus()

    def _on_import_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.import_button.setEnabled(self.preview is not None and not self.preview.errors)
        show_error(self, exc)

    def reject(self) -> None:
        """Esc and Close wait for a running read or import (its thread belongs to this dialog)."""
        if self.busy:
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.choose_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
