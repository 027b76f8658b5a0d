"""信用农户 tab: every household with its file and grade; rating refused before filing;
pinyin order; refreshes only for its tables."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.roster import Household
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.credit.page import CreditPage
from sanzhi_desktop.services import credit, roster, screening
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    show_tab,
    sort_by,
)


def make_page(qtbot: QtBot, session: Session) -> CreditPage:
    page = CreditPage(GuiContext(session))
    show_tab(qtbot, page, page.households_tab)
    return page


def add_households(session: Session) -> list[str]:
    ids = []
    for n, name in enumerate(("曾强", "张伟", "单丽", "安平"), start=1):
        ids.append(
            roster.add_household(
                session, Household(household_no=f"020{n}", head_name=name, group_no=n)
            ).id
        )
    return ids


def test_empty_roster_says_what_to_do(qtbot: QtBot, session: Session) -> None:
    page = make_page(qtbot, session)
    assert_empty_state(page.households_tab, "Add them on the Roster page first.")


def test_heads_sort_in_pinyin_and_refresh_only_for_its_tables(
    qtbot: QtBot, session: Session
) -> None:
    add_households(session)
    page = make_page(qtbot, session)
    tab = page.households_tab
    assert sort_by(tab, "head") == ["安平", "单丽", "曾强", "张伟"]
    assert_refreshes_only_for_its_tables(page.ctx, tab, "patrols")


def test_rating_waits_for_the_file_and_a_refusal_sits_beside_its_field(
    qtbot: QtBot, session: Session
) -> None:
    first = add_households(session)[0]
    page = make_page(qtbot, session)
    tab = page.households_tab
    tab.select(first)
    rate = tab.detail_pane.action_button("rateCredit")
    assert rate is not None and not rate.isEnabled()
    assert rate.toolTip() == "File the household first."
    file_button = tab.detail_pane.action_button("fileCredit")
    assert file_button is not None
    file_button.click()
    dialog = next(d for d in tab.findChildren(FormDialog) if d.isVisible())
    assert dialog.try_accept()
    assert credit.get_file(session, first) is not None
    tab.select(first)
    rate = tab.detail_pane.action_button("rateCredit")
    assert rate is not None and rate.isEnabled()
    rate.click()
    dialog = next(d for d in tab.findChildren(FormDialog) if d.isVisible())
    assert not dialog.try_accept()  # no panel named
    assert "评定小组" in dialog.error_labels["panel"].text()
    dialog.set_value("panel", "村支书、村主任")
    dialog.set_value("criteria", ["C1", "C2", "C3", "C4", "C5", "C6"])
    assert dialog.try_accept()
    rating = credit.get_rating(session, first, screening.today().year)
    assert rating is not None and rating.grade == "AAA"
