"""考核: the scorecard (every village in a town, its own card in a village) and the catalogue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.scorecard.scorecard_tab import ScorecardTab
from sanzhi_desktop.gui.parts.scorecard.targets_tab import TargetsTab


class ScorecardPage(RecordPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Assessment"), "scorecard", parent)
        self.scorecard_tab = self.add_tab(ScorecardTab(ctx, self))
        self.targets_tab = self.add_tab(TargetsTab(ctx, self))
        self.more_menu().addAction(self.tr("Year-end binder…"), self.scorecard_tab.make_binder)
