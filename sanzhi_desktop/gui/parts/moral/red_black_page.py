"""红黑榜 page: the red/black board, the 善行义举榜 and the 村规民约, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.moral.good_deeds_tab import GoodDeedsTab
from sanzhi_desktop.gui.parts.moral.red_black_tab import RedBlackTab
from sanzhi_desktop.gui.parts.moral.village_rules_tab import VillageRulesTab
from sanzhi_desktop.services.moral_common import black_names_full, set_black_names_full


class RedBlackPage(RecordPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Red/black board"), "moral", parent)
        self.entries_tab = self.add_tab(RedBlackTab(ctx, self))
        self.deeds_tab = self.add_tab(GoodDeedsTab(ctx, self))
        self.rules_tab = self.add_tab(VillageRulesTab(ctx, self))
        more = self.more_menu()
        more.addAction(
            self.tr("Take down entries whose stay has ended"), self.entries_tab.expire_due
        )
        more.addAction(self.tr("New version of the village rules…"), self.rules_tab.new_version)
        self.full_names_action = more.addAction(self.tr("Print black-board names in full"))
        self.full_names_action.setCheckable(True)
        self.full_names_action.setChecked(
            ctx.session.profile is not None and black_names_full(ctx.session)
        )
        self.full_names_action.toggled.connect(
            lambda full: set_black_names_full(self.ctx.session, full)
        )
