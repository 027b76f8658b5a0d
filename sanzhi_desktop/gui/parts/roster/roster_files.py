"""The roster's files: import from .xlsx, export what the table shows, the import template.

Functions of the page (``RosterPage.import_xlsx`` … call them); openpyxl is
imported only when a clerk actually imports or exports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.gui.table_export import default_save_dir
from sanzhi_desktop.gui.tasks import run_task, show_error
from sanzhi_desktop.services import calendar

if TYPE_CHECKING:
    from sanzhi_desktop.gui.parts.roster.page import RosterPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


def import_xlsx(page: RosterPage) -> None:
    # Imported here: openpyxl is only loaded when a clerk actually imports or exports.
    from sanzhi_desktop.gui.dialogs.roster_import_dialog import RosterImportDialog

    dialog = RosterImportDialog(page.ctx, parent=page)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def export_xlsx(page: RosterPage) -> None:
    """Save the persons the table shows now (search and group applied) as .xlsx."""
    from sanzhi_desktop.services.roster_xlsx import export_roster_xlsx

    default = default_save_dir() / f"村民档案-{calendar.today():%Y%m%d}.xlsx"
    path, _ = QFileDialog.getSaveFileName(
        page, _tr("Export roster"), str(default), _tr("Excel workbook (*.xlsx)")
    )
    if not path:
        return
    target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
    query = page.current_filter()
    run_task(
        page,
        _tr("Exporting the roster…"),
        page.ctx.session,
        lambda session, progress: export_roster_xlsx(
            session, target, query=query, progress=progress
        ),
        lambda count: page.show_status(
            _tr("Exported {0} persons to {1}").format(f"{count:,}", str(target))
        ),
    )


def save_template(page: RosterPage) -> None:
    from sanzhi_desktop.services.roster_xlsx import write_roster_template

    default = default_save_dir() / "村民档案导入模板.xlsx"
    path, _ = QFileDialog.getSaveFileName(
        page, _tr("Save import template"), str(default), _tr("Excel workbook (*.xlsx)")
    )
    if not path:
        return
    target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
    try:
        write_roster_template(target)
    except (SanzhiError, OSError) as exc:
        show_error(page, exc)
        return
    page.show_status(_tr("Template saved to {0}").format(str(target)))
