"""公开栏 (public boards) page: not built yet (a placeholder saying what it will hold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.placeholder import PlaceholderPage


class BoardsPage(PlaceholderPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            parent,
            title=self.tr("Public boards"),
            will_hold=[
                self.tr("village affairs, party affairs and finance disclosures"),
                self.tr("review by the supervision committee before posting"),
                self.tr("objections and answers during the publicity period"),
                self.tr("the four-two procedure for major decisions"),
            ],
        )
