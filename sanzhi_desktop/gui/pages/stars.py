"""The 星级与积分 page: not built yet (a placeholder saying what it will hold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.placeholder import PlaceholderPage


class StarsPage(PlaceholderPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            parent,
            title=self.tr("Stars and points"),
            will_hold=[
                self.tr("ten-star civilised household ratings"),
                self.tr("the household points ledger and the points store"),
            ],
        )
