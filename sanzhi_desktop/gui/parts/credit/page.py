"""信用: the page hosting the credit households tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.credit.households_tab import CreditHouseholdsTab


class CreditPage(RecordPage):
    """信用: 信用农户 files, ratings and credit lines."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Credit"), "credit", parent)
        self.households_tab = self.add_tab(CreditHouseholdsTab(ctx, self))
