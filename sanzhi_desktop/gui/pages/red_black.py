"""The 红黑榜 page: not built yet (a placeholder saying what it will hold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.placeholder import PlaceholderPage


class RedBlackPage(PlaceholderPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            parent,
            title=self.tr("Red/black board"),
            will_hold=[
                self.tr("the monthly red list of model households and deeds"),
                self.tr("the black list with the village-rule clause and rectification deadline"),
                self.tr("the printed board in red and black"),
            ],
        )
