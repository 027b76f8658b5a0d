"""The county's window: 乡镇排名 and 各村 of its scorecard, read-only.

One page on the record kit (:class:`RecordPage`) with two tabs. There is no
新建 and no action that writes: the connection is read-only as well, so even
a mistake here cannot change the county's records. 打印 previews the 通报,
导出Excel saves the table shown; 刷新 reads the database again (the county
may have ingested files since).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.county.cards import CountyCards
from sanzhi_desktop.gui.county.context import county_of
from sanzhi_desktop.gui.county.towns_tab import TownsTab
from sanzhi_desktop.gui.county.villages_tab import VillagesTab
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.screen_fit import place_main_window


class CountyPage(RecordPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        county = county_of(ctx)
        super().__init__(ctx, self.tr("County assessment (read-only)"), "county", parent)
        self.new_button.hide()  # a county window never writes
        self.cards = CountyCards(county, self)
        self.towns = self.add_tab(TownsTab(ctx, self.cards, self.show_villages, self))
        self.villages = self.add_tab(VillagesTab(ctx, self.cards, self.towns.year, self))
        self.towns.filters.choice_changed.connect(self.villages.mark_stale)
        self.header.add_button(
            self.tr("Refresh"),
            self.reload,
            object_name="countyRefresh",
            shortcut=QKeySequence.StandardKey.Refresh,
            tooltip=self.tr("Read the county database again (F5)"),
        )

    def show_villages(self, town_code: str) -> None:
        self.tabs.setCurrentWidget(self.villages)
        self.villages.show_town(town_code)

    def reload(self) -> None:
        self.cards.forget()
        self.refresh()


class CountyWindow(QMainWindow):
    def __init__(self, ctx: GuiContext, server: str) -> None:
        super().__init__()
        self.setObjectName("countyWindow")
        county = county_of(ctx)
        self.setWindowTitle(
            self.tr("{county} — Sanzhi county (read-only)").format(county=county.name)
        )
        self.page = CountyPage(ctx, self)
        self.setCentralWidget(self.page)
        note = QLabel(self.tr("County database {server} · read-only").format(server=server))
        note.setObjectName("countyServer")
        self.statusBar().addWidget(note)
        self.open_maximised = place_main_window(self)

    def show_fitted(self) -> None:
        if self.open_maximised:
            self.showMaximized()
        else:
            self.show()
