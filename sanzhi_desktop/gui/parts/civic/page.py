"""自治·德治: the part's tabs, and one search over meeting topics, worthies, family rules, lectures.

The page hosts its tabs (``kit.record_page``) and knows nothing of their
insides; a town sees its villages' figures instead of registers of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.civic.councils_tab import CouncilsTab
from sanzhi_desktop.gui.parts.civic.events_tab import EventsTab
from sanzhi_desktop.gui.parts.civic.family_rules_tab import FamilyRulesTab
from sanzhi_desktop.gui.parts.civic.lectures_tab import LecturesTab
from sanzhi_desktop.gui.parts.civic.meetings_tab import MeetingsTab
from sanzhi_desktop.gui.parts.civic.town_tab import TownCivicTab
from sanzhi_desktop.gui.parts.civic.worthies_tab import WorthiesTab
from sanzhi_desktop.services import civic_search


class CivicPage(RecordPage):
    """自治·德治: 一约五会, 乡贤, 家规家训, 道德讲堂, 移风易俗."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Self-governance and virtue"), "civic", parent)
        profile = ctx.session.profile
        if profile is not None and profile.kind is OfficeKind.TOWN:
            self.town_tab = self.add_tab(TownCivicTab(ctx, self))
            return
        self.councils_tab = self.add_tab(CouncilsTab(ctx, self))
        self.meetings_tab = self.add_tab(MeetingsTab(ctx, self))
        self.worthies_tab = self.add_tab(WorthiesTab(ctx, self))
        self.family_rules_tab = self.add_tab(FamilyRulesTab(ctx, self))
        self.lectures_tab = self.add_tab(LecturesTab(ctx, self))
        self.events_tab = self.add_tab(EventsTab(ctx, self))
        self.more_menu().addAction(
            self.tr("Limits for weddings and funerals…"), self.events_tab.edit_limits
        )

        self.add_search(
            self.tr("Search topics and names (Ctrl+F)"),
            lambda text: civic_search.search_civic(self.ctx.session, text),
        )
