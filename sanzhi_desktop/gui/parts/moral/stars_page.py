"""星级与积分 page: 十星级文明户, the household points ledger and awards, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.moral.awards_tab import AwardsTab
from sanzhi_desktop.gui.parts.moral.common import HouseholdRecordSource
from sanzhi_desktop.gui.parts.moral.points_tab import PointsTab
from sanzhi_desktop.gui.parts.moral.stars_tab import StarsTab


class StarsPage(RecordPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Stars and points"), "stars", parent)
        self.stars_tab = self.add_tab(StarsTab(ctx, self))
        self.points_tab = self.add_tab(PointsTab(ctx, self))
        self.awards_tab = self.add_tab(AwardsTab(ctx, self))
        more = self.more_menu()
        more.addAction(self.tr("Household record…"), self.open_household_record)
        more.addAction(self.tr("Year-end points reset…"), self.points_tab.year_end_reset)

    def open_household_record(self) -> QWidget | None:
        """户档案 of the household selected in the current tab."""
        from sanzhi_desktop.gui.dialogs.household_record_dialog import HouseholdRecordDialog

        tab = self.current_tab()
        hid = tab.selected_household_id() if isinstance(tab, HouseholdRecordSource) else None
        if hid is None:
            QMessageBox.information(
                self, self.tr("Household record"), self.tr("Select a household in the table first.")
            )
            return None
        dialog = HouseholdRecordDialog(self.ctx, hid, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
