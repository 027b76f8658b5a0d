"""同步 (USB sync) page: not built yet (a placeholder saying what it will hold)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.pages.placeholder import PlaceholderPage


class SyncPage(PlaceholderPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            parent,
            title=self.tr("Sync"),
            will_hold=[
                self.tr("exporting an encrypted sync file to a USB stick for the town"),
                self.tr("importing the town's circulars, catalogues and replies"),
            ],
        )
