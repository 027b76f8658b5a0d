"""The preview dialog shows every page, saves the bytes and prints to a PDF printer."""

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog
from sanzhi_desktop.printing.sheet import grid_table, para, render_pdf, styles
from tests.pdf_tools import pdf_pages


def two_page_pdf() -> bytes:
    st = styles()
    rows = [["序号", "内容"]] + [[str(i), f"第{i}行"] for i in range(1, 70)]
    return render_pdf([para("测试表", st.title), grid_table(rows, [60, 300], st=st)], title="t")


def test_preview_saves_and_prints(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = two_page_pdf()
    dialog = PdfPreviewDialog(pdf, title="测试", suggested_name="t.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == pdf_pages(pdf) == 2

    saved = dialog.save_as(tmp_path / "out")
    assert saved == tmp_path / "out.pdf" and saved.read_bytes() == pdf

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer)
    assert pdf_pages(printed.read_bytes()) == 2


def test_saving_to_a_missing_folder_says_so(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = PdfPreviewDialog(two_page_pdf(), title="测试")
    qtbot.addWidget(dialog)
    assert dialog.save_as(tmp_path / "no" / "such" / "dir" / "x.pdf") is None
    assert warnings and dialog.saved_path is None
