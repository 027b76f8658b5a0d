"""A page for a part of the program that is not built yet.

It says so plainly and lists what the part will hold, so a clerk who clicks
公开栏 in this version is not left wondering whether something is broken.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.widgets import PageHeader


class PlaceholderPage(QWidget):
    def __init__(
        self,
        ctx: GuiContext,
        parent: QWidget | None = None,
        *,
        title: str = "",
        will_hold: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.header = PageHeader(title, self)
        layout.addWidget(self.header)
        notice = QLabel(self.tr("This part is not built yet: it comes in a later version."), self)
        notice.setObjectName("placeholderNotice")
        notice.setWordWrap(True)
        layout.addWidget(notice)
        if will_hold:
            holds = QLabel(self.tr("It will hold:"), self)
            layout.addWidget(holds)
            items = QLabel("\n".join(f"• {item}" for item in will_hold), self)
            items.setObjectName("placeholderItems")
            items.setWordWrap(True)
            items.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(items)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing to show yet."""
