"""自治·德治: the part's tabs, and one search over meeting topics, worthies, family rules, lectures.

The page hosts its tabs (``kit.record_page``) and knows nothing of their
insides; a town sees its villages' figures instead of registers of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.civic.councils_tab import CouncilsTab
from sanzhi_desktop.gui.parts.civic.events_tab import EventsTab
from sanzhi_desktop.gui.parts.civic.family_rules_tab import FamilyRulesTab
from sanzhi_desktop.gui.parts.civic.lectures_tab import LecturesTab
from sanzhi_desktop.gui.parts.civic.meetings_tab import MeetingsTab
from sanzhi_desktop.gui.parts.civic.town_tab import TownCivicTab
from sanzhi_desktop.gui.parts.civic.worthies_tab import WorthiesTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR, MUTED_COLOR
from sanzhi_desktop.services import civic_search

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


class CivicPage(RecordPage):
    """自治·德治: 一约五会, 乡贤, 家规家训, 道德讲堂, 移风易俗."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Self-governance and virtue"), "civic", parent)
        profile = ctx.session.profile
        if profile is not None and profile.kind is OfficeKind.TOWN:
            self.town_tab = self.add_tab(TownCivicTab(ctx, self))
            return
        self.councils_tab = self.add_tab(CouncilsTab(ctx, self))
        self.meetings_tab = self.add_tab(MeetingsTab(ctx, self))
        self.worthies_tab = self.add_tab(WorthiesTab(ctx, self))
        self.family_rules_tab = self.add_tab(FamilyRulesTab(ctx, self))
        self.lectures_tab = self.add_tab(LecturesTab(ctx, self))
        self.events_tab = self.add_tab(EventsTab(ctx, self))
        self.more_menu().addAction(
            self.tr("Limits for weddings and funerals…"), self.events_tab.edit_limits
        )

        self.search = QLineEdit(self)
        self.search.setObjectName("civicSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search topics and names (Ctrl+F)"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.results = QListWidget(self)
        self.results.setObjectName("civicSearchResults")
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.body.addWidget(self.results)
        self.layout_.insertWidget(1, self.search)

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.body.setCurrentWidget(self.tabs)
            return
        self.body.setCurrentWidget(self.results)
        for hit in civic_search.search_civic(self.ctx.session, text):
            item = QListWidgetItem(self.results)
            item.setData(HIT_ROLE, (hit.table, hit.record_id))
            marked = "".join(
                f"<b style='color:{ERROR_COLOR}'>{_html(t)}</b>" if m else _html(t)
                for t, m in hit.parts
            )
            label = QLabel(
                f"<span style='color:{MUTED_COLOR}'>[{_html(hit.kind)}]</span> "
                f"{_html(hit.title)}<br/>{marked}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 2, 4, 2)
            item.setSizeHint(label.sizeHint())
            self.results.setItemWidget(item, label)
        if not self.results.count():
            QListWidgetItem(self.tr("Nothing found."), self.results)

    def _open_result(self, item: QListWidgetItem) -> None:
        data = item.data(HIT_ROLE)
        if data:
            self.search.clear()
            self.select_record(*data)
