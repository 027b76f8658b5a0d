"""The 导出Excel button of every list: what the table shows, saved as .xlsx.

The cells are read from the view's own model — through its sort/filter proxy —
so the file holds what the clerk sees: the visible columns in the order shown,
the rows in the order sorted, and every value as displayed (masked ID numbers
stay masked). Writing is :func:`services.table_export.export_table_xlsx`.

A cell that the table shows right-aligned (a count, a sum) and that reads as a
number is written as a number, so Excel can add it up; every other cell is
text, so "0101" and 610722… stay as they are.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTableWidget,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.gui.file_dialogs import announce_saved, save_file, start_folder
from sanzhi_desktop.gui.tasks import run_task, show_error
from sanzhi_desktop.services import calendar
from sanzhi_desktop.services.session import Session

#: More rows than this are written in the background with a progress dialog.
BACKGROUND_ROWS = 3000

_NUMBER = re.compile(r"^-?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,14})(?:\.\d+)?$")
_FILE_NAME_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def default_save_dir() -> Path:
    """Where a save starts: the last folder used, else Documents (:mod:`gui.file_dialogs`)."""
    return start_folder()


def default_file_name(suggested_name: str, *, today: date | None = None) -> str:
    """``<suggested_name>-YYYYMMDD.xlsx``, with characters Windows refuses replaced."""
    stem = _FILE_NAME_FORBIDDEN.sub("-", suggested_name).strip(" .") or "export"
    return f"{stem}-{(today or calendar.today()):%Y%m%d}.xlsx"


def _visible_columns(view: QAbstractItemView, model: QAbstractItemModel) -> list[int]:
    """Logical column numbers of the shown columns, in the order the header shows them."""
    columns = list(range(model.columnCount()))
    if not isinstance(view, QTableView):
        return columns
    header = view.horizontalHeader()
    shown = [c for c in columns if not view.isColumnHidden(c)]
    return sorted(shown, key=header.visualIndex)


def _cell(model: QAbstractItemModel, row: int, column: int) -> object:
    index = model.index(row, column)
    value = index.data(Qt.ItemDataRole.DisplayRole)
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value)
    alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
    right = alignment is not None and bool(int(alignment) & int(Qt.AlignmentFlag.AlignRight))
    if right and _NUMBER.match(text):
        number = text.replace(",", "")
        return float(number) if "." in number else int(number)
    return text


def view_contents(view: QAbstractItemView) -> tuple[list[str], list[list[object]]]:
    """(headers, rows) of what ``view`` shows: visible columns, sorted rows, display texts."""
    model = view.model()
    if model is None:
        return [], []
    columns = _visible_columns(view, model)
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    ]
    hidden_row = view.isRowHidden if isinstance(view, QTableView) else (lambda _r: False)
    rows = [
        [_cell(model, r, c) for c in columns] for r in range(model.rowCount()) if not hidden_row(r)
    ]
    return headers, rows


def export_view_to(view: QAbstractItemView | QTableWidget, path: Path, *, title: str) -> int:
    """Write what ``view`` shows to ``path`` now; returns the rows written.

    Raises :class:`SanzhiError` (a Chinese message) when the file cannot be written.
    """
    from sanzhi_desktop.services.table_export import export_table_xlsx

    headers, rows = view_contents(view)
    return export_table_xlsx(Path(path), title=title, headers=headers, rows=rows)


def report_export(parent: QWidget, count: int, path: Path) -> str:
    """Say how many rows went where: the status bar if there is one, else a message box."""
    text = QCoreApplication.translate("TableExport", "Exported {0} rows to {1}").format(
        f"{count:,}", str(path)
    )
    parent.setProperty("lastExportStatus", text)
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10_000)
        announce_saved(parent, path)
    else:
        QMessageBox.information(
            parent, QCoreApplication.translate("TableExport", "Export .xlsx"), text
        )
    return text


def ask_xlsx_path(parent: QWidget, suggested_name: str) -> Path | None:
    """The save dialog, starting at ``Documents/<suggested_name>-YYYYMMDD.xlsx``."""
    return save_file(
        parent,
        QCoreApplication.translate("TableExport", "Export .xlsx"),
        default_file_name(suggested_name),
        "xlsx",
    )


def export_view(
    parent: QWidget,
    view: QAbstractItemView | QTableWidget,
    *,
    title: str,
    suggested_name: str,
    session: Session | None = None,
) -> Path | None:
    """Ask for a file and save what ``view`` shows there; the chosen path, or None.

    The table is read on the GUI thread (it is the GUI's state); a long list
    (given a ``session`` for the worker) is written in the background, so the
    path is returned before the file is complete — the status bar says when.
    """
    path = ask_xlsx_path(parent, suggested_name)
    if path is None:
        return None
    headers, rows = view_contents(view)
    if session is not None and len(rows) > BACKGROUND_ROWS:
        from sanzhi_desktop.services.table_export import export_table_xlsx

        run_task(
            parent,
            QCoreApplication.translate("TableExport", "Exporting…"),
            session,
            lambda _session, progress: export_table_xlsx(
                path, title=title, headers=headers, rows=rows, progress=progress
            ),
            lambda count: report_export(parent, int(count), path),
        )
        return path
    try:
        from sanzhi_desktop.services.table_export import export_table_xlsx

        count = export_table_xlsx(path, title=title, headers=headers, rows=rows)
    except SanzhiError as exc:
        show_error(parent, exc)
        return None
    report_export(parent, count, path)
    return path
