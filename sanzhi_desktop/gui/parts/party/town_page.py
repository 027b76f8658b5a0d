"""党建 in a town office: one table of its villages' party-building figures."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.party.town_tab import TownPartyTab


class TownPartyPage(RecordPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Party building in the villages"), "townParty", parent)
        self.villages_tab = self.add_tab(TownPartyTab(ctx, self))
