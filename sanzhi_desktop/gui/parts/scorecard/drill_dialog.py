"""The records behind one scorecard cell, in the kit's read-only drill-down, in a dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.village_records_tab import VillageRecordsTab
from sanzhi_desktop.gui.screen_fit import fit_to_screen


class DrillDialog(QDialog):
    def __init__(
        self,
        ctx: GuiContext,
        caption: str,
        table: str,
        rows: list[dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardDrill")
        self.setWindowTitle(self.tr("Records behind the figure"))
        layout = QVBoxLayout(self)
        self.records = VillageRecordsTab(ctx, self)
        layout.addWidget(self.records, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.records.show_rows(caption, table, rows)
        fit_to_screen(self, QSize(1100, 640))
