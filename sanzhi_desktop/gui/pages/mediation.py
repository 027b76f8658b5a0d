"""人民调解 (mediation) page: not built yet (a placeholder saying what it will hold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.placeholder import PlaceholderPage


class MediationPage(PlaceholderPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            parent,
            title=self.tr("Mediation"),
            will_hold=[
                self.tr("case intake, investigation, mediation sessions and agreements"),
                self.tr("follow-up visits and the one-month time limit"),
                self.tr("the monthly report to the township justice office"),
            ],
        )
