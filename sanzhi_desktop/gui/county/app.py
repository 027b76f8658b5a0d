"""``sanzhi --pg URL``: the county's read-only window, or a clear message when it cannot open.

A server that cannot be reached (or a database that is not a county's) is
said in a message box in Chinese, with where it tried, and the program ends
with exit code 1; nothing is written anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.gui import collector
from sanzhi_desktop.gui.app import make_application
from sanzhi_desktop.gui.county.context import county_context
from sanzhi_desktop.gui.county.window import CountyWindow
from sanzhi_desktop.gui.fonts import register_app_font
from sanzhi_desktop.gui.i18n import install_translators
from sanzhi_desktop.services import county_scorecard


def run_county_gui(url: str, *, lang: str | None = None) -> int:
    app = make_application()
    register_app_font(app)
    translators = install_translators(app, lang or "zh_CN")
    collector.resume()
    try:
        try:
            county = county_scorecard.connect_county(url)
        except SanzhiError as exc:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("CountyApp", "Cannot open the county database"),
                str(exc),
            )
            return 1
        try:
            window = CountyWindow(county_context(county), county_scorecard.server_of(url))
            window.show_fitted()
            return int(app.exec())
        finally:
            county.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
