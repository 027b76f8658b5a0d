"""平安: the page hosting the sweeps, findings, petitions, patrols and self-check tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.safety.checks_tab import ChecksTab
from sanzhi_desktop.gui.parts.safety.findings_tab import FindingsTab
from sanzhi_desktop.gui.parts.safety.patrols_tab import PatrolsTab
from sanzhi_desktop.gui.parts.safety.petitions_tab import PetitionsTab
from sanzhi_desktop.gui.parts.safety.sweeps_tab import SweepsTab
from sanzhi_desktop.gui.parts.safety.town_tab import TownSafetyTab


class SafetyPage(RecordPage):
    """平安: 矛盾纠纷排查, 信访, 红袖章巡逻."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Safe village"), "safety", parent)
        profile = ctx.session.profile
        if profile is not None and profile.kind is OfficeKind.TOWN:
            # a town keeps no registers of its own here: it reads its villages' figures
            self.town_tab = self.add_tab(TownSafetyTab(ctx, self))
            return
        self.sweeps_tab = self.add_tab(SweepsTab(ctx, self))
        self.findings_tab = self.add_tab(FindingsTab(ctx, self))
        self.petitions_tab = self.add_tab(PetitionsTab(ctx, self))
        self.patrols_tab = self.add_tab(PatrolsTab(ctx, self))
        self.checks_tab = self.add_tab(ChecksTab(ctx, self))
