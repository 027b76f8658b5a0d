"""公开栏: the boards' tabs, and one search over notices, decisions and the issue wall.

The page hosts its tabs (``kit.record_page``) and adds the cross-tab search:
typing shows the hits with the matched words marked; a hit opens its record
in its tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.boards.circulars_tab import CircularsTab
from sanzhi_desktop.gui.parts.boards.decisions_tab import DecisionsTab
from sanzhi_desktop.gui.parts.boards.finance_tab import FinanceTab
from sanzhi_desktop.gui.parts.boards.issue_wall_tab import IssueWallTab
from sanzhi_desktop.gui.parts.boards.notices_tab import NoticesTab
from sanzhi_desktop.services import board_search


class BoardsPage(RecordPage):
    """公开栏: the public boards and everything behind them."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Public boards"), "boards", parent)
        self.notices_tab = self.add_tab(NoticesTab(ctx, self))
        self.finance_tab = self.add_tab(FinanceTab(ctx, self))
        self.decisions_tab = self.add_tab(DecisionsTab(ctx, self))
        self.issues_tab = self.add_tab(IssueWallTab(ctx, self))
        self.circulars_tab = self.add_tab(CircularsTab(ctx, self))
        more = self.more_menu()
        more.addAction(
            self.tr("Print the selected notice on A3"),
            lambda: self.notices_tab.print_selected("A3"),
        )
        more.addAction(self.tr("Print the issue and response wall"), self.issues_tab.print_selected)

        self.add_search(
            self.tr("Search notices, decisions and the issue wall (Ctrl+F)"),
            lambda text: board_search.search_boards(self.ctx.session, text),
        )
