"""The 党建 page over a small branch, and the open form of a tab."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.party.page import PartyPage
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import show_tab


def make_page(qtbot: QtBot, session: Session, tab_attr: str) -> tuple[PartyPage, RecordTab]:
    page = PartyPage(GuiContext(session))
    tab = getattr(page, tab_attr)
    show_tab(qtbot, page, tab)
    return page, tab


def open_form(tab: RecordTab) -> FormDialog:
    return next(d for d in tab.findChildren(FormDialog) if d.isVisible())
