"""Choosing where to save and what to open, the same way everywhere.

A clerk saves to Documents (where Word and Excel put things) or to a USB
stick, and the next save should start where the last one went — not in the
program's folder, which Qt's dialogs default to. So every save and open in
the program goes through these functions:

- they start in the last folder used (remembered per user in ``QSettings``,
  not in the data file: it is a fact about this PC, and a restored file must
  not point at a folder of another one) or, the first time or when that
  folder is gone (a USB stick pulled out), in Documents;
- their filters are Chinese ("PDF 文件 (*.pdf)") through :data:`FILTERS`;
- :func:`announce_saved` puts "已保存到 …" with an 打开文件夹 button in the
  main window's status bar, so the clerk knows where the file went.

The dialogs themselves are Qt's; with Qt's own translations installed
(``gui.i18n``) their labels are Chinese too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

#: QSettings key of the last folder a file was saved to or opened from.
LAST_FOLDER_KEY = "files/last_folder"


def filter_text(kind: str) -> str:
    """The Chinese filter line for ``kind``: pdf, xlsx, csv, sanzhi, sanzhi-card, db, png, any."""
    filters: dict[str, Callable[[], str]] = {
        "pdf": lambda: QCoreApplication.translate("FileDialogs", "PDF files (*.pdf)"),
        "xlsx": lambda: QCoreApplication.translate("FileDialogs", "Excel workbooks (*.xlsx)"),
        "csv": lambda: QCoreApplication.translate("FileDialogs", "CSV tables (*.csv)"),
        "sanzhi": lambda: QCoreApplication.translate("FileDialogs", "Sync files (*.sanzhi)"),
        "sanzhi-card": lambda: QCoreApplication.translate(
            "FileDialogs", "Key cards (*.sanzhi-card)"
        ),
        "db": lambda: QCoreApplication.translate("FileDialogs", "Data files (*.db)"),
        "png": lambda: QCoreApplication.translate("FileDialogs", "Pictures (*.png)"),
        "any": lambda: QCoreApplication.translate("FileDialogs", "All files (*)"),
    }
    return filters[kind]()


def filters(*kinds: str) -> str:
    """Several filter lines for a dialog, in order: ``filters("xlsx", "any")``."""
    return ";;".join(filter_text(kind) for kind in kinds)


def documents_folder() -> Path:
    """The user's Documents folder, else the home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def last_folder() -> Path | None:
    """The folder remembered from the last save or open, if it still exists."""
    value = QSettings().value(LAST_FOLDER_KEY, "")
    if not value:
        return None
    folder = Path(str(value))
    return folder if folder.is_dir() else None


def start_folder() -> Path:
    """Where a dialog opens: the last folder used, else Documents."""
    return last_folder() or documents_folder()


def remember_folder(path: Path) -> None:
    """Remember ``path``'s folder (or ``path`` itself when it is a folder) for next time."""
    folder = path if path.is_dir() else path.parent
    settings = QSettings()
    settings.setValue(LAST_FOLDER_KEY, str(folder))
    settings.sync()


def save_file(parent: QWidget | None, title: str, suggested_name: str, *kinds: str) -> Path | None:
    """Ask where to save a file of one of ``kinds`` (first is the default); ``None`` if cancelled.

    ``suggested_name`` is a file name, placed in :func:`start_folder`, or a
    full path (a report beside the file it is about). A name typed without
    a suffix gets the chosen filter's.
    """
    kinds = kinds or ("any",)
    suggested = Path(suggested_name)
    start = suggested if suggested.is_absolute() else start_folder() / suggested_name
    chosen, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(start), filters(*kinds))
    if not chosen:
        return None
    path = Path(chosen)
    suffixes = {f".{kind}" for kind in kinds if kind != "any"}
    if suffixes and path.suffix.lower() not in suffixes:
        kind = next((k for k in kinds if filter_text(k) == chosen_filter), kinds[0])
        if kind != "any":
            path = path.with_name(path.name + f".{kind}")
    remember_folder(path)
    return path


def open_file(parent: QWidget | None, title: str, *kinds: str) -> Path | None:
    """Ask for one existing file of ``kinds``; ``None`` when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters(*kinds))
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path)
    return path


def open_files(parent: QWidget | None, title: str, *kinds: str) -> list[Path]:
    """Ask for one or more existing files of ``kinds``; empty when cancelled."""
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters(*kinds))
    paths = [Path(name) for name in chosen]
    if paths:
        remember_folder(paths[0])
    return paths


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a folder (a USB stick, say); ``None`` when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if not chosen:
        return None
    folder = Path(chosen)
    remember_folder(folder)
    return folder


def open_folder(path: Path) -> bool:
    """Show ``path``'s folder in the system's file manager."""
    folder = path if path.is_dir() else path.parent
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def announce_saved(widget: QWidget | None, path: Path) -> bool:
    """Tell the clerk in the main window's status bar where ``path`` was saved.

    ``widget`` is any widget of the program (a dialog, a page): its main
    window is found through its parents or among the top-level windows.
    Returns False when there is no main window to tell (the note is then
    left out; the caller's own message, if any, still says it).
    """
    window = _main_window(widget)
    note = getattr(window, "saved_note", None)
    if note is None:
        return False
    note.show_saved(path)
    return True


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    current = widget
    while current is not None:
        if isinstance(current, QMainWindow):
            return current
        current = current.parentWidget()
    from PySide6.QtWidgets import QApplication

    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow) and top.isVisible():
            return top
    return None
