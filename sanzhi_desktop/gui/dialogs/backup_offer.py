"""The damaged-file offer at start-up: "restore the backup of <date>?".

A damaged data file is never written. If a good backup exists beside it, the
clerk is offered the newest one; the restore writes it as a new file and moves
the damaged file aside (``<name>.damaged-<time>``) for a technician.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.services import backups


def offer_restore_of_damaged(db_path: Path, problem: str, parent: QWidget | None = None) -> bool:
    """Ask, restore and say so; True when the file was restored and may be opened again."""
    good = backups.newest_good_backup(db_path)
    if good is None:
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupOffer", "The data file is damaged"),
        QCoreApplication.translate(
            "BackupOffer",
            "{problem}\n\nRestore the backup of {when}?\n{summary}\n\nThe damaged file is "
            "kept unchanged beside it for a technician.",
        ).format(problem=problem, when=good.when(), summary=good.describe()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        result = backups.restore_backup(db_path, good.path)
    except (SanzhiError, OSError) as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("BackupOffer", "Restore failed"), str(exc)
        )
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("BackupOffer", "Restored"),
        QCoreApplication.translate(
            "BackupOffer", "Restored the backup of {when}. The damaged file was moved to {aside}."
        ).format(when=good.when(), aside=result.damaged_moved_to),
    )
    return True
