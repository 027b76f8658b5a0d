"""A household's moral-governance record over time: stars, points, board entries, awards.

Opened from the roster page (and from 星级与积分) with
``HouseholdRecordDialog(ctx, household_id, parent=None)``. Read-only: the
summary on top (current stars, points balance, counts), then every event in
date order, newest first, in the list's colours (red entries red).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.star_rating import RatingStatus
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.screen_fit import fit_to_screen
from sanzhi_desktop.gui.widgets import format_date
from sanzhi_desktop.services.household_record import household_record

KIND_COLORS = {"red": "#c00000", "black": "#000000", "award": "#8a6d00", "deed": "#c00000"}


class HouseholdRecordDialog(QDialog):
    def __init__(self, ctx: GuiContext, household_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = household_record(ctx.session, household_id)
        household = self.record.household
        self.setWindowTitle(
            self.tr("Household record: {0} {1}").format(household.household_no, household.head_name)
        )
        latest = self.record.ratings[0] if self.record.ratings else None
        stars = (
            self.tr("{0}: {1} stars ({2})").format(
                latest.cycle, latest.star_count, RatingStatus(latest.status).label
            )
            if latest
            else self.tr("not rated")
        )
        self.summary = QLabel(
            self.tr(
                "Group {0} · stars {1} · points balance {2} · board entries {3} · "
                "good deeds {4} · awards {5}"
            ).format(
                household.group_no,
                stars,
                self.record.points_balance,
                len(self.record.board_entries),
                len(self.record.deeds),
                len(self.record.awards),
            ),
            self,
        )
        self.summary.setObjectName("recordSummary")
        self.summary.setWordWrap(True)
        kinds = {
            "star": self.tr("Stars"),
            "points": self.tr("Points"),
            "red": self.tr("Red list"),
            "black": self.tr("Black list"),
            "deed": self.tr("Good deed"),
            "award": self.tr("Award"),
        }
        self.table = QTableWidget(len(self.record.timeline), 3, self)
        self.table.setObjectName("recordTimeline")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("What")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        for row, item in enumerate(self.record.timeline):
            cells = [format_date(item.date), kinds.get(item.kind, item.kind), item.text]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.kind in KIND_COLORS:
                    cell.setForeground(QColor(KIND_COLORS[item.kind]))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, 520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(820, 560))  # the table scrolls inside
