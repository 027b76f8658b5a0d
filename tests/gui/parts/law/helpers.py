"""The 法治 page over a small village, and the dialogs its tabs open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.page import LawPage
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import show_tab
from tests.law_factory import freeze

#: Surnames whose reading as a surname differs from the everyday one (单 Shàn, 曾 Zēng).
PINYIN_NAMES = ("曾强", "张伟", "单丽", "安平")
PINYIN_ORDER = ["安平", "单丽", "曾强", "张伟"]


def law_page(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch, tab: str
) -> tuple[LawPage, RecordTab]:
    freeze(monkeypatch)
    page = LawPage(GuiContext(session))
    shown = getattr(page, tab)
    show_tab(qtbot, page, shown)
    return page, shown


def households(session: Session, names: tuple[str, ...] = PINYIN_NAMES) -> list[Person]:
    """One household per name (groups 1, 2, …), its head a person of the roster."""
    people = []
    for index, name in enumerate(names, start=1):
        household = roster.add_household(
            session, Household(household_no=f"0{index}01", head_name=name, group_no=index)
        )
        people.append(
            roster.add_person(
                session, Person(name=name, sex="男", household_id=household.id, relation="户主")
            )
        )
    return people


def action(tab: RecordTab, name: str) -> QPushButton:
    button = tab.detail_pane.action_button(name)
    assert button is not None, f"no action {name}"
    return button


def open_dialog(tab: RecordTab) -> FormDialog:
    dialogs = [d for d in tab.findChildren(FormDialog) if d.isVisible()]
    assert dialogs, "no form open"
    return dialogs[-1]
