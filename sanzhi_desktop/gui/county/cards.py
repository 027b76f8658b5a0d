"""The county's scorecard for a year, computed once and shared by the window's two tabs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from sanzhi_desktop.services import county_scorecard
from sanzhi_desktop.services.county_scorecard import County, CountyScorecard


class CountyCards(QObject):
    """Year → the county's scorecard (a few hundred milliseconds for 400 villages)."""

    def __init__(self, county: County, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.county = county
        self._cards: dict[int, CountyScorecard] = {}

    def of(self, year: int) -> CountyScorecard:
        if year not in self._cards:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._cards[year] = county_scorecard.compute_county_scorecard(self.county, year)
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self._cards[year]

    def forget(self) -> None:
        """Read again on the next look (刷新: the county may have ingested meanwhile)."""
        self._cards.clear()
