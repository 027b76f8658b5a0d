"""镇：各村同步情况 — each enrolled village's last file, seq, gaps, revoked keys, stale flag."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.table_export import export_view
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import EmptyState, PageHeader, format_datetime
from sanzhi_desktop.services import town
from sanzhi_desktop.services.town import VillageStatus

STALE_COLOR = "#c0392b"


class TownVillagesPage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statuses: list[VillageStatus] = []
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Villages"), self)
        self.header.add_button(self.tr("Export .xlsx"), self.export_xlsx, object_name="exportXlsx")
        layout.addWidget(self.header)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Flag a village as stale after (days):"), self))
        self.stale_days = QSpinBox(self)
        self.stale_days.setObjectName("staleDays")
        self.stale_days.setRange(1, 365)
        self.stale_days.editingFinished.connect(self._save_stale_days)
        row.addWidget(self.stale_days)
        row.addStretch(1)
        layout.addLayout(row)
        headers = [
            self.tr("Code"),
            self.tr("Village"),
            self.tr("Last file"),
            self.tr("Seq"),
            self.tr("Last received"),
            self.tr("Missing files"),
            self.tr("Key"),
            self.tr("State"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("villagesTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            self.tr("No village enrolled yet. Enrol their key cards on the Sync page."), self
        )
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        if session.profile is None:
            return
        self.stale_days.setValue(town.stale_days(session))
        self.statuses = town.village_statuses(session)
        self.table.setRowCount(len(self.statuses))
        for r, v in enumerate(self.statuses):
            values = [
                v.code,
                v.name,
                v.last_file or "—",
                str(v.last_seq or "—"),
                format_datetime(v.last_received) or "—",
                "、".join(str(s) for s in v.missing_seqs) or "—",
                self.tr("revoked") if v.revoked else self.tr("valid"),
                self.tr("stale") if v.stale else self.tr("up to date"),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if v.stale and c == len(values) - 1:
                    item.setForeground(QBrush(QColor(STALE_COLOR)))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.statuses)

    def export_xlsx(self) -> Path | None:
        """Save the villages' sync table, as shown, as .xlsx."""
        title = self.tr("Villages")
        return export_view(self, self.table, title=title, suggested_name=title)

    def _save_stale_days(self) -> None:
        try:
            town.set_stale_days(self.ctx.session, self.stale_days.value())
        except SanzhiError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.status_changed.emit()
