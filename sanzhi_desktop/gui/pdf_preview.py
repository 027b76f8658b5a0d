"""Preview a printed sheet, then print it or save it as a PDF.

Every "打印" button in the program builds the sheet's PDF through a service
(the same bytes the CLI writes) and opens this dialog: QtPdf shows the pages
exactly as they will print; 打印 sends them through the system print dialog,
另存为 writes the PDF (to a USB stick, say). Printing renders each page to an
image at the printer's resolution, so what the clerk saw is what comes out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.gui.file_dialogs import announce_saved, save_file
from sanzhi_desktop.gui.screen_fit import fit_to_screen
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.services.red_black import PrintedSheet
from sanzhi_desktop.storage import disk_faults


class PdfPreviewDialog(QDialog):
    """Shows ``pdf`` (bytes); ``suggested_name`` is offered when saving."""

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        suggested_name: str = "sheet.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.saved_path: Path | None = None

        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages_label = QLabel(self.tr("{count} page(s)").format(count=self.page_count()), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        # An A4 page's proportions where the screen allows; never taller than it,
        # so 打印 and 另存为PDF stay visible on a 1366×768 screen.
        fit_to_screen(self, QSize(900, 1000))

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def save_as(self, path: str | Path | None = None) -> Path | None:
        """Write the PDF; asks where unless ``path`` is given. Returns the path written."""
        if not path:
            chosen = save_file(self, self.tr("Save as PDF"), self.suggested_name, "pdf")
            if chosen is None:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        temp = target.with_name(target.name + ".part")
        try:
            temp.write_bytes(self.pdf)
            temp.replace(target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)  # no half file left on a full stick
            fault = disk_faults.from_os_error(exc, target)  # which disk, what to do
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                str(fault)
                if fault
                else self.tr("The PDF could not be written to {path}: {error}").format(
                    path=target, error=exc.strerror or exc
                ),
            )
            return None
        self.saved_path = target
        announce_saved(self, target)
        return target

    def print_document(self) -> bool:
        """The system print dialog, then every page at the printer's resolution."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Not printed"), self.tr("The printer is not ready."))
            return False
        try:
            first, last = 0, self.page_count() - 1
            if printer.printRange() == QPrinter.PrintRange.PageRange:
                first = max(printer.fromPage() - 1, 0)
                last = min(printer.toPage() - 1, last)
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                target = painter.viewport()
                page_size = self.document.pagePointSize(index)
                scale = min(
                    target.width() / page_size.width(), target.height() / page_size.height()
                )
                size = QSize(int(page_size.width() * scale), int(page_size.height() * scale))
                image = self.document.render(index, size)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()
        return True


def preview_pdf(
    parent: QWidget | None, pdf: bytes, *, title: str, suggested_name: str
) -> PdfPreviewDialog:
    """Open the preview (non-blocking, deleted on close) and return it."""
    dialog = PdfPreviewDialog(pdf, title=title, suggested_name=suggested_name, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def preview_printed_sheet(
    parent: QWidget, build: Callable[[], PrintedSheet]
) -> PdfPreviewDialog | None:
    """Build a public sheet, ask first if it carries warnings, then preview it.

    A sheet with warnings (black-board names printed in full) is shown only
    after the clerk confirmed; an error while building is shown, not raised.
    """
    try:
        sheet = build()
    except Exception as exc:
        show_error(parent, exc)
        return None
    if sheet.warnings:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("PdfPreviewDialog", "Names in full"),
            "\n".join(sheet.warnings)
            + "\n\n"
            + QCoreApplication.translate("PdfPreviewDialog", "Print anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return preview_pdf(parent, sheet.pdf, title=sheet.title, suggested_name=sheet.suggested_name)
