"""法治: the part's tabs, and one search over session topics, names and the registers.

The page hosts its tabs (``kit.record_page``) and knows nothing of their
insides; a search hit opens its record in the tab that lists it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.law.activities_tab import ActivitiesTab
from sanzhi_desktop.gui.parts.law.constitution_tab import ConstitutionTab
from sanzhi_desktop.gui.parts.law.duties_tab import DutiesTab
from sanzhi_desktop.gui.parts.law.honours_tab import HonoursTab
from sanzhi_desktop.gui.parts.law.learners_tab import LearnersTab
from sanzhi_desktop.gui.parts.law.sessions_tab import SessionsTab
from sanzhi_desktop.gui.parts.law.sites_tab import SitesTab
from sanzhi_desktop.gui.parts.law.six_nil_tab import SixNilTab
from sanzhi_desktop.gui.parts.law.titles_tab import TitlesTab
from sanzhi_desktop.gui.parts.law.town_tab import TownLawTab
from sanzhi_desktop.services import law_figures


class LawPage(RecordPage):
    """法治: 学法, 普法, 宪法入户, the registers, sites, the title and 六无村."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Rule of law"), "law", parent)
        profile = ctx.session.profile
        if profile is not None and profile.kind is OfficeKind.TOWN:
            # a town keeps no ledger of its own: it reads its villages' figures
            self.town_tab = self.add_tab(TownLawTab(ctx, self))
            return
        self.sessions_tab = self.add_tab(SessionsTab(ctx, self))
        self.learners_tab = self.add_tab(LearnersTab(ctx, self))
        self.activities_tab = self.add_tab(ActivitiesTab(ctx, self))
        self.duties_tab = self.add_tab(DutiesTab(ctx, self))
        self.constitution_tab = self.add_tab(ConstitutionTab(ctx, self))
        self.honours_tab = self.add_tab(HonoursTab(ctx, self))
        self.sites_tab = self.add_tab(SitesTab(ctx, self))
        self.titles_tab = self.add_tab(TitlesTab(ctx, self))
        self.six_nil_tab = self.add_tab(SixNilTab(ctx, self))

        self.add_search(
            self.tr("Search topics and names (Ctrl+F)"),
            lambda text: law_figures.search_law(self.ctx.session, text),
        )
